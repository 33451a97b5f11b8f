#include "payloads.h"

QByteArray batchJson(const QString &id, int order)
{
    return QStringLiteral(R"({"batch_id":"%1","label":"Batch %1","created":"2026-11-01T08:00:00.000Z",
"updated":"2026-11-02T08:00:00.000Z","order":%2,"number_cycles":10,
"cycles":{"pending":6,"in_progress":1,"verifying":1,"complete":2,"blocked":0,"cancelled":0},
"current_status":{"status":"Imaging","category":"IN_PROGRESS","order":2},
"queue":{"queue_id":"queue-imaging","label":"Imaging Bay","created":"2026-01-01T00:00:00.000Z",
"updated":"2026-01-01T00:00:00.000Z","priority":1,"total_batches":3,
"total_work_orders":{"pending":1},
"location":{"location_id":"loc-albany","label":"Albany","created":"2026-01-01T00:00:00.000Z",
"updated":"2026-01-01T00:00:00.000Z","location_type":"warehouse","formatted_address":"Albany",
"address":{"country":"USA","administrative_area":"NY","locality":"Albany","postal_code":"12204","thoroughfare":"1 Main St"}}},
"work_order":{"work_order_id":"wo-ipads","label":"Provision iPads","created":"2026-01-01T00:00:00.000Z",
"updated":"2026-01-01T00:00:00.000Z","description":null,"work_order_type":"device",
"begin_date":"2026-11-01T00:00:00.000Z","due_date":"2026-12-01T00:00:00.000Z",
"start_date":"2026-11-01T00:00:00.000Z","end_date":"2026-12-01T00:00:00.000Z",
"current_status":{"status":"Imaging","category":"IN_PROGRESS"},
"cycles":[{"needed":500,"pending":400,"in_progress":50,"verifying":10,"complete":40,"blocked":0,"cancelled":0}]},
"_links":{"self":{"href":"https://api.example.test/batches/%1"}}})")
        .arg(id)
        .arg(order)
        .toUtf8();
}

QByteArray pageJson(const QStringList &ids, int total, const QString &nextCursor, const QString &nextHost)
{
    QByteArrayList items;
    for (const QString &id : ids)
        items << batchJson(id);
    const QByteArray offset = nextCursor.isNull() ? QByteArray("null") : "\"" + nextCursor.toUtf8() + "\"";
    QByteArray links = R"({"self":{"href":"/batches"})";
    if (!nextCursor.isNull())
        links += R"(,"next":{"href":")" + nextHost.toUtf8() + "/batches?offset=" + nextCursor.toUtf8() + R"("})";
    links += "}";
    return R"({"total_count":)" + QByteArray::number(total) + R"(,"limit":100,"offset":)" + offset
           + R"(,"_embedded":{"nter:batches":[)" + items.join(',') + R"(]},"_links":)" + links + "}";
}

QByteArray problemJson(int status, const QByteArray &title, const QByteArray &detail)
{
    return R"({"title":")" + title + R"(","type":"https://docs.nterprise.com/api/problem/)" + title
           + R"(","status":)" + QByteArray::number(status) + R"(,"detail":")" + detail + "\"}";
}

QByteArray badRequestJson()
{
    return R"({"title":"Bad Request","type":"https://docs.nterprise.com/api/problem/BadRequest","status":400,"detail":"Invalid Data","validation_messages":[{"keyword":"minimum","dataPath":".number_cycles","schemaPath":"#/properties/number_cycles","params":{"limit":1},"message":"should be >= 1"}]})";
}

QByteArray emptyRelationPageJson()
{
    return R"({"total_count":0,"limit":100,"offset":null,"_embedded":{"nter:relations":[]},"_links":{"self":{"href":"/x"}}})";
}
