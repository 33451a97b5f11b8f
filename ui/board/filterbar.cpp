#include "ui/board/filterbar.h"

#include "ui/board/trcontext.h"
#include "ui/plaintext.h"

#include <QAction>
#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaEnum>
#include <QSettings>
#include <QSignalBlocker>
#include <QToolButton>

namespace BatchDesk::Ui {

namespace {

using Niagara::StatusCategory;

const char *const kSomeSelected = QT_TRANSLATE_N_NOOP("BatchDesk::Ui::MainWindow", "Status: %Ln selected");

namespace Keys {
const QString search = QStringLiteral("filters/search");
const QString categories = QStringLiteral("filters/categories");
const QString mine = QStringLiteral("filters/assignedToMe");
const QString overdue = QStringLiteral("filters/overdue");
const QString sort = QStringLiteral("filters/sort");
} // namespace Keys

QString sortKeyName(BatchSortProxy::SortBy key)
{
    return QString::fromLatin1(QMetaEnum::fromType<BatchSortProxy::SortBy>().valueToKey(static_cast<int>(key)));
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("FilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("SearchField"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        Q_EMIT searchChanged(text);
        changed();
    });
    layout->addWidget(m_search, 1);

    m_categoryButton = new QToolButton(this);
    m_categoryButton->setObjectName(QStringLiteral("CategoryFilterButton"));
    m_categoryButton->setPopupMode(QToolButton::InstantPopup);
    m_categoryButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_categoryMenu = new QMenu(m_categoryButton);
    for (StatusCategory category : Niagara::kAllStatusCategories) {
        QAction *action = m_categoryMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(static_cast<int>(category));
        connect(action, &QAction::toggled, this, &FilterBar::onCategoriesToggled);
        m_categoryActions << action;
    }
    m_categoryMenu->addSeparator();
    m_showAllCategories = m_categoryMenu->addAction(QString());
    connect(m_showAllCategories, &QAction::triggered, this, [this] {
        const bool restoring = m_restoring;
        m_restoring = true; // one filter update, not six
        for (QAction *action : std::as_const(m_categoryActions))
            action->setChecked(false);
        m_restoring = restoring;
        onCategoriesToggled();
    });
    m_categoryButton->setMenu(m_categoryMenu);
    layout->addWidget(m_categoryButton);

    m_mine = new QCheckBox(this);
    connect(m_mine, &QCheckBox::toggled, this, [this](bool on) {
        Q_EMIT assignedToMeChanged(on);
        changed();
    });
    layout->addWidget(m_mine);

