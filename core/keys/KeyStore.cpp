#include "keys/KeyStore.h"

#include "keys/KeyNames.h"
#include "keys/KeychainMessages.h"
#include "log/Redaction.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeys, "ip.core.keys")

namespace ip {

namespace {

const QString kIndexKey = QStringLiteral("keychain/entries");
constexpr int kRetryDelayMs = 500;

} // namespace

KeyStore::KeyStore(QObject *parent)
    : KeyStore(Options {}, parent)
{ }

KeyStore::KeyStore(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<ip::KeyResult>();
    qRegisterMetaType<ip::ForgetResult>();
    qRegisterMetaType<ip::ResolvedKeys>();
    if (m_options.index) {
        m_index = m_options.index;
    } else {
        m_ownedIndex = std::make_unique<QSettings>();
        m_index = m_ownedIndex.get();
    }
}

KeyStore::~KeyStore() = default;

void KeyStore::setSessionOnly(bool sessionOnly)
{
    if (m_sessionOnly == sessionOnly)
        return;
    m_sessionOnly = sessionOnly;
    qCInfo(lcKeys, "Session-only key mode %s", sessionOnly ? "on: the keychain is not used" : "off");
}

QString KeyStore::indexSettingsKey()
{
    return kIndexKey;
}

QStringList KeyStore::storedEntries() const
{
    return m_index->value(kIndexKey).toStringList();
}

void KeyStore::addToIndex(const QString &provider)
{
    QStringList entries = storedEntries();
    if (entries.contains(provider))
        return;
    entries.append(provider);
    entries.sort();
    m_index->setValue(kIndexKey, entries);
    m_index->sync();
}

void KeyStore::removeFromIndex(const QString &provider)
{
    QStringList entries = storedEntries();
    if (!entries.removeAll(provider))
        return;
    if (entries.isEmpty())
        m_index->remove(kIndexKey);
    else
        m_index->setValue(kIndexKey, entries);
    m_index->sync();
}

void KeyStore::emitLater(const std::function<void()> &emitter)
{
    QMetaObject::invokeMethod(this, emitter, Qt::QueuedConnection);
}

void KeyStore::runJob(const JobFactory &make, const JobDone &done, bool retried)
{
    QKeychain::Job *job = make();
    job->setAutoDelete(true);

    auto *watchdog = new QTimer(job);
    watchdog->setSingleShot(true);
    const int watchdogMs = m_options.watchdogMs;
    connect(watchdog, &QTimer::timeout, job, [entry = job->key(), watchdogMs] {
        qCWarning(lcKeys,
                  "The keychain has not answered for %d s (entry %s); it may be locked or waiting for a "
                  "password prompt",
                  watchdogMs / 1000, qUtf8Printable(entry));
    });
    watchdog->start(watchdogMs);

    connect(job, &QKeychain::Job::finished, this, [this, make, done, retried](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        if (!retried && m_keychainProblem.isEmpty() && keychain::isWorthRetrying(error)) {
            qCInfo(lcKeys, "The keychain did not answer (%s); trying once more",
                   qUtf8Printable(finished->errorString()));
            QTimer::singleShot(kRetryDelayMs, this, [this, make, done] { runJob(make, done, true); });
            return;
        }
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
            m_keychainProblem.clear();
        done(finished);
    });
    job->start();
}

QString KeyStore::noteUnavailable(QKeychain::Job *job)
{
    const QString message = keychain::unavailableMessage(job->error(), job->errorString(), m_options.environment);
    m_keychainProblem = message;
    qCWarning(lcKeys, "%s", qUtf8Printable(message));
    if (!m_announcedUnavailable) {
        m_announcedUnavailable = true;
        Q_EMIT keychainUnavailable(message);
    }
    return message;
}

void KeyStore::save(const QString &provider, const QString &key)
{
    const QString value = key.trimmed();
    if (!keys::isValidProvider(provider) || value.isEmpty()) {
        const KeyResult result {
            provider, false, {}, KeySource::None, KeyProblem::InvalidInput, keys::invalidInputMessage(provider)
        };
        emitLater([this, result] { Q_EMIT saved(result); });
        return;
    }

    registerSecret(value); // masked in every log line from now on

    if (m_sessionOnly) {
        m_sessionKeys.insert(provider, value);
        const KeyResult result {
            provider,
            true,
            {},
            KeySource::SessionMemory,
            KeyProblem::None,
            KeyStore::tr("The key for %1 is kept in memory for this session only.").arg(provider)
        };
        emitLater([this, result] { Q_EMIT saved(result); });
        return;
    }

    const QString service = m_options.service;
    runJob(
        [this, service, provider, value] {
            auto *job = new QKeychain::WritePasswordJob(service, this);
            job->setKey(provider);
            job->setTextData(value);
            return job;
        },
        [this, provider, value](QKeychain::Job *job) {
            KeyResult result;
            result.provider = provider;
            if (job->error() == QKeychain::NoError) {
                m_sessionKeys.remove(provider);
                addToIndex(provider);
                result.ok = true;
                result.source = KeySource::Keychain;
                qCInfo(lcKeys, "Stored the %s key in the keychain", qUtf8Printable(provider));
            } else if (keychain::isUnavailable(job->error())) {
                const QString what = noteUnavailable(job);
                m_sessionKeys.insert(provider, value);
                result.ok = true;
                result.source = KeySource::SessionMemory;
                result.problem = KeyProblem::NoKeychain;
                result.message = what + u' '
                    + KeyStore::tr("The key for %1 is kept in memory for this session only.").arg(provider);
            } else {
                result.problem = KeyProblem::Failed;
                result.message = KeyStore::tr("Could not store the key for %1: %2").arg(provider, job->errorString());
                qCWarning(lcKeys, "%s", qUtf8Printable(result.message));
            }
            Q_EMIT saved(result);
        });
}

void KeyStore::lookup(const QString &provider, const std::function<void(KeyResult)> &done)
{
    KeyResult result;
    result.provider = provider;
    auto finishLater = [this, done](const KeyResult &r) {
        emitLater([done, r] { done(r); });
    };

    if (!keys::isValidProvider(provider)) {
        result.problem = KeyProblem::InvalidInput;
        result.message = keys::invalidInputMessage(provider);
        finishLater(result);
        return;
    }

    const QString variable = environmentVariable(provider);
    const QString fromEnv = m_options.environment.value(variable).trimmed();
    if (!fromEnv.isEmpty()) {
        if (!m_announcedEnvironment.contains(provider)) {
            m_announcedEnvironment.insert(provider);
            qCInfo(lcKeys, "Using the %s key from the environment variable %s (it overrides the keychain)",
                   qUtf8Printable(provider), qUtf8Printable(variable));
        }
        registerSecret(fromEnv);
        result.ok = true;
        result.key = fromEnv;
        result.source = KeySource::Environment;
        finishLater(result);
        return;
    }

    // A key entered this session and not stored in the keychain is the user's latest word.
    if (const auto it = m_sessionKeys.constFind(provider); it != m_sessionKeys.constEnd()) {
        result.ok = true;
        result.key = it.value();
        result.source = KeySource::SessionMemory;
        finishLater(result);
        return;
    }

    if (m_sessionOnly) {
        result.ok = true; // no key: source stays None
        finishLater(result);
        return;
    }

    const QString service = m_options.service;
    runJob(
        [this, service, provider] {
            auto *job = new QKeychain::ReadPasswordJob(service, this);
            job->setKey(provider);
            return job;
        },
        [this, provider, done](QKeychain::Job *job) {
            KeyResult r;
            r.provider = provider;
            const QKeychain::Error error = job->error();
            if (error == QKeychain::NoError) {
                r.key = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
                registerSecret(r.key);
                r.ok = true;
                r.source = r.key.isEmpty() ? KeySource::None : KeySource::Keychain;
            } else if (error == QKeychain::EntryNotFound) {
                r.ok = true;
            } else if (keychain::isUnavailable(error)) {
                r.problem = KeyProblem::NoKeychain;
                r.message = noteUnavailable(job) + u' '
                    + KeyStore::tr("Enter the key for %1 again; it will be kept in memory for this "
                                   "session only.")
                          .arg(provider);
            } else {
                r.problem = KeyProblem::Failed;
                r.message = KeyStore::tr("Could not read the key for %1: %2").arg(provider, job->errorString());
                qCWarning(lcKeys, "%s", qUtf8Printable(r.message));
            }
            done(r);
        });
}

void KeyStore::load(const QString &provider)
{
    lookup(provider, [this](const KeyResult &result) { Q_EMIT loaded(result); });
}

void KeyStore::hasKey(const QString &provider)
{
    lookup(provider, [this](KeyResult result) {
        result.key.clear();
        Q_EMIT keyChecked(result);
    });
}

void KeyStore::resolveKeys(const QStringList &providers)
{
    QStringList unique = providers;
    unique.removeDuplicates();
    if (unique.isEmpty()) {
        emitLater([this] { Q_EMIT keysResolved({}); });
        return;
    }
    auto pending = std::make_shared<qsizetype>(unique.size());
    auto results = std::make_shared<ResolvedKeys>();
    for (const QString &provider : std::as_const(unique)) {
        lookup(provider, [this, pending, results](const KeyResult &result) {
            results->insert(result.provider, result);
            if (--*pending == 0) {
                for (const KeyResult &r : std::as_const(*results))
                    qCInfo(lcKeys, "Key for %s: %s", qUtf8Printable(r.provider),
                           qUtf8Printable(keySourceName(r.source)));
                Q_EMIT keysResolved(*results);
            }
        });
    }
}

void KeyStore::deleteEntry(const QString &provider, const std::function<void(bool, KeyProblem, QString)> &done)
{
    const QString service = m_options.service;
    runJob(
        [this, service, provider] {
            auto *job = new QKeychain::DeletePasswordJob(service, this);
            job->setKey(provider);
            return job;
        },
        [this, provider, done](QKeychain::Job *job) {
            const QKeychain::Error error = job->error();
            if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
                removeFromIndex(provider);
                done(true, KeyProblem::None, {});
            } else if (keychain::isUnavailable(error)) {
                done(false, KeyProblem::NoKeychain, noteUnavailable(job));
            } else {
                const QString message
                    = KeyStore::tr("Could not delete the key for %1: %2").arg(provider, job->errorString());
                qCWarning(lcKeys, "%s", qUtf8Printable(message));
                done(false, KeyProblem::Failed, message);
            }
        });
}

