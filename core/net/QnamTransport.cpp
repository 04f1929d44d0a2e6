#include "net/QnamTransport.h"

#include "common/AppInfo.h"
#include "net/NetworkInit.h"
#include "net/QnamReply.h"
#include "net/UrlPolicy.h"

#include <QNetworkAccessManager>

namespace ip {

QByteArray defaultUserAgent()
{
    return QByteArray(appinfo::kApplicationName) + '/' + QByteArray(appinfo::kVersion);
}

QnamTransport::QnamTransport(QNetworkAccessManager *nam)
    : m_owned(nam ? nullptr : new QNetworkAccessManager)
    , m_nam(nam ? nam : m_owned.get())
{
    initNetwork();
}

QnamTransport::~QnamTransport() = default;

HttpReply *QnamTransport::send(const HttpRequest &request, QObject *parent)
{
    auto *reply = new QnamReply(request, parent);
    const QString violation = urlPolicyViolation(request.url);
    if (!violation.isEmpty()) {
        const bool insecure = request.url.isValid() && !request.url.host().isEmpty();
        reply->failSoon(insecure ? TransportErrorKind::InsecureUrl : TransportErrorKind::Other, violation);
        return reply;
    }
    reply->start(m_nam);
    return reply;
}

} // namespace ip
