#include "client/json/fieldreaders.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace Niagara::Json {

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString typeError(const char *expected, const Scalar &value)
{
    return QStringLiteral("expected ") + QLatin1String(expected) + QStringLiteral(", got ") + kindName(value);
}

// The number for messages, as the server wrote it where possible.
QString numberText(const Scalar &value)
{
    switch (value.kind) {
    case Scalar::Kind::Integer: return QString::number(value.integer);
    case Scalar::Kind::Unsigned: return QString::number(value.unsignedInteger);
    case Scalar::Kind::Float: return fromUtf8(value.text);
    default: return {};
    }
}

// JSON Schema "integer" accepts any number with a zero fraction (2.0 is an integer).
bool toInteger(const Scalar &value, qint64 &out)
{
    switch (value.kind) {
    case Scalar::Kind::Integer:
        out = value.integer;
        return true;
    case Scalar::Kind::Unsigned:
        if (value.unsignedInteger > static_cast<quint64>(std::numeric_limits<qint64>::max()))
            return false;
        out = static_cast<qint64>(value.unsignedInteger);
        return true;
    case Scalar::Kind::Float:
        if (!std::isfinite(value.floating) || std::floor(value.floating) != value.floating
            || std::abs(value.floating) > 9.0e15)
            return false;
        out = static_cast<qint64>(value.floating);
        return true;
    default:
        return false;
    }
}

double toDouble(const Scalar &value)
{
    switch (value.kind) {
    case Scalar::Kind::Integer: return static_cast<double>(value.integer);
    case Scalar::Kind::Unsigned: return static_cast<double>(value.unsignedInteger);
    default: return value.floating;
    }
}

bool readIntegerAtLeast(qint64 &out, const Scalar &value, qint64 minimum, QString &error)
{
    if (!value.isNumber()) {
        error = typeError("an integer", value);
        return false;
    }
    qint64 n = 0;
    if (!toInteger(value, n)) {
        error = QStringLiteral("expected an integer, got ") + numberText(value);
        return false;
    }
    if (n < minimum) {
        error = QStringLiteral("must be >= %1, got %2").arg(minimum).arg(n);
        return false;
    }
    out = n;
    return true;
}

// Fixed-width decimal field of a date-time.
bool digits(std::string_view text, std::size_t pos, std::size_t count, int &out)
{
    if (pos + count > text.size())
        return false;
    int n = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    out = n;
    return true;
}

} // namespace

QString kindName(const Scalar &value)
{
    switch (value.kind) {
    case Scalar::Kind::Null: return QStringLiteral("null");
    case Scalar::Kind::Bool: return QStringLiteral("a boolean");
    case Scalar::Kind::Integer:
    case Scalar::Kind::Unsigned:
    case Scalar::Kind::Float: return QStringLiteral("a number");
    case Scalar::Kind::String: return QStringLiteral("a string");
    }
    return {};
}

