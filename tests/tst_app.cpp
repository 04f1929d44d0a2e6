#include "common/AppInfo.h"

#include <QProcess>
#include <QTest>

// The executable's command line: --version and --help work without a display.
class TestApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionPrintsProjectVersion()
    {
        QProcess p;
        p.start(QStringLiteral(IP_APP_BINARY), { QStringLiteral("--version") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QString::fromLatin1(ip::appinfo::kVersion)), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("interview-prep")));
    }

    void helpListsOptions()
    {
        QProcess p;
        p.start(QStringLiteral(IP_APP_BINARY), { QStringLiteral("--help") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("--version")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("resume")));
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
