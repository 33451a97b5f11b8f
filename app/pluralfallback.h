#pragma once

// English plurals without a translation file: the sources say "%n batch(es)", which Qt shows
// verbatim unless a translator picks the numerus form. Until the project ships .qm files, this
// translator resolves "(s)"/"(es)" by n for every string that has a count, and leaves all other
// strings alone (a null result means "not translated" to Qt).

#include <QTranslator>

namespace BatchDesk::App {

class PluralFallbackTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }

    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        if (n < 0 || sourceText == nullptr)
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (!text.contains(QLatin1String("(s)")) && !text.contains(QLatin1String("(es)")))
            return {};
        const bool one = n == 1;
        text.replace(QLatin1String("(es)"), one ? QString() : QStringLiteral("es"));
        text.replace(QLatin1String("(s)"), one ? QString() : QStringLiteral("s"));
        return text;
    }
};

} // namespace BatchDesk::App
