// Logging infrastructure: line format, redaction, rotation, correlation id, verbose switch, stderr.

#include "log/Logging.h"
#include "log/Redaction.h"
#include "log/RotatingLogFile.h"
#include "support/SecretScan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcTest, "ip.test.logging")

using namespace ip;

namespace {

const char kStderrChild[] = "--stderr-child";
const QString kChildSecret = QStringLiteral("child-registered-secret-value");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The child logs to stderr only (no file), not verbose.
int runStderrChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    LogOptions options;
    options.toFile = false;
    installLogging(options);
    registerSecret(kChildSecret);
    setCorrelationId(QStringLiteral("cafe0001"));
    qCInfo(lcTest) << "info line with" << kChildSecret << "and Bearer gsk_abcdefghij0123456789";
    qCDebug(lcTest) << "debug line that must not appear";
    qCWarning(lcTest, "warning line");
    return 0;
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lineFormat();
    void redaction_data();
    void redaction();
    void shortSecretsAreIgnored();
    void rotationAtSizeLimit();
    void rotationThroughTheHandler();
    void fileLinesAreRedacted();
    void correlationIdInLines();
    void verboseSwitch();
    void concurrentWritersProduceWholeLines();
    void stderrSinkInChildProcess();
    void defaultDirectory();
    void secretScanFindsEveryEncoding();
    void logDirectoryHasNoSecrets();

private:
    LogOptions fileOnly() const
    {
        LogOptions options;
        options.toStderr = false;
        options.directory = m_dir->path();
        return options;
    }
    QString logPath() const { return QDir(m_dir->path()).filePath(QStringLiteral("interview-prep.log")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLogging::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLogging::cleanup()
{
    uninstallLogging();
    clearRegisteredSecrets();
    setCorrelationId({});
    m_dir.reset();
}

void TestLogging::lineFormat()
{
    const QDateTime t(QDate(2025, 3, 4), QTime(5, 6, 7, 89));
    QCOMPARE(formatLogLine(QtInfoMsg, "ip.core.keys", QStringLiteral("hello"), t, QStringLiteral("abc12345")),
             QStringLiteral("2025-03-04 05:06:07.089 INFO  ip.core.keys [abc12345] hello"));
    QCOMPARE(formatLogLine(QtWarningMsg, "ip.net.groq", QStringLiteral("w"), t, QString()),
             QStringLiteral("2025-03-04 05:06:07.089 WARN  ip.net.groq [-] w"));
    QCOMPARE(formatLogLine(QtDebugMsg, nullptr, QStringLiteral("d"), t, QString()),
             QStringLiteral("2025-03-04 05:06:07.089 DEBUG default [-] d"));
    QCOMPARE(formatLogLine(QtCriticalMsg, "c", QStringLiteral("first\r\nsecond\nthird"), t, QStringLiteral("x")),
             QStringLiteral("2025-03-04 05:06:07.089 ERROR c [x] first\n    second\n    third"));
}

void TestLogging::redaction_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bearer") << QStringLiteral("sent Bearer abc.DEF-123_xyz now")
                            << QStringLiteral("sent Bearer *** now");
    QTest::newRow("authorization header")
        << QStringLiteral("Authorization: Bearer abc\nHost: x") << QStringLiteral("Authorization: ***\nHost: x");
    QTest::newRow("goog header") << QStringLiteral("x-goog-api-key: AIzaSyA-1234567890abcdefghij")
                                 << QStringLiteral("x-goog-api-key: ***");
    QTest::newRow("goog header short") << QStringLiteral("X-Goog-Api-Key: hunter2")
                                       << QStringLiteral("X-Goog-Api-Key: ***");
    QTest::newRow("key query") << QStringLiteral("GET https://h/v1beta/m:gen?key=abc123&alt=sse")
                               << QStringLiteral("GET https://h/v1beta/m:gen?key=***&alt=sse");
    QTest::newRow("key query last") << QStringLiteral("/x?alt=sse&key=abc123") << QStringLiteral("/x?alt=sse&key=***");
    QTest::newRow("groq token") << QStringLiteral("rejected gsk_0123456789abcdefABCDEF.")
                                << QStringLiteral("rejected gsk_***.");
    QTest::newRow("google token") << QStringLiteral("(AIzaSyD0123456789_abcdefghijklmnop)")
                                  << QStringLiteral("(AIza***)");
    QTest::newRow("openai token") << QStringLiteral("used sk-proj-abcdefghijklmnop1234 today")
                                  << QStringLiteral("used sk-*** today");
    QTest::newRow("registered secret") << QStringLiteral("value=my-registered-secret-42; again my-registered-secret-42")
                                       << QStringLiteral("value=***; again ***");
    QTest::newRow("registered secret percent-encoded")
        << QStringLiteral("q=my%2Fslash%2Bsecret%3D") << QStringLiteral("q=***");
    QTest::newRow("longer registered secret wins")
        << QStringLiteral("x my-registered-secret-42-extended y") << QStringLiteral("x *** y");
    QTest::newRow("ordinary text") << QStringLiteral("Keyboard monkey=1 risk-averse sk-8 turkey=x tokens: 1234")
                                   << QStringLiteral("Keyboard monkey=1 risk-averse sk-8 turkey=x tokens: 1234");
}

void TestLogging::redaction()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    registerSecret(QStringLiteral("my-registered-secret-42"));
    registerSecret(QStringLiteral("my-registered-secret-42-extended"));
    registerSecret(QStringLiteral("my/slash+secret="));
    QCOMPARE(redact(input), expected);
    QCOMPARE(redact(redact(input)), expected); // idempotent
}

void TestLogging::shortSecretsAreIgnored()
{
    registerSecret(QStringLiteral("the"));
    registerSecret(QStringLiteral("1234567")); // 7 characters
    registerSecret(QStringLiteral("  padded  "));
    QCOMPARE(redact(QStringLiteral("the code 1234567 is padded")), QStringLiteral("the code 1234567 is padded"));
    registerSecret(QStringLiteral("12345678")); // 8 characters: masked
    QCOMPARE(redact(QStringLiteral("pin 12345678")), QStringLiteral("pin ***"));
    clearRegisteredSecrets();
    QCOMPARE(redact(QStringLiteral("pin 12345678")), QStringLiteral("pin 12345678"));
}

void TestLogging::rotationAtSizeLimit()
{
    RotatingLogFile file(m_dir->path(), QStringLiteral("interview-prep.log"), 100, 5);
    QString error;
    QVERIFY2(file.open(&error), qPrintable(error));
    QCOMPARE(file.path(), logPath());
    // 30-byte lines: three fit in 100 bytes, the fourth rotates.
    for (int i = 0; i < 40; ++i)
        QVERIFY(file.write(QStringLiteral("line %1 ").arg(i, 2, 10, QLatin1Char('0')).toLatin1().leftJustified(29, '.')
                           + '\n'));

    for (int i = 0; i < 5; ++i) {
        QVERIFY2(QFile::exists(file.pathFor(i)), qPrintable(file.pathFor(i)));
        QVERIFY(QFileInfo(file.pathFor(i)).size() <= 100);
    }
    QVERIFY(!QFile::exists(file.pathFor(5)));
    QCOMPARE(file.pathFor(4), logPath() + QStringLiteral(".4"));

    // Oldest to newest: .4 .3 .2 .1 base hold the last 13 lines, in order, none lost in between.
    QByteArray all;
    for (int i = 4; i >= 0; --i)
        all += readAll(file.pathFor(i));
    const QList<QByteArray> lines = all.trimmed().split('\n');
    QCOMPARE(lines.size(), 13);
    for (int k = 0; k < lines.size(); ++k)
        QVERIFY2(lines.at(k).startsWith(QStringLiteral("line %1").arg(27 + k).toLatin1()), lines.at(k).constData());
    QVERIFY(readAll(file.pathFor(0)).contains("line 39"));
}

void TestLogging::rotationThroughTheHandler()
{
    LogOptions options = fileOnly();
    options.maxFileBytes = 400;
    options.maxFiles = 3;
    installLogging(options);
    QCOMPARE(currentLogFilePath(), logPath());
    for (int i = 0; i < 60; ++i)
        qCInfo(lcTest, "message number %d", i);
    QVERIFY(QFile::exists(logPath()));
    QVERIFY(QFile::exists(logPath() + QStringLiteral(".1")));
    QVERIFY(QFile::exists(logPath() + QStringLiteral(".2")));
    QVERIFY(!QFile::exists(logPath() + QStringLiteral(".3")));
    for (const QString &suffix : { QString(), QStringLiteral(".1"), QStringLiteral(".2") })
        QVERIFY(QFileInfo(logPath() + suffix).size() <= 400);
    QVERIFY(readAll(logPath()).contains("message number 59"));
}

void TestLogging::fileLinesAreRedacted()
{
    installLogging(fileOnly());
    registerSecret(QStringLiteral("stored-key-from-keychain-1"));
    qCInfo(lcTest) << "headers:"
                   << "Authorization: Bearer gsk_liveKey0123456789";
    qCWarning(lcTest, "x-goog-api-key: AIzaSyLiveKey0123456789abcdef");
    qCInfo(lcTest, "url https://example.com/v1beta/models?key=AIzaQueryKey0123456789xyz&alt=sse");
    qCInfo(lcTest, "loaded stored-key-from-keychain-1 for groq");
    qCCritical(lcTest, "raw sk-proj-abcdefghijklmnop1234");
    qInfo("default category: gsk_defaultCategory0123456789");

    const QByteArray log = readAll(logPath());
    QVERIFY(!log.isEmpty());
    for (const char *secret : { "gsk_liveKey0123456789", "AIzaSyLiveKey0123456789abcdef", "AIzaQueryKey0123456789xyz",
                                "stored-key-from-keychain-1", "sk-proj-abcdefghijklmnop1234",
                                "gsk_defaultCategory0123456789", "liveKey", "QueryKey" })
        QVERIFY2(!log.contains(secret), secret);
    QVERIFY(log.contains("x-goog-api-key: ***"));
    QVERIFY(log.contains("?key=***&alt=sse"));
    QVERIFY(log.contains("loaded *** for groq"));
    QVERIFY(log.contains("ERROR ip.test.logging"));
    QVERIFY(log.contains("INFO  default"));
}

void TestLogging::correlationIdInLines()
{
    installLogging(fileOnly());
    const QString first = newCorrelationId();
    const QString second = newCorrelationId();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}$")).match(first).hasMatch());
    QVERIFY(first != second);

