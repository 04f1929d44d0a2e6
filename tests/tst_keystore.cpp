// KeyStore against the real keychain: run under scripts/with-test-session (a private D-Bus session
// with an unlocked gnome-keyring). The no-keychain path runs in a child process of this same
// executable ("--no-keychain-child") whose D-Bus address leads nowhere.

#include "keys/KeyStore.h"
#include "log/Redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ip;

namespace {

constexpr int kTimeoutMs = 15'000;
const char kChildArgument[] = "--no-keychain-child";
const QString kChildKey = QStringLiteral("gsk_childProcessKey_0123456789abcdef");

KeyResult takeResult(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(kTimeoutMs))
        return KeyResult { QStringLiteral("<timeout>"),
                           false,
                           {},
                           KeySource::None,
                           KeyProblem::Failed,
                           QStringLiteral("no signal within the timeout") };
    return spy.takeFirst().at(0).value<KeyResult>();
}

QString problemName(KeyProblem problem)
{
    switch (problem) {
    case KeyProblem::None: return QStringLiteral("None");
    case KeyProblem::InvalidInput: return QStringLiteral("InvalidInput");
    case KeyProblem::NoKeychain: return QStringLiteral("NoKeychain");
    case KeyProblem::Failed: return QStringLiteral("Failed");
    }
    return {};
}

QJsonObject toJson(const QString &step, const KeyResult &r, const QString &expectedKey)
{
    return QJsonObject { { QStringLiteral("step"), step },
                         { QStringLiteral("ok"), r.ok },
                         { QStringLiteral("source"), keySourceName(r.source) },
                         { QStringLiteral("problem"), problemName(r.problem) },
                         { QStringLiteral("message"), r.message },
                         { QStringLiteral("keyMatches"), !expectedKey.isEmpty() && r.key == expectedKey } };
}

void printLine(const QJsonObject &o)
{
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
}

// The child: save a key with no reachable keychain, load it back from the same store (session
// memory), then from a fresh store (nothing: the key was never written anywhere).
int runNoKeychainChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QSettings index(QString::fromLocal8Bit(argv[2]), QSettings::IniFormat);
    KeyStore::Options options;
    options.index = &index;
    options.service = QStringLiteral("interview-prep-tst-child");
    auto *store = new KeyStore(options, &app);
    int unavailableSignals = 0;
    QObject::connect(store, &KeyStore::keychainUnavailable, &app, [&] { ++unavailableSignals; });

    QObject::connect(store, &KeyStore::saved, &app, [&](const KeyResult &saved) {
        QJsonObject o = toJson(QStringLiteral("save"), saved, {});
        o.insert(QStringLiteral("unavailableSignals"), unavailableSignals);
        o.insert(QStringLiteral("keychainProblem"), store->keychainProblem());
        printLine(o);
        store->load(QStringLiteral("groq"));
    });
    QObject::connect(store, &KeyStore::loaded, &app, [&](const KeyResult &loaded) {
        printLine(toJson(QStringLiteral("load"), loaded, kChildKey));
        auto *fresh = new KeyStore(options, &app);
        QObject::connect(fresh, &KeyStore::loaded, &app, [&](const KeyResult &again) {
            printLine(toJson(QStringLiteral("fresh-load"), again, kChildKey));
            app.quit();
        });
        fresh->load(QStringLiteral("groq"));
    });
    store->save(QStringLiteral("groq"), kChildKey);
    return app.exec();
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void namesAndDefaults();
    void roundTrip();
    void overwrite();
    void removeDeletes();
    void providersAreIndependent();
    void unicode();
    void hasKeyReportsWithoutTheKey();
    void forgetAllDeletesEveryStoredEntry();
    void environmentOverridesKeychain();
    void explicitSessionOnlyMode();
    void resolveKeysReportsWhereEachCameFrom();
    void invalidInputAndAsynchrony();
    void keysAreRegisteredForRedaction();
    void noKeychainInChildProcess_data();
    void noKeychainInChildProcess();

private:
    std::unique_ptr<KeyStore> makeStore(const QProcessEnvironment &env = QProcessEnvironment());
    KeyResult saveKey(KeyStore &store, const QString &provider, const QString &key);
    KeyResult loadKey(KeyStore &store, const QString &provider);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_index;
    QString m_service;
};

void TestKeyStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run this test under scripts/with-test-session");
}

