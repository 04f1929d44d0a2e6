// Fault injection through the window (issue #10): the real app wiring (CoreAppContext, QNAM
// transport, real providers and pipeline) against the FakeLlmServer while it misbehaves. For each
// fault the window ends the run, names the problem in its banner (no HTML, no key), keeps every
// finished skill on screen, and Save still writes them; closing the window mid-run stops cleanly and
// keeps the run in the history. Plus the key path end to end: Settings → keychain → server, never a file.

#include "CoreAppContext.h"
#include "ErrorBanner.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "PipelineFakes.h"
#include "ResultsView.h"
#include "SecretScan.h"
#include "SettingsDialog.h"
#include "SkillSectionWidget.h"
#include "TestResumes.h"
#include "keys/KeyStore.h"
#include "pipeline/InterviewPipeline.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ip;
using namespace ip::test;

namespace {

const QString kGroqKey = QStringLiteral("gsk_ui_faults_fake_key_0001");
const QString kGeminiKey = QStringLiteral("gemini-ui-faults-fake-key-0002");

// The application's own context over a private settings file, keys from the "environment",
// both providers pointed at the fake server, no client-side waiting.
struct Rig
{
    FakeLlmServer fake;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> store;
    std::unique_ptr<CoreAppContext> context;
    std::unique_ptr<MainWindow> window;

    bool keysFromEnvironment = true;
    QString keychainService = QStringLiteral("interview-prep");

