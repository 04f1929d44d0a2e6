#include "DesktopIntegration.h"

#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QTest>

// The icon resource library (ip_app_icon) that app/ links for the window icon.
class TestAppIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySizeIsCompiledIn_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : ip::desktop::iconSizes())
            QTest::addRow("%d", size) << size;
    }

    void everySizeIsCompiledIn()
    {
        QFETCH(int, size);
        const QString path = ip::desktop::iconResourcePath(size);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
        // Transparent corner, opaque middle: the picture is there, not an empty canvas.
        QCOMPARE(qAlpha(image.pixel(0, size - 1)), 0);
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }

    void hicolorSizesAreAllThere()
    {
        const QList<int> expected { 16, 22, 24, 32, 48, 64, 128, 256 };
        QCOMPARE(ip::desktop::iconSizes(), expected);
    }

    void applicationIconPicksTheExactSize()
    {
        const QIcon icon = ip::desktop::applicationIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> available = icon.availableSizes();
        for (const int size : ip::desktop::iconSizes())
            QVERIFY2(available.contains(QSize(size, size)), qPrintable(QString::number(size)));
        // A 16 px request must come from the hand-drawn 16 px PNG, not a downscaled 256 px one.
        const QImage small = icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
        const QImage drawn = QImage(ip::desktop::iconResourcePath(16)).convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(small.size(), QSize(16, 16));
        QCOMPARE(small, drawn);
    }

    void scalableMasterIsCompiledIn()
    {
        QFile svg(QStringLiteral(":/icons/app/interview-prep.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }

    void desktopFileNameMatchesTheInstalledFiles()
    {
        const QString id = ip::desktop::desktopFileName();
        QCOMPARE(id, QStringLiteral("app.interviewprep.InterviewPrep"));
        const QString dir = QStringLiteral(IP_PACKAGING_DIR);
        QVERIFY(QFile::exists(dir + QLatin1Char('/') + id + QStringLiteral(".desktop")));
        QVERIFY(QFile::exists(dir + QLatin1Char('/') + id + QStringLiteral(".metainfo.xml")));
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