    qCInfo(lcTest, "before any run");
    setCorrelationId(first);
    QCOMPARE(correlationId(), first);
    qCInfo(lcTest, "during the run");
    setCorrelationId(QString());
    qCInfo(lcTest, "after the run");

    const QList<QByteArray> lines = readAll(logPath()).trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  ip\\.test\\.logging \\[(.+)\\] (.*)$"));
    const auto m0 = shape.match(QString::fromUtf8(lines.at(0)));
    const auto m1 = shape.match(QString::fromUtf8(lines.at(1)));
    const auto m2 = shape.match(QString::fromUtf8(lines.at(2)));
    QVERIFY(m0.hasMatch() && m1.hasMatch() && m2.hasMatch());
    QCOMPARE(m0.captured(1), QStringLiteral("-"));
    QCOMPARE(m1.captured(1), first);
    QCOMPARE(m1.captured(2), QStringLiteral("during the run"));
    QCOMPARE(m2.captured(1), QStringLiteral("-"));
}

void TestLogging::verboseSwitch()
{
    installLogging(fileOnly());
    qCDebug(lcTest, "quiet debug");
    qCInfo(lcTest, "quiet info");
    QByteArray log = readAll(logPath());
    QVERIFY(!log.contains("quiet debug"));
    QVERIFY(log.contains("quiet info"));

    LogOptions verbose = fileOnly();
    verbose.verbose = true;
    installLogging(verbose);
    qCDebug(lcTest, "verbose debug");
    qDebug("verbose plain debug");
    log = readAll(logPath());
    QVERIFY(log.contains("DEBUG ip.test.logging [-] verbose debug"));
    QVERIFY(log.contains("verbose plain debug"));

    installLogging(fileOnly());
    qCDebug(lcTest, "quiet again");
    QVERIFY(!readAll(logPath()).contains("quiet again"));
}