void TestKeyStore::init()
{
    // A fresh index and service per test, so tests (and other test executables sharing the
    // keyring) never see each other's entries.
    m_index = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("index-%1.ini").arg(QRandomGenerator::global()->generate())),
        QSettings::IniFormat);
    m_service = QStringLiteral("interview-prep-tst-%1").arg(QRandomGenerator::global()->generate());
}

void TestKeyStore::cleanup()
{
    // Leave the keyring as found.
    auto store = makeStore();
    QSignalSpy spy(store.get(), &KeyStore::forgotAll);
    store->forgetAll();
    QVERIFY(spy.wait(kTimeoutMs));
    m_index.reset();
}

std::unique_ptr<KeyStore> TestKeyStore::makeStore(const QProcessEnvironment &env)
{
    KeyStore::Options options;
    options.service = m_service;
    options.index = m_index.get();
    options.environment = env; // empty unless a test sets variables: the runner's own keys never leak in
    return std::make_unique<KeyStore>(options);
}

KeyResult TestKeyStore::saveKey(KeyStore &store, const QString &provider, const QString &key)
{
    QSignalSpy spy(&store, &KeyStore::saved);
    store.save(provider, key);
    return takeResult(spy);
}

KeyResult TestKeyStore::loadKey(KeyStore &store, const QString &provider)
{
    QSignalSpy spy(&store, &KeyStore::loaded);
    store.load(provider);
    return takeResult(spy);
}

void TestKeyStore::namesAndDefaults()
{
    QCOMPARE(KeyStore::Options {}.service, QStringLiteral("interview-prep"));
    QCOMPARE(KeyStore(KeyStore::Options { QString(QStringLiteral("interview-prep")), m_index.get() }).service(),
             QStringLiteral("interview-prep"));
#if defined(Q_OS_LINUX)
    QCOMPARE(KeyStore::backendName(), QStringLiteral("Secret Service (GNOME Keyring / KWallet)"));
#endif
    QCOMPARE(KeyStore::environmentVariable(QStringLiteral("groq")), QStringLiteral("GROQ_API_KEY"));
    QCOMPARE(KeyStore::environmentVariable(QStringLiteral("gemini")), QStringLiteral("GEMINI_API_KEY"));
    QCOMPARE(KeyStore::environmentVariable(QStringLiteral("open-router.ai")), QStringLiteral("OPEN_ROUTER_AI_API_KEY"));
    QCOMPARE(KeyStore::knownProviders(), (QStringList { QStringLiteral("groq"), QStringLiteral("gemini") }));
    QCOMPARE(keySourceName(KeySource::Keychain), QStringLiteral("keychain"));
    QCOMPARE(keySourceName(KeySource::SessionMemory), QStringLiteral("session"));
    QCOMPARE(keySourceName(KeySource::Environment), QStringLiteral("environment"));
}

