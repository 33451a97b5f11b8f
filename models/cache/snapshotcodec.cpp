#include "models/cache/snapshotcodec.h"

#include <QTimeZone>
#include <QVarLengthArray>
#include <QtEndian>

#include <cmath>
#include <limits>

namespace BatchDesk::SnapshotCodec {

namespace {

// String header: the length, with these two values set apart.
constexpr quint32 kCodecNullString = 0xFFFFFFFFu;
constexpr quint32 kCodecUtf16Flag = 0x80000000u;
constexpr qsizetype kCodecMaxStringLength = 0x7FFFFFFE;

// Date tags.
enum CodecDateTag : quint8 {
    CodecDateNull = 0, // null or invalid: operator== does not tell them apart
    CodecDateUtc = 1,
    CodecDateOffset = 2,
    CodecDateLocal = 3,
    CodecDateZone = 4,
};
// The ECMAScript date range (±100,000,000 days around 1970): wider than any date the API
// sends (years 0–9999), narrow enough that damaged bytes never reach QDateTime's edges.
constexpr qint64 kCodecMaxEpochMs = 8'640'000'000'000'000;
constexpr qint32 kCodecMaxOffsetSeconds = 24 * 3600;

enum CodecSortKeyTag : quint8 { CodecSortKeyInvalid = 0, CodecSortKeyNumber = 1, CodecSortKeyText = 2 };

bool codecOk(const QDataStream &in)
{
    return in.status() == QDataStream::Ok;
}

void codecEncodeBool(QDataStream &out, bool value)
{
    out << quint8(value ? 1 : 0);
}

bool codecDecodeBool(QDataStream &in, bool &value)
{
    quint8 raw = 0;
    in >> raw;
    if (!codecOk(in))
        return false;
    if (raw > 1) {
        fail(in);
        return false;
    }
    value = raw == 1;
    return true;
}

// Reads `count` raw bytes the caller has already checked against bytesLeft().
bool codecReadRaw(QDataStream &in, char *to, qsizetype count)
{
    if (count == 0)
        return true;
    if (in.readRawData(to, static_cast<int>(count)) != count) {
        in.setStatus(QDataStream::ReadPastEnd);
        return false;
    }
    return true;
}

} // namespace

void prepare(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream.setFloatingPointPrecision(QDataStream::DoublePrecision);
}

void fail(QDataStream &in)
{
    // setStatus() keeps the first failure; this one is what a damaged length or tag is.
    in.setStatus(QDataStream::ReadCorruptData);
}

qint64 bytesLeft(const QDataStream &in)
{
    const QIODevice *device = in.device();
    return device ? device->bytesAvailable() : 0;
}

bool decodeCount(QDataStream &in, qint64 minItemSize, qsizetype &count)
{
    quint32 raw = 0;
    in >> raw;
    if (!codecOk(in))
        return false;
    // Every item takes at least minItemSize bytes: a count the rest cannot hold is damage,
    // refused before a reserve() of it could ask for gigabytes.
    if (static_cast<qint64>(raw) > bytesLeft(in) / std::max<qint64>(1, minItemSize)) {
        fail(in);
        return false;
    }
    count = static_cast<qsizetype>(raw);
    return true;
}

// ---------------------------------------------------------------------------- scalars

void encode(QDataStream &out, qint64 value)
{
    out << value;
}

bool decode(QDataStream &in, qint64 &value)
{
    in >> value;
    return codecOk(in);
}

void encode(QDataStream &out, double value)
{
    out << value;
}

bool decode(QDataStream &in, double &value)
{
    in >> value;
    return codecOk(in);
}

void encode(QDataStream &out, const QString &value)
{
    if (value.isNull()) {
        out << kCodecNullString;
        return;
    }
    const qsizetype length = value.size();
    if (length > kCodecMaxStringLength / 2) {
        out.setStatus(QDataStream::WriteFailed);
        return;
    }
    if (QtPrivate::isLatin1(QStringView(value))) {
        out << quint32(length);
        const QByteArray latin1 = value.toLatin1();
        out.writeRawData(latin1.constData(), static_cast<int>(latin1.size()));
        return;
    }
    out << (quint32(length) | kCodecUtf16Flag);
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        out.writeRawData(reinterpret_cast<const char *>(value.utf16()), static_cast<int>(length * 2));
    } else {
        QVarLengthArray<char16_t, 256> swapped(length);
        qToLittleEndian<char16_t>(value.utf16(), length, swapped.data());
        out.writeRawData(reinterpret_cast<const char *>(swapped.constData()), static_cast<int>(length * 2));
    }
}

