#include "settings/EnvironmentOverrides.h"
#include "settings/SettingRanges.h"
#include "settings/SettingsStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

namespace {

// Every field compared one by one, so a failure names the field.
void compareSettings(const Settings &a, const Settings &b)
{
    QCOMPARE(a.skillCount, b.skillCount);
    QCOMPARE(a.batchSize, b.batchSize);
    QCOMPARE(a.maxConcurrentBatches, b.maxConcurrentBatches);
    QCOMPARE(a.discoveryConcurrency, b.discoveryConcurrency);
    QCOMPARE(a.questionsPerSkill, b.questionsPerSkill);
    QCOMPARE(a.safeTokenLimit, b.safeTokenLimit);
    QCOMPARE(a.groundingEnabled, b.groundingEnabled);
    QCOMPARE(a.redactPersonalData, b.redactPersonalData);
    QCOMPARE(a.previewBeforeSending, b.previewBeforeSending);
    QCOMPARE(a.offlineMode, b.offlineMode);
    QCOMPARE(a.localBaseUrl, b.localBaseUrl);
    QCOMPARE(a.localModel, b.localModel);
    QCOMPARE(a.questionLanguage, b.questionLanguage);
    QCOMPARE(a.targetLevel, b.targetLevel);
    QCOMPARE(a.reviewSkills, b.reviewSkills);
    QCOMPARE(a.keyPoints, b.keyPoints);
    QCOMPARE(a.skillReasoningEffort, b.skillReasoningEffort);
    QCOMPARE(a.questionReasoningEffort, b.questionReasoningEffort);
    QCOMPARE(a.groqBaseUrl, b.groqBaseUrl);
    QCOMPARE(a.geminiBaseUrl, b.geminiBaseUrl);
    QCOMPARE(a.skillModel, b.skillModel);
    QCOMPARE(a.discoveryModel, b.discoveryModel);
    QCOMPARE(a.questionModel, b.questionModel);
    QCOMPARE(a.groqRequestsPerMinute, b.groqRequestsPerMinute);
    QCOMPARE(a.groqTokensPerMinute, b.groqTokensPerMinute);
    QCOMPARE(a.geminiRequestsPerMinute, b.geminiRequestsPerMinute);
    QCOMPARE(a.geminiTokensPerMinute, b.geminiTokensPerMinute);
    QCOMPARE(a.requestTimeoutSec, b.requestTimeoutSec);
    QCOMPARE(a.firstByteTimeoutSec, b.firstByteTimeoutSec);
    QCOMPARE(a.maxRetries, b.maxRetries);
    QCOMPARE(a.maxFileBytes, b.maxFileBytes);
    QCOMPARE(a.maxPages, b.maxPages);
    QCOMPARE(a.maxTextChars, b.maxTextChars);
    QCOMPARE(a.uiLanguage, b.uiLanguage);
    QCOMPARE(a.prices.models.keys(), b.prices.models.keys());
    for (auto it = a.prices.models.constBegin(); it != a.prices.models.constEnd(); ++it) {
        QCOMPARE(it->inputPerMillion, b.prices.models.value(it.key()).inputPerMillion);
        QCOMPARE(it->outputPerMillion, b.prices.models.value(it.key()).outputPerMillion);
    }
    QCOMPARE(a.prices.groundingPerThousand, b.prices.groundingPerThousand);
    QCOMPARE(a.ocrEnabled, b.ocrEnabled);
    QCOMPARE(a.ocrLanguage, b.ocrLanguage);
    QCOMPARE(a.speechBaseUrl, b.speechBaseUrl);
    QCOMPARE(a.speechModel, b.speechModel);
    QCOMPARE(a.keepRecordings, b.keepRecordings);
    QCOMPARE(a.readQuestionsAloud, b.readQuestionsAloud);
    QCOMPARE(a.speechVoice, b.speechVoice);
    QCOMPARE(a.speechRate, b.speechRate);
}

// A settings value where every field differs from its default.
Settings customSettings()
{
    Settings s;
    s.skillCount = 12;
    s.batchSize = 4;
    s.maxConcurrentBatches = 2;
    s.discoveryConcurrency = 5;
    s.questionsPerSkill = 10;
    s.safeTokenLimit = 30'000;
    s.groundingEnabled = false;
    s.redactPersonalData = false;
    s.previewBeforeSending = true;
    s.offlineMode = true;
    s.localBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:1234/v1"));
    s.localModel = QStringLiteral("qwen3:8b");
    s.questionLanguage = QStringLiteral("de");
    s.targetLevel = QStringLiteral("senior");
    s.reviewSkills = true;
    s.keyPoints = false;
    s.skillReasoningEffort = QStringLiteral("medium");
    s.questionReasoningEffort = QStringLiteral("high");
    s.groqBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/openai/v1"));
    s.geminiBaseUrl = QUrl(QStringLiteral("https://proxy.example.com/gemini/v1beta"));
    s.skillModel = QStringLiteral("llama-3.1-8b-instant");
    s.discoveryModel = QStringLiteral("gemini-2.0-flash");
    s.questionModel = QStringLiteral("models/qwen3:32b");
    s.groqRequestsPerMinute = 60;
    s.groqTokensPerMinute = 0;
    s.geminiRequestsPerMinute = 15;
    s.geminiTokensPerMinute = 1'000'000;
    s.requestTimeoutSec = 300;
    s.firstByteTimeoutSec = 30;
    s.maxRetries = 0;
    s.maxFileBytes = 20LL * 1024 * 1024;
    s.maxPages = 100;
    s.maxTextChars = 400'000;
    s.uiLanguage = QStringLiteral("pt_BR");
    s.prices.models.insert(QStringLiteral("models/qwen3:32b"), ModelPrice { 0.29, 0.59 });
    s.prices.models.insert(QStringLiteral("gemini-2.0-flash"), ModelPrice { 0.1, 0.4 });
    s.prices.models.insert(QStringLiteral("free/model"), ModelPrice { 0, 0 });
    s.prices.groundingPerThousand = 35.0;
    s.ocrEnabled = false;
    s.ocrLanguage = QStringLiteral("ar");
    s.speechBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:9000/v1"));
    s.speechModel = QStringLiteral("whisper-large-v3");
    s.keepRecordings = true;
    s.readQuestionsAloud = true;
    s.speechVoice = QStringLiteral("English (America)+female2");
    s.speechRate = -0.25;
    return s;
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultsWhenNothingStored();
    void defaultsMatchTheOriginalApp();
    void roundTrip();
    void roundTripThroughExternalQSettings();
    void versionWritten();
    void invalidValueResetWithWarning_data();
    void invalidValueResetWithWarning();
    void boundaryValuesAccepted_data();
    void boundaryValuesAccepted();
    void rangeTableHoldsTheDefaults();
    void storeClampsByTheRangeTable();
    void newerVersionWarns();
    void noSecretsInTheFile();
    void pricesStoredOnlyWhenEntered();
    void environmentOverrides();
    void environmentOverrideInvalidIgnored();

private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;
};

void TestSettings::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(iniPath());
}