void TestKeyStore::roundTrip()
{
    auto store = makeStore();
    const KeyResult saved = saveKey(*store, QStringLiteral("groq"), QStringLiteral("gsk_roundTrip_1234567890"));
    QVERIFY2(saved.ok, qPrintable(saved.message));
    QCOMPARE(saved.source, KeySource::Keychain);
    QCOMPARE(saved.problem, KeyProblem::None);
    QVERIFY(saved.key.isEmpty());
    QCOMPARE(store->storedEntries(), QStringList { QStringLiteral("groq") });
    QVERIFY(store->keychainProblem().isEmpty());

    // A different KeyStore (no shared memory) reads it from the keychain.
    auto other = makeStore();
    const KeyResult loaded = loadKey(*other, QStringLiteral("groq"));
    QVERIFY2(loaded.ok, qPrintable(loaded.message));
    QCOMPARE(loaded.source, KeySource::Keychain);
    QCOMPARE(loaded.key, QStringLiteral("gsk_roundTrip_1234567890"));

    // The index lists names only.
    m_index->sync();
    QFile ini(m_index->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray indexBytes = ini.readAll();
    QVERIFY(indexBytes.contains("groq"));
    QVERIFY(!indexBytes.contains("gsk_roundTrip"));
}

void TestKeyStore::overwrite()
{
    auto store = makeStore();
    QVERIFY(saveKey(*store, QStringLiteral("groq"), QStringLiteral("first-key-value")).ok);
    QVERIFY(saveKey(*store, QStringLiteral("groq"), QStringLiteral("second-key-value")).ok);
    auto other = makeStore();
    QCOMPARE(loadKey(*other, QStringLiteral("groq")).key, QStringLiteral("second-key-value"));
    QCOMPARE(store->storedEntries(), QStringList { QStringLiteral("groq") });
}

void TestKeyStore::removeDeletes()
{
    auto store = makeStore();
    QVERIFY(saveKey(*store, QStringLiteral("gemini"), QStringLiteral("AIzaRemoveMe-0123456789")).ok);

    QSignalSpy removedSpy(store.get(), &KeyStore::removed);
    store->remove(QStringLiteral("gemini"));
    const KeyResult removed = takeResult(removedSpy);
    QVERIFY2(removed.ok, qPrintable(removed.message));
    QVERIFY(store->storedEntries().isEmpty());

    auto other = makeStore();
    const KeyResult loaded = loadKey(*other, QStringLiteral("gemini"));
    QVERIFY(loaded.ok);
    QCOMPARE(loaded.source, KeySource::None);
    QVERIFY(loaded.key.isEmpty());

    // Removing what is not there is fine.
    store->remove(QStringLiteral("gemini"));
    QVERIFY(takeResult(removedSpy).ok);
}

void TestKeyStore::providersAreIndependent()
{
    auto store = makeStore();
    QVERIFY(saveKey(*store, QStringLiteral("groq"), QStringLiteral("groq-key-aaaaaaaa")).ok);
    QVERIFY(saveKey(*store, QStringLiteral("gemini"), QStringLiteral("gemini-key-bbbbbbbb")).ok);
    QCOMPARE(store->storedEntries(), (QStringList { QStringLiteral("gemini"), QStringLiteral("groq") }));

    QSignalSpy removedSpy(store.get(), &KeyStore::removed);
    store->remove(QStringLiteral("groq"));
    QVERIFY(takeResult(removedSpy).ok);

    auto other = makeStore();
    QCOMPARE(loadKey(*other, QStringLiteral("groq")).source, KeySource::None);
    const KeyResult gemini = loadKey(*other, QStringLiteral("gemini"));
    QCOMPARE(gemini.source, KeySource::Keychain);
    QCOMPARE(gemini.key, QStringLiteral("gemini-key-bbbbbbbb"));
    QCOMPARE(store->storedEntries(), QStringList { QStringLiteral("gemini") });
}

void TestKeyStore::unicode()
{
    const QString provider = QStringLiteral("mistral-ü-模型");
    const QString key = QStringLiteral("ключ-🔑-密钥-ü-0123456789");
    auto store = makeStore();
    const KeyResult saved = saveKey(*store, provider, key);
    QVERIFY2(saved.ok, qPrintable(saved.message));
    QCOMPARE(saved.source, KeySource::Keychain);
    auto other = makeStore();
    const KeyResult loaded = loadKey(*other, provider);
    QCOMPARE(loaded.source, KeySource::Keychain);
    QCOMPARE(loaded.key, key);
    QVERIFY(store->storedEntries().contains(provider));
}

void TestKeyStore::hasKeyReportsWithoutTheKey()
{
    auto store = makeStore();
    QSignalSpy spy(store.get(), &KeyStore::keyChecked);
    store->hasKey(QStringLiteral("groq"));
    KeyResult checked = takeResult(spy);
    QVERIFY(checked.ok);
    QCOMPARE(checked.source, KeySource::None);

    QVERIFY(saveKey(*store, QStringLiteral("groq"), QStringLiteral("gsk_hasKey_0123456789")).ok);
    auto other = makeStore();
    QSignalSpy otherSpy(other.get(), &KeyStore::keyChecked);
    other->hasKey(QStringLiteral("groq"));
    checked = takeResult(otherSpy);
    QVERIFY(checked.ok);
    QCOMPARE(checked.provider, QStringLiteral("groq"));
    QCOMPARE(checked.source, KeySource::Keychain);
    QVERIFY(checked.key.isEmpty());
}

void TestKeyStore::forgetAllDeletesEveryStoredEntry()
{
    auto store = makeStore();
    QVERIFY(saveKey(*store, QStringLiteral("groq"), QStringLiteral("groq-key-forget-1")).ok);
    QVERIFY(saveKey(*store, QStringLiteral("gemini"), QStringLiteral("gemini-key-forget-2")).ok);
    QVERIFY(saveKey(*store, QStringLiteral("custom-provider"), QStringLiteral("custom-key-forget-3")).ok);
    QCOMPARE(store->storedEntries().size(), 3);

    // A new store knows the entries only from the index: that is what makes "forget all" work.
    auto other = makeStore();
    QSignalSpy spy(other.get(), &KeyStore::forgotAll);
    other->forgetAll();
    QVERIFY(spy.wait(kTimeoutMs));
    const ForgetResult result = spy.takeFirst().at(0).value<ForgetResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.forgotten,
             (QStringList { QStringLiteral("custom-provider"), QStringLiteral("gemini"), QStringLiteral("groq") }));
    QVERIFY(other->storedEntries().isEmpty());

    auto third = makeStore();
    for (const QString &provider :
         { QStringLiteral("groq"), QStringLiteral("gemini"), QStringLiteral("custom-provider") }) {
        const KeyResult loaded = loadKey(*third, provider);
        QVERIFY(loaded.ok);
        QCOMPARE(loaded.source, KeySource::None);
    }
}

