#include "client/domain.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace Niagara {

SortKey SortKey::fromNumber(double value)
{
    SortKey key;
    key.m_valid = true;
    key.m_isNumber = true;
    key.m_number = value;
    return key;
}

SortKey SortKey::fromString(const QString &value)
{
    SortKey key;
    key.m_valid = true;
    key.m_text = value;
    return key;
}

QString SortKey::toString() const
{
    if (!m_valid)
        return {};
    if (!m_isNumber)
        return m_text;
    // Integral values print without a decimal point ("2", not "2.0").
    if (std::floor(m_number) == m_number && std::abs(m_number) < 1e15)
        return QString::number(static_cast<qint64>(m_number));
    return QString::number(m_number, 'g', 15);
}

std::partial_ordering SortKey::operator<=>(const SortKey &other) const
{
    if (m_valid != other.m_valid)
        return m_valid ? std::partial_ordering::less : std::partial_ordering::greater;
    if (m_isNumber != other.m_isNumber)
        return m_isNumber ? std::partial_ordering::less : std::partial_ordering::greater;
    if (m_isNumber)
        return m_number <=> other.m_number;
    // Two strings that are both plain numbers ("9", "10") compare as numbers: a server that
    // sends numeric orders as strings means 9 < 10. Anything else ("a", "b0") is a lexical key.
    bool thisNumeric = false;
    bool otherNumeric = false;
    const double a = m_text.toDouble(&thisNumeric);
    const double b = other.m_text.toDouble(&otherNumeric);
    if (thisNumeric && otherNumeric && a != b)
        return a <=> b;
    const int c = QString::compare(m_text, other.m_text, Qt::CaseSensitive);
    return c < 0 ? std::partial_ordering::less
                 : (c > 0 ? std::partial_ordering::greater : std::partial_ordering::equivalent);
}

bool SortKey::operator==(const SortKey &other) const
{
    return m_valid == other.m_valid && m_isNumber == other.m_isNumber
           && (m_isNumber ? m_number == other.m_number : m_text == other.m_text);
}

// Counts come from the server as any integer >= 0 up to qint64's maximum (the contract sets no
// upper bound), so their sums are saturated: a plain sum of two large counts overflowed, which
// is undefined behaviour (fuzz/regressions/fuzz_page/). Saturated totals stay >= every part.
qint64 addCounts(qint64 a, qint64 b)
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    if (b > 0 && a > max - b)
        return max;
    if (b < 0 && a < min - b)
        return min;
    return a + b;
}

qint64 CycleCounts::total() const
{
    qint64 sum = 0;
    for (qint64 c : counts)
        sum = addCounts(sum, c);
    return sum;
}

CycleCounts &CycleCounts::operator+=(const CycleCounts &other)
{
    for (std::size_t i = 0; i < counts.size(); ++i)
        counts[i] = addCounts(counts[i], other.counts[i]);
    return *this;
}

qint64 WorkOrder::cyclesNeeded() const
{
    qint64 sum = 0;
    for (const WorkOrderCycles &c : cycles)
        sum = addCounts(sum, c.needed);
    return sum;
}

} // namespace Niagara

namespace Niagara {

QString MetricRow::dimension(QStringView key) const
{
    for (const MetricDimension &d : dimensions) {
        if (d.key == key)
            return d.value;
    }
    return {};
}

} // namespace Niagara
