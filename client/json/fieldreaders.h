#pragma once

// The contract checks for single values, and the small templates that bind them to struct
// members so that field tables stay one line per field (internal to client/json/).

#include "client/json/saxreader.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Niagara::Json {

// "null", "a boolean", "a number", "a string": for messages.
QString kindName(const Scalar &value);

// RFC 3339 date-time (e.g. 2019-08-19T00:01:02.000Z, 2019-08-19T02:01:02+02:00), as UTC.
std::optional<QDateTime> parseDateTime(std::string_view text);
// ^[0-9a-zA-Z-_]+$
bool isValidId(std::string_view text);

// Each reader: true and `out` set, or false and `error` set.
bool readString(QString &out, const Scalar &value, QString &error);
bool readNullableString(QString &out, const Scalar &value, QString &error);
bool readId(QString &out, const Scalar &value, QString &error);
bool readDateTime(QDateTime &out, const Scalar &value, QString &error);
bool readNullableDateTime(QDateTime &out, const Scalar &value, QString &error);
bool readCount(qint64 &out, const Scalar &value, QString &error);          // integer >= 0
bool readOptionalCount(std::optional<qint64> &out, const Scalar &value, QString &error);
bool readCycleCount(qint64 &out, const Scalar &value, QString &error);     // integer >= 1
// A page's total_count: a number (the contract sets no minimum). It only feeds progress, so a
// negative or fractional total is read as 0 (unknown) rather than sinking the page's items.
bool readTotalCount(qint64 &out, const Scalar &value, QString &error);
bool readOptionalNumber(std::optional<double> &out, const Scalar &value, QString &error);
bool readSortKey(SortKey &out, const Scalar &value, QString &error);      // number >= 0 | non-empty string
bool readCategory(StatusCategory &out, const Scalar &value, QString &error);
bool readOffset(std::optional<QString> &out, const Scalar &value, QString &error); // string | null
// A metric value: a number, or a string holding one ("12", "3.5"); anything else is an error.
bool readMetricValue(double &out, const Scalar &value, QString &error);
// A string, or a number kept as the text the server wrote (a metric dimension's value); null
// reads as an empty string.
bool readTextOrNumber(QString &out, const Scalar &value, QString &error);
// Lenient readers for problem documents: a wrong type leaves the member as it is.
bool readAnyString(QString &out, const Scalar &value, QString &error);
bool readAnyInt(int &out, const Scalar &value, QString &error);

// --- binding to members -------------------------------------------------------------------

template <typename T>
struct MemberTraits;
template <typename C, typename M>
struct MemberTraits<M C::*>
{
    using Class = C;
    using Type = M;
};

template <auto Member>
auto &member(void *target)
{
    using Class = typename MemberTraits<decltype(Member)>::Class;
    return static_cast<Class *>(target)->*Member;
}

template <auto Member, auto Reader>
bool applyReader(void *target, const Scalar &value, QString &error)
{
    return Reader(member<Member>(target), value, error);
}

template <auto Member>
void *memberTarget(void *target)
{
    return &member<Member>(target);
}

template <auto Member>
void *emplaceTarget(void *target)
{
    return &member<Member>(target).emplace();
}

template <typename T>
void *appendElement(void *list)
{
    return &static_cast<QList<T> *>(list)->emplaceBack();
}

template <typename T>
void dropLastElement(void *list)
{
    static_cast<QList<T> *>(list)->removeLast();
}

// A single object decoded as the one element of a list member (work_order.cycles, later revision).
template <auto Member>
void *appendToMember(void *target)
{
    auto &list = member<Member>(target);
    return &list.emplaceBack();
}

inline void *sameTarget(void *target)
{
    return target;
}

// For "object or null" members: null resets the optional, anything else is a type error.
template <auto Member>
bool nullResets(void *target, const Scalar &value, QString &error)
{
    if (value.kind != Scalar::Kind::Null) {
        error = QStringLiteral("expected an object or null, got ") + kindName(value);
        return false;
    }
    member<Member>(target).reset();
    return true;
}

// Checked but not kept (e.g. cycles.needed on a batch).
bool checkCount(void *target, const Scalar &value, QString &error);

// --- field table entries ------------------------------------------------------------------

template <auto Member, auto Reader>
constexpr FieldSpec scalarField(std::string_view name, std::string_view expected)
{
    return {.name = name, .expected = expected, .scalar = &applyReader<Member, Reader>};
}

template <auto Member>
constexpr FieldSpec text(std::string_view name)
{
    return {.name = name, .expected = "a string", .scalar = &applyReader<Member, &readString>};
}

template <auto Member>
constexpr FieldSpec nullableText(std::string_view name)
{
    return {.name = name, .expected = "a string or null", .scalar = &applyReader<Member, &readNullableString>};
}

template <auto Member>
constexpr FieldSpec id(std::string_view name)
{
    return {.name = name, .expected = "an id string", .scalar = &applyReader<Member, &readId>};
}

template <auto Member>
constexpr FieldSpec dateTime(std::string_view name)
{
    return {.name = name, .expected = "a date-time string", .scalar = &applyReader<Member, &readDateTime>};
}

template <auto Member>
constexpr FieldSpec nullableDateTime(std::string_view name)
{
    return {.name = name,
            .expected = "a date-time string or null",
            .scalar = &applyReader<Member, &readNullableDateTime>};
}

template <auto Member>
constexpr FieldSpec count(std::string_view name)
{
    using Type = typename MemberTraits<decltype(Member)>::Type;
    if constexpr (std::is_same_v<Type, qint64>)
        return {.name = name, .expected = "an integer", .scalar = &applyReader<Member, &readCount>};
    else
        return {.name = name, .expected = "an integer", .scalar = &applyReader<Member, &readOptionalCount>};
}

constexpr FieldSpec checkedCount(std::string_view name)
{
    return {.name = name, .expected = "an integer", .scalar = &checkCount};
}

template <auto Member>
constexpr FieldSpec sortKey(std::string_view name)
{
    return {.name = name, .expected = "a number or a string", .scalar = &applyReader<Member, &readSortKey>};
}

template <auto Member>
constexpr FieldSpec object(std::string_view name, const Schema &schema)
{
    return {.name = name, .expected = "an object", .object = &schema, .objectTarget = &memberTarget<Member>};
}

template <auto Member>
constexpr FieldSpec optionalObject(std::string_view name, const Schema &schema)
{
    return {.name = name, .expected = "an object", .object = &schema, .objectTarget = &emplaceTarget<Member>};
}

template <auto Member>
constexpr FieldSpec nullableObject(std::string_view name, const Schema &schema)
{
    return {.name = name,
            .expected = "an object or null",
            .scalar = &nullResets<Member>,
            .object = &schema,
            .objectTarget = &emplaceTarget<Member>};
}

// A nested object whose fields land in the same C++ object (e.g. _links.self.href).
constexpr FieldSpec flattened(std::string_view name, const Schema &schema)
{
    return {.name = name, .expected = "an object", .object = &schema, .objectTarget = &sameTarget};
}

template <auto Member>
constexpr FieldSpec list(std::string_view name, const Schema &schema)
{
    using Element = typename MemberTraits<decltype(Member)>::Type::value_type;
    return {.name = name,
            .expected = "an array",
            .element = &schema,
            .arrayTarget = &memberTarget<Member>,
            .append = &appendElement<Element>};
}

} // namespace Niagara::Json