void TestKeyStore::environmentOverridesKeychain()
{
    auto store = makeStore();
    QVERIFY(saveKey(*store, QStringLiteral("groq"), QStringLiteral("keychain-groq-key")).ok);
    QVERIFY(saveKey(*store, QStringLiteral("gemini"), QStringLiteral("keychain-gemini-key")).ok);

    QProcessEnvironment env;
    env.insert(QStringLiteral("GROQ_API_KEY"), QStringLiteral("gsk_fromEnvironment_123456"));
    auto withEnv = makeStore(env);
    QTest::ignoreMessage(QtInfoMsg,
                         "Using the groq key from the environment variable GROQ_API_KEY (it overrides the keychain)");
    const KeyResult groq = loadKey(*withEnv, QStringLiteral("groq"));
    QCOMPARE(groq.source, KeySource::Environment);
    QCOMPARE(groq.key, QStringLiteral("gsk_fromEnvironment_123456"));

    QSignalSpy checkedSpy(withEnv.get(), &KeyStore::keyChecked);
    withEnv->hasKey(QStringLiteral("groq"));
    const KeyResult checked = takeResult(checkedSpy);
    QCOMPARE(checked.source, KeySource::Environment);
    QVERIFY(checked.key.isEmpty());

    // Gemini has no variable: the keychain.
    const KeyResult gemini = loadKey(*withEnv, QStringLiteral("gemini"));
    QCOMPARE(gemini.source, KeySource::Keychain);
    QCOMPARE(gemini.key, QStringLiteral("keychain-gemini-key"));

    // The environment also wins over a key entered this session.
    withEnv->setSessionOnly(true);
    QVERIFY(saveKey(*withEnv, QStringLiteral("groq"), QStringLiteral("session-groq-key")).ok);
    QCOMPARE(loadKey(*withEnv, QStringLiteral("groq")).source, KeySource::Environment);
}

void TestKeyStore::explicitSessionOnlyMode()
{
    auto store = makeStore();
    store->setSessionOnly(true);
    QVERIFY(store->isSessionOnly());
    const KeyResult saved = saveKey(*store, QStringLiteral("groq"), QStringLiteral("gsk_sessionOnly_12345678"));
    QVERIFY(saved.ok);
    QCOMPARE(saved.source, KeySource::SessionMemory);
    QCOMPARE(saved.problem, KeyProblem::None);
    QVERIFY(saved.message.contains(QStringLiteral("for this session only")));
    QVERIFY(store->storedEntries().isEmpty());

    const KeyResult loaded = loadKey(*store, QStringLiteral("groq"));
    QCOMPARE(loaded.source, KeySource::SessionMemory);
    QCOMPARE(loaded.key, QStringLiteral("gsk_sessionOnly_12345678"));

    // Nothing reached the keychain.
    auto other = makeStore();
    QCOMPARE(loadKey(*other, QStringLiteral("groq")).source, KeySource::None);

    // A session key wins over an older keychain entry once the mode is switched off again.
    QVERIFY(saveKey(*other, QStringLiteral("gemini"), QStringLiteral("old-keychain-gemini")).ok);
    QVERIFY(saveKey(*store, QStringLiteral("gemini"), QStringLiteral("new-session-gemini")).ok);
    store->setSessionOnly(false);
    QCOMPARE(loadKey(*store, QStringLiteral("gemini")).key, QStringLiteral("new-session-gemini"));

    // forgetAll clears memory too.
    QSignalSpy spy(store.get(), &KeyStore::forgotAll);
    store->forgetAll();
    QVERIFY(spy.wait(kTimeoutMs));
    QCOMPARE(loadKey(*store, QStringLiteral("groq")).source, KeySource::None);
    QCOMPARE(loadKey(*store, QStringLiteral("gemini")).source, KeySource::None);
}

