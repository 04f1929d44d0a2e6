// Under load: a batch of 50 resumes in one process, one pipeline per resume, the providers (and
// their transport) shared, against FakeLlmServer. Every report must be complete, and neither file
// descriptors nor memory may grow per resume once warmed up.

#include "CoreInit.h"
#include "FakeLlmServer.h"
#include "PipelineFakes.h"
#include "net/QnamTransport.h"
#include "pipeline/InterviewPipeline.h"
#include "providers/ProviderFactory.h"
#include "report/Report.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace ip;
using namespace ip::test;

namespace {

constexpr int kResumes = 50;

int openFileDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size());
}

// Resident set size in KiB (0 when /proc is not there).
qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

const QStringList kPool
    = { QStringLiteral("C++"),        QStringLiteral("Qt"),         QStringLiteral("Rust"),  QStringLiteral("Go"),
        QStringLiteral("Python"),     QStringLiteral("PostgreSQL"), QStringLiteral("Kafka"), QStringLiteral("Docker"),
        QStringLiteral("Kubernetes"), QStringLiteral("React"),      QStringLiteral("Redis"), QStringLiteral("GraphQL"),
        QStringLiteral("Terraform"),  QStringLiteral("gRPC"),       QStringLiteral("Linux") };

// Resume n's skills: six of the pool, rotating.
QStringList skillsOf(int n)
{
    QStringList out;
    for (int i = 0; i < 6; ++i)
        out.append(kPool[(n + i * 2) % kPool.size()]);
    out.removeDuplicates();
    return out;
}

QString resumeText(int n)
{
    return QStringLiteral("Candidate %1\nSoftware engineer, %2 years.\nWorked with %3.\n")
        .arg(n)
        .arg(3 + n % 10)
        .arg(skillsOf(n).join(QStringLiteral(", ")));
}

} // namespace

class TestLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerCoreTypes(); }

    void fiftyResumesInOneProcess()
    {
        FakeLlmServer fake;
        QVERIFY(fake.listen());
        // The skills answer follows the resume ("Worked with …" line) so each report is its own.
        fake.setHandler([](const LlmRequest &r) {
            if (isSkillsCall(r)) {
                const qsizetype at = r.userText.indexOf(QLatin1String("Worked with "));
                const qsizetype end = r.userText.indexOf(QLatin1Char('.'), at);
                const QStringList skills
                    = r.userText.mid(at + 12, end - at - 12).split(QStringLiteral(", "), Qt::SkipEmptyParts);
                return LlmReply::json({ { QStringLiteral("skills"), QJsonArray::fromStringList(skills) } });
            }
            return pipelineHandler({})(r);
        });

        Settings settings;
        settings.skillCount = 6;
        settings.questionsPerSkill = 5;
        settings.groqRequestsPerMinute = 10'000;
        settings.groqTokensPerMinute = 0;
        settings.geminiRequestsPerMinute = 10'000;
        settings.geminiTokensPerMinute = 0;
        settings.maxRetries = 0;
        settings.requestTimeoutSec = 10;
        settings.firstByteTimeoutSec = 10;
        settings.groqBaseUrl = fake.openAiBaseUrl();
        settings.geminiBaseUrl = fake.geminiBaseUrl();

        QnamTransport transport;
        QObject owner;
        const Providers providers
            = createProviders(settings, { QString(), QStringLiteral("k") }, &transport, &owner, QProcessEnvironment());

        int fdsAfterWarmUp = 0;
        qint64 rssAfterWarmUp = 0;
        int reports = 0;
        for (int n = 0; n < kResumes; ++n) {
            InterviewPipeline pipeline(providers.groq, providers.gemini, settings);
            QSignalSpy finished(&pipeline, &InterviewPipeline::finished);
            pipeline.startWithText(resumeText(n), QStringLiteral("resume-%1.txt").arg(n));
            QVERIFY2(finished.wait(10'000), qPrintable(QString::number(n)));
            const RunSummary s = finished.first().at(0).value<RunSummary>();
            QVERIFY2(s.outcome == RunSummary::Outcome::Complete, qPrintable(QString::number(n) + s.message));

            // The report is complete and about this resume.
            const QJsonDocument report = QJsonDocument::fromJson(renderJson(pipeline.state()));
            const QJsonArray skills = report[QStringLiteral("skills")].toArray();
            QCOMPARE(skills.size(), skillsOf(n).size());
            for (int i = 0; i < skills.size(); ++i) {
                QCOMPARE(skills[i][QStringLiteral("skill")].toString(), skillsOf(n)[i]);
                QCOMPARE(skills[i][QStringLiteral("questions")].toArray().size(), 5);
                QCOMPARE(skills[i][QStringLiteral("context")].toString(), QStringLiteral("grounded"));
            }
            ++reports;

            if (n == 9) { // warmed up: connection pool, caches, lazy singletons in place
                fdsAfterWarmUp = openFileDescriptors();
                rssAfterWarmUp = rssKiB();
            }
        }
        QCOMPARE(reports, kResumes);
        // Every request of every resume (1 skills + 2 discovery + 2 questions calls each).
        QCOMPARE(fake.requestCount(), kResumes * 5);

        const int fds = openFileDescriptors();
        QVERIFY2(fds <= fdsAfterWarmUp + 4,
                 qPrintable(QStringLiteral("fds: %1 after warm-up, %2 at the end").arg(fdsAfterWarmUp).arg(fds)));
        const qint64 rss = rssKiB();
#ifndef IP_SANITIZED_BUILD
        QVERIFY2(
            rss - rssAfterWarmUp < 30 * 1024,
            qPrintable(QStringLiteral("RSS: %1 KiB after warm-up, %2 KiB at the end").arg(rssAfterWarmUp).arg(rss)));
#else
        // AddressSanitizer keeps freed memory in quarantine (up to 256 MB), so RSS grows whether or not
        // anything leaks; in this build LeakSanitizer checks for leaks when the test exits instead.
#endif
        qInfo("fds %d -> %d, RSS %lld -> %lld KiB over %d resumes", fdsAfterWarmUp, fds, rssAfterWarmUp, rss,
              kResumes - 10);
    }
};

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"
