// ResultCache and CacheKey: hits and misses per key part, stage independence, persistence,
// damaged entries, clear(), LRU bound.

#include "session/ResultCache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ip;

namespace {

const QString kResume = QStringLiteral("0f0e0d0c0b0a09080706050403020100f0e0d0c0b0a09080706050403020100f");
const QString kGroq = QStringLiteral("Groq");
const QString kGemini = QStringLiteral("Gemini");
const QMap<QString, int> kSkillsPrompt { { QStringLiteral("extract_skills"), 1 } };
const QMap<QString, int> kDiscoveryPrompts { { QStringLiteral("discover_sources"), 1 },
                                             { QStringLiteral("discover_sources_simple"), 1 } };
const QMap<QString, int> kGroundedPrompt { { QStringLiteral("questions_grounded"), 1 } };
const QString kContext = QStringLiteral("## Python\nThe GIL serialises bytecode execution…");

DiscoveryResult pythonDiscovery()
{
    DiscoveryResult d;
    d.grounded = true;
    d.contextText = kContext;
    d.sources = { { QStringLiteral("Python docs"), QUrl(QStringLiteral("https://docs.python.org/3/")) } };
    return d;
}

const QStringList kSkills { QStringLiteral("Python"), QStringLiteral("Kubernetes") };
// One plain question and one with every detail (issue 15): both come back as they were stored.
SkillQuestions storedQuestions()
{
    Question detailed(QStringLiteral("Why generators?"));
    detailed.difficulty = 2;
    detailed.category = QuestionCategory::TradeOff;
    detailed.evidence = QStringLiteral("Cut p50 latency by 73% with a generator pipeline");
    detailed.keyPoints = { KeyPoint { QStringLiteral("Lazy evaluation saves memory"), 0 },
                           KeyPoint { QStringLiteral("One pass only"), -1 } };
    return SkillQuestions { { Question(QStringLiteral("How does the GIL affect threads?")), detailed },
                            { QStringLiteral("Cut p50 latency by 73% with a generator pipeline") } };
}
const SkillQuestions kQuestions = storedQuestions();

// One entry per stage, all for the same run.
void fill(ResultCache &cache, const Settings &settings)
{
    QVERIFY(cache.storeSkills(CacheKey::forSkills(kResume, kGroq, settings, kSkillsPrompt), kSkills));
    QVERIFY(cache.storeDiscovery(
        CacheKey::forDiscovery(kResume, QStringLiteral("Python"), kGemini, settings, kDiscoveryPrompts),
        pythonDiscovery()));
    QVERIFY(cache.storeQuestions(
        CacheKey::forQuestions(kResume, QStringLiteral("Python"), kGroq, settings, kGroundedPrompt, kContext),
        kQuestions));
}

struct Hits
{
    bool skills = false;
    bool discovery = false;
    bool questions = false;
};

Hits probe(ResultCache &cache, const Settings &settings, const QMap<QString, int> &skillsPrompt = kSkillsPrompt,
           const QMap<QString, int> &discoveryPrompts = kDiscoveryPrompts,
           const QMap<QString, int> &questionsPrompt = kGroundedPrompt)
{
    Hits h;
    h.skills = cache.skills(CacheKey::forSkills(kResume, kGroq, settings, skillsPrompt)).has_value();
    h.discovery
        = cache
              .discovery(CacheKey::forDiscovery(kResume, QStringLiteral("Python"), kGemini, settings, discoveryPrompts))
              .has_value();
    h.questions = cache
                      .questions(CacheKey::forQuestions(kResume, QStringLiteral("Python"), kGroq, settings,
                                                        questionsPrompt, kContext))
                      .has_value();
    return h;
}

} // namespace

class TestSessionCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void storedResultsAreHits();
    void everyKeyPartMatters_data();
    void everyKeyPartMatters();
    void changingAModelMissesOnlyItsStage();
    void changingAPromptVersionMissesOnlyItsStage();
    void unrelatedSettingsStillHit();
    void skillNamesAreNormalised();
    void entriesSurviveARestart();
    void damagedOrForeignEntriesAreMisses();
    void emptyResultsAreNotCached();
    void clearRemovesEveryEntry();
    void leastRecentlyUsedIsEvicted();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cacheDir;
};

void TestSessionCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cacheDir = m_dir->filePath(QStringLiteral("cache/results"));
}

void TestSessionCache::cleanup()
{
    m_dir.reset();
}