    m_overdue = new QCheckBox(this);
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        Q_EMIT overdueChanged(on);
        changed();
    });
    layout->addWidget(m_overdue);

    m_sortLabel = plainLabel(this);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("SortCombo"));
    // As wide as its longest entry in the language now shown (the default measures once, at
    // the first show, in whatever language that was); the search field gives the room.
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Texts in retranslateUi().
    for (const auto key : {BatchSortProxy::SortBy::Order, BatchSortProxy::SortBy::Label, BatchSortProxy::SortBy::Progress,
                           BatchSortProxy::SortBy::DueDate})
        m_sort->addItem(QString(), QVariant::fromValue(key));
    m_sortLabel->setBuddy(m_sort);
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT sortChanged(m_sort->currentData().value<BatchSortProxy::SortBy>());
        changed();
    });
    layout->addWidget(m_sortLabel);
    layout->addWidget(m_sort);

    retranslateUi();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterBar::retranslateUi()
{
    m_search->setPlaceholderText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Search batches, work orders, queues, technicians (Ctrl+F)"));
    for (QAction *action : std::as_const(m_categoryActions))
        action->setText(Niagara::categoryDisplayName(static_cast<StatusCategory>(action->data().toInt())));
    m_showAllCategories->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Show all statuses"));
    m_mine->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Assigned to me"));
    m_mine->setToolTip(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Only batches where you are one of the technicians"));
    //: Filter: only batches of work orders past their due date.
    m_overdue->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Overdue"));
    m_overdue->setToolTip(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Only batches of work orders past their due date with unfinished cycles"));
    m_sortLabel->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Sort by"));
    const std::pair<BatchSortProxy::SortBy, QString> sortNames[] = {
        //: Sort key: the batches' order in their queue (the order they are worked in).
        {BatchSortProxy::SortBy::Order, QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Queue order")},
        {BatchSortProxy::SortBy::Label, QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Label")},
        {BatchSortProxy::SortBy::Progress, QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Progress")},
        {BatchSortProxy::SortBy::DueDate, QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Due date")},
    };
    for (const auto &[key, name] : sortNames) {
        const int row = m_sort->findData(QVariant::fromValue(key));
        if (row >= 0)
            m_sort->setItemText(row, name);
    }
    updateCategoryButton();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clear()
{
    // One save at the end, not one per widget.
    const bool restoring = m_restoring;
    m_restoring = true;
    m_search->clear();
    const bool hadCategories = !categories().isEmpty();
    for (QAction *action : std::as_const(m_categoryActions))
        action->setChecked(false);
    m_mine->setChecked(false);
    m_overdue->setChecked(false);
    m_restoring = restoring;
    if (hadCategories) {
        Q_EMIT categoriesChanged(categories());
        updateCategoryButton();
    }
    changed();
}

void FilterBar::showSortKey(BatchSortProxy::SortBy key)
{
    const int row = m_sort->findData(QVariant::fromValue(key));
    if (row < 0 || row == m_sort->currentIndex())
        return;
    const QSignalBlocker blocker(m_sort);
    m_sort->setCurrentIndex(row);
}

BatchSortProxy::SortBy FilterBar::sortKey() const
{
    return m_sort->currentData().value<BatchSortProxy::SortBy>();
}

bool FilterBar::isFiltering() const
{
    return !m_search->text().trimmed().isEmpty() || !categories().isEmpty() || m_mine->isChecked() || m_overdue->isChecked();
}

QSet<StatusCategory> FilterBar::categories() const
{
    QSet<StatusCategory> chosen;
    for (QAction *action : m_categoryActions) {
        if (action->isChecked())
            chosen.insert(static_cast<StatusCategory>(action->data().toInt()));
    }
    return chosen;
}

void FilterBar::onCategoriesToggled()
{
    if (m_restoring)
        return;
    Q_EMIT categoriesChanged(categories());
    updateCategoryButton();
    changed();
}

void FilterBar::changed()
{
    if (!m_restoring)
        Q_EMIT edited();
}

void FilterBar::updateCategoryButton()
{
    QStringList names;
    for (QAction *action : std::as_const(m_categoryActions)) {
        if (action->isChecked())
            names << action->text();
    }
    if (names.isEmpty())
        m_categoryButton->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Status: all"));
    else if (names.size() <= 2)
        m_categoryButton->setText(QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Status: %1").arg(names.join(QStringLiteral(", "))));
    else
        m_categoryButton->setText(QCoreApplication::translate(kBoardTrContext, kSomeSelected, nullptr, static_cast<int>(names.size())));
    // Room for the menu arrow, which the style draws over the text otherwise.
    m_categoryButton->setMinimumWidth(m_categoryButton->fontMetrics().horizontalAdvance(m_categoryButton->text()) + 36);
    m_categoryButton->setToolTip(names.isEmpty() ? QCoreApplication::translate("BatchDesk::Ui::MainWindow", "Show only batches in some status categories")
                                                 : names.join(QLatin1Char('\n')));
}

void FilterBar::restore(const QSettings &s)
{
    // The widgets' signals apply each filter; saving meanwhile would write back half a state.
    m_restoring = true;
    m_search->setText(s.value(Keys::search).toString());
    const QStringList saved = s.value(Keys::categories).toStringList();
    for (QAction *action : std::as_const(m_categoryActions)) {
        const auto category = static_cast<StatusCategory>(action->data().toInt());
        action->setChecked(saved.contains(QString::fromLatin1(Niagara::categoryWireName(category))));
    }
    m_mine->setChecked(s.value(Keys::mine, false).toBool());
    m_overdue->setChecked(s.value(Keys::overdue, false).toBool());
    const QByteArray sortKey = s.value(Keys::sort).toString().toLatin1();
    bool ok = false;
    const int sortValue = QMetaEnum::fromType<BatchSortProxy::SortBy>().keyToValue(sortKey.constData(), &ok);
    if (ok) {
        const int comboIndex = m_sort->findData(QVariant::fromValue(static_cast<BatchSortProxy::SortBy>(sortValue)));
        if (comboIndex >= 0)
            m_sort->setCurrentIndex(comboIndex);
    }
    m_restoring = false;
    Q_EMIT categoriesChanged(categories());
    updateCategoryButton();
}

void FilterBar::save(QSettings &s) const
{
    s.setValue(Keys::search, m_search->text());
    QStringList categories;
    for (QAction *action : m_categoryActions) {
        if (action->isChecked())
            categories << QString::fromLatin1(Niagara::categoryWireName(static_cast<StatusCategory>(action->data().toInt())));
    }
    s.setValue(Keys::categories, categories);
    s.setValue(Keys::mine, m_mine->isChecked());
    s.setValue(Keys::overdue, m_overdue->isChecked());
    s.setValue(Keys::sort, sortKeyName(m_sort->currentData().value<BatchSortProxy::SortBy>()));
}

} // namespace BatchDesk::Ui
