#include "ui/travelers/qrcode.h"

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace BatchDesk::Ui {

namespace {

struct QrCodeFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QrCode::QrCode(int size, std::vector<bool> modules)
    : m_size(size)
    , m_modules(std::move(modules))
{
}

std::optional<QrCode> QrCode::encode(const QByteArray &utf8)
{
    // libqrencode takes a C string: a NUL would silently end the text early.
    if (utf8.isEmpty() || utf8.contains('\0'))
        return std::nullopt;
    // Version 0: the smallest symbol that holds the text; byte mode keeps UTF-8 as it is.
    const std::unique_ptr<QRcode, QrCodeFree> code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M));
    if (!code || code->width <= 0)
        return std::nullopt;
    const int size = code->width;
    std::vector<bool> modules(static_cast<std::size_t>(size) * static_cast<std::size_t>(size));
    for (std::size_t i = 0; i < modules.size(); ++i)
        modules[i] = (code->data[i] & 0x01) != 0; // bit 0: dark; the other bits say what the module is for
    return QrCode(size, std::move(modules));
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_size) + static_cast<std::size_t>(x)];
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    const int span = m_size + 2 * kQuietZone;
    if (m_size <= 0 || target.isEmpty())
        return;

    // Where the code goes, in device pixels when the painter only scales and moves (then each
    // module is a whole number of pixels, all of them the same), else in logical coordinates.
    const QTransform toDevice = painter.deviceTransform();
    const bool alignable = toDevice.type() <= QTransform::TxScale && toDevice.isInvertible();
    const QRectF box = alignable ? toDevice.mapRect(target) : target;
    const double side = std::min(box.width(), box.height());
    double module = side / span;
    QPointF origin(box.center().x() - module * span / 2, box.center().y() - module * span / 2);
    bool aligned = false;
    if (alignable && std::floor(module) >= 1.0) {
        module = std::floor(module);
        // On a pixel boundary, at most a pixel off centre.
        origin = QPointF(std::ceil(box.center().x() - module * span / 2), std::ceil(box.center().y() - module * span / 2));
        aligned = true;
    }
    const QTransform back = aligned ? toDevice.inverted() : QTransform();
    auto rectOf = [&](double x, double y, double w, double h) {
        const QRectF r(origin.x() + x * module, origin.y() + y * module, w * module, h * module);
        return aligned ? back.mapRect(r) : r;
    };

    painter.save();
    // Antialiasing would grey the edges of modules that do not sit on pixel boundaries, and
    // draw seams between neighbouring ones.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(rectOf(0, 0, span, span), Qt::white);
    // One path of horizontal runs, filled once: a PDF viewer that antialiases draws no seams
    // inside a single fill, and the file holds one object instead of hundreds.
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            dark.addRect(rectOf(kQuietZone + start, kQuietZone + y, x - start, 1));
        }
    }
    painter.fillPath(dark, Qt::black);
    painter.restore();
}

} // namespace BatchDesk::Ui
