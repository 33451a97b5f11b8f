#pragma once

// A QR code as a grid of modules (libqrencode does the encoding), and how to paint one: black
// modules on white, with the quiet zone the standard asks for, aligned to whole device pixels
// where the painter allows it (modules of unequal width blur at their edges when printed or
// rasterized, and scanners read a crisp code from further away).

#include <QByteArray>
#include <QRectF>

#include <optional>
#include <vector>

class QPainter;

namespace BatchDesk::Ui {

class QrCode final
{
public:
    // Light modules the standard asks for on each side of the symbol.
    static constexpr int kQuietZone = 4;

    // The code of `utf8` in byte mode at error correction level M (about 15 % of the symbol
    // may be damaged: a traveler gets scuffed). nullopt when the bytes cannot be encoded:
    // empty, holding a NUL (libqrencode reads a C string), or too long for any QR version.
    static std::optional<QrCode> encode(const QByteArray &utf8);

    // Modules per side of the symbol, without the quiet zone.
    int size() const { return m_size; }
    // Outside the symbol (the quiet zone and beyond) every module is light.
    bool isDark(int x, int y) const;

    // Paints the symbol and its quiet zone as large as fits, centred, into `target` (logical
    // coordinates of `painter`); the area of `target` outside the code is left as it is.
    void paint(QPainter &painter, const QRectF &target) const;

private:
    QrCode(int size, std::vector<bool> modules);

    int m_size = 0;
    std::vector<bool> m_modules; // row by row, m_size * m_size
};

} // namespace BatchDesk::Ui
