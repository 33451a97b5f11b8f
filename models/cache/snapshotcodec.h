#pragma once

// Binary encoding of the board snapshot's values for the local cache (boardcache.h).
//
// One fixed format: QDataStream version Qt_6_4, little-endian, doubles in 64 bits — set by
// prepare() on every stream that writes or reads it. Every field of every type is written,
// including the presence of each std::optional and null vs empty strings and dates, so a
// decoded value is operator== to the encoded one. Strings are Latin-1 when they fit (ids,
// labels, e-mails: half the bytes of UTF-16 and a fast decode), else UTF-16.
//
// Decoding trusts nothing: the bytes may be truncated or damaged on disk. Each decode()
// returns the stream's status after the value (false: the stream is no longer Ok and the
// value is not to be used), checks every tag and enum against its range, and checks every
// length against the bytes left before it allocates, so garbage fails cleanly, never crashes
// and never allocates more than the input's size.
//
// A field added to a domain type must be added here (the encoders bind every field by
// structured binding, so the build fails until it is) and BoardCache::kSchemaVersion raised.

#include "models/cache/boardsnapshot.h"

#include <QBuffer>
#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <QList>

#include <algorithm>
#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace BatchDesk::SnapshotCodec {

// The stream's version, byte order and floating-point precision: the cache's one format.
void prepare(QDataStream &stream);

void encode(QDataStream &out, qint64 value);
void encode(QDataStream &out, double value);
void encode(QDataStream &out, const QString &value);
void encode(QDataStream &out, const QDateTime &value);
void encode(QDataStream &out, const Niagara::SortKey &value);
void encode(QDataStream &out, const Niagara::Status &value);
void encode(QDataStream &out, const Niagara::CycleCounts &value);
void encode(QDataStream &out, const Niagara::Address &value);
void encode(QDataStream &out, const Niagara::Location &value);
void encode(QDataStream &out, const Niagara::Queue &value);
void encode(QDataStream &out, const Niagara::Customer &value);
void encode(QDataStream &out, const Niagara::Program &value);
void encode(QDataStream &out, const Niagara::Project &value);
void encode(QDataStream &out, const Niagara::WorkFlowSummary &value);
void encode(QDataStream &out, const Niagara::WorkOrderCycles &value);
void encode(QDataStream &out, const Niagara::WorkOrder &value);
void encode(QDataStream &out, const Niagara::User &value);
void encode(QDataStream &out, const SharedStatus &value); // as a std::optional<Status>
void encode(QDataStream &out, const BatchRecord &value);
void encode(QDataStream &out, const CachedBatch &value);

bool decode(QDataStream &in, qint64 &value);
bool decode(QDataStream &in, double &value);
bool decode(QDataStream &in, QString &value);
bool decode(QDataStream &in, QDateTime &value);
bool decode(QDataStream &in, Niagara::SortKey &value);
bool decode(QDataStream &in, Niagara::Status &value);
bool decode(QDataStream &in, Niagara::CycleCounts &value);
bool decode(QDataStream &in, Niagara::Address &value);
bool decode(QDataStream &in, Niagara::Location &value);
bool decode(QDataStream &in, Niagara::Queue &value);
bool decode(QDataStream &in, Niagara::Customer &value);
bool decode(QDataStream &in, Niagara::Program &value);
bool decode(QDataStream &in, Niagara::Project &value);
bool decode(QDataStream &in, Niagara::WorkFlowSummary &value);
bool decode(QDataStream &in, Niagara::WorkOrderCycles &value);
bool decode(QDataStream &in, Niagara::WorkOrder &value);
bool decode(QDataStream &in, Niagara::User &value);
bool decode(QDataStream &in, SharedStatus &value);
bool decode(QDataStream &in, BatchRecord &value);
bool decode(QDataStream &in, CachedBatch &value);

// Marks the stream's data corrupt (a tag, enum or length out of range): every later read
// fails and decode() returns false.
void fail(QDataStream &in);
// Bytes not yet read; 0 for a stream without a device.
qint64 bytesLeft(const QDataStream &in);
// The fewest bytes one encoded T takes: what a default-constructed T encodes to (every field
// at its smallest: null strings and dates, absent optionals, empty lists, fixed-size numbers).
template <typename T>
qint64 minEncodedSize()
{
    static const qint64 size = [] {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        prepare(out);
        encode(out, T{});
        return static_cast<qint64>(bytes.size());
    }();
    return size;
}

// A count followed by as many items. The count is refused when the bytes left cannot hold
// that many items, before anything is reserved.
bool decodeCount(QDataStream &in, qint64 minItemSize, qsizetype &count);

template <typename T>
void encode(QDataStream &out, const std::optional<T> &value)
{
    out << quint8(value ? 1 : 0);
    if (value)
        encode(out, *value);
}

template <typename T>
bool decode(QDataStream &in, std::optional<T> &value)
{
    quint8 present = 0;
    in >> present;
    if (in.status() != QDataStream::Ok)
        return false;
    if (present > 1) {
        fail(in);
        return false;
    }
    if (!present) {
        value.reset();
        return true;
    }
    T item{};
    if (!decode(in, item))
        return false;
    value = std::move(item);
    return true;
}

template <typename T>
void encode(QDataStream &out, std::span<const T> items)
{
    if (items.size() > std::numeric_limits<quint32>::max()) {
        out.setStatus(QDataStream::WriteFailed);
        return;
    }
    out << quint32(items.size());
    for (const T &item : items)
        encode(out, item);
}

template <typename T>
void encode(QDataStream &out, const QList<T> &items)
{
    encode(out, std::span<const T>(items.constData(), static_cast<std::size_t>(items.size())));
}

template <typename T>
bool decode(QDataStream &in, QList<T> &items)
{
    qsizetype count = 0;
    if (!decodeCount(in, minEncodedSize<T>(), count))
        return false;
    items.clear();
    items.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        T item{};
        if (!decode(in, item))
            return false;
        items.append(std::move(item));
    }
    return true;
}

// A whole blob: `items` as one list; a null QByteArray when a value does not fit the format
// (a string of a billion characters). decodeBlob() appends the blob's items to `items` and
// accepts the blob only when it is exactly one such list (no byte left over); on false the
// caller discards `items` (some of the blob's items may have been appended).
template <typename T>
QByteArray encodeBlob(std::span<const T> items)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    prepare(out);
    encode(out, items);
    if (out.status() != QDataStream::Ok)
        return {};
    return bytes;
}

template <typename T>
bool decodeBlob(const QByteArray &blob, std::vector<T> &items)
{
    // Unbuffered: QIODevice's read buffer would copy every field once more on its way.
    QBuffer buffer;
    buffer.setData(blob);
    buffer.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QDataStream in(&buffer);
    prepare(in);
    qsizetype count = 0;
    if (!decodeCount(in, minEncodedSize<T>(), count))
        return false;
    // Geometric growth over many blobs into one vector (reserve(size + count) per blob would
    // move every item decoded so far once per blob).
    if (items.capacity() < items.size() + static_cast<std::size_t>(count))
        items.reserve(std::max(items.size() + static_cast<std::size_t>(count), 2 * items.capacity()));
    for (qsizetype i = 0; i < count; ++i) {
        T item{};
        if (!decode(in, item))
            return false;
        items.push_back(std::move(item));
    }
    return in.atEnd();
}

} // namespace BatchDesk::SnapshotCodec