void TestSettings::defaultsWhenNothingStored()
{
    SettingsStore store(iniPath());
    QCOMPARE(store.storedVersion(), 0);
    compareSettings(store.load(), Settings {});
}

void TestSettings::defaultsMatchTheOriginalApp()
{
    // The web app's defaults (issue 4) — a guard against an accidental edit of Settings.h.
    const Settings s;
    QCOMPARE(s.skillCount, 9);
    QCOMPARE(s.batchSize, 3);
    QCOMPARE(s.maxConcurrentBatches, 3);
    QCOMPARE(s.discoveryConcurrency, 3);
    QCOMPARE(s.safeTokenLimit, 50'000);
    QCOMPARE(s.maxFileBytes, 10LL * 1024 * 1024);
    QCOMPARE(s.questionsPerSkill, 8);
    QVERIFY(s.groundingEnabled);
    QVERIFY(s.redactPersonalData); // issue 19: on unless turned off
    QVERIFY(!s.previewBeforeSending); // issue 19: off by default
    QVERIFY(s.targetLevel.isEmpty()); // issue 15: no level unless chosen
    QVERIFY(!s.reviewSkills); // issue 15: off keeps the one-drop flow
    QVERIFY(s.keyPoints); // issue 15: every question with its key points
    QVERIFY(!s.offlineMode);
    QVERIFY(s.localModel.isEmpty());
    QCOMPARE(s.skillModel, QStringLiteral("openai/gpt-oss-20b"));
    QCOMPARE(s.discoveryModel, QStringLiteral("gemini-2.5-flash"));
    QCOMPARE(s.questionModel, QStringLiteral("openai/gpt-oss-120b"));
    QVERIFY(isValidBaseUrl(s.groqBaseUrl));
    QVERIFY(isValidBaseUrl(s.geminiBaseUrl));
    // Issue 17: Groq's whisper endpoint, nothing spoken or kept unless asked for.
    QCOMPARE(s.speechBaseUrl, QUrl(QStringLiteral("https://api.groq.com/openai/v1")));
    QCOMPARE(s.speechModel, QStringLiteral("whisper-large-v3-turbo"));
    QVERIFY(!s.keepRecordings);
    QVERIFY(!s.readQuestionsAloud);
    QVERIFY(s.speechVoice.isEmpty());
    QCOMPARE(s.speechRate, 0.0);
}

void TestSettings::roundTrip()
{
    const Settings custom = customSettings();
    {
        SettingsStore store(iniPath());
        store.save(custom);
    }
    SettingsStore reopened(iniPath());
    compareSettings(reopened.load(), custom);

    // Saving defaults again restores them.
    reopened.save(Settings {});
    compareSettings(SettingsStore(iniPath()).load(), Settings {});
}

void TestSettings::roundTripThroughExternalQSettings()
{
    QSettings qs(iniPath(), QSettings::IniFormat);
    SettingsStore store(&qs);
    QCOMPARE(store.qsettings(), &qs);
    store.save(customSettings());
    // Values are typed in the same QSettings object (not only after a reload).
    compareSettings(store.load(), customSettings());
    QCOMPARE(qs.value(QStringLiteral("pipeline/skillCount")).toInt(), 12);
}

void TestSettings::versionWritten()
{
    SettingsStore store(iniPath());
    store.save(Settings {});
    QCOMPARE(store.storedVersion(), SettingsStore::kCurrentVersion);
    QCOMPARE(SettingsStore::kCurrentVersion, 1);
    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("settingsVersion")).toInt(), 1);
}

