#include "net/HttpTransport.h"

namespace ip {

QByteArray headerValue(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

void discardReply(HttpReply *reply, QObject *receiver)
{
    if (!reply)
        return;
    reply->disconnect(receiver);
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

} // namespace ip
