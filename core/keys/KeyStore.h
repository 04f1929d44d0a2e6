#pragma once

#include "keys/KeyTypes.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QSettings;

namespace QKeychain {
class Job;
}

namespace ip {

// API keys in the system keychain through QtKeychain's asynchronous jobs: service
// "interview-prep", one entry per provider id ("groq", "gemini", or any other id).
//
// - Every call finishes with exactly one signal, always asynchronously (never inside the call).
// - Environment variables override the keychain (GROQ_API_KEY, GEMINI_API_KEY, <ID>_API_KEY);
//   using one is logged without its value.
// - No keychain (no D-Bus session, no Secret Service, access denied): the result says what is
//   missing (KeyProblem::NoKeychain + message) and a saved key is kept in memory for this session
//   only. Nothing is ever written in plain text. setSessionOnly(true) is the explicit mode in which
//   the keychain is not touched at all (the UI can offer it).
// - The names (never the values) of stored entries are listed in QSettings ("keychain/entries") so
//   forgetAll() can delete every one of them.
// - Every key that is saved or loaded is registered with the log redaction filter.
class KeyStore : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString service = QStringLiteral("interview-prep");
        QSettings *index = nullptr; // where entry names are listed; nullptr = the app's QSettings
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        int watchdogMs = 30'000; // log a warning when a keychain job takes longer
    };

    explicit KeyStore(QObject *parent = nullptr);
    explicit KeyStore(Options options, QObject *parent = nullptr);
    ~KeyStore() override;

    // For display: "Secret Service (GNOME Keyring / KWallet)", "macOS Keychain", "Windows Credential Manager".
    static QString backendName();
    // The overriding environment variable of a provider: "GROQ_API_KEY", "GEMINI_API_KEY", "<ID>_API_KEY".
    static QString environmentVariable(const QString &provider);
    // The providers the app knows: "groq", "gemini".
    static QStringList knownProviders();

    [[nodiscard]] QString service() const { return m_options.service; }

    // Asynchronous operations.
    void save(const QString &provider, const QString &key); // -> saved
    void load(const QString &provider); // -> loaded (env, session memory, keychain)
    void remove(const QString &provider); // -> removed (keychain entry and memory)
    void hasKey(const QString &provider); // -> keyChecked (key not included)
    void forgetAll(); // -> forgotAll
    void resolveKeys(const QStringList &providers); // -> keysResolved

    // Session-only mode: keys are kept in memory and the keychain is not used.
    void setSessionOnly(bool sessionOnly);
    [[nodiscard]] bool isSessionOnly() const { return m_sessionOnly; }
    // The last "no keychain" message, or empty when the keychain worked (or was never asked).
    [[nodiscard]] QString keychainProblem() const { return m_keychainProblem; }

    // Provider ids listed as stored in the keychain.
    [[nodiscard]] QStringList storedEntries() const;
    // The QSettings key of that list ("keychain/entries"): kept when the settings are reset but the
    // keys stay, so forgetAll() can still find every entry later.
    static QString indexSettingsKey();

Q_SIGNALS:
    void saved(const ip::KeyResult &result);
    void loaded(const ip::KeyResult &result);
    void removed(const ip::KeyResult &result);
    void keyChecked(const ip::KeyResult &result);
    void forgotAll(const ip::ForgetResult &result);
    void keysResolved(const ip::ResolvedKeys &keys);
    // Emitted once each time the keychain turns out to be unavailable, with what is missing.
    void keychainUnavailable(const QString &message);

private:
    using JobFactory = std::function<QKeychain::Job *()>;
    using JobDone = std::function<void(QKeychain::Job *)>;

    void runJob(const JobFactory &make, const JobDone &done, bool retried = false);
    void lookup(const QString &provider, const std::function<void(KeyResult)> &done);
    void deleteEntry(const QString &provider, const std::function<void(bool ok, KeyProblem, QString)> &done);
    void emitLater(const std::function<void()> &emitter);
    QString noteUnavailable(QKeychain::Job *job);
    void addToIndex(const QString &provider);
    void removeFromIndex(const QString &provider);

    Options m_options;
    std::unique_ptr<QSettings> m_ownedIndex;
    QSettings *m_index = nullptr;
    QHash<QString, QString> m_sessionKeys;
    QString m_keychainProblem;
    bool m_sessionOnly = false;
    QSet<QString> m_announcedEnvironment;
    bool m_announcedUnavailable = false;
};

} // namespace ip
