#include "models/displaytext.h"

#include "client/domain.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QPalette>
#include <QTextDocument>

#include <cmath>

namespace BatchDesk::DisplayText {

namespace {

bool isDirectionControl(char32_t c)
{
    // LRM, RLM, ALM; LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI.
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString singleLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\n' || u == u'\r' || u == 0x0B || u == 0x0C || u == 0x85 || u == 0x2028 || u == 0x2029)
            c = QLatin1Char(' ');
        else if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    return out;
}

QString elided(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength || maxLength < 2)
        return text;
    qsizetype keep = maxLength - 1;
    if (text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

QString isolated(const QString &text)
{
    bool needed = false;
    for (qsizetype i = 0; i < text.size() && !needed; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const QChar::Direction d = QChar::direction(c);
        needed = d == QChar::DirR || d == QChar::DirAL || isDirectionControl(c);
    }
    return needed ? QChar(0x2068) + text + QChar(0x2069) : text;
}

QString label(const QString &text, qsizetype maxLength)
{
    return isolated(elided(singleLine(text), maxLength));
}

QString toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString userName(const Niagara::User &user)
{
    if (!user.name.trimmed().isEmpty())
        return user.name;
    return user.email.trimmed().isEmpty() ? user.id : user.email;
}

QString percent(double percent)
{
    const QLocale locale;
    QString number;
    if (!(percent > 0.0)) // also NaN
        number = locale.toString(0);
    else if (percent < 1.0)
        number = QLatin1Char('<') + locale.toString(1);
    else if (percent >= 100.0)
        number = locale.toString(100);
    else if (percent > 99.0)
        number = QLatin1Char('>') + locale.toString(99);
    else
        number = locale.toString(static_cast<int>(std::lround(percent)));
    //: A percentage; languages that put a (non-breaking) space before % write "%1 %".
    return QCoreApplication::translate("BatchDesk::BatchTreeModel", "%1%").arg(number);
}

QString percent(qint64 count, qint64 total)
{
    if (total <= 0 || count <= 0)
        return percent(0.0);
    if (count >= total)
        return percent(100.0);
    return percent(100.0 * static_cast<double>(count) / static_cast<double>(total));
}

QColor errorColor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    // Dark red on light bases, light red on dark ones: both keep a contrast above 4.5:1.
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

} // namespace BatchDesk::DisplayText
