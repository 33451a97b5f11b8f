#pragma once

// Paged catalogs for the planning wizards: work orders, queues and users.
//
// The models hold rows and know nothing of HTTP. Like Qt's fetchmore example they start empty
// and grow a page at a time through canFetchMore()/fetchMore() (one beginInsertRows per page);
// fetchMore() only asks for the next page (fetchRequested). A CatalogPager answers: it asks
// NiagaraClient for the page after its cursor and hands the parsed items to the model. This
// split keeps the models testable with hand-made pages and the network in one small object.
//
// CatalogSearchProxy filters any catalog by text. The API has no search parameter, so while a
// search is active and the server has more pages, the proxy keeps fetching them: a match on
// page 7 must not stay hidden because nobody scrolled there.

#include "client/apierror.h"
#include "client/domain.h"
#include "models/planning/planningfigures.h"
#include "models/planning/planningservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

#include <functional>
#include <optional>

namespace Niagara {
class NiagaraClient;
}

namespace BatchDesk {

class PagedCatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role : int {
        IdRole = Qt::UserRole + 1, // QString: the item's id
        SearchTextRole,            // QString: what CatalogSearchProxy matches (first column)
        SortRole,                  // a value that sorts the column naturally (numbers, dates)
    };
    enum class State : quint8 {
        Idle,     // nothing asked yet, or a page arrived and more may follow
        Loading,  // a page was asked for
        Complete, // the last page arrived
        Failed,   // the last request failed; retryAfterFailure() asks again
    };
    Q_ENUM(State)

    ~PagedCatalogModel() override;

    int rowCount(const QModelIndex &parent = {}) const final;
    bool canFetchMore(const QModelIndex &parent) const final;
    void fetchMore(const QModelIndex &parent) final;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    State state() const { return m_state; }
    // The server's total_count from the last page (0 before the first).
    qint64 totalCount() const { return m_totalCount; }
    // What went wrong with the last request (Kind::None unless state() is Failed).
    const Niagara::ApiError &error() const { return m_error; }
    QString idAt(int row) const;
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    // --- fed by the pager (or a test)
    // Removes every row and starts over from the first page (a refresh).
    void clear();
    // Marks the model as asked for a page after a failure, so fetchMore() works again.
    void retryAfterFailure();
    void pageFailed(const Niagara::ApiError &error);
    // The page asked for will not come (the pager cancelled it): ready to be asked again.
    void pageAbandoned();

    // --- check boxes in the first column (the technician and batch pickers choose several)
    void setCheckable(bool checkable);
    bool isCheckable() const { return m_checkable; }
    // Chosen ids survive filtering and paging; an id not loaded yet is checked when it arrives.
    QStringList checkedIds() const;
    void setCheckedIds(const QStringList &ids);
    bool isChecked(const QString &id) const { return m_checked.contains(id); }

Q_SIGNALS:
    // fetchMore() wants the next page; the pager answers with appendItems() or pageFailed().
    void fetchRequested();
    void stateChanged(BatchDesk::PagedCatalogModel::State state);
    void checkedIdsChanged();

protected:
    explicit PagedCatalogModel(QObject *parent = nullptr);

    // Subclasses keep the items; the base keeps ids, paging state and check marks.
    void beginAppend(const QStringList &newIds);
    void endAppend();
    void finishPage(bool morePages, qint64 totalCount);
    virtual void clearItems() = 0;
    QVariant checkData(int row) const;

private:
    void setState(State state);

    QStringList m_ids;
    QStringList m_pendingIds; // between beginAppend() and endAppend()
    QHash<QString, int> m_rowById;
    QSet<QString> m_checked;
    QStringList m_checkOrder; // checked ids in the order they were chosen
    State m_state = State::Idle;
    bool m_morePages = true; // until a page says otherwise
    qint64 m_totalCount = 0;
    Niagara::ApiError m_error;
    bool m_checkable = false;
};

// Rows of T in arrival order, deduplicated by id: an item seen again (cursor drift) updates
// its row in place instead of appearing twice.
template <typename T>
class CatalogRows : public PagedCatalogModel
{
public:
    using Item = T;
    using PagedCatalogModel::PagedCatalogModel;

