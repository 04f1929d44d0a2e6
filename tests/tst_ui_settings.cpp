// The settings dialog against a scripted AppContext: values in and out, validated ranges and
// URLs, model lists and "Test connection" through the context's providers, API keys through the
// key store (never shown, backend named, session-only note), Cancel saves nothing.

#include "CoreInit.h"
#include "LimitsPage.h"
#include "ProviderBox.h"
#include "ScriptedAppContext.h"
#include "SettingsDialog.h"
#include "StoragePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ip;
using ip::uitest::ScriptedAppContext;

namespace {

template<typename T>
T *child(QWidget *root, const QString &name)
{
    auto *w = root->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

QPushButton *okButton(SettingsDialog &d)
{
    return child<QDialogButtonBox>(&d, QStringLiteral("settingsButtons"))->button(QDialogButtonBox::Ok);
}

void writeFile(const QString &path, qint64 bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QByteArray(bytes, 'x'));
}

// Runs (3 files), cache (2) and logs (1) in a temporary folder, and a settings file.
struct StoredTree
{
    QTemporaryDir dir;
    StoredPaths paths;
    std::unique_ptr<QSettings> settings;

    StoredTree()
    {
        paths.sessions = dir.filePath(QStringLiteral("sessions"));
        paths.cache = dir.filePath(QStringLiteral("cache"));
        paths.logs = dir.filePath(QStringLiteral("logs"));
        paths.settingsFile = dir.filePath(QStringLiteral("interview-prep.ini"));
        for (int i = 0; i < 3; ++i)
            writeFile(paths.sessions + QStringLiteral("/run%1.json").arg(i), 1000);
        writeFile(paths.cache + QStringLiteral("/a.json"), 10);
        writeFile(paths.cache + QStringLiteral("/b.json"), 10);
        writeFile(paths.logs + QStringLiteral("/interview-prep.log"), 500);
        settings = std::make_unique<QSettings>(paths.settingsFile, QSettings::IniFormat);
        settings->setValue(QStringLiteral("limits/skillCount"), 7);
        settings->sync();
    }
    [[nodiscard]] int files() const
    {
        int n = 0;
        for (const QString &folder : { paths.sessions, paths.cache, paths.logs })
            n += int(QDir(folder).entryList(QDir::Files).size());
        return n;
    }
};

StoragePage *openStoragePage(SettingsDialog &d)
{
    auto *page = child<StoragePage>(&d, QStringLiteral("storagePage"));
    child<QTabWidget>(&d, QStringLiteral("settingsTabs"))->setCurrentWidget(page);
    return page;
}

} // namespace

