#include "client/json/saxreader.h"

#include "client/json/fastsax.h"
#include "client/json/fieldreaders.h"

#include <array>
#include <bit>
#include <charconv>

namespace Niagara::Json {

namespace {

bool isIdentifier(std::string_view key)
{
    if (key.empty())
        return false;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!alpha && (i == 0 || c < '0' || c > '9'))
            return false;
    }
    return true;
}

// ".key" for identifier-safe keys, "['key']" otherwise (quotes and backslashes escaped).
void appendKey(QString &path, std::string_view key)
{
    if (isIdentifier(key)) {
        path += QLatin1Char('.');
        path += QLatin1String(key.data(), static_cast<qsizetype>(key.size()));
        return;
    }
    std::string quoted;
    quoted.reserve(key.size() + 4);
    quoted += "['";
    for (char c : key) {
        if (c == '\'' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    quoted += "']";
    path += QString::fromUtf8(quoted.data(), static_cast<qsizetype>(quoted.size()));
}

Scalar numberScalar(Scalar::Kind kind)
{
    Scalar value;
    value.kind = kind;
    return value;
}

} // namespace

SaxReader::SaxReader(const Schema &root, void *target, QList<DecodeIssue> *issues)
    : m_rootSchema(root), m_rootTarget(target), m_issues(issues)
{
    m_frames.reserve(16);
}

bool SaxReader::parse(std::string_view json, std::size_t maxDepth)
{
    // nlohmann's parser keeps its own stack on the heap (no recursion), so depth cannot
    // overflow the thread's stack there; the cap bounds our frames, skip counter and capture
    // buffers, and answers a hostile body at once instead of walking all of it.
    m_maxDepth = maxDepth;
    m_inputSize = json.size();
    const char *begin = json.data();
    const char *end = begin + json.size();
    bool ok = false;
    switch (fastSaxParse(json, *this)) {
    case FastSax::Finished: ok = true; break;
    case FastSax::Stopped: ok = false; break;
    case FastSax::Declined:
        // strict: trailing garbage after the document is a syntax error too.
        ok = nlohmann::json::sax_parse(begin, end, this, nlohmann::json::input_format_t::json, true);
        break;
    }
    if (ok && m_error.message.isEmpty())
        return true;
    if (m_error.message.isEmpty())
        m_error = {QStringLiteral("$"), QStringLiteral("the JSON parser stopped")};
    return false;
}

// --- scalars ------------------------------------------------------------------------------

bool SaxReader::null()
{
    return scalar(Scalar{});
}

bool SaxReader::boolean(bool val)
{
    Scalar value = numberScalar(Scalar::Kind::Bool);
    value.boolean = val;
    return scalar(value);
}

bool SaxReader::number_integer(number_integer_t val)
{
    Scalar value = numberScalar(Scalar::Kind::Integer);
    value.integer = val;
    return scalar(value);
}

bool SaxReader::number_unsigned(number_unsigned_t val)
{
    Scalar value = numberScalar(Scalar::Kind::Unsigned);
    value.unsignedInteger = val;
    return scalar(value);
}

bool SaxReader::number_float(number_float_t val, const string_t &s)
{
    Scalar value = numberScalar(Scalar::Kind::Float);
    value.floating = val;
    value.text = s;
    return scalar(value);
}

bool SaxReader::string(string_t &val)
{
    Scalar value = numberScalar(Scalar::Kind::String);
    value.text = val;
    return scalar(value);
}

bool SaxReader::binary(binary_t &)
{
    // Only the binary formats (CBOR, ...) produce this; we parse JSON text.
    m_error = {pathTo(m_depth), QStringLiteral("unexpected binary value")};
    return false;
}

bool SaxReader::scalar(const Scalar &value)
{
    if (m_skip > 0) {
        if (m_skippedItemIdNext && m_skip == 1 && value.kind == Scalar::Kind::String && m_issues
            && m_issues->last().itemId.isEmpty())
            m_issues->last().itemId = QString::fromUtf8(value.text.data(), static_cast<qsizetype>(value.text.size()));
        m_skippedItemIdNext = false;
        return true;
    }
    if (m_skipNext) {
        m_skipNext = false;
        return true;
    }
    if (m_captureTarget) {
        captureScalar(value);
        captureFinishIfDone();
        return true;
    }
    if (m_depth == 0) {
        m_started = true;
        return fail(QStringLiteral("expected an object, got ") + kindName(value), QStringLiteral("$"),
                    Container::None);
    }
    Frame &frame = m_frames[m_depth - 1];
    if (frame.isArray) {
        ++frame.index;
        return fail(QStringLiteral("expected an object, got ") + kindName(value), pathTo(m_depth),
                    Container::None);
    }
    const FieldSpec &field = *frame.field;
    if (field.capture) {
        beginCapture(static_cast<QString *>(field.capture(frame.target)));
        captureScalar(value);
        captureFinishIfDone();
        return true;
    }
    if (!field.scalar)
        return typeError(field, kindName(value), Container::None);
    // Remember the raw id of a page item so that an issue can name the item, even when the
    // id itself is what is wrong.
    if (value.kind == Scalar::Kind::String && m_depth >= 2 && m_frames[m_depth - 2].drop
        && field.name == frame.schema->idField)
        m_itemId = QString::fromUtf8(value.text.data(), static_cast<qsizetype>(value.text.size()));
    QString error;
    if (field.scalar(frame.target, value, error) || frame.schema->lenient)
        return true;
    return fail(std::move(error), pathTo(m_depth), Container::None);
}

// --- containers ---------------------------------------------------------------------------

void SaxReader::pushObject(const Schema *schema, void *target)
{
    if (m_depth == m_frames.size())
        m_frames.emplace_back();
    Frame &frame = m_frames[m_depth++];
    frame.isArray = false;
    frame.schema = schema;
    frame.target = target;
    frame.field = nullptr;
    frame.seen = 0;
    frame.append = nullptr;
    frame.drop = nullptr;
    frame.index = -1;
    frame.key.clear(); // keeps its capacity: keys are copied without allocating
}

bool SaxReader::beginContainer(bool isArray)
{
    if (nesting() >= m_maxDepth) {
        // Not recoverable like a bad item: the rest of the body cannot be trusted to end.
        m_error = {pathTo(m_depth), QStringLiteral("nested deeper than %1 levels").arg(m_maxDepth), true};
        return false;
    }
    if (m_skip > 0) {
        m_skippedItemIdNext = false;
        ++m_skip;
        return true;
    }
    if (m_skipNext) {
        m_skipNext = false;
        m_skip = 1;
        return true;
    }
    if (m_captureTarget) {
        captureBeforeValue();
        m_captureBuffer += isArray ? '[' : '{';
        m_captureFirst.push_back(true);
        return true;
    }
    if (m_depth == 0) {
        m_started = true;
        if (isArray)
            return fail(QStringLiteral("expected an object, got an array"), QStringLiteral("$"),
                        Container::Opening);
        pushObject(&m_rootSchema, m_rootTarget);
        return true;
    }

    Frame &frame = m_frames[m_depth - 1];
    if (frame.isArray) {
        ++frame.index;
        if (isArray)
            return fail(QStringLiteral("expected an object, got an array"), pathTo(m_depth),
                        Container::Opening);
        if (frame.drop)
            m_itemId.clear();
        const Schema *schema = frame.schema;
        void *element = frame.append(frame.target);
        pushObject(schema, element); // invalidates `frame`
        return true;
    }

    const FieldSpec &field = *frame.field;
    if (field.capture) {
        beginCapture(static_cast<QString *>(field.capture(frame.target)));
        m_captureBuffer += isArray ? '[' : '{';
        m_captureFirst.push_back(true);
        return true;
    }
    if (isArray) {
        if (!field.element)
            return typeError(field, QStringLiteral("an array"), Container::Opening);
        void *list = field.arrayTarget(frame.target);
        pushObject(field.element, list);
        Frame &array = m_frames[m_depth - 1];
        array.isArray = true;
        array.append = field.append;
        array.drop = field.drop;
        return true;
    }
    if (!field.object)
        return typeError(field, QStringLiteral("an object"), Container::Opening);
    pushObject(field.object, field.objectTarget(frame.target));
    return true;
}

bool SaxReader::start_object(std::size_t)
{
    return beginContainer(false);
}

bool SaxReader::start_array(std::size_t)
{
    return beginContainer(true);
}

bool SaxReader::key(string_t &val)
{
    if (m_skip > 0) {
        m_skippedItemIdNext = m_skip == 1 && m_skippedItem && std::string_view(val) == m_skippedItem->idField;
        return true;
    }
    if (m_captureTarget) {
        if (!m_captureFirst.back())
            m_captureBuffer += ',';
        m_captureFirst.back() = false;
        captureString(val);
        m_captureBuffer += ':';
        m_captureAfterKey = true;
        return true;
    }
    Frame &frame = m_frames[m_depth - 1];
    frame.key.assign(val);
    frame.field = nullptr;
    const std::span<const FieldSpec> fields = frame.schema->fields;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].name == std::string_view(val)) {
            frame.field = &fields[i];
            frame.seen |= std::uint64_t{1} << i;
            return true;
        }
    }
    m_skipNext = true; // a field we do not decode: skip its value, however deep
    return true;
}

