#pragma once

// The streaming mechanism behind every decoder (internal to client/json/).
//
// A decoder is a set of constexpr field tables (Schema) that say, for each JSON key of an
// object, which C++ object it fills and how. SaxReader walks the SAX events of nlohmann's
// parser with a stack of frames (one per open object/array that we decode) and dispatches
// each value to its FieldSpec. Keys no table knows are skipped with a depth counter, so
// workflow steps, metadata and foreign _links cost one counter update per token.
//
// Errors carry a JSONPath-like location built from the frame stack only when they occur.
// An array marked `itemArray` (a page's `_embedded['nter:xxx']`) is a recovery point: an
// error inside one of its elements drops that element, records a DecodeIssue and the reader
// skips the rest of the element; anywhere else an error aborts the parse.

#include "client/domain.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace Niagara::Json {

// One JSON scalar as the SAX parser reports it; strings are views into the parser's buffer
// and die with the event.
struct Scalar
{
    enum class Kind : quint8 { Null, Bool, Integer, Unsigned, Float, String };
    Kind kind = Kind::Null;
    bool boolean = false;
    qint64 integer = 0;
    quint64 unsignedInteger = 0;
    double floating = 0;
    std::string_view text; // the string, or the raw text of a float

    bool isNumber() const { return kind == Kind::Integer || kind == Kind::Unsigned || kind == Kind::Float; }
};

// Returns false and sets `error` when the value breaks the contract.
using ScalarFn = bool (*)(void *target, const Scalar &value, QString &error);
// Returns the C++ object a nested JSON object (or array) decodes into.
using TargetFn = void *(*)(void *target);
// Appends a default element to the list `list` and returns it.
using AppendFn = void *(*)(void *list);
// Drops the last element of `list` (a page item that turned out to be invalid).
using DropFn = void (*)(void *list);

struct Schema;

struct FieldSpec
{
    std::string_view name;
    std::string_view expected;          // for type errors: "string", "object or null", ...
    ScalarFn scalar = nullptr;          // accepts scalars (including null) when set
    const Schema *object = nullptr;     // accepts an object decoded with this schema...
    TargetFn objectTarget = nullptr;    // ...into this sub-object
    const Schema *element = nullptr;    // accepts an array of objects of this schema...
    TargetFn arrayTarget = nullptr;     // ...appended to this list
    AppendFn append = nullptr;
    DropFn drop = nullptr;              // set only for a page's item array
    TargetFn capture = nullptr;         // any value, kept as compact JSON in this QString
};

struct Schema
{
    std::span<const FieldSpec> fields = {};
    std::uint64_t requiredMask = 0;     // bit i: fields[i] must be present
    std::string_view idField = {};         // page items: the field naming the item in DecodeIssue
    bool lenient = false;               // type mismatches skip the value instead of failing
};

// Bit mask of the named fields; a name that is not in the table does not compile.
consteval std::uint64_t fieldMask(std::span<const FieldSpec> fields,
                                     std::initializer_list<std::string_view> names)
{
    std::uint64_t mask = 0;
    for (std::string_view name : names) {
        std::size_t i = 0;
        while (i < fields.size() && fields[i].name != name)
            ++i;
        if (i == fields.size())
            throw "required field not in the table"; // compile-time error only
        mask |= std::uint64_t{1} << i;
    }
    return mask;
}

struct ReadError
{
    QString path;
    QString message;
    bool tooDeep = false;
    bool truncated = false; // the body ended before the JSON did (cut in transit)
};

class SaxReader final : public nlohmann::json_sax<nlohmann::json>
{
public:
    // `issues` receives the items dropped from an item array; may be null when the schema has
    // no item array.
    SaxReader(const Schema &root, void *target, QList<DecodeIssue> *issues);

    // Runs the parser; false with error() set when the body cannot be used. Containers nested
    // deeper than `maxDepth` (decoded, skipped or captured alike) stop the parse.
    bool parse(std::string_view json, std::size_t maxDepth);
    const ReadError &error() const { return m_error; }
    // Which root fields were present (bit per field of the root schema).
    std::uint64_t rootSeen() const { return m_rootSeen; }

    bool null() override;
    bool boolean(bool val) override;
    bool number_integer(number_integer_t val) override;
    bool number_unsigned(number_unsigned_t val) override;
    bool number_float(number_float_t val, const string_t &s) override;
    bool string(string_t &val) override;
    bool binary(binary_t &val) override;
    bool start_object(std::size_t elements) override;
    bool key(string_t &val) override;
    bool end_object() override;
    bool start_array(std::size_t elements) override;
    bool end_array() override;
    bool parse_error(std::size_t position, const std::string &last_token,
                     const nlohmann::detail::exception &ex) override;

private:
    struct Frame
    {
        bool isArray = false;
        const Schema *schema = nullptr; // object: its schema; array: the element schema
        void *target = nullptr;         // object: the struct; array: the list
        const FieldSpec *field = nullptr; // object: field of the current key (null: unknown)
        std::uint64_t seen = 0;
        AppendFn append = nullptr;
        DropFn drop = nullptr;          // non-null: a page's item array (recovery point)
        int index = -1;                 // array: index of the current element
        std::string key;                // object: the current key, for paths
    };

    enum class Container { Closing = -1, None = 0, Opening = 1 };

    bool scalar(const Scalar &value);
    bool beginContainer(bool isArray);
    // Containers open right now: decoded frames, skipped ones and captured ones.
    std::size_t nesting() const { return m_depth + static_cast<std::size_t>(m_skip) + m_captureFirst.size(); }
    bool typeError(const FieldSpec &field, const QString &got, Container container);
    bool fail(QString message, QString path, Container container);
    QString pathTo(std::size_t frames) const;
    void pushObject(const Schema *schema, void *target);

    // Compact JSON capture of one subtree (validation_messages[].params).
    void captureBeforeValue();
    void captureScalar(const Scalar &value);
    void captureString(std::string_view text);
    // Starts keeping a value as compact JSON text in *target (problem `params`).
    void beginCapture(QString *target);
    void captureFinishIfDone();
    // Closes a container that is being skipped or captured; false for one being decoded.
    bool closeUndecoded(char closer);

    const Schema &m_rootSchema;
    void *m_rootTarget;
    QList<DecodeIssue> *m_issues;
    std::vector<Frame> m_frames;
    std::size_t m_depth = 0;  // frames in use; entries above it are kept for their buffers
    std::size_t m_maxDepth = 0;
    std::size_t m_inputSize = 0;
    int m_skip = 0;           // open containers still to skip
    bool m_skipNext = false;  // the value of an unknown key is next
    bool m_started = false;
    std::uint64_t m_rootSeen = 0;
    QString m_itemId;         // raw id of the current page item, for DecodeIssue
    // While the rest of a bad item is skipped, its id may still turn up at the item's top
    // level (keys come in any order): the issue then names the item after all.
    const Schema *m_skippedItem = nullptr;
    bool m_skippedItemIdNext = false;
    ReadError m_error;

    QString *m_captureTarget = nullptr;
    std::string m_captureBuffer;
    std::vector<bool> m_captureFirst; // per open container: no member written yet
    bool m_captureAfterKey = false;
};

} // namespace Niagara::Json