void TestSettings::invalidValueResetWithWarning_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("why");

    const QString range = QStringLiteral("is outside");
    const QString notNumber = QStringLiteral("is not a whole number");
    QTest::newRow("skillCount 0") << "pipeline/skillCount" << QVariant(0) << range;
    QTest::newRow("skillCount 31") << "pipeline/skillCount" << QVariant(31) << range;
    QTest::newRow("skillCount text") << "pipeline/skillCount" << QVariant(QStringLiteral("nine")) << notNumber;
    QTest::newRow("skillCount fraction") << "pipeline/skillCount" << QVariant(QStringLiteral("3.5")) << notNumber;
    QTest::newRow("skillCount list") << "pipeline/skillCount"
                                     << QVariant(QStringList { QStringLiteral("1"), QStringLiteral("2") }) << notNumber;
    QTest::newRow("batchSize 11") << "pipeline/batchSize" << QVariant(11) << range;
    QTest::newRow("maxConcurrentBatches 0") << "pipeline/maxConcurrentBatches" << QVariant(0) << range;
    QTest::newRow("discoveryConcurrency -1") << "pipeline/discoveryConcurrency" << QVariant(-1) << range;
    QTest::newRow("questionsPerSkill 31") << "pipeline/questionsPerSkill" << QVariant(31) << range;
    QTest::newRow("safeTokenLimit 999") << "pipeline/safeTokenLimit" << QVariant(999) << range;
    QTest::newRow("safeTokenLimit huge") << "pipeline/safeTokenLimit" << QVariant(QStringLiteral("99999999999"))
                                         << range;
    QTest::newRow("groundingEnabled maybe")
        << "pipeline/groundingEnabled" << QVariant(QStringLiteral("maybe")) << QStringLiteral("is not true or false");
    QTest::newRow("questionLanguage junk")
        << "pipeline/questionLanguage" << QVariant(QStringLiteral("German please")) << "is not a language code";
    QTest::newRow("targetLevel principal")
        << "pipeline/targetLevel" << QVariant(QStringLiteral("principal")) << "is not junior, mid, senior or staff";
    QTest::newRow("reviewSkills maybe") << "pipeline/reviewSkills" << QVariant(QStringLiteral("maybe"))
                                        << QStringLiteral("is not true or false");
    QTest::newRow("skillReasoningEffort max")
        << "pipeline/skillReasoningEffort" << QVariant(QStringLiteral("max")) << "is not low, medium or high";
    QTest::newRow("questionReasoningEffort number")
        << "pipeline/questionReasoningEffort" << QVariant(3) << "is not low, medium or high";
    QTest::newRow("groqBaseUrl ftp") << "providers/groqBaseUrl" << QVariant(QStringLiteral("ftp://example.com/"))
                                     << "is not an http(s) URL with a host";
    QTest::newRow("groqBaseUrl no host") << "providers/groqBaseUrl" << QVariant(QStringLiteral("https://"))
                                         << "is not an http(s) URL with a host";
    QTest::newRow("geminiBaseUrl junk") << "providers/geminiBaseUrl" << QVariant(QStringLiteral("not a url"))
                                        << "is not an http(s) URL with a host";
    QTest::newRow("geminiBaseUrl number")
        << "providers/geminiBaseUrl" << QVariant(42) << "is not an http(s) URL with a host";
    QTest::newRow("skillModel empty") << "providers/skillModel" << QVariant(QString()) << "is not a model name";
    QTest::newRow("discoveryModel spaces")
        << "providers/discoveryModel" << QVariant(QStringLiteral("gemini flash")) << "is not a model name";
    QTest::newRow("questionModel control")
        << "providers/questionModel" << QVariant(QStringLiteral("gpt\x01")) << "is not a model name";
    QTest::newRow("groqRequestsPerMinute 0") << "limits/groqRequestsPerMinute" << QVariant(0) << range;
    QTest::newRow("groqTokensPerMinute -1") << "limits/groqTokensPerMinute" << QVariant(-1) << range;
    QTest::newRow("geminiRequestsPerMinute 10001") << "limits/geminiRequestsPerMinute" << QVariant(10001) << range;
    QTest::newRow("geminiTokensPerMinute 10000001") << "limits/geminiTokensPerMinute" << QVariant(10'000'001) << range;
    QTest::newRow("requestTimeoutSec 4") << "limits/requestTimeoutSec" << QVariant(4) << range;
    QTest::newRow("firstByteTimeoutSec 601") << "limits/firstByteTimeoutSec" << QVariant(601) << range;
    QTest::newRow("maxRetries 11") << "limits/maxRetries" << QVariant(11) << range;
    QTest::newRow("maxFileBytes 1023") << "limits/maxFileBytes" << QVariant(1023) << range;
    QTest::newRow("maxFileBytes 101 MiB") << "limits/maxFileBytes" << QVariant(qint64(101) * 1024 * 1024) << range;
    QTest::newRow("maxPages 0") << "limits/maxPages" << QVariant(0) << range;
    QTest::newRow("maxTextChars 999") << "limits/maxTextChars" << QVariant(999) << range;
    QTest::newRow("uiLanguage junk") << "ui/language" << QVariant(QStringLiteral("../../etc"))
                                     << "is not a language code";
    QTest::newRow("ocrLanguage junk") << "resume/ocrLanguage" << QVariant(QStringLiteral("eng+../x"))
                                      << "is not a language code";
    QTest::newRow("speech baseUrl ftp") << "speech/baseUrl" << QVariant(QStringLiteral("ftp://example.com/"))
                                        << "is not an http(s) URL with a host";
    QTest::newRow("speech model spaces") << "speech/model" << QVariant(QStringLiteral("whisper large"))
                                         << "is not a model name";
    QTest::newRow("keepRecordings maybe")
        << "speech/keepRecordings" << QVariant(QStringLiteral("maybe")) << QStringLiteral("is not true or false");
    QTest::newRow("readQuestionsAloud 2")
        << "speech/readQuestionsAloud" << QVariant(2) << QStringLiteral("is not true or false");
    QTest::newRow("speech voice two lines")
        << "speech/voice" << QVariant(QStringLiteral("a\nb")) << "is not a voice name";
    QTest::newRow("speech rate 1.5") << "speech/rate" << QVariant(1.5) << "is outside -1..1";
    QTest::newRow("speech rate fast") << "speech/rate" << QVariant(QStringLiteral("fast")) << "is outside -1..1";
}