void TestSessionCache::storedResultsAreHits()
{
    ResultCache cache(m_cacheDir);
    const Settings settings;
    const Hits before = probe(cache, settings);
    QVERIFY(!before.skills && !before.discovery && !before.questions);
    QVERIFY(!QFileInfo::exists(m_cacheDir)); // reading creates nothing
    QCOMPARE(cache.misses(), 3);

    fill(cache, settings);
    QCOMPARE(cache.entryCount(), 3);
    QCOMPARE(cache.skills(CacheKey::forSkills(kResume, kGroq, settings, kSkillsPrompt)), kSkills);
    QCOMPARE(cache.discovery(
                 CacheKey::forDiscovery(kResume, QStringLiteral("Python"), kGemini, settings, kDiscoveryPrompts)),
             pythonDiscovery());
    QCOMPARE(cache.questions(
                 CacheKey::forQuestions(kResume, QStringLiteral("Python"), kGroq, settings, kGroundedPrompt, kContext)),
             kQuestions);
    QCOMPARE(cache.hits(), 3);

    // A key of one stage never reads another stage's entry.
    CacheKey skillsAsQuestions = CacheKey::forSkills(kResume, kGroq, settings, kSkillsPrompt);
    QVERIFY(!cache.questions(skillsAsQuestions).has_value());
    skillsAsQuestions.stage = CacheStage::Questions;
    QVERIFY(!cache.questions(skillsAsQuestions).has_value());

    // A context-free discovery answer (no section) is a result too.
    DiscoveryResult none;
    none.reason = QStringLiteral("No section found");
    const CacheKey rust = CacheKey::forDiscovery(kResume, QStringLiteral("Rust"), kGemini, settings, kDiscoveryPrompts);
    QVERIFY(cache.storeDiscovery(rust, none));
    QCOMPARE(cache.discovery(rust), none);
}

void TestSessionCache::everyKeyPartMatters_data()
{
    QTest::addColumn<int>("part");
    const char *parts[]
        = { "resume",   "skill",        "provider",     "model", "prompt name", "prompt version", "questions per skill",
            "language", "context text", "context-free", "stage", "level",       "key points" };
    for (int i = 0; i < int(std::size(parts)); ++i)
        QTest::newRow(parts[i]) << i;
}

void TestSessionCache::everyKeyPartMatters()
{
    QFETCH(int, part);
    ResultCache cache(m_cacheDir);
    Settings settings;
    const CacheKey stored
        = CacheKey::forQuestions(kResume, QStringLiteral("Python"), kGroq, settings, kGroundedPrompt, kContext);
    QVERIFY(cache.storeQuestions(stored, kQuestions));
    QVERIFY(cache.questions(stored).has_value());

    QString resume = kResume;
    QString skill = QStringLiteral("Python");
    QString provider = kGroq;
    QMap<QString, int> prompts = kGroundedPrompt;
    QString context = kContext;
    switch (part) {
    case 0: resume.replace(0, 1, u'1'); break;
    case 1: skill = QStringLiteral("Python 3"); break;
    case 2: provider = QStringLiteral("OpenAI"); break;
    case 3: settings.questionModel = QStringLiteral("openai/gpt-oss-20b"); break;
    case 4: prompts = { { QStringLiteral("questions_context_free"), 1 } }; break;
    case 5: prompts = { { QStringLiteral("questions_grounded"), 2 } }; break;
    case 6: settings.questionsPerSkill = 5; break;
    case 7: settings.questionLanguage = QStringLiteral("Deutsch"); break;
    case 8: context += u'!'; break;
    case 9: context.clear(); break;
    case 11: settings.targetLevel = QStringLiteral("senior"); break;
    case 12: settings.keyPoints = false; break;
    default: break;
    }
    CacheKey changed = CacheKey::forQuestions(resume, skill, provider, settings, prompts, context);
    if (part == 10)
        changed.stage = CacheStage::Discovery;
    QVERIFY(changed.digest() != stored.digest());
    QVERIFY(!cache.questions(changed).has_value());
    QVERIFY(!cache.discovery(changed).has_value());
    QVERIFY(cache.questions(stored).has_value()); // the old entry is still there
}

