#include "ui/wizards/catalogbrowser.h"

#include "models/planning/catalogmodels.h"
#include "ui/errorbanner.h"
#include "ui/plaintext.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace BatchDesk::Ui {

CatalogBrowser::CatalogBrowser(PagedCatalogModel *model, CatalogPager *pager, QWidget *parent, QAbstractProxyModel *filter)
    : QWidget(parent)
    , m_model(model)
    , m_pager(pager)
    , m_filter(filter)
{
    m_proxy = new CatalogSearchProxy(this);
    if (filter != nullptr) {
        filter->setSourceModel(model);
        m_proxy->setSourceModel(filter);
    } else {
        m_proxy->setSourceModel(model);
    }

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("CatalogSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateStatus();
    });

    m_banner = new ErrorBanner(this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("CatalogView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // server order until a header is clicked
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_status = plainLabel(this);
    m_status->setObjectName(QStringLiteral("CatalogStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString id = current.isValid() ? current.data(PagedCatalogModel::IdRole).toString() : QString();
        if (id == m_currentId)
            return;
        m_currentId = id;
        const bool wasPending = !m_pendingId.isEmpty();
        if (!id.isEmpty())
            m_pendingId.clear(); // the manager chose; an older preselection no longer applies
        Q_EMIT currentIdChanged(id);
        if (wasPending && m_pendingId.isEmpty())
            Q_EMIT pendingChanged();
    });
    connect(model, &PagedCatalogModel::stateChanged, this, [this](PagedCatalogModel::State state) {
        if (state == PagedCatalogModel::State::Failed) {
            m_banner->showError(m_model->error().message(), [this] { m_pager->retry(); });
        } else if (state != PagedCatalogModel::State::Loading) {
            m_banner->dismiss();
        }
        updateStatus();
        if (!m_pendingId.isEmpty()) {
            applyPendingSelection();
            Q_EMIT pendingChanged();
        }
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateStatus();
        applyPendingSelection();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CatalogBrowser::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CatalogBrowser::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CatalogBrowser::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CatalogBrowser::updateStatus);
    updateStatus();
}

void CatalogBrowser::setSearchPlaceholder(const QString &text)
{
    m_search->setPlaceholderText(text);
}

void CatalogBrowser::setSearchVisible(bool visible)
{
    m_search->setVisible(visible);
}

QString CatalogBrowser::currentId() const
{
    return m_currentId;
}

void CatalogBrowser::selectId(const QString &id)
{
    m_pendingId = id;
    applyPendingSelection();
    Q_EMIT pendingChanged();
}

void CatalogBrowser::clearChoice()
{
    m_pendingId.clear();
    // Emits currentRowChanged with no row: currentIdChanged("") follows.
    m_view->selectionModel()->clear();
    Q_EMIT pendingChanged();
}

void CatalogBrowser::applyPendingSelection()
{
    if (m_pendingId.isEmpty())
        return;
    const int row = m_model->rowOf(m_pendingId);
    if (row < 0) {
        // Not loaded yet: fetch on until its page arrives (a restored draft's work order may be
        // on page 7). Only once the catalog has started, so a page not shown yet loads nothing.
        if (m_model->rowCount() > 0 && m_model->state() == PagedCatalogModel::State::Idle && m_model->canFetchMore({}))
            m_model->fetchMore({});
        return;
    }
    const QModelIndex source = m_model->index(row, 0);
    const QModelIndex index = m_proxy->mapFromSource(m_filter ? m_filter->mapFromSource(source) : source);
    if (!index.isValid())
        return;
    m_pendingId.clear();
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    Q_EMIT pendingChanged();
}

QString CatalogBrowser::statusText() const
{
    return m_status->text();
}

void CatalogBrowser::updateStatus()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const qint64 total = std::max<qint64>(m_model->totalCount(), loaded);
    QString text;
    switch (m_model->state()) {
    case PagedCatalogModel::State::Loading:
        text = loaded == 0 ? tr("Loading…") : tr("Loaded %1 of %2, loading more…").arg(locale.toString(loaded), locale.toString(total));
        break;
    case PagedCatalogModel::State::Failed:
        text = loaded == 0 ? tr("Nothing loaded") : tr("Loaded %1 of %2").arg(locale.toString(loaded), locale.toString(total));
        break;
    case PagedCatalogModel::State::Idle:
        text = loaded == 0 ? QString() : tr("Loaded %1 of %2; scroll down for more").arg(locale.toString(loaded), locale.toString(total));
        break;
    case PagedCatalogModel::State::Complete:
        text = tr("All %1 loaded").arg(locale.toString(loaded));
        break;
    }
    if (m_proxy->isSearching())
        text = tr("%Ln match(es)", nullptr, m_proxy->rowCount()) + QStringLiteral(" · ") + text;
    m_status->setText(text);
}

} // namespace BatchDesk::Ui
