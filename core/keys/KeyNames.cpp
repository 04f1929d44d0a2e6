#include "keys/KeyNames.h"

#include "common/ProviderIds.h"
#include "keys/KeyStore.h"

namespace ip {

namespace keys {

bool isValidProvider(const QString &provider)
{
    if (provider.trimmed().isEmpty() || provider.size() > 100)
        return false;
    for (const QChar c : provider)
        if (c.category() == QChar::Other_Control)
            return false;
    return true;
}

QString invalidInputMessage(const QString &provider)
{
    if (!isValidProvider(provider))
        return KeyStore::tr("“%1” is not a valid provider name.").arg(provider);
    return KeyStore::tr("The key for %1 is empty.").arg(provider);
}

} // namespace keys

QString keySourceName(KeySource source)
{
    switch (source) {
    case KeySource::None: return QStringLiteral("none");
    case KeySource::Environment: return QStringLiteral("environment");
    case KeySource::SessionMemory: return QStringLiteral("session");
    case KeySource::Keychain: return QStringLiteral("keychain");
    }
    return {};
}

QString KeyStore::backendName()
{
#if defined(Q_OS_MACOS)
    return KeyStore::tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return KeyStore::tr("Windows Credential Manager");
#else
    return KeyStore::tr("Secret Service (GNOME Keyring / KWallet)");
#endif
}

QString KeyStore::environmentVariable(const QString &provider)
{
    QString name;
    for (const QChar c : provider.trimmed()) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        name += alnum ? c.toUpper() : QChar(u'_');
    }
    return name + QStringLiteral("_API_KEY");
}

QStringList KeyStore::knownProviders()
{
    return providerid::all();
}

} // namespace ip
