#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ip {

// Where an API key came from (or went to).
enum class KeySource {
    None, // no key anywhere
    Environment, // GROQ_API_KEY / GEMINI_API_KEY / <ID>_API_KEY: overrides everything, never stored
    SessionMemory, // kept in memory for this session only (no keychain, or the user chose so)
    Keychain, // the system keychain (Secret Service, macOS Keychain, Windows Credential Manager)
};

QString keySourceName(KeySource source); // "none", "environment", "session", "keychain"

// What went wrong with the keychain. Messages are for a person and never contain a key.
enum class KeyProblem {
    None,
    InvalidInput, // empty provider id or key
    NoKeychain, // no backend / not reachable / access denied: keys live in memory this session
    Failed, // the keychain answered with another error
};

// The outcome of one KeyStore operation. `key` is only filled by load/resolve: never log it.
struct KeyResult
{
    QString provider;
    bool ok = false;
    QString key;
    KeySource source = KeySource::None;
    KeyProblem problem = KeyProblem::None;
    QString message; // set whenever problem != None (and for session-only saves)
};

// The outcome of forgetAll().
struct ForgetResult
{
    QStringList forgotten; // provider ids whose keychain entries were deleted (or were already absent)
    QStringList failed; // provider ids that could not be deleted
    KeyProblem problem = KeyProblem::None;
    QString message;
    [[nodiscard]] bool ok() const { return failed.isEmpty() && problem == KeyProblem::None; }
};

// The outcome of resolveKeys(): one result per provider asked for.
using ResolvedKeys = QMap<QString, KeyResult>;

} // namespace ip

Q_DECLARE_METATYPE(ip::KeyResult)
Q_DECLARE_METATYPE(ip::ForgetResult)
Q_DECLARE_METATYPE(ip::ResolvedKeys)