void KeyStore::remove(const QString &provider)
{
    if (!keys::isValidProvider(provider)) {
        const KeyResult result {
            provider, false, {}, KeySource::None, KeyProblem::InvalidInput, keys::invalidInputMessage(provider)
        };
        emitLater([this, result] { Q_EMIT removed(result); });
        return;
    }
    m_sessionKeys.remove(provider);
    if (m_sessionOnly) {
        const KeyResult result { provider, true, {}, KeySource::None, KeyProblem::None, {} };
        emitLater([this, result] { Q_EMIT removed(result); });
        return;
    }
    deleteEntry(provider, [this, provider](bool ok, KeyProblem problem, const QString &message) {
        if (ok)
            qCInfo(lcKeys, "Deleted the %s key", qUtf8Printable(provider));
        Q_EMIT removed(KeyResult { provider, ok, {}, KeySource::None, problem, message });
    });
}

void KeyStore::forgetAll()
{
    QStringList providers = storedEntries() + knownProviders() + m_sessionKeys.keys();
    providers.removeDuplicates();
    providers.sort();
    m_sessionKeys.clear();

    if (m_sessionOnly) {
        ForgetResult result;
        result.forgotten = providers;
        emitLater([this, result] { Q_EMIT forgotAll(result); });
        return;
    }

    auto pending = std::make_shared<qsizetype>(providers.size());
    auto result = std::make_shared<ForgetResult>();
    for (const QString &provider : std::as_const(providers)) {
        deleteEntry(provider, [this, provider, pending, result](bool ok, KeyProblem problem, const QString &message) {
            (ok ? result->forgotten : result->failed).append(provider);
            if (!ok && result->problem == KeyProblem::None) {
                result->problem = problem;
                result->message = message;
            }
            if (--*pending == 0) {
                result->forgotten.sort();
                result->failed.sort();
                qCInfo(lcKeys, "Forgot %lld stored key entries (%lld failed)", qlonglong(result->forgotten.size()),
                       qlonglong(result->failed.size()));
                Q_EMIT forgotAll(*result);
            }
        });
    }
}

} // namespace ip