// Receives QDesktopServices::openUrl("file:…") in place of the desktop.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestUiSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerCoreTypes(); }

    void showsAndSavesValues()
    {
        ScriptedAppContext ctx;
        Settings s;
        s.skillCount = 7;
        s.questionModel = QStringLiteral("llama-3.3-70b-versatile");
        s.groundingEnabled = false;
        s.maxFileBytes = 5LL * 1024 * 1024;
        ctx.setSettings(s);
        SettingsDialog d(ctx);
        d.show();
        QCOMPARE(child<QSpinBox>(&d, QStringLiteral("skillCount"))->value(), 7);
        QCOMPARE(child<QComboBox>(&d, QStringLiteral("questionModel"))->currentText(),
                 QStringLiteral("llama-3.3-70b-versatile"));
        QVERIFY(!child<QCheckBox>(&d, QStringLiteral("groundingEnabled"))->isChecked());
        QCOMPARE(child<QDoubleSpinBox>(&d, QStringLiteral("maxFileSize"))->value(), 5.0);
        QCOMPARE(child<QLineEdit>(&d, QStringLiteral("groqBaseUrl"))->text(), s.groqBaseUrl.toString());

        child<QSpinBox>(&d, QStringLiteral("skillCount"))->setValue(12);
        child<QSpinBox>(&d, QStringLiteral("requestTimeout"))->setValue(90);
        child<QCheckBox>(&d, QStringLiteral("groundingEnabled"))->setChecked(true);
        child<QComboBox>(&d, QStringLiteral("skillModel"))->setCurrentText(QStringLiteral("qwen/qwen3-32b"));
        child<QDoubleSpinBox>(&d, QStringLiteral("maxFileSize"))->setValue(2.5);
        okButton(d)->click();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(ctx.saveSettingsCount(), 1);
        const Settings saved = ctx.settings();
        QCOMPARE(saved.skillCount, 12);
        QCOMPARE(saved.requestTimeoutSec, 90);
        QVERIFY(saved.groundingEnabled);
        QCOMPARE(saved.skillModel, QStringLiteral("qwen/qwen3-32b"));
        QCOMPARE(saved.questionModel, QStringLiteral("llama-3.3-70b-versatile"));
        QCOMPARE(saved.maxFileBytes, qint64(2.5 * 1024 * 1024));
        QVERIFY(ctx.savedKeys().isEmpty()); // no key typed: nothing sent to the key store
    }

    void rangesAreValidated()
    {
        ScriptedAppContext ctx;
        SettingsDialog d(ctx);
        struct Range
        {
            const char *name;
            int min, max;
        };
        const Range ranges[] = { { "skillCount", 1, 30 },
                                 { "batchSize", 1, 10 },
                                 { "questionsPerSkill", 1, 30 },
                                 { "maxConcurrentBatches", 1, 10 },
                                 { "discoveryConcurrency", 1, 10 },
                                 { "groqRequestsPerMinute", 1, 10000 },
                                 { "geminiRequestsPerMinute", 1, 10000 },
                                 { "groqTokensPerMinute", 0, 10'000'000 },
                                 { "requestTimeout", 5, 600 },
                                 { "firstByteTimeout", 5, 600 },
                                 { "maxRetries", 0, 10 },
                                 { "maxPages", 1, 2000 } };
        for (const Range &r : ranges) {
            auto *spin = child<QSpinBox>(&d, QString::fromLatin1(r.name));
            QVERIFY2(spin, r.name);
            QCOMPARE(spin->minimum(), r.min);
            QCOMPARE(spin->maximum(), r.max);
        }
        auto *skills = child<QSpinBox>(&d, QStringLiteral("skillCount"));
        skills->selectAll();
        QTest::keyClicks(skills, QStringLiteral("99"));
        skills->interpretText();
        QVERIFY(skills->value() <= 30);
        QCOMPARE(child<QSpinBox>(&d, QStringLiteral("groqTokensPerMinute"))->specialValueText(), QStringLiteral("Off"));
        auto *file = child<QDoubleSpinBox>(&d, QStringLiteral("maxFileSize"));
        QCOMPARE(file->maximum(), 100.0);
    }

    // Issue 14: the reasoning effort of each stage is chosen in Limits and saved.
    void reasoningEffortIsChosenPerStage()
    {
        ScriptedAppContext ctx;
        SettingsDialog d(ctx);
        d.show();
        auto *skills = child<QComboBox>(&d, QStringLiteral("skillReasoningEffort"));
        auto *questions = child<QComboBox>(&d, QStringLiteral("questionReasoningEffort"));
        QVERIFY(skills && questions);
        QCOMPARE(skills->currentData().toString(), QStringLiteral("low"));
        QCOMPARE(questions->count(), 3);
        questions->setCurrentIndex(questions->findData(QStringLiteral("high")));
        okButton(d)->click();
        QCOMPARE(ctx.settings().questionReasoningEffort, QStringLiteral("high"));
        QCOMPARE(ctx.settings().skillReasoningEffort, QStringLiteral("low"));
    }

    // Issue 15: the role's level and "review the skills first" in Limits ▸ Each run, with accessible
    // names, shown from and saved to the settings.
    void levelAndSkillReviewAreSettings()
    {
        ScriptedAppContext ctx;
        Settings s;
        s.targetLevel = QStringLiteral("staff");
        ctx.setSettings(s);
        SettingsDialog d(ctx);
        d.show();
        auto *level = child<QComboBox>(&d, QStringLiteral("targetLevel"));
        auto *review = child<QCheckBox>(&d, QStringLiteral("reviewSkills"));
        QVERIFY(level && review);
        QCOMPARE(level->accessibleName(), QStringLiteral("Role level"));
        QCOMPARE(level->currentText(), QStringLiteral("Staff"));
        QCOMPARE(level->count(), 5);
        QVERIFY(!review->isChecked());
        auto *keyPoints = child<QCheckBox>(&d, QStringLiteral("keyPoints"));
        QVERIFY(keyPoints && keyPoints->isChecked()); // on by default
        QVERIFY(!keyPoints->accessibleDescription().isEmpty());
        level->setCurrentIndex(level->findData(QStringLiteral("junior")));
        review->setChecked(true);
        keyPoints->setChecked(false);
        okButton(d)->click();
        QCOMPARE(ctx.settings().targetLevel, QStringLiteral("junior"));
        QVERIFY(ctx.settings().reviewSkills);
        QVERIFY(!ctx.settings().keyPoints);

        SettingsDialog again(ctx);
        auto *any = child<QComboBox>(&again, QStringLiteral("targetLevel"));
        QCOMPARE(any->currentText(), QStringLiteral("Junior"));
        any->setCurrentIndex(0);
        QCOMPARE(any->currentText(), QStringLiteral("Any level"));
        okButton(again)->click();
        QCOMPARE(ctx.settings().targetLevel, QString());
    }

    // Issue 14: prices the person enters, per model in use and for grounding; empty is unknown. The
    // rows follow the models chosen on the Providers page, and a price typed for a model that is no
    // longer shown is kept.
    void pricesPerModelInUse()
    {
        ScriptedAppContext ctx;
        Settings s;
        s.prices.models.insert(QStringLiteral("openai/gpt-oss-20b"), ModelPrice { 0.1, 0.5 });
        s.prices.models.insert(QStringLiteral("older-model"), ModelPrice { 1, 2 });
        ctx.setSettings(s);
        SettingsDialog d(ctx);
        d.show();
        auto *tabs = child<QTabWidget>(&d, QStringLiteral("settingsTabs"));
        tabs->setCurrentWidget(child<QWidget>(&d, QStringLiteral("pricesPage")));
        // Three models in use: skills, questions, sources.
        QCOMPARE(child<QLabel>(&d, QStringLiteral("priceModel1"))->text(),
                 QStringLiteral("openai/gpt-oss-20b (Skills)"));
        QCOMPARE(child<QLineEdit>(&d, QStringLiteral("inputPrice1"))->text(), QStringLiteral("0.1"));
        QCOMPARE(child<QLineEdit>(&d, QStringLiteral("outputPrice1"))->text(), QStringLiteral("0.5"));
        QVERIFY(child<QLineEdit>(&d, QStringLiteral("inputPrice2"))->text().isEmpty()); // unknown
        QVERIFY(child<QLineEdit>(&d, QStringLiteral("groundingPrice"))->text().isEmpty());
        QVERIFY(!d.findChild<QLabel *>(QStringLiteral("priceModel4")));

        QTest::keyClicks(child<QLineEdit>(&d, QStringLiteral("inputPrice2")), QStringLiteral("0.15"));
        QTest::keyClicks(child<QLineEdit>(&d, QStringLiteral("outputPrice2")), QStringLiteral("0.75"));
        QTest::keyClicks(child<QLineEdit>(&d, QStringLiteral("inputPrice3")), QStringLiteral("0.3")); // half a price
        QTest::keyClicks(child<QLineEdit>(&d, QStringLiteral("groundingPrice")), QStringLiteral("35"));
        QTest::keyClicks(child<QLineEdit>(&d, QStringLiteral("inputPrice1")), QStringLiteral("x-")); // refused
        QCOMPARE(child<QLineEdit>(&d, QStringLiteral("inputPrice1"))->text(), QStringLiteral("0.1"));

        // The same model for skills and questions: one row that names both stages.
        child<QComboBox>(&d, QStringLiteral("questionModel"))->setCurrentText(QStringLiteral("openai/gpt-oss-20b"));
        QCOMPARE(child<QLabel>(&d, QStringLiteral("priceModel1"))->text(),
                 QStringLiteral("openai/gpt-oss-20b (Skills, Questions)"));
        QVERIFY(!d.findChild<QLabel *>(QStringLiteral("priceModel3")));

        okButton(d)->click();
        const Prices saved = ctx.settings().prices;
        QCOMPARE(saved.models.value(QStringLiteral("openai/gpt-oss-20b")), (ModelPrice { 0.1, 0.5 }));
        QCOMPARE(saved.models.value(QStringLiteral("openai/gpt-oss-120b")), (ModelPrice { 0.15, 0.75 }));
        QCOMPARE(saved.models.value(QStringLiteral("older-model")), (ModelPrice { 1, 2 }));
        QVERIFY(!saved.models.contains(QStringLiteral("gemini-2.5-flash"))); // no output price: unknown
        QCOMPARE(saved.groundingPerThousand, std::optional<double>(35.0));
    }

    // Issue 19: redaction is on by default and can be turned off in Settings ▸ Privacy.
    void privacyPageTurnsRedactionOff()
    {
        ScriptedAppContext ctx;
        SettingsDialog d(ctx);
        d.show();
        auto *redact = child<QCheckBox>(&d, QStringLiteral("redactPersonalData"));
        QVERIFY(redact->isChecked());
        redact->setChecked(false);
        // The preview before sending: off by default, turned on here.
        auto *preview = child<QCheckBox>(&d, QStringLiteral("previewBeforeSending"));
        QVERIFY(!preview->isChecked());
        preview->setChecked(true);
        // Offline mode: off; its fields wait until it is on, and a server elsewhere is refused in words.
        auto *offline = child<QCheckBox>(&d, QStringLiteral("offlineMode"));
        auto *url = child<QLineEdit>(&d, QStringLiteral("localBaseUrl"));
        auto *model = child<QLineEdit>(&d, QStringLiteral("localModel"));
        auto *warning = child<QLabel>(&d, QStringLiteral("offlineWarning"));
        QVERIFY(!offline->isChecked());
        QVERIFY(!url->isEnabled());
        QCOMPARE(url->text(), QStringLiteral("http://localhost:11434/v1"));
        offline->setChecked(true);
        QVERIFY(url->isEnabled());
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->text().contains(QStringLiteral("Enter the model")));
        url->setText(QStringLiteral("https://ollama.example.com/v1"));
        QVERIFY(warning->text().contains(QStringLiteral("a server on this computer")));
        url->setText(QStringLiteral("http://127.0.0.1:1234/v1"));
        model->setText(QStringLiteral("qwen3:8b"));
        QVERIFY(warning->isHidden());
        okButton(d)->click();
        QVERIFY(!ctx.settings().redactPersonalData);
        QVERIFY(ctx.settings().previewBeforeSending);
        QVERIFY(ctx.settings().offlineMode);
        QCOMPARE(ctx.settings().localBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:1234/v1")));
        QCOMPARE(ctx.settings().localModel, QStringLiteral("qwen3:8b"));
        QCOMPARE(ctx.settings().groqBaseUrl, Settings().groqBaseUrl); // the cloud's stays
    }

    // Issue 19: Settings ▸ Privacy finds the chat servers of this computer and fills in the one chosen.
    void privacyPageFindsLocalServers()
    {
        ScriptedAppContext ctx;
        SettingsDialog d(ctx);
        d.show();
        auto *find = child<QPushButton>(&d, QStringLiteral("findLocalServers"));
        auto *found = child<QComboBox>(&d, QStringLiteral("foundLocalServers"));
        auto *status = child<QLabel>(&d, QStringLiteral("findLocalServersStatus"));
        auto *url = child<QLineEdit>(&d, QStringLiteral("localBaseUrl"));
        auto *model = child<QLineEdit>(&d, QStringLiteral("localModel"));
        QVERIFY(found->isHidden());

        // Nothing answers: said, with what was looked for; the fields stay as they were.
        find->click();
        QVERIFY(!find->isEnabled()); // while looking
        QVERIFY(status->text().contains(QStringLiteral("Looking for Ollama, LM Studio")));
        QTRY_VERIFY(find->isEnabled());
        QCOMPARE(ctx.localServerProbes(), 1);
        QVERIFY2(status->text().contains(QStringLiteral("No chat server answered on this computer")),
                 qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("llama.cpp")));
        QVERIFY(found->isHidden());
        QCOMPARE(url->text(), QStringLiteral("http://localhost:11434/v1"));
        QCOMPARE(model->text(), QString());

        // Two answer: the first is filled in (its chat model, not the embedding one), the other can be chosen.
        const LocalServer ollama { QStringLiteral("Ollama"),
                                   QUrl(QStringLiteral("http://localhost:11434/v1")),
                                   { QStringLiteral("nomic-embed-text"), QStringLiteral("llama3.2") } };
        const LocalServer lmStudio { QStringLiteral("LM Studio"),
                                     QUrl(QStringLiteral("http://localhost:1234/v1")),
                                     { QStringLiteral("qwen2.5-7b-instruct"), QStringLiteral("phi-4") } };
        ctx.setLocalServers({ ollama, lmStudio });
        find->click();
        QTRY_VERIFY(find->isEnabled());
        QVERIFY(status->text().contains(QStringLiteral("Found 2 chat servers")));
        QVERIFY(!found->isHidden());
        QCOMPARE(found->count(), 2);
        QCOMPARE(found->itemText(1), QStringLiteral("LM Studio (localhost:1234): qwen2.5-7b-instruct"));
        QCOMPARE(url->text(), QStringLiteral("http://localhost:11434/v1"));
        QCOMPARE(model->text(), QStringLiteral("llama3.2"));
        found->setCurrentIndex(1);
        Q_EMIT found->activated(1);
        QCOMPARE(url->text(), QStringLiteral("http://localhost:1234/v1"));
        QCOMPARE(model->text(), QStringLiteral("qwen2.5-7b-instruct"));
        QVERIFY(model->completer());
        QCOMPARE(model->completer()->model()->rowCount(), 2); // the server's models to pick from

        // Another probe (the first-run panel's) does not change the page.
        model->setText(QStringLiteral("phi-4"));
        Q_EMIT ctx.localServersProbed({ ollama });
        QCOMPARE(found->count(), 2);
        QCOMPARE(model->text(), QStringLiteral("phi-4"));

        child<QCheckBox>(&d, QStringLiteral("offlineMode"))->setChecked(true);
        okButton(d)->click();
        QVERIFY(ctx.settings().offlineMode);
        QCOMPARE(ctx.settings().localBaseUrl, lmStudio.baseUrl);
        QCOMPARE(ctx.settings().localModel, QStringLiteral("phi-4"));
    }

    // Issue 19: Settings ▸ Storage shows each place with its size and path, and opens its folder.
    void storagePageShowsEachPlace()
    {
        StoredTree tree;
        ScriptedAppContext ctx;
        ctx.setStoredPaths(tree.paths, tree.settings.get());
        SettingsDialog d(ctx);
        d.show();
        StoragePage *page = openStoragePage(d);
        QVERIFY(page);
        auto *tabs = child<QTabWidget>(&d, QStringLiteral("settingsTabs"));
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("Stora&ge"));
        QSignalSpy measured(page, &StoragePage::measured);
        QTRY_VERIFY(!page->isMeasuring() && page->places().size() == 4);

        const QLocale locale = page->locale();
        const QString sessions = QString::number(int(StoredKind::Sessions));
        QCOMPARE(child<QLabel>(page, QStringLiteral("storedTitle") + sessions)->text(),
                 storedKindTitle(StoredKind::Sessions));
        QCOMPARE(child<QLabel>(page, QStringLiteral("storedSize") + sessions)->text(),
                 StoragePage::tr("%1, %n file(s)", nullptr, 3)
                     .arg(locale.formattedDataSize(3000, 1, QLocale::DataSizeTraditionalFormat)));
        auto *path = child<QLabel>(page, QStringLiteral("storedPath") + sessions);
        QCOMPARE(path->text(), QDir::toNativeSeparators(tree.paths.sessions));
        QVERIFY(path->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QVERIFY(path->focusPolicy() & Qt::TabFocus);
        const QString logs = QString::number(int(StoredKind::Logs));
        QCOMPARE(child<QLabel>(page, QStringLiteral("storedSize") + logs)->text(),
                 StoragePage::tr("%1, %n file(s)", nullptr, 1)
                     .arg(locale.formattedDataSize(500, 1, QLocale::DataSizeTraditionalFormat)));
        const QString settingsKind = QString::number(int(StoredKind::Settings));
        QCOMPARE(
            child<QLabel>(page, QStringLiteral("storedSize") + settingsKind)->text(),
            locale.formattedDataSize(QFileInfo(tree.paths.settingsFile).size(), 1, QLocale::DataSizeTraditionalFormat));

        // Named for screen readers, and reached with Tab in row order before the delete button.
        auto *openSessions = child<QPushButton>(page, QStringLiteral("openStored") + sessions);
        QVERIFY(!path->accessibleName().isEmpty());
        QVERIFY(!openSessions->accessibleName().isEmpty());
        QCOMPARE(path->nextInFocusChain(), openSessions);
        auto *lastOpen = child<QPushButton>(page, QStringLiteral("openStored") + settingsKind);
        QCOMPARE(lastOpen->nextInFocusChain(), child<QPushButton>(page, QStringLiteral("deleteStoredData")));
        QVERIFY(!child<QPushButton>(&d, QStringLiteral("restoreDefaultsButton"))->isEnabled());

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
        child<QPushButton>(page, QStringLiteral("openStored") + sessions)->click();
        child<QPushButton>(page, QStringLiteral("openStored") + settingsKind)->click();
        QCOMPARE(catcher.urls,
                 (QList<QUrl> { QUrl::fromLocalFile(tree.paths.sessions),
                                QUrl::fromLocalFile(tree.dir.path()) })); // the file's folder
    }

    // "Delete everything…" asks first (Cancel is the default: Enter keeps everything), says what goes,
    // and keeps the API keys unless the box is ticked; after deleting, the pages show the defaults and
    // the sizes are measured again.
    void storageDeleteAsksAndKeepsKeys()
    {
        StoredTree tree;
        ScriptedAppContext ctx;
        ctx.setStoredPaths(tree.paths, tree.settings.get());
        ctx.setKey(AppContext::groqId(), KeySource::Keychain);
        Settings s;
        s.skillCount = 7;
        ctx.setSettings(s);
        SettingsDialog d(ctx);
        d.show();
        StoragePage *page = openStoragePage(d);
        QTRY_VERIFY(!page->isMeasuring() && page->places().size() == 4);
        auto *deleteButton = child<QPushButton>(page, QStringLiteral("deleteStoredData"));

        deleteButton->click();
        QMessageBox *box = page->confirmation();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->informativeText().contains(storedKindTitle(StoredKind::Sessions)),
                 qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(storedKindTitle(StoredKind::Logs)));
        auto *keys = child<QCheckBox>(box, QStringLiteral("alsoRemoveKeys"));
        QVERIFY(keys && !keys->isChecked());
        QCOMPARE(keys->text(), QStringLiteral("Also remove the API &keys from the keychain"));
        QTest::keyClick(box, Qt::Key_Return); // the default button: Cancel
        QTRY_VERIFY(!page->confirmation());
        QVERIFY(ctx.deleteRequests().isEmpty());
        QCOMPARE(tree.files(), 6);

        deleteButton->click();
        box = page->confirmation();
        QVERIFY(box);
        QSignalSpy deleted(page, &StoragePage::deleted);
        QSignalSpy measured(page, &StoragePage::measured);
        child<QPushButton>(box, QStringLiteral("confirmDelete"))->click();
        QVERIFY(deleted.wait());
        QCOMPARE(ctx.deleteRequests(), QList<bool> { false });
        QCOMPARE(tree.files(), 0);
        QCOMPARE(tree.settings->allKeys(), QStringList());
        QCOMPARE(ctx.keySource(AppContext::groqId()), KeySource::Keychain);
        const QString status = child<QLabel>(page, QStringLiteral("storageStatus"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Removed 6 file")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("The API keys were kept.")), qPrintable(status));
        QCOMPARE(child<QSpinBox>(&d, QStringLiteral("skillCount"))->value(), Settings().skillCount);
        QVERIFY(measured.wait());
        QCOMPARE(child<QLabel>(page, QStringLiteral("storedSize") + QString::number(int(StoredKind::Sessions)))->text(),
                 QStringLiteral("Nothing stored"));
    }

    void storageDeleteRemovesKeysWhenTicked()
    {
        StoredTree tree;
        ScriptedAppContext ctx;
        ctx.setStoredPaths(tree.paths, tree.settings.get());
        ctx.setKey(AppContext::groqId(), KeySource::Keychain);
        SettingsDialog d(ctx);
        d.show();
        StoragePage *page = openStoragePage(d);
        QTRY_VERIFY(!page->isMeasuring());
        child<QPushButton>(page, QStringLiteral("deleteStoredData"))->click();
        QMessageBox *box = page->confirmation();
        QVERIFY(box);
        child<QCheckBox>(box, QStringLiteral("alsoRemoveKeys"))->setChecked(true);
        QSignalSpy deleted(page, &StoragePage::deleted);
        child<QPushButton>(box, QStringLiteral("confirmDelete"))->click();
        QVERIFY(deleted.wait());
        QCOMPARE(ctx.deleteRequests(), QList<bool> { true });
        QCOMPARE(ctx.keySource(AppContext::groqId()), KeySource::None);
        QVERIFY(child<QLabel>(page, QStringLiteral("storageStatus"))
                    ->text()
                    .contains(QStringLiteral("The API keys were removed from the keychain.")));
    }

    void storageFailureIsNamed()
    {
        StoredDataDeletion result;
        result.filesRemoved = 3;
        result.bytesRemoved = 2048;
        result.failed = { QStringLiteral("/x/locked/run.json") };
        result.settingsReset = true;
        const QString text = StoragePage::describe(result, QLocale::c());
        QVERIFY2(text.contains(QStringLiteral("Could not remove 1 file(s): /x/locked/run.json"))
                     || text.contains(QStringLiteral("Could not remove 1 file: /x/locked/run.json")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Every setting is back to its default.")));
    }

    void invalidBaseUrlBlocksOk()
    {
        ScriptedAppContext ctx;
        SettingsDialog d(ctx);
        d.show();
        auto *url = child<QLineEdit>(&d, QStringLiteral("geminiBaseUrl"));
        url->setText(QStringLiteral("ftp://example.com"));
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY(child<QLabel>(&d, QStringLiteral("geminiBaseUrlError"))->isVisible());
        QVERIFY(!child<QPushButton>(&d, QStringLiteral("geminiTestConnection"))->isEnabled());
        d.accept(); // even when forced, nothing is saved
        QCOMPARE(ctx.saveSettingsCount(), 0);
        QVERIFY(d.isVisible());
        url->setText(QStringLiteral("https://proxy.example.com/v1beta"));
        QVERIFY(okButton(d)->isEnabled());
        QVERIFY(!child<QLabel>(&d, QStringLiteral("geminiBaseUrlError"))->isVisible());
        okButton(d)->click();
        QCOMPARE(ctx.settings().geminiBaseUrl, QUrl(QStringLiteral("https://proxy.example.com/v1beta")));
    }

    void modelListsAndTestConnection()
    {
        ScriptedAppContext ctx;
        ctx.setModelList(AppContext::groqId(),
                         { QStringLiteral("openai/gpt-oss-120b"), QStringLiteral("llama-3.1-8b-instant") });
        ProviderError denied;
        denied.kind = ProviderErrorKind::Unauthorized;
        denied.message = QStringLiteral("Gemini rejected the API key.");
        ctx.setModelListError(AppContext::geminiId(), denied);
        SettingsDialog d(ctx);
        d.show();
        // With keys stored, the lists are asked for when the dialog opens.
        auto *questions = child<QComboBox>(&d, QStringLiteral("questionModel"));
        QTRY_COMPARE(questions->count(), 2);
        QCOMPARE(questions->currentText(), Settings().questionModel); // the choice is kept
        QVERIFY(child<QComboBox>(&d, QStringLiteral("skillModel"))->findText(QStringLiteral("llama-3.1-8b-instant"))
                >= 0);

        // Test connection with a newly typed key: that key goes to the provider, not the stored one.
        child<QLineEdit>(&d, QStringLiteral("groqApiKey"))->setText(QStringLiteral("gsk_typed"));
        child<QPushButton>(&d, QStringLiteral("groqTestConnection"))->click();
        QTRY_COMPARE(child<QLabel>(&d, QStringLiteral("groqConnectionStatus"))->text(),
                     QStringLiteral("Connected: 2 models available."));
        const auto requests = ctx.providerRequests();
        QCOMPARE(requests.last().provider, AppContext::groqId());
        QCOMPARE(requests.last().apiKey, QStringLiteral("gsk_typed"));
        QCOMPARE(requests.last().baseUrl, Settings().groqBaseUrl);

        child<QPushButton>(&d, QStringLiteral("geminiTestConnection"))->click();
        QTRY_COMPARE(child<QLabel>(&d, QStringLiteral("geminiConnectionStatus"))->text(), denied.message);
    }

    void keysGoToTheKeyStore()
    {
        ScriptedAppContext ctx;
        ctx.setKey(AppContext::geminiId(), KeySource::None);
        SettingsDialog d(ctx);
        d.show();
        auto *groqKey = child<QLineEdit>(&d, QStringLiteral("groqApiKey"));
        auto *geminiKey = child<QLineEdit>(&d, QStringLiteral("geminiApiKey"));
        QCOMPARE(groqKey->echoMode(), QLineEdit::Password);
        QVERIFY(groqKey->text().isEmpty()); // a stored key is never shown
        QVERIFY(child<QLabel>(&d, QStringLiteral("groqKeyStatus"))->text().contains(QStringLiteral("Test Keychain")));
        QVERIFY(child<QLabel>(&d, QStringLiteral("keyStorageNote"))->text().contains(QStringLiteral("Test Keychain")));
        QVERIFY(child<QPushButton>(&d, QStringLiteral("groqRemoveKey"))->isEnabled());
        QVERIFY(!child<QPushButton>(&d, QStringLiteral("geminiRemoveKey"))->isEnabled());

        // Show/hide while typing.
        child<QToolButton>(&d, QStringLiteral("geminiShowKey"))->click();
        QCOMPARE(geminiKey->echoMode(), QLineEdit::Normal);
        child<QToolButton>(&d, QStringLiteral("geminiShowKey"))->click();
        QCOMPARE(geminiKey->echoMode(), QLineEdit::Password);

        QTest::keyClicks(geminiKey, QStringLiteral("  AIza-new  "));
        child<QPushButton>(&d, QStringLiteral("groqRemoveKey"))->click();
        QVERIFY(child<QLabel>(&d, QStringLiteral("groqKeyStatus"))->text().contains(QStringLiteral("deleted")));
        QSignalSpy saved(&ctx, &AppContext::keySaved);
        okButton(d)->click();
        const auto keys = ctx.savedKeys();
        QCOMPARE(keys.size(), 2);
        QVERIFY(keys.contains(qMakePair(AppContext::groqId(), QString()))); // removal
        QVERIFY(keys.contains(qMakePair(AppContext::geminiId(), QStringLiteral("AIza-new"))));
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(ctx.keySource(AppContext::geminiId()), KeySource::Keychain);
        QCOMPARE(ctx.keySource(AppContext::groqId()), KeySource::None);
    }

    void noKeychainSaysSessionOnly()
    {
        ScriptedAppContext ctx;
        ctx.setKeychainProblem(QStringLiteral("No Secret Service is running."));
        ctx.setKey(AppContext::groqId(), KeySource::None);
        SettingsDialog d(ctx);
        d.show();
        const QString note = child<QLabel>(&d, QStringLiteral("keyStorageNote"))->text();
        QVERIFY2(note.contains(QStringLiteral("this session only")), qPrintable(note));
        QVERIFY(note.contains(QStringLiteral("No Secret Service is running.")));
        QTest::keyClicks(child<QLineEdit>(&d, QStringLiteral("groqApiKey")), QStringLiteral("gsk_1"));
        QVERIFY(child<QLabel>(&d, QStringLiteral("groqKeyStatus"))->text().contains(QStringLiteral("session only")));
    }

    void localEndpointNeedsNoKey()
    {
        ScriptedAppContext ctx;
        ctx.setKey(AppContext::groqId(), KeySource::None);
        ctx.setModelList(AppContext::groqId(), { QStringLiteral("llama3.2") });
        Settings s;
        s.groqBaseUrl = QUrl(QStringLiteral("http://localhost:11434/v1"));
        ctx.setSettings(s);
        SettingsDialog d(ctx);
        d.show();
        QVERIFY(child<QLabel>(&d, QStringLiteral("groqKeyStatus"))->text().contains(QStringLiteral("No key needed")));
        QTRY_COMPARE(child<QComboBox>(&d, QStringLiteral("skillModel"))->count(), 1); // asked without a key
    }

    void cancelSavesNothing()
    {
        ScriptedAppContext ctx;
        SettingsDialog d(ctx);
        d.show();
        child<QSpinBox>(&d, QStringLiteral("batchSize"))->setValue(7);
        QTest::keyClicks(child<QLineEdit>(&d, QStringLiteral("groqApiKey")), QStringLiteral("gsk_x"));
        d.reject();
        QCOMPARE(ctx.saveSettingsCount(), 0);
        QVERIFY(ctx.savedKeys().isEmpty());
        QCOMPARE(ctx.settings().batchSize, Settings().batchSize);
    }

    void restoreDefaultsPerPage()
    {
        ScriptedAppContext ctx;
        Settings s;
        s.batchSize = 9;
        s.groqBaseUrl = QUrl(QStringLiteral("http://localhost:1234/v1"));
        ctx.setSettings(s);
        SettingsDialog d(ctx);
        auto *tabs = child<QTabWidget>(&d, QStringLiteral("settingsTabs"));
        tabs->setCurrentIndex(1);
        child<QPushButton>(&d, QStringLiteral("restoreDefaultsButton"))->click();
        QCOMPARE(child<QSpinBox>(&d, QStringLiteral("batchSize"))->value(), Settings().batchSize);
        QCOMPARE(child<QLineEdit>(&d, QStringLiteral("groqBaseUrl"))->text(),
                 QStringLiteral("http://localhost:1234/v1"));
        tabs->setCurrentIndex(0);
        child<QPushButton>(&d, QStringLiteral("restoreDefaultsButton"))->click();
        QCOMPARE(child<QLineEdit>(&d, QStringLiteral("groqBaseUrl"))->text(), Settings().groqBaseUrl.toString());
    }

    void everyControlIsNamedForScreenReaders()
    {
        ScriptedAppContext ctx;
        SettingsDialog d(ctx);
        const auto widgets = d.findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *w : widgets) {
            if (!(w->focusPolicy() & Qt::TabFocus) || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue; // a spin box's inner editor: the spin box carries the name
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            if (w->window() != &d)
                continue; // popups (a combo box's list)
            if (w->inherits("QTabBar"))
                continue; // tabs are named by their titles
            const QString name = w->accessibleName().isEmpty() ? w->property("text").toString() : w->accessibleName();
            QVERIFY2(
                !name.isEmpty(),
                qPrintable(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()));
            ++checked;
        }
        QVERIFY(checked > 25);
    }
};

QTEST_MAIN(TestUiSettings)
#include "tst_ui_settings.moc"
