#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <qt6keychain/keychain.h>

// How KeyStore reads QtKeychain's errors (internal to core/keys).
namespace ip::keychain {

// NoBackendAvailable, NotImplemented, OtherError (KWallet/libsecret when the service is absent),
// AccessDenied and AccessDeniedByUser: the keychain cannot be used in this session.
bool isUnavailable(QKeychain::Error error);

// Worth a second attempt (the backend may still be starting at login); not after a user's refusal.
bool isWorthRetrying(QKeychain::Error error);

// A sentence for a person saying what is missing, e.g. that there is no D-Bus session bus or that
// the Secret Service (GNOME Keyring / KWallet) did not answer. `detail` is QtKeychain's own text.
QString unavailableMessage(QKeychain::Error error, const QString &detail, const QProcessEnvironment &env);

} // namespace ip::keychain