    void appendItems(const QList<T> &items, bool morePages, qint64 totalCount)
    {
        QStringList fresh;
        QList<T> freshItems;
        for (const T &item : items) {
            const int row = rowOf(item.id);
            if (row >= 0) {
                if (!(m_items.at(row) == item)) {
                    m_items[row] = item;
                    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                }
            } else if (!fresh.contains(item.id)) {
                fresh.append(item.id);
                freshItems.append(item);
            }
        }
        if (!fresh.isEmpty()) {
            beginAppend(fresh);
            m_items.append(freshItems);
            endAppend();
        }
        finishPage(morePages, totalCount);
    }
    const T &itemAt(int row) const { return m_items.at(row); }
    const T *item(const QString &id) const
    {
        const int row = rowOf(id);
        return row >= 0 ? &m_items.at(row) : nullptr;
    }
    const QList<T> &items() const { return m_items; }

protected:
    void clearItems() override { m_items.clear(); }

private:
    QList<T> m_items;
};

// Work orders with due date, cycles needed, and what the batches on the server already hold
// (the census, set separately: it comes from /batches, not /work-orders).
class WorkOrderCatalogModel final : public CatalogRows<Niagara::WorkOrder>
{
    Q_OBJECT

public:
    enum Column : int { LabelColumn = 0, DueColumn, NeededColumn, BatchedColumn, RemainingColumn, ColumnCount };
    enum Role : int {
        CyclesNeededRole = PagedCatalogModel::SortRole + 1, // qint64
        CyclesBatchedRole,   // qint64, or invalid before the census
        CyclesRemainingRole, // qint64, or invalid before the census
        OverdueRole,         // bool: due date passed
    };

    explicit WorkOrderCatalogModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Usage per work order id; work orders without an entry have nothing batched.
    void setUsage(const QHash<QString, WorkOrderUsage> &usage);
    bool hasUsage() const { return m_usageKnown; }
    WorkOrderUsage usage(const QString &workOrderId) const { return m_usage.value(workOrderId); }
    // "Now" for overdue; tests pin it.
    void setCurrentTime(const QDateTime &now) { m_now = now; }

private:
    QHash<QString, WorkOrderUsage> m_usage;
    bool m_usageKnown = false;
    QDateTime m_now;
};

// Production queues with priority, location and current load (from the census).
class QueueCatalogModel final : public CatalogRows<Niagara::Queue>
{
    Q_OBJECT

public:
    enum Column : int { LabelColumn = 0, PriorityColumn, LocationColumn, BatchesColumn, CyclesColumn, ColumnCount };
    enum Role : int {
        PriorityRole = PagedCatalogModel::SortRole + 1, // Niagara::SortKey
        ActiveBatchesRole, // qint64, or invalid before the census
        ActiveCyclesRole,  // qint64, or invalid before the census
        HighestOrderRole,  // qint64: the highest numeric batch order in the queue (0 when none)
    };

    explicit QueueCatalogModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLoads(const QHash<QString, QueueLoad> &loads);
    bool hasLoads() const { return m_loadsKnown; }
    QueueLoad load(const QString &queueId) const { return m_loads.value(queueId); }

private:
    QHash<QString, QueueLoad> m_loads;
    bool m_loadsKnown = false;
};

// Users by name and email and, once the planning desk's figures are set, what planning needs
// of each person: their role, the queues they can work and their load in days.
class UserCatalogModel final : public CatalogRows<Niagara::User>
{
    Q_OBJECT

public:
    enum Column : int { NameColumn = 0, EmailColumn, RoleColumn, QueuesColumn, LoadColumn, ColumnCount };
    enum Role : int {
        QueueIdsRole = PagedCatalogModel::SortRole + 1, // QStringList: the queues they can work (when known)
        LoadDaysRole,   // double, or invalid: load in days at their pace (none: pace 0 or not in the figures)
        InFiguresRole,  // bool: the desk's figures name them (open work or completions in the window)
    };

    explicit UserCatalogModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The display name of a loaded user (name, else email), or the id itself.
    QString displayName(const QString &userId) const;

    // Role, queues and load from the desk's figures: queue access from the queues' technician
    // relations (a queue whose technicians are unknown names nobody), the roles the server
    // says each user holds (else derived from the relations: "Technician", related to a queue
    // as its technician), the load from the technicians' figures. Updates the rows in place.
    void setPlanningFigures(const PlanningFigures &figures);
    bool hasPlanning() const { return m_hasPlanning; }
    // "4.3 days", "no pace" (in the figures at pace 0), "—" (not in them); empty without figures.
    QString loadText(const QString &userId) const;

private:
    struct Planning
    {
        QStringList queueIds;
        QStringList queueLabels;
        QStringList roles; // the server's role labels
        bool inFigures = false;
        std::optional<double> loadDays;
    };
    QHash<QString, Planning> m_planning;
    bool m_hasPlanning = false;
    bool m_rolesKnown = false; // the server said who holds its roles
};

