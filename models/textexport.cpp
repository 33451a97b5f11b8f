#include "models/textexport.h"

#include <QLocale>
#include <QStringList>

namespace BatchDesk {

namespace {

bool isBidiControl(char16_t u)
{
    // ALM, LRM, RLM; LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI.
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

// The escaped form of `u`, or an empty string when it may stand as it is.
QString escapeFor(char16_t u)
{
    if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
        return QStringLiteral("\\x%1").arg(static_cast<uint>(u), 2, 16, QLatin1Char('0'));
    if (isBidiControl(u))
        return QStringLiteral("\\u%1").arg(static_cast<uint>(u), 4, 16, QLatin1Char('0'));
    return {};
}

// terminalText(), except for the characters in `keep`.
QString escaped(const QString &text, QStringView keep = {})
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QString escape = keep.contains(c) ? QString() : escapeFor(c.unicode());
        if (escape.isEmpty())
            out += c;
        else
            out += escape;
    }
    return out;
}

bool isProgramNumber(const QString &value)
{
    bool ok = false;
    QLocale::c().toDouble(value, &ok);
    return ok;
}

} // namespace

QString terminalText(const QString &text)
{
    return escaped(text);
}

QString terminalLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = terminalText(line);
    return lines.join(QLatin1Char('\n'));
}

QString csvField(const QString &value, CsvKind kind)
{
    QString field = escaped(value, u"\t\r\n");
    // A number only when it reads as one: "-1+2" claimed as a number is still guarded.
    const bool number = kind == CsvKind::Number && isProgramNumber(field);
    if (!number && !field.isEmpty()) {
        const QChar first = field.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            field.prepend(QLatin1Char('\''));
    }
    bool needsQuotes = false;
    for (const QChar c : std::as_const(field))
        needsQuotes = needsQuotes || c == u',' || c == u'"' || c == u'\r' || c == u'\n' || c == u'\t';
    if (!needsQuotes)
        return field;
    field.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QByteArray csvRecord(const QList<CsvCell> &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const CsvCell &cell : cells)
        fields << csvField(cell.value, cell.kind);
    return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace BatchDesk