void TestKeyStore::resolveKeysReportsWhereEachCameFrom()
{
    auto writer = makeStore();
    QVERIFY(saveKey(*writer, QStringLiteral("groq"), QStringLiteral("gsk_resolve_keychain_1")).ok);

    QProcessEnvironment env;
    env.insert(QStringLiteral("GEMINI_API_KEY"), QStringLiteral("AIza_resolve_environment_2"));
    auto store = makeStore(env);
    store->setSessionOnly(true);
    QVERIFY(saveKey(*store, QStringLiteral("other"), QStringLiteral("session-resolve-3")).ok);
    store->setSessionOnly(false);

    QSignalSpy spy(store.get(), &KeyStore::keysResolved);
    store->resolveKeys({ QStringLiteral("groq"), QStringLiteral("gemini"), QStringLiteral("other"),
                         QStringLiteral("missing"), QStringLiteral("groq") });
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(kTimeoutMs));
    QCOMPARE(spy.count(), 1);
    const ResolvedKeys keys = spy.takeFirst().at(0).value<ResolvedKeys>();
    QCOMPARE(keys.size(), 4);
    QCOMPARE(keys.value(QStringLiteral("groq")).source, KeySource::Keychain);
    QCOMPARE(keys.value(QStringLiteral("groq")).key, QStringLiteral("gsk_resolve_keychain_1"));
    QCOMPARE(keys.value(QStringLiteral("gemini")).source, KeySource::Environment);
    QCOMPARE(keys.value(QStringLiteral("gemini")).key, QStringLiteral("AIza_resolve_environment_2"));
    QCOMPARE(keys.value(QStringLiteral("other")).source, KeySource::SessionMemory);
    QCOMPARE(keys.value(QStringLiteral("other")).key, QStringLiteral("session-resolve-3"));
    QCOMPARE(keys.value(QStringLiteral("missing")).source, KeySource::None);
    QVERIFY(keys.value(QStringLiteral("missing")).ok);

    // An empty list still answers.
    store->resolveKeys({});
    QVERIFY(spy.wait(kTimeoutMs));
    QVERIFY(spy.takeFirst().at(0).value<ResolvedKeys>().isEmpty());
}

void TestKeyStore::invalidInputAndAsynchrony()
{
    auto store = makeStore();
    QSignalSpy spy(store.get(), &KeyStore::saved);
    store->save(QString(), QStringLiteral("some-key-value"));
    QCOMPARE(spy.count(), 0); // never emitted inside the call
    KeyResult r = takeResult(spy);
    QVERIFY(!r.ok);
    QCOMPARE(r.problem, KeyProblem::InvalidInput);

    store->save(QStringLiteral("groq"), QStringLiteral("   "));
    r = takeResult(spy);
    QVERIFY(!r.ok);
    QCOMPARE(r.problem, KeyProblem::InvalidInput);
    QVERIFY(r.message.contains(QStringLiteral("groq")));

    store->save(QStringLiteral("bad\nname"), QStringLiteral("some-key-value"));
    QCOMPARE(takeResult(spy).problem, KeyProblem::InvalidInput);

    QSignalSpy loadSpy(store.get(), &KeyStore::loaded);
    store->load(QStringLiteral("groq"));
    QCOMPARE(loadSpy.count(), 0);
    QVERIFY(loadSpy.wait(kTimeoutMs));
}

