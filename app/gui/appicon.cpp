#include "app/gui/appicon.h"

#include <QGuiApplication>

#include <array>

// Outside any namespace, as Q_INIT_RESOURCE requires: resources/resources.qrc is compiled into
// a static library, so its registration must be pulled in by name.
static void initIconResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace BatchDesk::App {

namespace {

constexpr std::array kIconSizes{16, 22, 24, 32, 48, 64, 128, 256, 512};

} // namespace

QIcon applicationIcon()
{
    initIconResources();
    QIcon icon;
    for (const int size : kIconSizes)
        icon.addFile(QStringLiteral(":/icons/batchdesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

void setDesktopIdentity()
{
    QGuiApplication::setWindowIcon(applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral(BATCHDESK_APP_ID));
}

} // namespace BatchDesk::App
