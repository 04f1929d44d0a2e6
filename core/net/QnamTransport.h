#pragma once

// The real HttpTransport, over QNetworkAccessManager.
//
// - https is required except for loopback hosts (see UrlPolicy.h): anything else fails with
//   TransportErrorKind::InsecureUrl before any network activity.
// - HTTP error statuses (4xx/5xx) are not transport failures: headers and body are delivered and
//   finished() is emitted; the caller reads status().
// - Timeouts (HttpRequest): total, first byte (until the response headers) and idle (silence
//   between body chunks) are separate QTimers and all fail with TransportErrorKind::Timeout.
// - failed/finished are emitted exactly once and never from inside send() (always from the event
//   loop), so the caller can connect after send() returns.
// - Sets "User-Agent: interview-prep/<version>" unless the request has a User-Agent.
// - Logs to "ip.net.http" (method, redacted URL, status, size, time); never logs secrets.

#include "net/HttpTransport.h"

#include <QByteArray>

#include <memory>

class QNetworkAccessManager;

namespace ip {

class QnamTransport final : public HttpTransport
{
public:
    // Uses `nam` when given (not owned; must outlive the transport and its replies), else creates its
    // own. Either way the manager lives in the calling thread; calls initNetwork().
    explicit QnamTransport(QNetworkAccessManager *nam = nullptr);
    ~QnamTransport() override;
    QnamTransport(const QnamTransport &) = delete;
    QnamTransport &operator=(const QnamTransport &) = delete;

    HttpReply *send(const HttpRequest &request, QObject *parent) override;

    [[nodiscard]] QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    std::unique_ptr<QNetworkAccessManager> m_owned;
    QNetworkAccessManager *m_nam;
};

// "interview-prep/<version>".
[[nodiscard]] QByteArray defaultUserAgent();

} // namespace ip