void TestSessionCache::changingAModelMissesOnlyItsStage()
{
    ResultCache cache(m_cacheDir);
    const Settings settings;
    fill(cache, settings);

    Settings newQuestionModel = settings;
    newQuestionModel.questionModel = QStringLiteral("llama-3.3-70b");
    Hits h = probe(cache, newQuestionModel);
    QVERIFY(h.skills && h.discovery && !h.questions);

    Settings newDiscoveryModel = settings;
    newDiscoveryModel.discoveryModel = QStringLiteral("gemini-2.5-pro");
    h = probe(cache, newDiscoveryModel);
    QVERIFY(h.skills && !h.discovery && h.questions);

    Settings newSkillModel = settings;
    newSkillModel.skillModel = QStringLiteral("llama-3.1-8b");
    h = probe(cache, newSkillModel);
    QVERIFY(!h.skills && h.discovery && h.questions);

    h = probe(cache, settings);
    QVERIFY(h.skills && h.discovery && h.questions);
}

void TestSessionCache::changingAPromptVersionMissesOnlyItsStage()
{
    ResultCache cache(m_cacheDir);
    const Settings settings;
    fill(cache, settings);

    Hits h = probe(cache, settings, kSkillsPrompt, kDiscoveryPrompts, { { QStringLiteral("questions_grounded"), 2 } });
    QVERIFY(h.skills && h.discovery && !h.questions);

    QMap<QString, int> retryPromptChanged = kDiscoveryPrompts;
    retryPromptChanged[QStringLiteral("discover_sources_simple")] = 2;
    h = probe(cache, settings, kSkillsPrompt, retryPromptChanged, kGroundedPrompt);
    QVERIFY(h.skills && !h.discovery && h.questions);

    h = probe(cache, settings, { { QStringLiteral("extract_skills"), 2 } }, kDiscoveryPrompts, kGroundedPrompt);
    QVERIFY(!h.skills && h.discovery && h.questions);
}

void TestSessionCache::unrelatedSettingsStillHit()
{
    ResultCache cache(m_cacheDir);
    const Settings settings;
    fill(cache, settings);

    Settings other = settings;
    other.batchSize = 1;
    other.maxConcurrentBatches = 7;
    other.maxRetries = 0;
    other.requestTimeoutSec = 30;
    other.groqBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
    other.uiLanguage = QStringLiteral("fr");
    Hits h = probe(cache, other);
    QVERIFY(h.skills && h.discovery && h.questions);

    // Each stage's own settings: skill count only for skills; questions per skill not for them.
    Settings fewerSkills = settings;
    fewerSkills.skillCount = 4;
    h = probe(cache, fewerSkills);
    QVERIFY(!h.skills && h.discovery && h.questions);
    Settings moreQuestions = settings;
    moreQuestions.questionsPerSkill = 12;
    h = probe(cache, moreQuestions);
    QVERIFY(h.skills && h.discovery && !h.questions);
}

void TestSessionCache::skillNamesAreNormalised()
{
    ResultCache cache(m_cacheDir);
    const Settings settings;
    fill(cache, settings);
    for (const QString &spelling : { QStringLiteral("python"), QStringLiteral("  PYTHON "), QStringLiteral("Python") })
        QVERIFY2(cache.discovery(CacheKey::forDiscovery(kResume, spelling, kGemini, settings, kDiscoveryPrompts)),
                 qPrintable(spelling));
    QCOMPARE(CacheKey::normaliseSkill(QStringLiteral("  Node.JS \t Core ")), QStringLiteral("node.js core"));
    // Provider names are case-insensitive too.
    QVERIFY(cache.skills(CacheKey::forSkills(kResume, QStringLiteral("groq"), settings, kSkillsPrompt)));
}

void TestSessionCache::entriesSurviveARestart()
{
    const Settings settings;
    {
        ResultCache cache(m_cacheDir);
        fill(cache, settings);
    }
    ResultCache again(m_cacheDir);
    QCOMPARE(again.entryCount(), 3);
    QVERIFY(again.totalBytes() > 0);
    const Hits h = probe(again, settings);
    QVERIFY(h.skills && h.discovery && h.questions);
}