void TestLogging::concurrentWritersProduceWholeLines()
{
    LogOptions options = fileOnly();
    options.maxFileBytes = 1024 * 1024;
    installLogging(options);
    constexpr int kThreads = 4;
    constexpr int kLines = 200;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([t] {
            for (int i = 0; i < kLines; ++i)
                qCInfo(lcTest, "thread %d line %d end", t, i);
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(10'000));

    const QList<QByteArray> lines = readAll(logPath()).trimmed().split('\n');
    QCOMPARE(lines.size(), kThreads * kLines);
    const QRegularExpression whole(
        QStringLiteral("^\\S+ \\S+ INFO  ip\\.test\\.logging \\[-\\] thread \\d line \\d+ end$"));
    for (const QByteArray &line : lines)
        QVERIFY2(whole.match(QString::fromUtf8(line)).hasMatch(), line.constData());
}

void TestLogging::stderrSinkInChildProcess()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    child.setProcessEnvironment(env);
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(kStderrChild) });
    QVERIFY(finished.wait(20'000));
    QCOMPARE(child.exitCode(), 0);
    const QByteArray err = child.readAllStandardError();
    QVERIFY2(err.contains("INFO  ip.test.logging [cafe0001] info line with \"***\" and Bearer ***"), err.constData());
    QVERIFY2(err.contains("WARN  ip.test.logging [cafe0001] warning line"), err.constData());
    QVERIFY(!err.contains("debug line"));
    QVERIFY(!err.contains(kChildSecret.toUtf8()));
    QVERIFY(!err.contains("gsk_abcdefghij"));
}

void TestLogging::defaultDirectory()
{
    const QString dir = defaultLogDirectory();
    QVERIFY(dir.endsWith(QStringLiteral("/logs")));
    QCOMPARE(QFileInfo(dir).path(), QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
}

void TestLogging::secretScanFindsEveryEncoding()
{
    const QStringList secrets { QStringLiteral("gsk_scanSecret0123456789"), QStringLiteral("AIza/scan+secret=42"),
                                QStringLiteral("ключ-secret-🔑"), QStringLiteral("abc") };
    QDir dir(m_dir->path());
    QVERIFY(dir.mkpath(QStringLiteral("a/b/.hidden")));
    auto writeFile = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    writeFile(QStringLiteral("clean.txt"), "nothing here but abc and gsk_scanSecret012345678 (one short)");
    writeFile(QStringLiteral("a/raw.log"), "x " + secrets.at(0).toUtf8() + " y");
    writeFile(QStringLiteral("a/b/settings.ini"), "url=https://h/?key=" + QUrl::toPercentEncoding(secrets.at(1)));
    for (int shift = 0; shift < 3; ++shift)
        writeFile(QStringLiteral("a/b/.hidden/b64-%1.json").arg(shift),
                  "{\"blob\":\"" + (QByteArray(shift, 'z') + secrets.at(2).toUtf8() + "tail").toBase64() + "\"}");
    writeFile(QStringLiteral("a/utf16.dat"),
              QByteArray(reinterpret_cast<const char *>(secrets.at(0).utf16()), secrets.at(0).size() * 2));

    const QList<ip::test::SecretHit> hits = ip::test::scanForSecrets(dir.path(), secrets);
    QStringList seen;
    for (const auto &hit : hits)
        seen << QStringLiteral("%1 %2 %3")
                    .arg(QDir(dir.path()).relativeFilePath(hit.file))
                    .arg(hit.secretIndex)
                    .arg(hit.encoding);
    seen.sort();
    QCOMPARE(seen,
             (QStringList { QStringLiteral("a/b/.hidden/b64-0.json 2 base64"),
                            QStringLiteral("a/b/.hidden/b64-1.json 2 base64"),
                            QStringLiteral("a/b/.hidden/b64-2.json 2 base64"),
                            QStringLiteral("a/b/settings.ini 1 percent-encoded"), QStringLiteral("a/raw.log 0 raw"),
                            QStringLiteral("a/utf16.dat 0 utf-16") }));
    QVERIFY(!ip::test::describeHits(hits).contains(secrets.at(0)));
}

void TestLogging::logDirectoryHasNoSecrets()
{
    const QStringList secrets { QStringLiteral("gsk_neverInTheLog0123456789"),
                                QStringLiteral("registered-only-secret-77") };
    installLogging(fileOnly());
    registerSecret(secrets.at(1));
    qCInfo(lcTest) << "Authorization: Bearer" << secrets.at(0);
    qCWarning(lcTest) << "request failed for key" << secrets.at(1);
    qCInfo(lcTest, "url https://h/v1beta/models?key=%s", qUtf8Printable(secrets.at(0)));
    uninstallLogging();
    QVERIFY(!readAll(logPath()).isEmpty());
    const auto hits = ip::test::scanForSecrets(m_dir->path(), secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(ip::test::describeHits(hits)));
}

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], kStderrChild) == 0)
        return runStderrChild(argc, argv);
    // The verbose switch is tested in a clean environment (ctest sets QT_LOGGING_RULES).
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestLogging test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logging.moc"