void TestSettings::invalidValueResetWithWarning()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, why);

    // Start from custom values so "reset to the default" is distinguishable from "left unchanged".
    SettingsStore store(iniPath());
    store.save(customSettings());
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(key, value);
    }

    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(QStringLiteral("^Setting %1 %2.*; using the default$")
                               .arg(QRegularExpression::escape(key), QRegularExpression::escape(why))));
    const Settings loaded = SettingsStore(iniPath()).load();

    // Exactly this field is back at its default; the others keep their custom values.
    Settings expected = customSettings();
    const Settings defaults;
    if (key == QLatin1String("pipeline/skillCount"))
        expected.skillCount = defaults.skillCount;
    else if (key == QLatin1String("pipeline/batchSize"))
        expected.batchSize = defaults.batchSize;
    else if (key == QLatin1String("pipeline/maxConcurrentBatches"))
        expected.maxConcurrentBatches = defaults.maxConcurrentBatches;
    else if (key == QLatin1String("pipeline/discoveryConcurrency"))
        expected.discoveryConcurrency = defaults.discoveryConcurrency;
    else if (key == QLatin1String("pipeline/questionsPerSkill"))
        expected.questionsPerSkill = defaults.questionsPerSkill;
    else if (key == QLatin1String("pipeline/safeTokenLimit"))
        expected.safeTokenLimit = defaults.safeTokenLimit;
    else if (key == QLatin1String("pipeline/groundingEnabled"))
        expected.groundingEnabled = defaults.groundingEnabled;
    else if (key == QLatin1String("pipeline/questionLanguage"))
        expected.questionLanguage = defaults.questionLanguage;
    else if (key == QLatin1String("pipeline/targetLevel"))
        expected.targetLevel = defaults.targetLevel;
    else if (key == QLatin1String("pipeline/reviewSkills"))
        expected.reviewSkills = defaults.reviewSkills;
    else if (key == QLatin1String("pipeline/skillReasoningEffort"))
        expected.skillReasoningEffort = defaults.skillReasoningEffort;
    else if (key == QLatin1String("pipeline/questionReasoningEffort"))
        expected.questionReasoningEffort = defaults.questionReasoningEffort;
    else if (key == QLatin1String("providers/groqBaseUrl"))
        expected.groqBaseUrl = defaults.groqBaseUrl;
    else if (key == QLatin1String("providers/geminiBaseUrl"))
        expected.geminiBaseUrl = defaults.geminiBaseUrl;
    else if (key == QLatin1String("providers/skillModel"))
        expected.skillModel = defaults.skillModel;
    else if (key == QLatin1String("providers/discoveryModel"))
        expected.discoveryModel = defaults.discoveryModel;
    else if (key == QLatin1String("providers/questionModel"))
        expected.questionModel = defaults.questionModel;
    else if (key == QLatin1String("limits/groqRequestsPerMinute"))
        expected.groqRequestsPerMinute = defaults.groqRequestsPerMinute;
    else if (key == QLatin1String("limits/groqTokensPerMinute"))
        expected.groqTokensPerMinute = defaults.groqTokensPerMinute;
    else if (key == QLatin1String("limits/geminiRequestsPerMinute"))
        expected.geminiRequestsPerMinute = defaults.geminiRequestsPerMinute;
    else if (key == QLatin1String("limits/geminiTokensPerMinute"))
        expected.geminiTokensPerMinute = defaults.geminiTokensPerMinute;
    else if (key == QLatin1String("limits/requestTimeoutSec"))
        expected.requestTimeoutSec = defaults.requestTimeoutSec;
    else if (key == QLatin1String("limits/firstByteTimeoutSec"))
        expected.firstByteTimeoutSec = defaults.firstByteTimeoutSec;
    else if (key == QLatin1String("limits/maxRetries"))
        expected.maxRetries = defaults.maxRetries;
    else if (key == QLatin1String("limits/maxFileBytes"))
        expected.maxFileBytes = defaults.maxFileBytes;
    else if (key == QLatin1String("limits/maxPages"))
        expected.maxPages = defaults.maxPages;
    else if (key == QLatin1String("limits/maxTextChars"))
        expected.maxTextChars = defaults.maxTextChars;
    else if (key == QLatin1String("ui/language"))
        expected.uiLanguage = defaults.uiLanguage;
    else if (key == QLatin1String("resume/ocrLanguage"))
        expected.ocrLanguage = defaults.ocrLanguage;
    else if (key == QLatin1String("resume/ocrEnabled"))
        expected.ocrEnabled = defaults.ocrEnabled;
    else if (key == QLatin1String("speech/baseUrl"))
        expected.speechBaseUrl = defaults.speechBaseUrl;
    else if (key == QLatin1String("speech/model"))
        expected.speechModel = defaults.speechModel;
    else if (key == QLatin1String("speech/keepRecordings"))
        expected.keepRecordings = defaults.keepRecordings;
    else if (key == QLatin1String("speech/readQuestionsAloud"))
        expected.readQuestionsAloud = defaults.readQuestionsAloud;
    else if (key == QLatin1String("speech/voice"))
        expected.speechVoice = defaults.speechVoice;
    else if (key == QLatin1String("speech/rate"))
        expected.speechRate = defaults.speechRate;
    else
        QFAIL(qPrintable(QStringLiteral("unknown key in the test table: ") + key));
    compareSettings(loaded, expected);
}

