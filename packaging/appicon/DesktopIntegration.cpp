#include "DesktopIntegration.h"

#ifndef IP_DESKTOP_APP_ID
#error "IP_DESKTOP_APP_ID must be defined by packaging/CMakeLists.txt"
#endif

namespace ip::desktop {

QList<int> iconSizes()
{
    return { 16, 22, 24, 32, 48, 64, 128, 256 };
}

QString iconResourcePath(int size)
{
    return QStringLiteral(":/icons/app/interview-prep-%1.png").arg(size);
}

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : iconSizes())
        icon.addFile(iconResourcePath(size), QSize(size, size));
    return icon;
}

QString desktopFileName()
{
    return QStringLiteral(IP_DESKTOP_APP_ID);
}

} // namespace ip::desktop