// Narrows the technician picker to the people who can work the target queue(s) (the split's
// queue, the assignment's batches' queues): one job, filtering by queue access. With "show
// all" the others stay listed, and each of their rows says why it was hidden (QueuesColumn,
// tooltip and AccessReasonRole: "cannot work Imaging Bay"). A target queue whose technicians
// are not known restricts nobody.
class TechnicianAccessProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Role : int { AccessReasonRole = UserCatalogModel::InFiguresRole + 1 }; // QString, empty: can work them all

    struct TargetQueue
    {
        QString id;
        QString label;
        std::optional<QStringList> technicianIds; // nullopt: not known
    };

    explicit TechnicianAccessProxy(QObject *parent = nullptr);

    void setTargetQueues(const QList<TargetQueue> &queues);
    const QList<TargetQueue> &targetQueues() const { return m_targets; }
    void setShowAll(bool showAll);
    bool showAll() const { return m_showAll; }

    // The target queues whose technicians are not known (everybody offered for them).
    QStringList unknownQueueLabels() const;
    // Empty when `userId` can work every target queue, else "cannot work Imaging Bay".
    QString reasonFor(const QString &userId) const;
    bool canWork(const QString &userId) const { return reasonFor(userId).isEmpty(); }
    // How many loaded people the filter hides (with "show all" off).
    int hiddenCount() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<TargetQueue> m_targets;
    bool m_showAll = false;
};

// Asks the client for the pages a catalog model wants, one request at a time.
class CatalogPager final : public QObject
{
    Q_OBJECT

public:
    CatalogPager(Niagara::NiagaraClient *client, WorkOrderCatalogModel *model, QObject *parent = nullptr);
    CatalogPager(Niagara::NiagaraClient *client, QueueCatalogModel *model, QObject *parent = nullptr);
    CatalogPager(Niagara::NiagaraClient *client, UserCatalogModel *model, QObject *parent = nullptr);
    // Through the planning service's client (the wizards: they never see a client).
    CatalogPager(PlanningService *service, WorkOrderCatalogModel *model, QObject *parent = nullptr);
    CatalogPager(PlanningService *service, QueueCatalogModel *model, QObject *parent = nullptr);
    CatalogPager(PlanningService *service, UserCatalogModel *model, QObject *parent = nullptr);
    ~CatalogPager() override;

    void setPageSize(int limit) { m_pageSize = limit; }
    int pageSize() const { return m_pageSize; }
    int pagesLoaded() const { return m_pages; }
    bool isBusy() const; // a page asked for, or waiting for its slot in the request queue

    // Loads the first page when nothing is loaded yet (views do not always ask by themselves).
    void start();
    // Drops every row and loads from the first page again.
    void refresh();
    // After a failure: asks for the page that failed again.
    void retry();
    void cancel();

private:
    // Sends one page request; `answered` is called first in its callback, whatever the outcome.
    using SendPage = std::function<Niagara::RequestId(const Niagara::PageRequest &, CatalogPager *,
                                                      std::function<void()> answered)>;
    CatalogPager(Niagara::NiagaraClient *client, PagedCatalogModel *model, QObject *parent);
    // `list`: the NiagaraClient member that reads the model's pages (defined in the .cpp).
    template <typename Model, typename List>
    void bind(Model *model, List list);
    void fetchNext();
    void abandon();
    // Follows the cursor of an answered page; false when it was the last one.
    bool advance(const std::optional<QString> &nextCursor);

    QPointer<Niagara::NiagaraClient> m_client;
    // Built from the service: its request queue, the app's one bound on requests in flight.
    QPointer<PlanningService> m_service;
    QPointer<PagedCatalogModel> m_model;
    SendPage m_send;
    int m_pageSize = 50;
    QString m_cursor;
    QSet<QString> m_cursorsSeen;
    Niagara::RequestId m_request = 0;
    quint64 m_generation = 0; // answers of an older generation were abandoned
    int m_pages = 0;
};

// Text search over a catalog's SearchTextRole: every whitespace-separated word must occur
// (case-insensitive). While a search is active it fetches the source's remaining pages.
class CatalogSearchProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CatalogSearchProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void setText(const QString &text);
    QString text() const { return m_words.join(QLatin1Char(' ')); }
    bool isSearching() const { return !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void fetchRestWhileSearching();

    QStringList m_words;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace BatchDesk
