#include "ui/planning/activitypanel.h"

#include "models/planning/activitymodel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

namespace {

// Each entry as two lines — what was done, then when and how it ended — with an icon for the
// outcome (the words carry it too: never the icon alone).
class ActivityRowProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole) {
            const QDateTime time = QIdentityProxyModel::data(index, ActivityModel::TimeRole).toDateTime();
            return QStringLiteral("%1\n%2 · %3")
                .arg(QIdentityProxyModel::data(index, ActivityModel::SummaryRole).toString(),
                     QLocale().toString(time.toLocalTime(), QLocale::ShortFormat),
                     QIdentityProxyModel::data(index, ActivityModel::OutcomeTextRole).toString());
        }
        if (role == Qt::DecorationRole) {
            QStyle *style = QApplication::style();
            switch (static_cast<ActivityRecord::Outcome>(
                QIdentityProxyModel::data(index, ActivityModel::OutcomeRole).toInt())) {
            case ActivityRecord::Outcome::Done:
                return style->standardIcon(QStyle::SP_DialogApplyButton);
            case ActivityRecord::Outcome::PartlyDone:
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
            case ActivityRecord::Outcome::Failed:
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

ActivityPanel::ActivityPanel(ActivityModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_list(new QListView(this))
    , m_undo(new QAction(this))
    , m_undoButton(new QToolButton(this))
{
    auto *proxy = new ActivityRowProxy(this);
    proxy->setSourceModel(model);
    m_list->setModel(proxy);
    m_list->setObjectName(QStringLiteral("activityList"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addAction(m_undo);
    m_empty->setWordWrap(true);
    m_undo->setObjectName(QStringLiteral("activityUndo"));
    m_undoButton->setDefaultAction(m_undo);
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_undoButton, 0, Qt::AlignLeft);

    connect(m_undo, &QAction::triggered, this, &ActivityPanel::undoCurrent);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ActivityPanel::updateUndo);
    // Rows change in place (a deadline passing, an undo recorded): the action follows.
    connect(proxy, &QAbstractItemModel::dataChanged, this, &ActivityPanel::updateUndo);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &ActivityPanel::updateUndo);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityPanel::updateUndo);
    connect(proxy, &QAbstractItemModel::modelReset, this, &ActivityPanel::updateUndo);
    retranslateUi();
}

ActivityPanel::~ActivityPanel() = default;

void ActivityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivityPanel::retranslateUi()
{
    m_title->setText(tr("Activity"));
    m_empty->setText(tr("Splits, assignments and deletions made from this app appear here, with Undo while it "
                        "is possible."));
    m_undo->setText(tr("Undo"));
    // Outcome words and hints are the model's, formatted when asked.
    m_list->viewport()->update();
    updateUndo();
}

void ActivityPanel::updateUndo()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_empty->setVisible(rows == 0);
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_undo->setEnabled(false);
        m_undo->setToolTip(rows == 0 ? tr("Nothing to undo yet.") : tr("Choose an entry to undo."));
        return;
    }
    m_undo->setEnabled(current.data(ActivityModel::CanUndoRole).toBool());
    m_undo->setToolTip(current.data(ActivityModel::UndoHintRole).toString());
}

void ActivityPanel::undoCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!m_model || !current.isValid() || !current.data(ActivityModel::CanUndoRole).toBool())
        return;
    // The undo's own entry ("Undo of …") appears at the top when it ends.
    m_model->undo(current.row());
    updateUndo();
}

} // namespace BatchDesk::Ui
