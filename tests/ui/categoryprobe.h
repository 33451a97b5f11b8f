#pragma once

// Tells which status category painted a pixel. It learns the colours from StatusPalette::fill
// itself (fill colour, pattern lines and their antialiased blends) instead of repeating the
// palette here, so the tests check geometry, not a second copy of the colour table.

#include "client/statuscategory.h"
#include "ui/statuspalette.h"

#include <QFontMetrics>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPalette>

#include <limits>
#include <optional>

class CategoryProbe final
{
public:
    explicit CategoryProbe(const QPalette &palette)
    {
        for (Niagara::StatusCategory category : Niagara::kAllStatusCategories) {
            const QImage image = swatch(category, palette);
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    m_known.insert(image.pixel(x, y) | 0xff000000u, category);
            }
        }
    }

    // A 64×24 rectangle filled by the palette, the stuff every segment is made of.
    static QImage swatch(Niagara::StatusCategory category, const QPalette &palette)
    {
        QImage image(64, 24, QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        BatchDesk::Ui::StatusPalette::fill(painter, QRectF(image.rect()), category, palette);
        return image;
    }

    // The category whose learned colours lie closest, or nullopt when nothing is close
    // (background, frame, text).
    std::optional<Niagara::StatusCategory> classify(QRgb pixel) const
    {
        pixel |= 0xff000000u;
        const auto exact = m_known.constFind(pixel);
        if (exact != m_known.constEnd())
            return exact.value();
        int best = std::numeric_limits<int>::max();
        std::optional<Niagara::StatusCategory> found;
        for (auto it = m_known.constBegin(); it != m_known.constEnd(); ++it) {
            const int dr = qRed(it.key()) - qRed(pixel);
            const int dg = qGreen(it.key()) - qGreen(pixel);
            const int db = qBlue(it.key()) - qBlue(pixel);
            const int d = dr * dr + dg * dg + db * db;
            if (d < best) {
                best = d;
                found = it.value();
            }
        }
        constexpr int kTolerance = 12 * 12 * 3;
        return best <= kTolerance ? found : std::nullopt;
    }

    // The columns the centred bar text (and its halo) may cover.
    static QRect textBand(const QRect &content, const QString &text, const QFont &font)
    {
        const int advance = QFontMetrics(font).horizontalAdvance(text);
        const int left = content.left() + (content.width() - advance) / 2 - 3;
        return {left, content.top(), advance + 7, content.height()};
    }

    // The category of column x of the bar's content: read on the middle row, clear of the
    // rounded corners; within the text band on the top row, above the glyphs and their halo.
    std::optional<Niagara::StatusCategory> classifyColumn(const QImage &image, const QRect &content,
                                                          const QRect &textBand, int x) const
    {
        const int y = textBand.contains(x, content.center().y()) ? content.top() : content.center().y();
        return classify(image.pixel(x, y));
    }

private:
    QHash<QRgb, Niagara::StatusCategory> m_known;
};

// True when every pixel of `area` outside `exclude` has the colour `colour`.
inline bool isPlain(const QImage &image, const QRect &area, const QRect &exclude, const QColor &colour)
{
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (!exclude.contains(x, y) && QColor(image.pixel(x, y)) != colour)
                return false;
        }
    }
    return true;
}

// Palettes for both variants, independent of the platform theme.
inline QPalette lightPalette()
{
    QPalette p(QColor(0xEF, 0xEF, 0xEF), QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8C, 0xC6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

inline QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35), QColor(0x2A, 0x2A, 0x2A));
    p.setColor(QPalette::Base, QColor(0x24, 0x24, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x2C, 0x2C, 0x2C));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::WindowText, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Highlight, QColor(0x2A, 0x82, 0xDA));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}