bool decode(QDataStream &in, QString &value)
{
    quint32 header = 0;
    in >> header;
    if (!codecOk(in))
        return false;
    if (header == kCodecNullString) {
        value = QString();
        return true;
    }
    const bool utf16 = (header & kCodecUtf16Flag) != 0;
    const qsizetype length = static_cast<qsizetype>(header & ~kCodecUtf16Flag);
    const qsizetype bytes = utf16 ? length * 2 : length;
    if (bytes > bytesLeft(in)) {
        fail(in);
        return false;
    }
    if (length == 0) {
        value = QString(QLatin1StringView("")); // empty, not null
        return true;
    }
    if (utf16) {
        QString text(length, Qt::Uninitialized);
        char16_t *data = reinterpret_cast<char16_t *>(text.data());
        if (!codecReadRaw(in, reinterpret_cast<char *>(data), bytes))
            return false;
        if constexpr (QSysInfo::ByteOrder != QSysInfo::LittleEndian)
            qFromLittleEndian<char16_t>(data, length, data);
        value = std::move(text);
        return true;
    }
    QVarLengthArray<char, 256> latin1(length);
    if (!codecReadRaw(in, latin1.data(), length))
        return false;
    value = QString::fromLatin1(latin1.constData(), length);
    return true;
}

void encode(QDataStream &out, const QDateTime &value)
{
    if (!value.isValid()) {
        out << quint8(CodecDateNull);
        return;
    }
    const qint64 ms = value.toMSecsSinceEpoch();
    switch (value.timeSpec()) {
    case Qt::UTC:
        out << quint8(CodecDateUtc) << ms;
        return;
    case Qt::OffsetFromUTC:
        out << quint8(CodecDateOffset) << ms << qint32(value.offsetFromUtc());
        return;
    case Qt::LocalTime:
        out << quint8(CodecDateLocal) << ms;
        return;
    case Qt::TimeZone:
        out << quint8(CodecDateZone) << ms;
        encode(out, QString::fromLatin1(value.timeZone().id()));
        return;
    }
    out << quint8(CodecDateUtc) << ms;
}

bool decode(QDataStream &in, QDateTime &value)
{
    quint8 tag = 0;
    in >> tag;
    if (!codecOk(in))
        return false;
    if (tag == CodecDateNull) {
        value = QDateTime();
        return true;
    }
    if (tag > CodecDateZone) {
        fail(in);
        return false;
    }
    qint64 ms = 0;
    in >> ms;
    if (!codecOk(in))
        return false;
    if (ms < -kCodecMaxEpochMs || ms > kCodecMaxEpochMs) {
        fail(in);
        return false;
    }
    switch (tag) {
    case CodecDateUtc:
        value = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return true;
    case CodecDateOffset: {
        qint32 offset = 0;
        in >> offset;
        if (!codecOk(in))
            return false;
        if (offset < -kCodecMaxOffsetSeconds || offset > kCodecMaxOffsetSeconds) {
            fail(in);
            return false;
        }
        value = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
        return true;
    }
    case CodecDateLocal:
        value = QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime);
        return true;
    default: {
        QString id;
        if (!decode(in, id))
            return false;
        const QTimeZone zone(id.toLatin1());
        // A zone this machine does not know (a file from elsewhere): the same instant in UTC,
        // which is what operator== compares.
        value = zone.isValid() ? QDateTime::fromMSecsSinceEpoch(ms, zone) : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return true;
    }
    }
}