bool SaxReader::closeUndecoded(char closer)
{
    if (m_skip > 0) {
        if (--m_skip == 0)
            m_skippedItem = nullptr;
        return true;
    }
    if (m_captureTarget) {
        m_captureBuffer += closer;
        m_captureFirst.pop_back();
        captureFinishIfDone();
        return true;
    }
    return false;
}

bool SaxReader::end_object()
{
    if (closeUndecoded('}'))
        return true;
    const Frame &frame = m_frames[m_depth - 1];
    const std::uint64_t missing = frame.schema->requiredMask & ~frame.seen;
    if (missing != 0 && !frame.schema->lenient) {
        QString path = pathTo(m_depth - 1);
        appendKey(path, frame.schema->fields[static_cast<std::size_t>(std::countr_zero(missing))].name);
        return fail(QStringLiteral("required field is missing"), std::move(path), Container::Closing);
    }
    if (m_depth == 1)
        m_rootSeen = frame.seen;
    --m_depth;
    return true;
}

bool SaxReader::end_array()
{
    if (closeUndecoded(']'))
        return true;
    --m_depth;
    return true;
}

bool SaxReader::parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
{
    // A broken body is never partially used: items decoded so far are discarded by the caller.
    // An error at the very end means the JSON was fine as far as it went but stopped: a body
    // cut in transit (a dropped proxy connection), which is worth asking for again.
    m_error = {QStringLiteral("$"), QString::fromUtf8(ex.what())};
    m_error.truncated = position >= m_inputSize;
    return false;
}

