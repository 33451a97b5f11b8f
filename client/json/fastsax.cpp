#include "client/json/fastsax.h"

#include "client/decode.h"

#include <simdjson.h>

#include <QCoreApplication>
#include <QThread>

#include <atomic>
#include <mutex>
#include <cstdint>
#include <string>

namespace Niagara::Json {

namespace {

using Sax = nlohmann::json_sax<nlohmann::json>;
using Element = simdjson::dom::element;
using Type = simdjson::dom::element_type;

// nlohmann reports no element counts when it parses text.
constexpr std::size_t kUnknownCount = static_cast<std::size_t>(-1);

// simdjson_result::value_unsafe() of a temporary returns a reference into it: the object and
// the array are taken out by value first, since a range-for over it would dangle.
simdjson::dom::object objectOf(Element element)
{
    simdjson::dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS)
        return {}; // not reached: called for objects only
    return object;
}

simdjson::dom::array arrayOf(Element element)
{
    simdjson::dom::array array;
    if (element.get_array().get(array) != simdjson::SUCCESS)
        return {}; // not reached: called for arrays only
    return array;
}

bool containsFloat(Element element)
{
    switch (element.type()) {
    case Type::DOUBLE:
        return true;
    case Type::OBJECT:
        for (const simdjson::dom::key_value_pair field : objectOf(element)) {
            if (containsFloat(field.value))
                return true;
        }
        return false;
    case Type::ARRAY:
        for (const Element item : arrayOf(element)) {
            if (containsFloat(item))
                return true;
        }
        return false;
    default:
        return false;
    }
}

class Emitter final
{
public:
    explicit Emitter(Sax &sax) : m_sax(sax) {}

    bool value(Element element)
    {
        switch (element.type()) {
        case Type::OBJECT:
            if (!m_sax.start_object(kUnknownCount))
                return false;
            for (const simdjson::dom::key_value_pair field : objectOf(element)) {
                m_text.assign(field.key);
                if (!m_sax.key(m_text) || !value(field.value))
                    return false;
            }
            return m_sax.end_object();
        case Type::ARRAY:
            if (!m_sax.start_array(kUnknownCount))
                return false;
            for (const Element item : arrayOf(element)) {
                if (!value(item))
                    return false;
            }
            return m_sax.end_array();
        case Type::STRING:
            // One buffer for every string: its capacity is reused, nothing is allocated per
            // string once it has grown to the longest one.
            m_text.assign(element.get_string().value_unsafe());
            return m_sax.string(m_text);
        case Type::INT64: {
            const std::int64_t number = element.get_int64().value_unsafe();
            if (number < 0)
                return m_sax.number_integer(number);
            return m_sax.number_unsigned(static_cast<std::uint64_t>(number));
        }
        case Type::UINT64:
            return m_sax.number_unsigned(element.get_uint64().value_unsafe());
        case Type::BOOL:
            return m_sax.boolean(element.get_bool().value_unsafe());
        case Type::NULL_VALUE:
            return m_sax.null();
        case Type::DOUBLE:
            break; // declined before the walk (containsFloat)
        }
        return false;
    }

private:
    Sax &m_sax;
    std::string m_text;
};

std::atomic<bool> g_enabled{true};

} // namespace

} // namespace Niagara::Json

namespace Niagara::Decode {

void setFastLexerEnabled(bool enabled)
{
    Json::g_enabled.store(enabled, std::memory_order_relaxed);
}

bool fastLexerEnabled()
{
    return Json::g_enabled.load(std::memory_order_relaxed);
}

} // namespace Niagara::Decode

namespace Niagara::Json {

namespace {

FastSax walk(simdjson::dom::parser &parser, std::string_view json, Sax &handler)
{
    // realloc_if_needed copies the bytes into the parser's padded buffer (reused from document
    // to document): a QByteArray has no SIMDJSON_PADDING behind its data.
    const simdjson::simdjson_result<Element> document = parser.parse(json.data(), json.size(), true);
    if (document.error() != simdjson::SUCCESS)
        return FastSax::Declined;
    const Element root = document.value_unsafe();
    if (containsFloat(root))
        return FastSax::Declined;
    Emitter emitter(handler);
    return emitter.value(root) ? FastSax::Finished : FastSax::Stopped;
}

} // namespace

FastSax fastSaxParse(std::string_view json, Sax &handler)
{
    if (json.size() > kFastSaxMaxBytes || !Decode::fastLexerEnabled())
        return FastSax::Declined;
    // A parser keeps buffers of about ten bytes per byte of the largest document it has read
    // (the tape alone is eight), most of them touched. Small bodies (/me, a relation, a
    // problem) get a parser per thread, bounded by kSmallBody. Pages share one parser: the
    // decode pool's threads take turns (a page is read in about 2 ms, a new one arrives every
    // 6 or so), so a 100,000-batch load keeps one set of page-sized buffers instead of one per
    // thread (bench_scale: 12 MB less at the peak).
    constexpr std::size_t kSmallBody = 64 * 1024;
    if (json.size() <= kSmallBody) {
        thread_local simdjson::dom::parser small(kSmallBody);
        return walk(small, json, handler);
    }
    static std::mutex pageParserMutex;
    static simdjson::dom::parser pageParser(kFastSaxMaxBytes);
    std::unique_lock lock(pageParserMutex, std::defer_lock);
    // The GUI thread never waits for a decode thread: it reads the body with nlohmann instead.
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread()) {
        if (!lock.try_lock())
            return FastSax::Declined;
    } else {
        lock.lock();
    }
    return walk(pageParser, json, handler);
}

} // namespace Niagara::Json
