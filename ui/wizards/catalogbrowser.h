#pragma once

// A paged catalog (work orders, queues, users) as the wizards show it: a search field, a
// table that loads more pages as it scrolls, a line saying how much is loaded, and the
// server's error (ApiError::message()) with Retry when a page fails — a technician without
// work-order:all sees why the list stays empty. Presentation only: the model and pager do
// the work.

#include <QWidget>

class QAbstractProxyModel;
class QLabel;
class QLineEdit;
class QTableView;

namespace BatchDesk {
class CatalogPager;
class CatalogSearchProxy;
class PagedCatalogModel;
} // namespace BatchDesk

namespace BatchDesk::Ui {

class ErrorBanner;

class CatalogBrowser final : public QWidget
{
    Q_OBJECT

public:
    // `model` and `pager` must outlive the browser. `filter` (optional, e.g. the technician
    // picker's access filter) sits between the model and the search; the browser sets its source.
    CatalogBrowser(PagedCatalogModel *model, CatalogPager *pager, QWidget *parent = nullptr,
                   QAbstractProxyModel *filter = nullptr);

    void setSearchPlaceholder(const QString &text);
    void setSearchVisible(bool visible);
    // The id of the current row, or empty.
    QString currentId() const;
    // Makes `id` current now, or as soon as its page arrives (once the catalog has started
    // loading, its later pages are fetched until it does).
    void selectId(const QString &id);
    // The id selectId() is still waiting for (its page has not arrived), or empty.
    QString pendingId() const { return m_pendingId; }
    // What the manager chose or was given: the id still waited for (selectId() came after any
    // click: a click clears it), else the current one.
    QString wantedId() const { return m_pendingId.isEmpty() ? m_currentId : m_pendingId; }
    // No row chosen and none waited for.
    void clearChoice();

    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    CatalogSearchProxy *proxy() const { return m_proxy; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QString statusText() const;

Q_SIGNALS:
    void currentIdChanged(const QString &id);
    // The id waited for changed, or its catalog moved on (a page arrived, a load failed).
    void pendingChanged();

private:
    void updateStatus();
    void applyPendingSelection();

    PagedCatalogModel *m_model;
    CatalogPager *m_pager;
    QAbstractProxyModel *m_filter = nullptr;
    CatalogSearchProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    ErrorBanner *m_banner = nullptr;
    QString m_pendingId;
    QString m_currentId;
};

} // namespace BatchDesk::Ui