void TestKeyStore::keysAreRegisteredForRedaction()
{
    // Keys without a recognisable shape are masked in logs only because the store registers them.
    const QString saved = QStringLiteral("plain-saved-key-0001");
    const QString fromKeychain = QStringLiteral("plain-keychain-key-0002");
    const QString fromEnv = QStringLiteral("plain-environment-key-0003");
    const QString sessionOnly = QStringLiteral("plain-session-key-0004");

    clearRegisteredSecrets();
    auto store = makeStore();
    QVERIFY(saveKey(*store, QStringLiteral("groq"), saved).ok);
    QCOMPARE(redact(QStringLiteral("k=") + saved), QStringLiteral("k=***"));

    QVERIFY(saveKey(*store, QStringLiteral("gemini"), fromKeychain).ok);
    clearRegisteredSecrets();
    QCOMPARE(redact(fromKeychain), fromKeychain);
    auto reader = makeStore();
    QCOMPARE(loadKey(*reader, QStringLiteral("gemini")).source, KeySource::Keychain);
    QCOMPARE(redact(fromKeychain), QStringLiteral("***"));

    QProcessEnvironment env;
    env.insert(QStringLiteral("GROQ_API_KEY"), fromEnv);
    auto withEnv = makeStore(env);
    QCOMPARE(redact(fromEnv), fromEnv);
    QCOMPARE(loadKey(*withEnv, QStringLiteral("groq")).source, KeySource::Environment);
    QCOMPARE(redact(fromEnv), QStringLiteral("***"));

    withEnv->setSessionOnly(true);
    QVERIFY(saveKey(*withEnv, QStringLiteral("other"), sessionOnly).ok);
    QCOMPARE(redact(sessionOnly), QStringLiteral("***"));
    clearRegisteredSecrets();
}

void TestKeyStore::noKeychainInChildProcess_data()
{
    QTest::addColumn<bool>("unsetBus");
    QTest::addColumn<QString>("expectedWhat");
    QTest::newRow("bus address leads nowhere")
        << false << QStringLiteral("could not be reached over the D-Bus session bus");
    QTest::newRow("no bus at all") << true << QStringLiteral("there is no D-Bus session bus");
}

void TestKeyStore::noKeychainInChildProcess()
{
    QFETCH(bool, unsetBus);
    QFETCH(QString, expectedWhat);

    const QString indexPath = m_dir.filePath(QStringLiteral("child-index.ini"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GROQ_API_KEY"));
    env.remove(QStringLiteral("GEMINI_API_KEY"));
    if (unsetBus) {
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a bus either
    } else {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    }

    QProcess child;
    child.setProcessEnvironment(env);
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(kChildArgument), indexPath });
    QVERIFY(finished.wait(30'000));
    const QByteArray out = child.readAllStandardOutput();
    const QByteArray err = child.readAllStandardError();
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 0, err.constData());

    QMap<QString, QJsonObject> steps;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        steps.insert(o.value(QStringLiteral("step")).toString(), o);
    }
    QVERIFY2(steps.size() == 3, out.constData());

    const QJsonObject save = steps.value(QStringLiteral("save"));
    QVERIFY(save.value(QStringLiteral("ok")).toBool());
    QCOMPARE(save.value(QStringLiteral("source")).toString(), QStringLiteral("session"));
    QCOMPARE(save.value(QStringLiteral("problem")).toString(), QStringLiteral("NoKeychain"));
    const QString message = save.value(QStringLiteral("message")).toString();
    QVERIFY2(message.startsWith(QStringLiteral("No system keychain is available")), qPrintable(message));
    QVERIFY2(message.contains(expectedWhat), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("kept in memory for this session only")), qPrintable(message));
    QCOMPARE(save.value(QStringLiteral("unavailableSignals")).toInt(), 1);
    QVERIFY(save.value(QStringLiteral("keychainProblem")).toString().startsWith(QStringLiteral("No system keychain")));

    const QJsonObject load = steps.value(QStringLiteral("load"));
    QCOMPARE(load.value(QStringLiteral("source")).toString(), QStringLiteral("session"));
    QVERIFY(load.value(QStringLiteral("keyMatches")).toBool());

    const QJsonObject fresh = steps.value(QStringLiteral("fresh-load"));
    QVERIFY(!fresh.value(QStringLiteral("ok")).toBool());
    QCOMPARE(fresh.value(QStringLiteral("source")).toString(), QStringLiteral("none"));
    QCOMPARE(fresh.value(QStringLiteral("problem")).toString(), QStringLiteral("NoKeychain"));
    QVERIFY(!fresh.value(QStringLiteral("keyMatches")).toBool());
    QVERIFY(fresh.value(QStringLiteral("message")).toString().contains(QStringLiteral("Enter the key for groq again")));

    // Never a plain-text fallback, and the key is in no output.
    QVERIFY(!out.contains(kChildKey.toUtf8()));
    QVERIFY(!err.contains(kChildKey.toUtf8()));
    QFile index(indexPath);
    if (index.open(QIODevice::ReadOnly))
        QVERIFY(!index.readAll().contains(kChildKey.toUtf8()));
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(kChildKey.toUtf8()), qPrintable(name));
    }
}

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], kChildArgument) == 0)
        return runNoKeychainChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeyStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keystore.moc"