// ---------------------------------------------------------------------------- domain

void encode(QDataStream &out, const Niagara::SortKey &value)
{
    if (!value.isValid()) {
        out << quint8(CodecSortKeyInvalid);
    } else if (value.isNumber()) {
        out << quint8(CodecSortKeyNumber) << value.number();
    } else {
        out << quint8(CodecSortKeyText);
        encode(out, value.toString());
    }
}

bool decode(QDataStream &in, Niagara::SortKey &value)
{
    quint8 tag = 0;
    in >> tag;
    if (!codecOk(in))
        return false;
    switch (tag) {
    case CodecSortKeyInvalid:
        value = Niagara::SortKey();
        return true;
    case CodecSortKeyNumber: {
        double number = 0;
        in >> number;
        if (!codecOk(in))
            return false;
        value = Niagara::SortKey::fromNumber(number);
        return true;
    }
    case CodecSortKeyText: {
        QString text;
        if (!decode(in, text))
            return false;
        value = Niagara::SortKey::fromString(text);
        return true;
    }
    default:
        fail(in);
        return false;
    }
}

void encode(QDataStream &out, const Niagara::Status &value)
{
    const auto &[label, description, category, order] = value;
    encode(out, label);
    encode(out, description);
    out << quint8(category);
    encode(out, order);
}

bool decode(QDataStream &in, Niagara::Status &value)
{
    auto &[label, description, category, order] = value;
    if (!decode(in, label) || !decode(in, description))
        return false;
    quint8 raw = 0;
    in >> raw;
    if (!codecOk(in))
        return false;
    if (raw >= Niagara::kStatusCategoryCount) {
        fail(in);
        return false;
    }
    category = static_cast<Niagara::StatusCategory>(raw);
    return decode(in, order);
}

void encode(QDataStream &out, const Niagara::CycleCounts &value)
{
    const auto &[counts] = value;
    for (qint64 count : counts)
        out << count;
}

bool decode(QDataStream &in, Niagara::CycleCounts &value)
{
    auto &[counts] = value;
    for (qint64 &count : counts)
        in >> count;
    return codecOk(in);
}

void encode(QDataStream &out, const Niagara::Address &value)
{
    const auto &[country, administrativeArea, subAdministrativeArea, locality, postalCode, thoroughfare, premise,
                 subPremise] = value;
    for (const QString *field : {&country, &administrativeArea, &subAdministrativeArea, &locality, &postalCode,
                                 &thoroughfare, &premise, &subPremise})
        encode(out, *field);
}

bool decode(QDataStream &in, Niagara::Address &value)
{
    auto &[country, administrativeArea, subAdministrativeArea, locality, postalCode, thoroughfare, premise,
           subPremise] = value;
    for (QString *field : {&country, &administrativeArea, &subAdministrativeArea, &locality, &postalCode,
                           &thoroughfare, &premise, &subPremise}) {
        if (!decode(in, *field))
            return false;
    }
    return true;
}

void encode(QDataStream &out, const Niagara::Location &value)
{
    const auto &[id, label, created, updated, locationType, formattedAddress, address] = value;
    encode(out, id);
    encode(out, label);
    encode(out, created);
    encode(out, updated);
    encode(out, locationType);
    encode(out, formattedAddress);
    encode(out, address);
}

bool decode(QDataStream &in, Niagara::Location &value)
{
    auto &[id, label, created, updated, locationType, formattedAddress, address] = value;
    return decode(in, id) && decode(in, label) && decode(in, created) && decode(in, updated)
           && decode(in, locationType) && decode(in, formattedAddress) && decode(in, address);
}