// --- errors -------------------------------------------------------------------------------

bool SaxReader::typeError(const FieldSpec &field, const QString &got, Container container)
{
    if (m_frames[m_depth - 1].schema->lenient) {
        if (container == Container::Opening)
            m_skip = 1;
        return true;
    }
    QString message = QStringLiteral("expected ");
    message += QLatin1String(field.expected.data(), static_cast<qsizetype>(field.expected.size()));
    message += QStringLiteral(", got ");
    message += got;
    return fail(std::move(message), pathTo(m_depth), container);
}

bool SaxReader::fail(QString message, QString path, Container container)
{
    // The innermost page item array is the recovery point; without one the body is unusable.
    std::size_t items = m_depth;
    for (std::size_t i = m_depth; i-- > 0;) {
        if (m_frames[i].drop) {
            items = i;
            break;
        }
    }
    if (items == m_depth) {
        m_error = {std::move(path), std::move(message)};
        return false;
    }
    Frame &array = m_frames[items];
    const bool itemOpen = m_depth > items + 1;
    if (itemOpen)
        array.drop(array.target);
    // Containers of the bad item that are still open (plus the one being opened, minus the
    // one being closed) are consumed by the skip counter.
    m_skip = static_cast<int>(m_depth - items - 1) + static_cast<int>(container);
    m_skipNext = false;
    m_skippedItem = itemOpen && m_skip > 0 ? array.schema : nullptr;
    m_skippedItemIdNext = false;
    m_depth = items + 1;
    if (m_issues)
        m_issues->append(DecodeIssue{array.index, std::move(path), std::move(message), m_itemId});
    m_itemId.clear();
    return true;
}

