// The History dialog and saved runs in the window, over ScriptedAppContext with a private session
// folder and cache: every run is listed; opening shows the accordion as it was and can be saved;
// Continue asks only for the missing work; delete one / all after a confirmation; damaged files are
// named while the others stay listed; clearing the cache. The window's RunController on its own:
// a run, a refused run, a saved run opened.

#include "ErrorBanner.h"
#include "FileDialogs.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "ResultsView.h"
#include "RunController.h"
#include "ScriptedAppContext.h"
#include "SkillSectionWidget.h"
#include "TestResumes.h"
#include "pipeline/InterviewPipeline.h"
#include "session/ResultCache.h"
#include "session/SessionStore.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ip;
using ip::test::classicResumePath;
using ip::test::ScriptedAnswer;
using ip::test::ScriptedCall;
using ip::test::threeSkills;
using ip::uitest::ScriptedAppContext;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    ScriptedAppContext context;
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        Settings s = context.settings();
        s.batchSize = 1; // one request per skill, one batch at a time: a stop leaves a known state
        s.maxConcurrentBatches = 1;
        s.discoveryConcurrency = 1;
        context.setSettings(s);
        context.setSessionDirectory(dir.path());
        context.groq().setScript(uitest::groqScript(threeSkills(), s.questionsPerSkill));
        window = std::make_unique<MainWindow>(context);
        window->show();
    }
    SessionStore &store() { return *context.sessionStore(); }
    QAction *action(const char *name) const { return window->findChild<QAction *>(QString::fromLatin1(name)); }
    ResultsView *results() const { return window->findChild<ResultsView *>(QStringLiteral("resultsView")); }
    ErrorBanner *banner() const { return window->findChild<ErrorBanner *>(QStringLiteral("errorBanner")); }

    bool runToTheEnd()
    {
        window->openResume(classicResumePath());
        return QTest::qWaitFor([this] { return window->pipeline() && !window->isRunning(); }, 10'000);
    }
    HistoryDialog *history()
    {
        action("historyAction")->trigger();
        return window->historyDialog();
    }
    QPushButton *button(HistoryDialog *d, const char *name) const
    {
        return d->findChild<QPushButton *>(QString::fromLatin1(name));
    }
};

// Groq answers well, except the questions for CMake: the daily quota is used up.
test::ScriptedChatProvider::Script quotaOnCMake(int perSkill)
{
    const auto normal = uitest::groqScript(threeSkills(), perSkill);
    return [normal](const ScriptedCall &c) {
        if (uitest::askedSkills(c.request) == QStringList { QStringLiteral("CMake") })
            return ScriptedAnswer::failure(ProviderErrorKind::QuotaExhausted, QStringLiteral("daily quota used up"));
        return normal(c);
    };
}

} // namespace

class TestUiHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::isolateTestApp(QStringLiteral("tst_ui_history"));
        QVERIFY2(QFileInfo::exists(classicResumePath()), qPrintable(classicResumePath()));
    }

    void init() { QSettings().clear(); }

    void theRunControllerRunsAndOpensWithoutAWindow()
    {
        QTemporaryDir dir;
        ScriptedAppContext context;
        context.setSessionDirectory(dir.path());
        context.groq().setScript(uitest::groqScript(threeSkills(), context.settings().questionsPerSkill));
        RunController controller(context);
        QVERIFY(!controller.shownState() && !controller.pipeline() && controller.currentPath().isEmpty());
        QSignalSpy started(&controller, &RunController::runStarted);
        QSignalSpy changed(&controller, &RunController::resultsChanged);

        QVERIFY(controller.start(classicResumePath()));
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().at(0).toString(), QStringLiteral("rendercv_classic.pdf"));
        QCOMPARE(controller.currentPath(), classicResumePath());
        InterviewPipeline *pipeline = controller.pipeline();
        QVERIFY(pipeline);
        QTRY_VERIFY_WITH_TIMEOUT(!pipeline->isRunning() && pipeline->state().isComplete(), 10'000);
        QVERIFY(!changed.isEmpty());
        QVERIFY(!controller.readingFailed());
        QVERIFY(controller.hasResults());
        QCOMPARE(controller.shownState(), &pipeline->state());
        const auto session = controller.shownSession();
        QVERIFY(session);
        QTRY_VERIFY(!context.sessionStore()->list().entries.isEmpty());

        // A run that cannot start leaves the current one in place.
        QSignalSpy refused(&controller, &RunController::runRefused);
        context.setPipelineError(QStringLiteral("No Groq API key"));
        QVERIFY(!controller.start(classicResumePath()));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().at(0).toString().contains(QStringLiteral("No Groq API key")));
        QCOMPARE(controller.pipeline(), pipeline);
        context.setPipelineError({});

        // The saved run, opened: shown without a pipeline.
        auto loaded = controller.load(session->meta.id);
        QVERIFY(!loaded.isError());
        QSignalSpy opened(&controller, &RunController::sessionOpened);
        controller.open(loaded.value());
        QCOMPARE(opened.count(), 1);
        QVERIFY(!controller.pipeline());
        QVERIFY(controller.shownState());
        QCOMPARE(controller.shownState()->skills, loaded.value().run.skills);
        QCOMPARE(controller.currentPath(), loaded.value().meta.resumePath);
        QVERIFY(controller.load(QStringLiteral("no-such-run")).isError());
    }

    void aRunIsListedAndOpensAsItWas()
    {
        Fixture f;
        QVERIFY(f.action("historyAction")->isEnabled());
        QCOMPARE(f.action("historyAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        QVERIFY(f.runToTheEnd());
        const RunState finished = f.window->pipeline()->state();
        QVERIFY(finished.isComplete());

        HistoryDialog *d = f.history();
        QVERIFY(d);
        QTRY_VERIFY(d->isVisible());
        QCOMPARE(d->list()->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = d->list()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("rendercv_classic.pdf"));
        QCOMPARE(row->text(2), QStringLiteral("C++, Qt, CMake"));
        QCOMPARE(row->text(3), QStringLiteral("Complete"));
        QVERIFY(!f.button(d, "historyContinue")->isEnabled());
        QVERIFY(d->problemText().isEmpty());

        // Open: the accordion as it was, without a pipeline.
        const int pipelines = f.context.pipelinesCreated();
        f.button(d, "historyOpen")->click();
        QTRY_VERIFY(!f.window->historyDialog());
        QVERIFY(!f.window->pipeline());
        QCOMPARE(f.context.pipelinesCreated(), pipelines);
        QCOMPARE(f.results()->count(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(f.results()->section(i)->result(), finished.skills.at(i));
        QVERIFY(f.window->shownState());
        QCOMPARE(*f.window->shownState(), finished);
        QVERIFY(!f.action("continueAction")->isEnabled());

        // Save report works for the opened run.
        QVERIFY(f.action("saveAction")->isEnabled());
        const QString out = f.dir.filePath(QStringLiteral("opened.md"));
        FileDialogs::setNextSaveFile(out);
        f.action("saveAction")->trigger();
        QTRY_VERIFY(QFile::exists(out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(file.readAll());
        QVERIFY(md.contains(finished.skills.at(2).questions.first().text));

        // The same resume again with the same settings: served from the cache, no call at all.
        const int groqCalls = f.context.groq().callCount();
        const int geminiCalls = f.context.gemini().callCount();
        QVERIFY(f.runToTheEnd());
        QVERIFY(f.window->pipeline()->state().isComplete());
        QCOMPARE(f.context.groq().callCount(), groqCalls);
        QCOMPARE(f.context.gemini().callCount(), geminiCalls);
        QCOMPARE(f.store().list().entries.size(), 2);
    }

    void aPartialRunContinuesWithOnlyTheMissingWork()
    {
        Fixture f;
        f.context.groq().setScript(quotaOnCMake(f.context.settings().questionsPerSkill));
        QVERIFY(f.runToTheEnd());
        QVERIFY(!f.window->pipeline()->state().isComplete());
        // The run that just stopped can be continued from the window too.
        QTRY_VERIFY(f.action("continueAction")->isEnabled());

        HistoryDialog *d = f.history();
        QVERIFY(d);
        QCOMPARE(d->list()->topLevelItemCount(), 1);
        QCOMPARE(d->list()->topLevelItem(0)->text(3), QStringLiteral("Partial (2 of 3 skills)"));
        QVERIFY(f.button(d, "historyContinue")->isEnabled());
        const QString id = d->entries().first().id;

        // The quota is back. Continue: only CMake's questions are asked (its sources were found).
        f.context.groq().setScript(uitest::groqScript(threeSkills(), f.context.settings().questionsPerSkill));
        const int groqCalls = f.context.groq().callCount();
        const int geminiCalls = f.context.gemini().callCount();
        f.button(d, "historyContinue")->click();
        QTRY_VERIFY(f.window->pipeline() && !f.window->isRunning());
        QVERIFY(f.window->pipeline()->state().isComplete());
        QCOMPARE(f.context.groq().callCount(), groqCalls + 1);
        QCOMPARE(uitest::askedSkills(f.context.groq().requests().last()), QStringList { QStringLiteral("CMake") });
        QCOMPARE(f.context.gemini().callCount(), geminiCalls);
        QCOMPARE(f.results()->doneCount(), 3);

        // The same session, now complete.
        const auto listing = f.store().list();
        QCOMPARE(listing.entries.size(), 1);
        QCOMPARE(listing.entries.first().id, id);
        QVERIFY(listing.entries.first().complete);
        QVERIFY(!f.action("continueAction")->isEnabled());
    }

    void anInterruptedRunOpensWithItsUnfinishedSkillsAndContinues()
    {
        Fixture f;
        Session s = newSession(classicResumePath(), f.context.settings());
        s.run.sourceFile = QStringLiteral("rendercv_classic.pdf");
        for (const QString &name : threeSkills()) {
            SkillResult r;
            r.name = name;
            r.state = SkillState::Generating;
            s.run.skills.append(r);
        }
        s.run.skills[0].state = SkillState::Done;
        s.run.skills[0].questions = { QStringLiteral("Saved question about C++?") };
        s.run.skills[0].contextReason = QStringLiteral("Web search grounding is switched off in Settings");
        s.settings.groundingEnabled = false;
        QVERIFY(f.store().saveNow(s).isOk()); // as a killed process leaves it: "in-progress"

        HistoryDialog *d = f.history();
        QVERIFY(d);
        QCOMPARE(d->list()->topLevelItem(0)->text(3), QStringLiteral("Interrupted (1 of 3 skills)"));
        f.button(d, "historyOpen")->click();
        QTRY_COMPARE(f.results()->count(), 3);
        QCOMPARE(f.results()->section(0)->result().questions, s.run.skills[0].questions);
        QCOMPARE(toString(f.results()->section(1)->result().state), QStringLiteral("failed"));
        QVERIFY(f.banner()->isVisible());
        QVERIFY(f.action("continueAction")->isEnabled());

        const int groqCalls = f.context.groq().callCount();
        f.action("continueAction")->trigger();
        QTRY_VERIFY(f.window->pipeline() && !f.window->isRunning());
        QVERIFY(f.window->pipeline()->state().isComplete());
        QCOMPARE(f.context.groq().callCount(), groqCalls + 2); // Qt and CMake, one batch each
        QCOMPARE(f.window->pipeline()->state().skills.at(0).questions, s.run.skills[0].questions);
    }

    void deleteOneAndAllAfterConfirmation()
    {
        Fixture f;
        QVERIFY(f.runToTheEnd());
        QVERIFY(f.runToTheEnd());
        HistoryDialog *d = f.history();
        QVERIFY(d);
        QCOMPARE(d->list()->topLevelItemCount(), 2);

        const int asked = Prompt::askedCount();
        Prompt::setNextAnswer(QMessageBox::No);
        f.button(d, "historyDelete")->click();
        QCOMPARE(Prompt::askedCount(), asked + 1);
        QCOMPARE(d->list()->topLevelItemCount(), 2);
        QCOMPARE(f.store().list().entries.size(), 2);

        const QString second = d->entries().at(1).id;
        d->select(second);
        Prompt::setNextAnswer(QMessageBox::Yes);
        f.button(d, "historyDelete")->click();
        QCOMPARE(d->list()->topLevelItemCount(), 1);
        QVERIFY(!QFile::exists(f.store().filePath(second)));

        Prompt::setNextAnswer(QMessageBox::No);
        f.button(d, "historyDeleteAll")->click();
        QCOMPARE(f.store().list().entries.size(), 1);
        Prompt::setNextAnswer(QMessageBox::Yes);
        f.button(d, "historyDeleteAll")->click();
        QCOMPARE(f.store().list().entries.size(), 0);
        QCOMPARE(d->list()->topLevelItemCount(), 0);
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("historyEmpty"))->isVisible());
        QVERIFY(!f.button(d, "historyOpen")->isEnabled());
        QVERIFY(!f.button(d, "historyDeleteAll")->isEnabled());
    }

    void damagedFilesAreNamedAndOthersListed()
    {
        Fixture f;
        QVERIFY(f.runToTheEnd());
        {
            QFile broken(f.store().filePath(QStringLiteral("20250101-000000-deadbeef")));
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("{\"schema_version\": 1, \"id\": \"20250101-0");
        }
        HistoryDialog *d = f.history();
        QVERIFY(d);
        QCOMPARE(d->list()->topLevelItemCount(), 1);
        QVERIFY2(d->problemText().contains(QStringLiteral("20250101-000000-deadbeef.json")),
                 qPrintable(d->problemText()));
        QVERIFY(d->problemText().contains(QStringLiteral("damaged")));
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("historyProblems"))->isVisible());
    }

    void clearTheCache()
    {
        Fixture f;
        QVERIFY(f.runToTheEnd());
        QVERIFY(f.context.resultCache()->entryCount() > 0);
        HistoryDialog *d = f.history();
        QVERIFY(d);
        Prompt::setNextAnswer(QMessageBox::No);
        f.button(d, "historyClearCache")->click();
        QVERIFY(f.context.resultCache()->entryCount() > 0);
        Prompt::setNextAnswer(QMessageBox::Yes);
        f.button(d, "historyClearCache")->click();
        QCOMPARE(f.context.resultCache()->entryCount(), 0);
        QCOMPARE(f.store().list().entries.size(), 1); // saved runs are kept

        // The next run of the same resume asks again.
        d->close();
        const int groqCalls = f.context.groq().callCount();
        QVERIFY(f.runToTheEnd());
        QVERIFY(f.context.groq().callCount() > groqCalls);
    }
};

QTEST_MAIN(TestUiHistory)
#include "tst_ui_history.moc"