void TestSessionCache::damagedOrForeignEntriesAreMisses()
{
    ResultCache cache(m_cacheDir);
    const Settings settings;
    fill(cache, settings);
    const CacheKey skills = CacheKey::forSkills(kResume, kGroq, settings, kSkillsPrompt);
    const QString skillsFile = QDir(m_cacheDir).filePath(skills.digest() + QStringLiteral(".json"));
    QVERIFY(QFileInfo::exists(skillsFile));

    // Another key's entry under this key's name (a collision, a copied file): the key check misses.
    const CacheKey questions
        = CacheKey::forQuestions(kResume, QStringLiteral("Python"), kGroq, settings, kGroundedPrompt, kContext);
    const QString questionsFile = QDir(m_cacheDir).filePath(questions.digest() + QStringLiteral(".json"));
    QVERIFY(QFile::remove(questionsFile));
    QVERIFY(QFile::copy(skillsFile, questionsFile));
    QVERIFY(!cache.questions(questions).has_value());
    QVERIFY(!QFileInfo::exists(questionsFile)); // removed

    // Garbage: a miss, the file removed, then stored again.
    {
        QFile f(skillsFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("\x00\xff{ not json", 12);
    }
    QVERIFY(!cache.skills(skills).has_value());
    QVERIFY(!QFileInfo::exists(skillsFile));
    QVERIFY(cache.storeSkills(skills, kSkills));
    QCOMPARE(cache.skills(skills), kSkills);
}

void TestSessionCache::emptyResultsAreNotCached()
{
    ResultCache cache(m_cacheDir);
    const Settings settings;
    QVERIFY(!cache.storeSkills(CacheKey::forSkills(kResume, kGroq, settings, kSkillsPrompt), {}));
    QVERIFY(!cache.storeQuestions(
        CacheKey::forQuestions(kResume, QStringLiteral("Python"), kGroq, settings, kGroundedPrompt, {}), {}));
    DiscoveryResult groundedWithoutText;
    groundedWithoutText.grounded = true;
    QVERIFY(!cache.storeDiscovery(
        CacheKey::forDiscovery(kResume, QStringLiteral("Python"), kGemini, settings, kDiscoveryPrompts),
        groundedWithoutText));
    // Wrong stage for the store function.
    QVERIFY(!cache.storeQuestions(CacheKey::forSkills(kResume, kGroq, settings, kSkillsPrompt), kQuestions));
    QCOMPARE(cache.entryCount(), 0);
}

void TestSessionCache::clearRemovesEveryEntry()
{
    ResultCache cache(m_cacheDir);
    const Settings settings;
    fill(cache, settings);
    {
        QFile other(QDir(m_cacheDir).filePath(QStringLiteral("README.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("not an entry");
    }
    QVERIFY(cache.clear().isOk());
    QCOMPARE(cache.entryCount(), 0);
    QCOMPARE(cache.totalBytes(), 0);
    const Hits h = probe(cache, settings);
    QVERIFY(!h.skills && !h.discovery && !h.questions);
    QCOMPARE(QDir(m_cacheDir).entryList(QDir::Files), QStringList { QStringLiteral("README.txt") });

    // Still usable.
    fill(cache, settings);
    QCOMPARE(cache.entryCount(), 3);
}

void TestSessionCache::leastRecentlyUsedIsEvicted()
{
    ResultCache cache(m_cacheDir);
    const Settings settings;
    const auto key = [&settings](const QString &skill) {
        return CacheKey::forQuestions(kResume, skill, kGroq, settings, kGroundedPrompt, {});
    };
    const SkillQuestions questions { { Question(QString(400, u'q')) }, {} };
    QVERIFY(cache.storeQuestions(key(QStringLiteral("A")), questions));
    const qint64 entryBytes = cache.totalBytes();
    QVERIFY(entryBytes > 400);
    cache.setMaxBytes(entryBytes * 3 + entryBytes / 2); // room for three
    QVERIFY(cache.storeQuestions(key(QStringLiteral("B")), questions));
    QVERIFY(cache.storeQuestions(key(QStringLiteral("C")), questions));
    QCOMPARE(cache.entryCount(), 3);

    QVERIFY(cache.questions(key(QStringLiteral("A")))); // A is now more recent than B
    QVERIFY(cache.storeQuestions(key(QStringLiteral("D")), questions));
    QCOMPARE(cache.entryCount(), 3);
    QVERIFY(cache.totalBytes() <= cache.maxBytes());
    QVERIFY(!cache.questions(key(QStringLiteral("B"))).has_value()); // evicted
    QVERIFY(cache.questions(key(QStringLiteral("A"))));
    QVERIFY(cache.questions(key(QStringLiteral("C"))));
    QVERIFY(cache.questions(key(QStringLiteral("D"))));
    QCOMPARE(QDir(m_cacheDir).entryList(QDir::Files).size(), 3);

    // Shrinking the bound evicts at once, oldest first (A, C, D were just read in that order).
    cache.setMaxBytes(entryBytes + entryBytes / 2);
    QCOMPARE(cache.entryCount(), 1);
    QVERIFY(cache.questions(key(QStringLiteral("D"))));
}

QTEST_GUILESS_MAIN(TestSessionCache)
#include "tst_session_cache.moc"
