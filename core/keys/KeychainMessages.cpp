#include "keys/KeychainMessages.h"

#include "keys/KeyStore.h"

namespace ip::keychain {

bool isUnavailable(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return true;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry: return false;
    }
    return false;
}

bool isWorthRetrying(QKeychain::Error error)
{
    return isUnavailable(error) && error != QKeychain::AccessDeniedByUser && error != QKeychain::NotImplemented;
}

QString unavailableMessage(QKeychain::Error error, const QString &detail, const QProcessEnvironment &env)
{
    const QString backend = KeyStore::backendName();
    const QString trimmed = detail.trimmed();
    QString message;
    if (error == QKeychain::AccessDeniedByUser) {
        message = KeyStore::tr("Access to the system keychain (%1) was denied.").arg(backend);
    } else if (error == QKeychain::AccessDenied) {
        message = KeyStore::tr("The system keychain (%1) refused access; it may be locked.").arg(backend);
    } else {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (env.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")).isEmpty()
            && env.value(QStringLiteral("XDG_RUNTIME_DIR")).isEmpty()) {
            message = KeyStore::tr(
                "No system keychain is available: there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not "
                "set), so the Secret Service (GNOME Keyring or KWallet) cannot be reached.");
        } else {
            message = KeyStore::tr(
                "No system keychain is available: the Secret Service (GNOME Keyring or KWallet) could not be reached "
                "over the D-Bus session bus. Install and unlock GNOME Keyring or KWallet to store keys permanently.");
        }
#else
        Q_UNUSED(env);
        message = KeyStore::tr("No system keychain is available (%1).").arg(backend);
#endif
    }
    if (!trimmed.isEmpty())
        message += u' ' + KeyStore::tr("(Keychain said: %1)").arg(trimmed);
    return message;
}

} // namespace ip::keychain