void TestSettings::boundaryValuesAccepted_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("skillCount 1") << "pipeline/skillCount" << QVariant(1);
    QTest::newRow("skillCount 30 as text") << "pipeline/skillCount" << QVariant(QStringLiteral(" 30 "));
    QTest::newRow("groqTokensPerMinute off") << "limits/groqTokensPerMinute" << QVariant(0);
    QTest::newRow("maxRetries 10") << "limits/maxRetries" << QVariant(10);
    QTest::newRow("maxFileBytes 1 KiB") << "limits/maxFileBytes" << QVariant(1024);
    QTest::newRow("maxFileBytes 100 MiB") << "limits/maxFileBytes" << QVariant(qint64(100) * 1024 * 1024);
    QTest::newRow("grounding 0") << "pipeline/groundingEnabled" << QVariant(QStringLiteral("0"));
    QTest::newRow("language with script") << "ui/language" << QVariant(QStringLiteral("zh-Hans-CN"));
    QTest::newRow("loopback http url") << "providers/groqBaseUrl" << QVariant(QStringLiteral("http://127.0.0.1:1/v1"));
    QTest::newRow("speech rate -1") << "speech/rate" << QVariant(QStringLiteral("-1"));
    QTest::newRow("speech rate 1") << "speech/rate" << QVariant(1.0);
    QTest::newRow("speech voice empty") << "speech/voice" << QVariant(QString());
}