void encode(QDataStream &out, const Niagara::Queue &value)
{
    const auto &[id, label, created, updated, priority, location, totalWorkOrders, totalBatches, activeWorkOrders,
                 activeBatches, activeCycles] = value;
    encode(out, id);
    encode(out, label);
    encode(out, created);
    encode(out, updated);
    encode(out, priority);
    encode(out, location);
    encode(out, totalWorkOrders);
    encode(out, totalBatches);
    encode(out, activeWorkOrders);
    encode(out, activeBatches);
    encode(out, activeCycles);
}

bool decode(QDataStream &in, Niagara::Queue &value)
{
    auto &[id, label, created, updated, priority, location, totalWorkOrders, totalBatches, activeWorkOrders,
           activeBatches, activeCycles] = value;
    return decode(in, id) && decode(in, label) && decode(in, created) && decode(in, updated) && decode(in, priority)
           && decode(in, location) && decode(in, totalWorkOrders) && decode(in, totalBatches)
           && decode(in, activeWorkOrders) && decode(in, activeBatches) && decode(in, activeCycles);
}

void encode(QDataStream &out, const Niagara::Customer &value)
{
    const auto &[id, label, created, updated, allowedStatuses, totalPrograms, totalProjects] = value;
    encode(out, id);
    encode(out, label);
    encode(out, created);
    encode(out, updated);
    encode(out, allowedStatuses);
    encode(out, totalPrograms);
    encode(out, totalProjects);
}

bool decode(QDataStream &in, Niagara::Customer &value)
{
    auto &[id, label, created, updated, allowedStatuses, totalPrograms, totalProjects] = value;
    return decode(in, id) && decode(in, label) && decode(in, created) && decode(in, updated)
           && decode(in, allowedStatuses) && decode(in, totalPrograms) && decode(in, totalProjects);
}

void encode(QDataStream &out, const Niagara::Program &value)
{
    const auto &[id, label, created, updated, startDate, endDate, customer, allowedStatuses] = value;
    encode(out, id);
    encode(out, label);
    encode(out, created);
    encode(out, updated);
    encode(out, startDate);
    encode(out, endDate);
    encode(out, customer);
    encode(out, allowedStatuses);
}

bool decode(QDataStream &in, Niagara::Program &value)
{
    auto &[id, label, created, updated, startDate, endDate, customer, allowedStatuses] = value;
    return decode(in, id) && decode(in, label) && decode(in, created) && decode(in, updated) && decode(in, startDate)
           && decode(in, endDate) && decode(in, customer) && decode(in, allowedStatuses);
}

void encode(QDataStream &out, const Niagara::Project &value)
{
    const auto &[id, label, description, created, updated, startDate, endDate, customer, program, allowedStatuses] =
        value;
    encode(out, id);
    encode(out, label);
    encode(out, description);
    encode(out, created);
    encode(out, updated);
    encode(out, startDate);
    encode(out, endDate);
    encode(out, customer);
    encode(out, program);
    encode(out, allowedStatuses);
}

bool decode(QDataStream &in, Niagara::Project &value)
{
    auto &[id, label, description, created, updated, startDate, endDate, customer, program, allowedStatuses] = value;
    return decode(in, id) && decode(in, label) && decode(in, description) && decode(in, created)
           && decode(in, updated) && decode(in, startDate) && decode(in, endDate) && decode(in, customer)
           && decode(in, program) && decode(in, allowedStatuses);
}

void encode(QDataStream &out, const Niagara::WorkFlowSummary &value)
{
    const auto &[id, label, schemaVersion, workflowVersion, appliesTo] = value;
    encode(out, id);
    encode(out, label);
    encode(out, schemaVersion);
    encode(out, workflowVersion);
    encode(out, appliesTo);
}

bool decode(QDataStream &in, Niagara::WorkFlowSummary &value)
{
    auto &[id, label, schemaVersion, workflowVersion, appliesTo] = value;
    return decode(in, id) && decode(in, label) && decode(in, schemaVersion) && decode(in, workflowVersion)
           && decode(in, appliesTo);
}

void encode(QDataStream &out, const Niagara::WorkOrderCycles &value)
{
    const auto &[needed, counts, workFlow] = value;
    encode(out, needed);
    encode(out, counts);
    encode(out, workFlow);
}

