#pragma once

#include "client/transport_guard.h"

// Collects every page of a listing (users, queues, work orders, a batch's relations) by
// following the cursor each body returns. Like BatchPageWalker it never trusts the limit, stops
// on a null offset and ends with an error on a repeated cursor instead of looping forever.

#include "client/niagaraclient.h"

#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace Niagara {

template <typename T>
using PageFetch = std::function<RequestId(const PageRequest &, QObject *, NiagaraClient::Callback<Page<T>>)>;

namespace Detail {

template <typename T>
struct PageWalk
{
    PageFetch<T> fetch;
    QPointer<QObject> context;
    Operation operation;
    QList<T> items;
    QSet<QString> cursors;
    std::function<void(Outcome<QList<T>>)> done;
};

template <typename T>
void walkFrom(const std::shared_ptr<PageWalk<T>> &walk, const QString &cursor)
{
    if (!walk->context)
        return; // whoever asked is gone
    PageRequest page;
    page.offset = cursor;
    walk->fetch(page, walk->context, [walk](Outcome<Page<T>> outcome) {
        if (!outcome.ok()) {
            walk->done({std::nullopt, outcome.error});
            return;
        }
        walk->items += std::move(outcome.value->items);
        const std::optional<QString> next = outcome.value->offset;
        if (!next || next->isEmpty()) {
            walk->done({std::move(walk->items), {}});
            return;
        }
        if (walk->cursors.contains(*next)) {
            ApiError loop = ApiError::invalidResponse(walk->operation, ApiError::ResponseFault::RepeatedPage);
            loop.setTechnicalDetail(QStringLiteral("the server repeated a paging cursor"));
            walk->done({std::nullopt, loop});
            return;
        }
        walk->cursors.insert(*next);
        walkFrom(walk, *next);
    });
}

} // namespace Detail

// `done` runs once with every item, or with the first error; never if `context` dies first.
template <typename T>
void collectAllPages(Operation operation, PageFetch<T> fetch, QObject *context,
                     std::function<void(Outcome<QList<T>>)> done)
{
    auto walk = std::make_shared<Detail::PageWalk<T>>();
    walk->fetch = std::move(fetch);
    walk->context = context;
    walk->operation = operation;
    walk->done = std::move(done);
    Detail::walkFrom(walk, QString());
}

} // namespace Niagara