void TestSettings::boundaryValuesAccepted()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(key, value);
    }
    // Any warning here fails the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    const Settings loaded = SettingsStore(iniPath()).load();
    QSettings raw(iniPath(), QSettings::IniFormat);
    if (key == QLatin1String("pipeline/skillCount"))
        QCOMPARE(loaded.skillCount, value.toString().trimmed().toInt());
    else if (key == QLatin1String("limits/groqTokensPerMinute"))
        QCOMPARE(loaded.groqTokensPerMinute, 0);
    else if (key == QLatin1String("limits/maxRetries"))
        QCOMPARE(loaded.maxRetries, 10);
    else if (key == QLatin1String("limits/maxFileBytes"))
        QCOMPARE(loaded.maxFileBytes, value.toLongLong());
    else if (key == QLatin1String("pipeline/groundingEnabled"))
        QCOMPARE(loaded.groundingEnabled, false);
    else if (key == QLatin1String("ui/language"))
        QCOMPARE(loaded.uiLanguage, QStringLiteral("zh-Hans-CN"));
    else if (key == QLatin1String("providers/groqBaseUrl"))
        QCOMPARE(loaded.groqBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:1/v1")));
    else if (key == QLatin1String("speech/rate"))
        QCOMPARE(loaded.speechRate, value.toString().toDouble());
    else if (key == QLatin1String("speech/voice"))
        QVERIFY(loaded.speechVoice.isEmpty());
    else
        QFAIL("unknown key in the test table");
}