bool decode(QDataStream &in, Niagara::WorkOrderCycles &value)
{
    auto &[needed, counts, workFlow] = value;
    return decode(in, needed) && decode(in, counts) && decode(in, workFlow);
}

void encode(QDataStream &out, const Niagara::WorkOrder &value)
{
    const auto &[id, label, created, updated, description, workOrderType, beginDate, dueDate, startDate, endDate,
                 currentStatus, project, location, cycles] = value;
    encode(out, id);
    encode(out, label);
    encode(out, created);
    encode(out, updated);
    encode(out, description);
    encode(out, workOrderType);
    encode(out, beginDate);
    encode(out, dueDate);
    encode(out, startDate);
    encode(out, endDate);
    encode(out, currentStatus);
    encode(out, project);
    encode(out, location);
    encode(out, cycles);
}

bool decode(QDataStream &in, Niagara::WorkOrder &value)
{
    auto &[id, label, created, updated, description, workOrderType, beginDate, dueDate, startDate, endDate,
           currentStatus, project, location, cycles] = value;
    return decode(in, id) && decode(in, label) && decode(in, created) && decode(in, updated)
           && decode(in, description) && decode(in, workOrderType) && decode(in, beginDate) && decode(in, dueDate)
           && decode(in, startDate) && decode(in, endDate) && decode(in, currentStatus) && decode(in, project)
           && decode(in, location) && decode(in, cycles);
}

void encode(QDataStream &out, const Niagara::User &value)
{
    const auto &[id, name, email, created, updated, profile, picture] = value;
    encode(out, id);
    encode(out, name);
    encode(out, email);
    encode(out, created);
    encode(out, updated);
    encode(out, profile);
    encode(out, picture);
}

bool decode(QDataStream &in, Niagara::User &value)
{
    auto &[id, name, email, created, updated, profile, picture] = value;
    return decode(in, id) && decode(in, name) && decode(in, email) && decode(in, created) && decode(in, updated)
           && decode(in, profile) && decode(in, picture);
}

void encode(QDataStream &out, const SharedStatus &value)
{
    out << quint8(value ? 1 : 0);
    if (value)
        encode(out, *value);
}

bool decode(QDataStream &in, SharedStatus &value)
{
    std::optional<Niagara::Status> status;
    if (!decode(in, status))
        return false;
    value = SharedStatus::from(status);
    return true;
}

void encode(QDataStream &out, const BatchRecord &value)
{
    const auto &[id, label, created, updated, order, status, numberCycles, cycles, queueId, workOrderId,
                 technicians] = value;
    encode(out, id);
    encode(out, label);
    encode(out, created);
    encode(out, updated);
    encode(out, order);
    encode(out, status);
    encode(out, numberCycles);
    encode(out, cycles);
    encode(out, queueId);
    encode(out, workOrderId);
    encode(out, technicians);
}

bool decode(QDataStream &in, BatchRecord &value)
{
    auto &[id, label, created, updated, order, status, numberCycles, cycles, queueId, workOrderId, technicians] =
        value;
    return decode(in, id) && decode(in, label) && decode(in, created) && decode(in, updated) && decode(in, order)
           && decode(in, status) && decode(in, numberCycles) && decode(in, cycles) && decode(in, queueId)
           && decode(in, workOrderId) && decode(in, technicians);
}

void encode(QDataStream &out, const CachedBatch &value)
{
    const auto &[record, techniciansFromRelations, techniciansReadAtMs] = value;
    encode(out, record);
    codecEncodeBool(out, techniciansFromRelations);
    encode(out, techniciansReadAtMs);
}

bool decode(QDataStream &in, CachedBatch &value)
{
    auto &[record, techniciansFromRelations, techniciansReadAtMs] = value;
    return decode(in, record) && codecDecodeBool(in, techniciansFromRelations) && decode(in, techniciansReadAtMs);
}

} // namespace BatchDesk::SnapshotCodec