QString SaxReader::pathTo(std::size_t frames) const
{
    QString path = QStringLiteral("$");
    for (std::size_t i = 0; i < frames; ++i) {
        const Frame &frame = m_frames[i];
        if (frame.isArray) {
            path += QLatin1Char('[');
            path += QString::number(frame.index);
            path += QLatin1Char(']');
        } else {
            appendKey(path, frame.key);
        }
    }
    return path;
}

// --- capture ------------------------------------------------------------------------------

void SaxReader::beginCapture(QString *target)
{
    m_captureTarget = target;
    m_captureBuffer.clear();
    m_captureFirst.clear();
    m_captureAfterKey = false;
}

void SaxReader::captureBeforeValue()
{
    if (m_captureAfterKey) {
        m_captureAfterKey = false;
        return;
    }
    if (!m_captureFirst.empty()) {
        if (!m_captureFirst.back())
            m_captureBuffer += ',';
        m_captureFirst.back() = false;
    }
}

void SaxReader::captureScalar(const Scalar &value)
{
    captureBeforeValue();
    std::array<char, 32> digits{};
    switch (value.kind) {
    case Scalar::Kind::Null:
        m_captureBuffer += "null";
        return;
    case Scalar::Kind::Bool:
        m_captureBuffer += value.boolean ? "true" : "false";
        return;
    case Scalar::Kind::Integer: {
        const auto r = std::to_chars(digits.data(), digits.data() + digits.size(), value.integer);
        m_captureBuffer.append(digits.data(), r.ptr);
        return;
    }
    case Scalar::Kind::Unsigned: {
        const auto r = std::to_chars(digits.data(), digits.data() + digits.size(), value.unsignedInteger);
        m_captureBuffer.append(digits.data(), r.ptr);
        return;
    }
    case Scalar::Kind::Float:
        m_captureBuffer += value.text; // the number exactly as the server wrote it
        return;
    case Scalar::Kind::String:
        captureString(value.text);
        return;
    }
}

void SaxReader::captureString(std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    m_captureBuffer += '"';
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': m_captureBuffer += "\\\""; break;
        case '\\': m_captureBuffer += "\\\\"; break;
        case '\n': m_captureBuffer += "\\n"; break;
        case '\r': m_captureBuffer += "\\r"; break;
        case '\t': m_captureBuffer += "\\t"; break;
        case '\b': m_captureBuffer += "\\b"; break;
        case '\f': m_captureBuffer += "\\f"; break;
        default:
            if (u < 0x20) {
                m_captureBuffer += "\\u00";
                m_captureBuffer += kHex[u >> 4];
                m_captureBuffer += kHex[u & 0xf];
            } else {
                m_captureBuffer += c;
            }
        }
    }
    m_captureBuffer += '"';
}

void SaxReader::captureFinishIfDone()
{
    if (!m_captureFirst.empty())
        return;
    *m_captureTarget = QString::fromUtf8(m_captureBuffer.data(), static_cast<qsizetype>(m_captureBuffer.size()));
    m_captureTarget = nullptr;
}

} // namespace Niagara::Json
