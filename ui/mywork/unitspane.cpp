#include "ui/mywork/unitspane.h"

#include "ui/board/statusdelegate.h"
#include "ui/plaintext.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace BatchDesk::Ui {

namespace {

// The filter's choices, in the order a technician looks for them (the proxy's urgency).
QList<Niagara::StatusCategory> unitFilterOrder()
{
    QList<Niagara::StatusCategory> order(Niagara::kAllStatusCategories.cbegin(), Niagara::kAllStatusCategories.cend());
    std::sort(order.begin(), order.end(), [](auto a, auto b) {
        return CycleListModel::urgency(a) < CycleListModel::urgency(b);
    });
    return order;
}

} // namespace

UnitsPane::UnitsPane(BatchCyclesFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
{
    m_proxy = new CycleFilterProxy(this);
    m_proxy->setSourceModel(feed->model());

    m_heading = plainLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_filterLabel = new QLabel(this);
    m_category = new QComboBox(this);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterLabel->setBuddy(m_category);
    m_category->addItem(QString(), -1);
    for (Niagara::StatusCategory category : unitFilterOrder())
        m_category->addItem(QString(), static_cast<int>(category));
    m_refresh = new QToolButton(this);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_filterLabel);
    top->addWidget(m_category);
    top->addWidget(m_refresh);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(false); // the proxy's own order: blocked first
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CycleListModel::ReasonColumn, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(CycleListModel::StatusColumn,
                                     new StatusDelegate(CycleListModel::CategoryRole, m_view));
    m_message = plainLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_category->currentData().toInt();
        m_proxy->setCategory(value < 0 ? std::nullopt
                                       : std::optional<Niagara::StatusCategory>(static_cast<Niagara::StatusCategory>(value)));
        updateState();
    });
    connect(m_refresh, &QToolButton::clicked, this, &UnitsPane::refresh);
    CycleListModel *model = feed->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &UnitsPane::updateCategoryCounts);
    connect(model, &QAbstractItemModel::dataChanged, this, &UnitsPane::updateCategoryCounts);
    connect(model, &QAbstractItemModel::modelReset, this, &UnitsPane::updateCategoryCounts);
    connect(feed, &BatchCyclesFeed::stateChanged, this, &UnitsPane::updateState);
    retranslateUi();
}

void UnitsPane::setBatch(const QString &batchId, const QString &label)
{
    m_label = label;
    if (m_feed)
        m_feed->setBatch(batchId);
    retranslateUi();
}

QString UnitsPane::batchId() const
{
    return m_feed ? m_feed->batchId() : QString();
}

void UnitsPane::refresh()
{
    if (m_feed && !m_feed->batchId().isEmpty())
        m_feed->refresh();
}

bool UnitsPane::selectUnit(const QString &cycleId)
{
    if (!m_feed)
        return false;
    const int sourceRow = m_feed->model()->rowOf(cycleId);
    if (sourceRow < 0)
        return false;
    QModelIndex shown = m_proxy->mapFromSource(m_feed->model()->index(sourceRow, 0));
    if (!shown.isValid()) {
        // Filtered away: show every unit rather than hide the one that was scanned.
        m_category->setCurrentIndex(0);
        shown = m_proxy->mapFromSource(m_feed->model()->index(sourceRow, 0));
    }
    m_view->setCurrentIndex(shown);
    m_view->scrollTo(shown);
    return shown.isValid();
}

bool UnitsPane::showsTable() const
{
    return m_stack->currentWidget() == m_view;
}

void UnitsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UnitsPane::retranslateUi()
{
    m_heading->setText(m_label.isEmpty() ? tr("Units") : tr("Units of %1").arg(m_label));
    m_filterLabel->setText(tr("&Show:"));
    m_refresh->setText(tr("Reload units"));
    m_refresh->setToolTip(tr("Read this batch's units from the server again"));
    m_view->setToolTip(QString());
    updateCategoryCounts();
}

void UnitsPane::updateCategoryCounts()
{
    const CycleListModel *model = m_feed ? m_feed->model() : nullptr;
    const int total = model ? model->rowCount() : 0;
    for (int i = 0; i < m_category->count(); ++i) {
        const int value = m_category->itemData(i).toInt();
        if (value < 0) {
            //: The units filter: every unit of the batch, with how many.
            m_category->setItemText(i, tr("All units (%1)").arg(QLocale().toString(total)));
            continue;
        }
        const auto category = static_cast<Niagara::StatusCategory>(value);
        const int n = model ? model->countIn(category) : 0;
        //: The units filter: a status category with how many units are in it, e.g. "Blocked (2)".
        m_category->setItemText(i, tr("%1 (%2)").arg(Niagara::categoryDisplayName(category), QLocale().toString(n)));
    }
    updateState();
}

void UnitsPane::updateState()
{
    using State = BatchCyclesFeed::State;
    const State state = m_feed ? m_feed->state() : State::Idle;
    m_refresh->setEnabled(m_feed && !m_feed->batchId().isEmpty() && state != State::Loading);
    QString message;
    switch (state) {
    case State::Idle:
        message = m_feed && m_feed->batchId().isEmpty() ? tr("Choose a batch to see its units.") : QString();
        break;
    case State::Loading:
        if (m_feed->model()->rowCount() == 0)
            message = tr("Reading the units…");
        break;
    case State::Loaded:
        if (m_feed->model()->rowCount() == 0)
            message = tr("This batch has no units on the server yet.");
        else if (m_proxy->rowCount() == 0)
            message = tr("No unit of this batch is in “%1”.").arg(Niagara::categoryDisplayName(*m_proxy->category()));
        break;
    case State::Failed:
    case State::NoAccess:
    case State::Gone:
    case State::NotOffered:
        message = m_feed->errorText();
        break;
    }
    m_message->setText(message);
    m_stack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget *>(m_view) : m_message);
}

} // namespace BatchDesk::Ui