void TestSettings::rangeTableHoldsTheDefaults()
{
    const Settings defaults;
    QSet<QString> keys;
    const auto check = [&](const auto &row) {
        const QString key = QString::fromLatin1(row.key);
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        QVERIFY2(row.min <= defaults.*row.member && defaults.*row.member <= row.max, qPrintable(key));
    };
    for (const auto &row : kIntSettings)
        check(row);
    for (const auto &row : kInt64Settings)
        check(row);
    QCOMPARE(keys.size(), 16);

    // The lookup the Limits page uses finds the row of the member it is given.
    QCOMPARE(settingRange(&Settings::skillCount).min, 1);
    QCOMPARE(settingRange(&Settings::skillCount).max, 30);
    QCOMPARE(settingRange(&Settings::groqTokensPerMinute).min, 0);
    QCOMPARE(settingRange(&Settings::maxTextChars).max, 5'000'000);
    QCOMPARE(settingRange(&Settings::maxFileBytes).min, qint64(1024));
}

void TestSettings::storeClampsByTheRangeTable()
{
    // Every row: both ends are kept, one past either end is replaced by the default.
    const Settings defaults;
    const auto check = [&](const auto &row) {
        const QString key = QString::fromLatin1(row.key);
        for (const qint64 value : { qint64(row.min), qint64(row.max), qint64(row.min) - 1, qint64(row.max) + 1 }) {
            QFile::remove(iniPath());
            {
                QSettings raw(iniPath(), QSettings::IniFormat);
                raw.setValue(key, value);
            }
            const bool inRange = value >= row.min && value <= row.max;
            if (!inRange)
                QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is outside")));
            const Settings loaded = SettingsStore(iniPath()).load();
            const qint64 expected = inRange ? value : qint64(defaults.*row.member);
            QVERIFY2(qint64(loaded.*row.member) == expected,
                     qPrintable(key + QLatin1Char(' ') + QString::number(value)));
        }
    };
    for (const auto &row : kIntSettings)
        check(row);
    for (const auto &row : kInt64Settings)
        check(row);
}

void TestSettings::newerVersionWarns()
{
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("settingsVersion"), 7);
        raw.setValue(QStringLiteral("pipeline/skillCount"), 5);
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("newer version \\(7")));
    SettingsStore store(iniPath());
    QCOMPARE(store.storedVersion(), 7);
    QCOMPARE(store.load().skillCount, 5);
}

