#include "net/UrlPolicy.h"

#include "log/Redaction.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ip {

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h == QLatin1StringView("localhost") || h.endsWith(QLatin1StringView(".localhost")))
        return true;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool isLocalEndpoint(const QUrl &url)
{
    return isLoopbackHost(url.host());
}

QString urlPolicyViolation(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ip::UrlPolicy", "The address \"%1\" is not a valid web address.")
            .arg(redactedUrl(url));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1StringView("https"))
        return {};
    if (scheme == QLatin1StringView("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return QCoreApplication::translate("ip::UrlPolicy",
                                           "Refusing to send data over unencrypted http:// to %1. Use an https:// "
                                           "address (plain http is only allowed for servers on this computer).")
            .arg(url.host());
    }
    return QCoreApplication::translate("ip::UrlPolicy", "Unsupported address scheme \"%1\" (use https://).")
        .arg(scheme);
}

} // namespace ip
