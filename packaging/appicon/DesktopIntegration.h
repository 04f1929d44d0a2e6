#pragma once

#include <QIcon>
#include <QString>

// What the running application needs to match its installed desktop integration
// (packaging/app.interviewprep.InterviewPrep.desktop and the hicolor icons).
namespace ip::desktop {

// The application icon from compiled-in resources: PNGs at every hicolor size from 16 to 256 px,
// so it needs no image plugin and no icon theme. For QApplication::setWindowIcon().
QIcon applicationIcon();

// The .desktop file's id without the suffix ("app.interviewprep.InterviewPrep"), for
// QGuiApplication::setDesktopFileName(): lets Wayland compositors and docks match windows to the launcher.
QString desktopFileName();

// The resource path of one size's PNG (":/icons/app/interview-prep-<size>.png"); 16, 22, 24, 32, 48, 64,
// 128 and 256 exist. The scalable master is at ":/icons/app/interview-prep.svg".
QString iconResourcePath(int size);

// The sizes that iconResourcePath() has.
QList<int> iconSizes();

} // namespace ip::desktop