void TestSettings::noSecretsInTheFile()
{
    SettingsStore store(iniPath());
    store.save(customSettings());
    QSettings raw(iniPath(), QSettings::IniFormat);
    static const QRegularExpression secretish(QStringLiteral("api.?key|secret|password|credential|bearer|auth|key$"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (const QString &key : raw.allKeys())
        QVERIFY2(!secretish.match(key).hasMatch(), qPrintable(key));
    QCOMPARE(raw.allKeys().size(), 45); // 42 options + 2 prices + settingsVersion
}

// Prices are kept only when entered (no price is the default: unknown, never a guess); a stored
// entry that is not a valid price is left out with a warning that does not repeat it.
void TestSettings::pricesStoredOnlyWhenEntered()
{
    SettingsStore store(iniPath());
    store.save(Settings {});
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        QCOMPARE(raw.allKeys().size(), 43);
        QVERIFY(!raw.contains(QStringLiteral("prices/models")));
        raw.setValue(QStringLiteral("prices/models"),
                     QStringLiteral(R"({"a/b":{"input":0.5,"output":1},"neg":{"input":-1,"output":1},)"
                                    R"("text":{"input":"0.5","output":1},"half":{"input":1}})"));
        raw.setValue(QStringLiteral("prices/groundingPerThousand"), QStringLiteral("lots"));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("prices/models has an invalid price")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("prices/models has an invalid price")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("prices/models has an invalid price")));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("prices/groundingPerThousand is not a price")));
    const Settings loaded = store.load();
    QCOMPARE(loaded.prices.models.keys(), QStringList { QStringLiteral("a/b") });
    QCOMPARE(loaded.prices.models.value(QStringLiteral("a/b")), (ModelPrice { 0.5, 1.0 }));
    QVERIFY(!loaded.prices.groundingPerThousand);

    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("prices/models"), QStringLiteral("not json"));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("prices/models is not a JSON object")));
    QVERIFY(store.load().prices.models.isEmpty());
}

void TestSettings::environmentOverrides()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("INTERVIEW_PREP_GROQ_BASE_URL"), QStringLiteral("http://127.0.0.1:4010/openai/v1"));
    env.insert(QStringLiteral("INTERVIEW_PREP_GEMINI_BASE_URL"), QStringLiteral(" http://127.0.0.1:4011/v1beta "));
    Settings s;
    QTest::ignoreMessage(QtInfoMsg, "Using http://127.0.0.1:4010/openai/v1 from INTERVIEW_PREP_GROQ_BASE_URL");
    QTest::ignoreMessage(QtInfoMsg, "Using http://127.0.0.1:4011/v1beta from INTERVIEW_PREP_GEMINI_BASE_URL");
    const QStringList applied = applyEnvironmentOverrides(s, env);
    QCOMPARE(applied,
             (QStringList { QStringLiteral("INTERVIEW_PREP_GROQ_BASE_URL"),
                            QStringLiteral("INTERVIEW_PREP_GEMINI_BASE_URL") }));
    QCOMPARE(s.groqBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:4010/openai/v1")));
    QCOMPARE(s.geminiBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:4011/v1beta")));

    // Nothing set: nothing changes.
    Settings untouched;
    QVERIFY(applyEnvironmentOverrides(untouched, QProcessEnvironment()).isEmpty());
    compareSettings(untouched, Settings {});
}

void TestSettings::environmentOverrideInvalidIgnored()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("INTERVIEW_PREP_GROQ_BASE_URL"), QStringLiteral("file:///tmp/x"));
    Settings s;
    QTest::ignoreMessage(QtWarningMsg, "INTERVIEW_PREP_GROQ_BASE_URL is not an http(s) URL with a host; ignoring it");
    QVERIFY(applyEnvironmentOverrides(s, env).isEmpty());
    QCOMPARE(s.groqBaseUrl, Settings {}.groqBaseUrl);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