std::optional<QDateTime> parseDateTime(std::string_view s)
{
    // full-date "T" partial-time [time-secfrac] time-offset (RFC 3339 section 5.6); "t" and "z"
    // are allowed by its note. Hand-written: QDateTime::fromString is slow and more lenient.
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (s.size() < 20 || !digits(s, 0, 4, year) || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-'
        || !digits(s, 8, 2, day) || (s[10] != 'T' && s[10] != 't') || !digits(s, 11, 2, hour)
        || s[13] != ':' || !digits(s, 14, 2, minute) || s[16] != ':' || !digits(s, 17, 2, second))
        return std::nullopt;
    std::size_t pos = 19;
    int msec = 0;
    if (s[pos] == '.') {
        ++pos;
        const std::size_t first = pos;
        int scale = 100;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            msec += (s[pos] - '0') * scale; // digits beyond milliseconds are dropped
            scale /= 10;
            ++pos;
        }
        if (pos == first)
            return std::nullopt;
    }
    if (pos >= s.size())
        return std::nullopt;
    int offsetSeconds = 0;
    if (s[pos] == 'Z' || s[pos] == 'z') {
        if (pos + 1 != s.size())
            return std::nullopt;
    } else if (s[pos] == '+' || s[pos] == '-') {
        int offHour = 0, offMinute = 0;
        if (pos + 6 != s.size() || !digits(s, pos + 1, 2, offHour) || s[pos + 3] != ':'
            || !digits(s, pos + 4, 2, offMinute) || offHour > 23 || offMinute > 59)
            return std::nullopt;
        offsetSeconds = (offHour * 3600 + offMinute * 60) * (s[pos] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

bool isValidId(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-'
                        || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

bool readString(QString &out, const Scalar &value, QString &error)
{
    if (value.kind != Scalar::Kind::String) {
        error = typeError("a string", value);
        return false;
    }
    out = fromUtf8(value.text);
    return true;
}

bool readNullableString(QString &out, const Scalar &value, QString &error)
{
    if (value.kind == Scalar::Kind::Null) {
        out.clear();
        return true;
    }
    if (value.kind != Scalar::Kind::String) {
        error = typeError("a string or null", value);
        return false;
    }
    out = fromUtf8(value.text);
    return true;
}

bool readId(QString &out, const Scalar &value, QString &error)
{
    if (value.kind != Scalar::Kind::String) {
        error = typeError("an id string", value);
        return false;
    }
    if (!isValidId(value.text)) {
        error = QStringLiteral("\"") + fromUtf8(value.text) + QStringLiteral("\" does not match ^[0-9a-zA-Z-_]+$");
        return false;
    }
    out = fromUtf8(value.text);
    return true;
}

bool readDateTime(QDateTime &out, const Scalar &value, QString &error)
{
    if (value.kind != Scalar::Kind::String) {
        error = typeError("a date-time string", value);
        return false;
    }
    std::optional<QDateTime> parsed = parseDateTime(value.text);
    if (!parsed) {
        error = QStringLiteral("\"") + fromUtf8(value.text) + QStringLiteral("\" is not an RFC 3339 date-time");
        return false;
    }
    out = *parsed;
    return true;
}

bool readNullableDateTime(QDateTime &out, const Scalar &value, QString &error)
{
    if (value.kind == Scalar::Kind::Null) {
        out = QDateTime();
        return true;
    }
    if (value.kind != Scalar::Kind::String) {
        error = typeError("a date-time string or null", value);
        return false;
    }
    return readDateTime(out, value, error);
}

bool readCount(qint64 &out, const Scalar &value, QString &error)
{
    return readIntegerAtLeast(out, value, 0, error);
}

bool readOptionalCount(std::optional<qint64> &out, const Scalar &value, QString &error)
{
    qint64 n = 0;
    if (!readIntegerAtLeast(n, value, 0, error))
        return false;
    out = n;
    return true;
}

bool readCycleCount(qint64 &out, const Scalar &value, QString &error)
{
    return readIntegerAtLeast(out, value, 1, error);
}

bool readTotalCount(qint64 &out, const Scalar &value, QString &error)
{
    if (!value.isNumber()) {
        error = typeError("an integer", value);
        return false;
    }
    qint64 n = 0;
    out = toInteger(value, n) && n >= 0 ? n : 0;
    return true;
}

bool readOptionalNumber(std::optional<double> &out, const Scalar &value, QString &error)
{
    if (!value.isNumber()) {
        error = typeError("a number", value);
        return false;
    }
    out = toDouble(value);
    return true;
}

bool readSortKey(SortKey &out, const Scalar &value, QString &error)
{
    // Seed revision: a number >= 0; later revision: a fractional-index string.
    if (value.kind == Scalar::Kind::String) {
        if (value.text.empty()) {
            error = QStringLiteral("must not be an empty string");
            return false;
        }
        out = SortKey::fromString(fromUtf8(value.text));
        return true;
    }
    if (!value.isNumber()) {
        error = typeError("a number or a string", value);
        return false;
    }
    const double n = toDouble(value);
    if (!(n >= 0)) {
        error = QStringLiteral("must be >= 0, got ") + numberText(value);
        return false;
    }
    out = SortKey::fromNumber(n);
    return true;
}

bool readCategory(StatusCategory &out, const Scalar &value, QString &error)
{
    if (value.kind != Scalar::Kind::String) {
        error = typeError("a status category string", value);
        return false;
    }
    const std::optional<StatusCategory> category = categoryFromWireName(value.text);
    if (!category) {
        error = QStringLiteral("\"") + fromUtf8(value.text)
                + QStringLiteral("\" is not one of PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED, CANCELLED");
        return false;
    }
    out = *category;
    return true;
}

bool readOffset(std::optional<QString> &out, const Scalar &value, QString &error)
{
    if (value.kind == Scalar::Kind::Null) {
        out.reset();
        return true;
    }
    if (value.kind != Scalar::Kind::String) {
        error = typeError("a string or null", value);
        return false;
    }
    out = fromUtf8(value.text);
    return true;
}

bool readAnyString(QString &out, const Scalar &value, QString &)
{
    if (value.kind == Scalar::Kind::String)
        out = fromUtf8(value.text);
    return true;
}

bool readAnyInt(int &out, const Scalar &value, QString &)
{
    qint64 n = 0;
    if (toInteger(value, n) && n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max())
        out = static_cast<int>(n);
    return true;
}

bool readMetricValue(double &out, const Scalar &value, QString &error)
{
    if (value.isNumber()) {
        out = toDouble(value);
        return true;
    }
    if (value.kind != Scalar::Kind::String) {
        error = typeError("a number or a numeric string", value);
        return false;
    }
    // Some servers write metric values as decimal strings ("12", "3.5"). std::from_chars reads
    // the C locale's format only and no surrounding blanks; it also reads "inf" and "nan",
    // which are no count of anything and are refused with the rest.
    const char *begin = value.text.data();
    const char *end = begin + value.text.size();
    double n = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, n, std::chars_format::general);
    if (value.text.empty() || ec != std::errc() || ptr != end || !std::isfinite(n)) {
        constexpr std::size_t kShown = 40; // the server's text, kept short in the diagnostic
        error = QStringLiteral("expected a number or a numeric string, got \"")
                + fromUtf8(value.text.substr(0, kShown))
                + (value.text.size() > kShown ? QStringLiteral("\u2026\"") : QStringLiteral("\""));
        return false;
    }
    out = n;
    return true;
}

bool readTextOrNumber(QString &out, const Scalar &value, QString &error)
{
    switch (value.kind) {
    case Scalar::Kind::String: out = fromUtf8(value.text); return true;
    case Scalar::Kind::Null: out.clear(); return true;
    case Scalar::Kind::Integer:
    case Scalar::Kind::Unsigned:
    case Scalar::Kind::Float: out = numberText(value); return true; // as the server wrote it
    case Scalar::Kind::Bool: break;
    }
    error = typeError("a string, a number or null", value);
    return false;
}

bool checkCount(void *, const Scalar &value, QString &error)
{
    qint64 ignored = 0;
    return readCount(ignored, value, error);
}

} // namespace Niagara::Json
