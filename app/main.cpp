#include "CoreInit.h"
#include "MainWindow.h"
#include "common/AppInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>
#include <memory>

namespace {

// Options that never need a display: decided before any QGuiApplication exists.
bool wantsNoGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--headless") || !std::strcmp(a, "--version") || !std::strcmp(a, "-v")
            || !std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--help-all"))
            return true;
    }
    return false;
}

void setApplicationInfo()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(ip::appinfo::kApplicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(ip::appinfo::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(ip::appinfo::kOrganizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ip::appinfo::kVersion));
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsNoGui(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    setApplicationInfo();
    ip::registerCoreTypes();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Interview Prep: deep technical interview questions from a resume."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("resume"),
                                 QCoreApplication::translate("main", "A resume (PDF, .txt or .md) to open."),
                                 QStringLiteral("[resume]"));
    parser.process(*app);

    if (!qobject_cast<QApplication *>(app.get()))
        return 0;

    QApplication::setApplicationDisplayName(QString::fromLatin1(ip::appinfo::kDisplayName));
    ip::MainWindow window;
    window.show();
    return app->exec();
}
