#include "FuzzSupport.h"
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTest>

using namespace ip::fuzz;

namespace {

const QString kFuzzDir = QStringLiteral(IP_TEST_DATA_DIR "/../fuzz");

QStringList g_violations;

void recordViolation(const char *check, const char *file, int line)
{
    g_violations.append(QStringLiteral("%1 (%2:%3)").arg(QString::fromUtf8(check), QString::fromUtf8(file)).arg(line));
}

const FuzzTarget *targetNamed(const QString &name)
{
    static const QList<FuzzTarget> targets = fuzzTargets();
    for (const FuzzTarget &t : targets) {
        if (name == QLatin1StringView(t.name))
            return &t;
    }
    return nullptr;
}

QStringList filesIn(const QString &dir)
{
    QStringList out;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (name != QLatin1String(".gitkeep"))
            out.append(dir + QLatin1Char('/') + name);
    }
    return out;
}

void run(const FuzzTarget &target, const QByteArray &bytes)
{
    target.run(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
}

} // namespace

// Replays the committed fuzz seeds (tests/fuzz/corpus/<target>/) and the inputs that once crashed a
// parser (tests/fuzz/regressions/<target>/) through the same target functions the fuzzers run, with
// the same invariant checks, in the ordinary build (and under the asan preset).
class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { setViolationHandler(&recordViolation); }
    void cleanupTestCase() { setViolationHandler(nullptr); }
    void init() { g_violations.clear(); }

    // Every target has seeds, and every corpus/regressions folder belongs to a target.
    void everyTargetHasSeeds()
    {
        const QList<FuzzTarget> targets = fuzzTargets();
        QVERIFY(targets.size() >= 10);
        for (const FuzzTarget &t : targets) {
            const QString dir = kFuzzDir + QStringLiteral("/corpus/") + QLatin1StringView(t.name);
            QVERIFY2(!filesIn(dir).isEmpty(), qPrintable(QStringLiteral("no seeds in ") + dir));
        }
        for (const QString &kind : { QStringLiteral("corpus"), QStringLiteral("regressions") }) {
            for (const QString &name :
                 QDir(kFuzzDir + QLatin1Char('/') + kind).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                // section_splitter needs core/pipeline; without it its folders are skipped below.
                if (name == QLatin1String("section_splitter") && !targetNamed(name))
                    continue;
                QVERIFY2(targetNamed(name),
                         qPrintable(kind + QLatin1Char('/') + name + QStringLiteral(": no such target")));
            }
        }
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const FuzzTarget &t : fuzzTargets()) {
            for (const QString &kind : { QStringLiteral("regressions"), QStringLiteral("corpus") }) {
                const QString dir = kFuzzDir + QLatin1Char('/') + kind + QLatin1Char('/') + QLatin1StringView(t.name);
                for (const QString &path : filesIn(dir)) {
                    const QString row = QLatin1StringView(t.name) + QLatin1Char('/') + kind + QLatin1Char('/')
                        + QFileInfo(path).fileName();
                    QTest::newRow(qPrintable(row)) << QString::fromLatin1(t.name) << path;
                }
            }
        }
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const FuzzTarget *t = targetNamed(target);
        QVERIFY(t);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        run(*t, bytes);
        QVERIFY2(g_violations.isEmpty(), qPrintable(g_violations.join(QStringLiteral("; "))));
        // Some prefixes too: a truncated body is the commonest hostile input.
        for (const qsizetype cut : { bytes.size() / 3, bytes.size() / 2, bytes.size() - 1 }) {
            if (cut > 0)
                run(*t, bytes.left(cut));
        }
        QVERIFY2(g_violations.isEmpty(), qPrintable(g_violations.join(QStringLiteral("; "))));
    }

    // The violation handler sees a failed check (so a broken invariant cannot pass unnoticed).
    void checksReportViolations()
    {
        IP_FUZZ_CHECK(1 + 1 == 3);
        QCOMPARE(g_violations.size(), 1);
        QVERIFY(g_violations.first().contains(QLatin1String("1 + 1 == 3")));
        g_violations.clear();
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