    bool open(const std::function<void(Settings &)> &adjust = {})
    {
        if (!fake.listen() || !dir.isValid())
            return false;
        fake.setApiKey(LlmApi::OpenAi, kGroqKey.toLatin1());
        fake.setApiKey(LlmApi::Gemini, kGeminiKey.toLatin1());
        store = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QProcessEnvironment env;
        if (keysFromEnvironment) {
            env.insert(QStringLiteral("GROQ_API_KEY"), kGroqKey);
            env.insert(QStringLiteral("GEMINI_API_KEY"), kGeminiKey);
        }
        CoreAppContext::Options options;
        options.keys.service = keychainService;
        options.settings = store.get();
        options.keys.index = store.get();
        options.keys.environment = env;
        options.environment = env;
        // Each test its own history and result cache: nothing may come from an earlier test's run.
        options.sessionDirectory = dir.filePath(QStringLiteral("sessions"));
        options.cacheDirectory = dir.filePath(QStringLiteral("cache"));
        context = std::make_unique<CoreAppContext>(options);
        if (!QTest::qWaitFor([this] { return context->keysKnown(); }, 10'000))
            return false;
        Settings s = context->settings();
        s.groqBaseUrl = fake.openAiBaseUrl();
        s.geminiBaseUrl = fake.geminiBaseUrl();
        s.groqTokensPerMinute = 0;
        s.geminiTokensPerMinute = 0;
        s.groqRequestsPerMinute = 10'000;
        s.geminiRequestsPerMinute = 10'000;
        s.maxConcurrentBatches = 1;
        s.groundingEnabled = false; // batches in order: skills 1-3, 4-6, 7-9
        s.maxRetries = 0;
        if (adjust)
            adjust(s);
        context->saveSettings(s);
        window = std::make_unique<MainWindow>(*context);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    [[nodiscard]] ErrorBanner *banner() const
    {
        return window->findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
    }
    [[nodiscard]] ResultsView *results() const { return window->findChild<ResultsView *>(); }
    [[nodiscard]] const RunState &state() const { return window->pipeline()->state(); }

    // Skills whose section on screen shows all their questions.
    [[nodiscard]] int sectionsWithQuestions(int perSkill = 8) const
    {
        int n = 0;
        for (int i = 0; i < results()->count(); ++i)
            n += results()->section(i)->questions().size() == perSkill ? 1 : 0;
        return n;
    }

    // Saves through the window's Save action (the file dialog answered by the test hook).
    QJsonArray saveJsonReport()
    {
        const QString path = dir.filePath(QStringLiteral("report.json"));
        FileDialogs::setNextSaveFile(path);
        window->findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
        if (!QTest::qWaitFor([&] { return QFileInfo(path).size() > 0; }, 5'000))
            return {};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll())[QStringLiteral("skills")].toArray();
    }

    void run()
    {
        window->openResume(classicResumePath());
        QVERIFY(window->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!window->isRunning(), 30'000);
    }
};

void checkBannerIsClean(const QString &message)
{
    QVERIFY(!message.isEmpty());
    for (const char *bad : { "<", "DOCTYPE", "gsk_", "fake_key", "fake-key" })
        QVERIFY2(!message.contains(QLatin1String(bad), Qt::CaseInsensitive), qPrintable(message));
}

} // namespace

class TestUiFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::isolateTestApp(QStringLiteral("tst_ui_faults"));
        QVERIFY2(QFileInfo::exists(classicResumePath()), qPrintable(classicResumePath()));
    }

    void init() { QSettings().clear(); }

    void dailyQuotaMidRunKeepsWhatWasWritten()
    {
        Rig rig;
        int groqCalls = 0;
        QVERIFY(rig.open());
        rig.fake.setHandler([&groqCalls](const LlmRequest &r) {
            if (r.api == LlmApi::OpenAi && ++groqCalls > 3)
                return LlmReply::dailyQuota();
            return pipelineHandler(nineDesktopSkills())(r);
        });
        rig.run();
        QTRY_VERIFY(!rig.banner()->isHidden());
        QVERIFY2(rig.banner()->message().contains(QLatin1String("quota"), Qt::CaseInsensitive),
                 qPrintable(rig.banner()->message()));
        checkBannerIsClean(rig.banner()->message());
        QCOMPARE(groqCalls, 4); // nothing sent after the quota answer
        QCOMPARE(rig.results()->count(), 9);
        QCOMPARE(rig.sectionsWithQuestions(), 6);
        const QJsonArray saved = rig.saveJsonReport();
        QCOMPARE(saved.size(), 9);
        int withQuestions = 0;
        for (const auto &skill : saved) {
            const auto n = skill[QStringLiteral("questions")].toArray().size();
            withQuestions += n == 8 ? 1 : 0;
            if (n == 0)
                QVERIFY(
                    skill[QStringLiteral("error")].toString().contains(QLatin1String("quota"), Qt::CaseInsensitive));
        }
        QCOMPARE(withQuestions, 6);
    }

    void proxyHtmlPageIsNamedNotShown()
    {
        Rig rig;
        QVERIFY(rig.open());
        rig.fake.setHandler([](const LlmRequest &r) {
            if (isQuestionsCall(r))
                return LlmReply::htmlErrorPage(403);
            return pipelineHandler(nineDesktopSkills())(r);
        });
        rig.run();
        QTRY_VERIFY(!rig.banner()->isHidden());
        checkBannerIsClean(rig.banner()->message());
        QVERIFY2(rig.banner()->message().contains(QLatin1String("403")), qPrintable(rig.banner()->message()));
        QCOMPARE(rig.results()->count(), 9); // the skills found stay listed
        QCOMPARE(rig.sectionsWithQuestions(), 0);
        for (const auto &skill : rig.state().skills)
            checkBannerIsClean(skill.error);
    }

    void everyCallDroppedOnceStillCompletes()
    {
        Rig rig;
        QVERIFY(rig.open([](Settings &s) { s.maxRetries = 2; }));
        QSet<QString> dropped;
        rig.fake.setHandler([&dropped](const LlmRequest &r) {
            if (!dropped.contains(r.lastUserText)) {
                dropped.insert(r.lastUserText);
                return r.stream ? LlmReply::dropMidStream() : LlmReply::dropMidBody();
            }
            return pipelineHandler(nineDesktopSkills())(r);
        });
        rig.run();
        QCOMPARE(dropped.size(), 4); // the skills call and three question calls, each retried once
        QCOMPARE(rig.sectionsWithQuestions(), 9);
        QVERIFY(rig.banner()->isHidden());
    }

    // Issue 13: a second resume in the same window meets the first run's Gemini window and waits
    // (the providers and their limiters belong to the app's run service, not to a run).
    void secondResumeWaitsForTheSharedRateWindow()
    {
        Rig rig;
        QVERIFY(rig.open([](Settings &s) {
            s.groundingEnabled = true;
            s.geminiRequestsPerMinute = 5;
            s.maxConcurrentBatches = 3;
        }));
        int gemini = 0;
        int refused = 0;
        const auto answer = pipelineHandler(nineDesktopSkills());
        rig.fake.setHandler([&](const LlmRequest &r) {
            if (r.route == LlmRoute::GeminiGenerate && ++gemini > 5) {
                ++refused;
                return LlmReply::rateLimited(RetryHint::GeminiRetryInfo, 60'000);
            }
            return answer(r);
        });
        rig.run();
        QCOMPARE(rig.state().skills.size(), 9);
        QCOMPARE(gemini, 3);

        rig.window->openResume(QStringLiteral(IP_TEST_DATA_DIR "/resumes/rendercv_sb2nov-theme.pdf"));
        QVERIFY(rig.window->isRunning());
        QSignalSpy waits(rig.window->pipeline(), &InterviewPipeline::rateLimitWait);
        QTRY_VERIFY_WITH_TIMEOUT(!waits.isEmpty(), 20'000);
        QCOMPARE(waits.first().at(0).toString(), QStringLiteral("Gemini"));
        QTRY_COMPARE(gemini, 5); // the two calls that fit may still be on their way
        QCOMPARE(refused, 0);
        rig.window->cancelRun();
        QTRY_VERIFY(!rig.window->isRunning());
        QCOMPARE(refused, 0);
    }

    void closingTheWindowMidRunStopsCleanly()
    {
        Rig rig;
        QVERIFY(rig.open());
        int questionCalls = 0;
        rig.fake.setHandler([&questionCalls](const LlmRequest &r) {
            if (isQuestionsCall(r) && ++questionCalls >= 2)
                return LlmReply::hang();
            return pipelineHandler(nineDesktopSkills())(r);
        });
        rig.window->openResume(classicResumePath());
        QTRY_COMPARE_WITH_TIMEOUT(questionCalls, 2, 20'000);
        QTRY_COMPARE(rig.sectionsWithQuestions(), 3);
        QPointer<InterviewPipeline> pipeline = rig.window->pipeline();
        QVERIFY(rig.window->close());
        QVERIFY(!rig.window->isRunning());
        // The run stopped: finished skills kept, the others say why, and nothing more is sent.
        QVERIFY(pipeline);
        int done = 0;
        for (const auto &skill : pipeline->state().skills) {
            if (skill.questions.size() == 8)
                ++done;
            else
                QVERIFY(!skill.error.isEmpty());
        }
        QCOMPARE(done, 3);
        // ...and it is in the history, to be continued later.
        QTRY_COMPARE(QDir(rig.dir.filePath(QStringLiteral("sessions"))).entryList(QDir::Files).size(), 1);
        const int seen = rig.fake.requestCount();
        QTest::qWait(50); // (a negative check: nothing may arrive late)
        QCOMPARE(rig.fake.requestCount(), seen);
        rig.window.reset(); // destroying the window mid-stream must not crash either
    }

    // Issue #6 through the window, with the real key store on the test session's gnome-keyring:
    // a key typed into Settings goes to the keychain, the next run sends exactly that key, and no
    // file the app wrote (settings, sessions, cache) holds it.
    void keyTypedInSettingsReachesOnlyTheKeychainAndTheServer()
    {
        Rig rig;
        rig.keysFromEnvironment = false;
        rig.keychainService = QStringLiteral("interview-prep-test-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(rig.open([](Settings &s) { s.groundingEnabled = false; }));
        rig.fake.setHandler(pipelineHandler(nineDesktopSkills()));
        if (!rig.context->keychainProblem().isEmpty())
            QSKIP(qPrintable(QStringLiteral("no keychain in this session: ") + rig.context->keychainProblem()));
        QCOMPARE(rig.context->keySource(AppContext::groqId()), KeySource::None);

        rig.window->showSettings();
        auto *dialog = rig.window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("groqApiKey"));
        QVERIFY(field);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QTest::keyClicks(field, kGroqKey);
        QSignalSpy saved(rig.context.get(), &AppContext::keySaved);
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() >= 1, 10'000);
        QTRY_VERIFY(rig.context->keySource(AppContext::groqId()) == KeySource::Keychain);

        rig.run();
        QCOMPARE(rig.sectionsWithQuestions(), 9);
        QVERIFY(rig.fake.requestCount() > 0);
        for (const auto &r : rig.fake.requests())
            QCOMPARE(r.apiKey, kGroqKey.toLatin1());
        rig.store->sync();
        const auto hits = scanForSecrets(rig.dir.path(), { kGroqKey });
        for (const auto &hit : hits)
            qWarning("the key was found in %s (%s)", qPrintable(hit.file), qPrintable(hit.encoding));
        QVERIFY(hits.isEmpty());
        QVERIFY(QFileInfo(rig.dir.filePath(QStringLiteral("settings.ini"))).size() > 0); // the scan read something

        // Clean up the test keychain entry (and check removal works through the same path).
        rig.context->saveApiKey(AppContext::groqId(), QString());
        QTRY_VERIFY(rig.context->keySource(AppContext::groqId()) == KeySource::None);
    }

    // Issue 19 through the real wiring: "delete everything" removes the runs and the cache of the
    // context's own folders, resets the settings file (the context then answers the defaults) and
    // keeps the keychain key; asked again with the keys, the key goes too.
    void deleteEverythingThroughTheRealContext()
    {
        Rig rig;
        rig.keysFromEnvironment = false;
        rig.keychainService = QStringLiteral("interview-prep-test-del-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(rig.open());
        rig.fake.setHandler(pipelineHandler(nineDesktopSkills()));
        if (!rig.context->keychainProblem().isEmpty())
            QSKIP(qPrintable(QStringLiteral("no keychain in this session: ") + rig.context->keychainProblem()));
        rig.context->saveApiKey(AppContext::groqId(), kGroqKey);
        QTRY_VERIFY_WITH_TIMEOUT(rig.context->keySource(AppContext::groqId()) == KeySource::Keychain, 10'000);
        rig.run();
        QCOMPARE(rig.sectionsWithQuestions(), 9);

        const StoredPaths paths = rig.context->storedPaths();
        QCOMPARE(paths.sessions, rig.dir.filePath(QStringLiteral("sessions")));
        QCOMPARE(paths.cache, rig.dir.filePath(QStringLiteral("cache")));
        QCOMPARE(paths.settingsFile, rig.store->fileName());
        auto filesIn = [](const QString &folder) {
            return QDir(folder).entryList(QDir::Files | QDir::Hidden).size();
        };
        QTRY_VERIFY(filesIn(paths.sessions) > 0);
        QVERIFY(filesIn(paths.cache) > 0);

        QSignalSpy deleted(rig.context.get(), &AppContext::storedDataDeleted);
        QVERIFY(rig.context->deleteStoredData(false));
        QVERIFY(deleted.wait(10'000));
        auto result = deleted.takeFirst().at(0).value<StoredDataDeletion>();
        QVERIFY2(result.ok(), qPrintable(result.failed.join(u',')));
        QCOMPARE(filesIn(paths.sessions), 0);
        QCOMPARE(filesIn(paths.cache), 0);
        QCOMPARE(rig.context->settings().groqBaseUrl, Settings().groqBaseUrl);
        QCOMPARE(rig.store->allKeys(), QStringList { KeyStore::indexSettingsKey() });
        QCOMPARE(rig.context->keySource(AppContext::groqId()), KeySource::Keychain);

        QSignalSpy keysChanged(rig.context.get(), &AppContext::keysChanged);
        QVERIFY(rig.context->deleteStoredData(true));
        QVERIFY(deleted.wait(10'000));
        result = deleted.takeFirst().at(0).value<StoredDataDeletion>();
        QVERIFY2(result.keysFailed.isEmpty(), qPrintable(result.keysMessage));
        QVERIFY(result.keysRemoved.contains(AppContext::groqId()));
        QTRY_VERIFY(keysChanged.count() > 0);
        QCOMPARE(rig.context->keySource(AppContext::groqId()), KeySource::None);
        QCOMPARE(rig.store->allKeys(), QStringList());
    }
};

QTEST_MAIN(TestUiFaults)
#include "tst_ui_faults.moc"
