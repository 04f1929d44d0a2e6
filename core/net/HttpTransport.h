#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

namespace ip {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// Case-insensitive header lookup; empty when absent.
QByteArray headerValue(const HttpHeaders &headers, const QByteArray &name);

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    int totalTimeoutMs = 120'000; // whole request, 0 = none
    int firstByteTimeoutMs = 60'000; // until the status line/headers arrive, 0 = none
    int idleTimeoutMs = 60'000; // max silence between chunks of a body, 0 = none
    // Follow redirects (never from https to http). False: a 3xx is the answer, delivered like any
    // other status (headersReceived with its Location, then its body and finished).
    bool followRedirects = true;
};

// Transport-level failure (no HTTP status to speak of).
enum class TransportErrorKind {
    None,
    ConnectionRefused,
    HostNotFound,
    Tls,
    ConnectionReset, // dropped mid-body, remote closed early
    Timeout, // total, first-byte or idle timeout
    Cancelled,
    InsecureUrl, // https required for non-loopback hosts
    Other
};

struct TransportError
{
    TransportErrorKind kind = TransportErrorKind::None;
    QString message; // never contains secrets
};

// One HTTP exchange in flight. Emits headersReceived once (if the server answered),
// dataReceived for each chunk of the body as it arrives, then exactly one of finished or
// failed. Deletes nothing by itself: the owner deletes it (deleteLater) after the end.
class HttpReply : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~HttpReply() override = default;

    // Abort; emits failed(Cancelled) if not already ended.
    virtual void abort() = 0;
    [[nodiscard]] virtual bool isFinished() const = 0;

    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const HttpHeaders &headers() const { return m_headers; }

Q_SIGNALS:
    void headersReceived(int status, const ip::HttpHeaders &headers);
    void dataReceived(const QByteArray &chunk);
    void finished(); // body complete (any HTTP status)
    void failed(const ip::TransportError &error); // transport failure; status() may be set

protected:
    int m_status = 0;
    HttpHeaders m_headers;
};

// Lets go of a reply that `receiver` no longer wants: disconnects it from `receiver`, aborts it when it
// has not ended (no failed(Cancelled) reaches `receiver`) and deletes it later. Null is fine.
void discardReply(HttpReply *reply, QObject *receiver);

// The seam between providers and the network. QnamTransport is the real one.
class HttpTransport
{
public:
    virtual ~HttpTransport() = default;
    // Starts the request; never returns null. The reply is parented to `parent`. Implementations emit
    // nothing from inside send() (even an immediate failure comes from the event loop), so connect
    // to the reply after send() returns. Receivers should deleteLater() the reply, not delete it.
    virtual HttpReply *send(const HttpRequest &request, QObject *parent) = 0;
};

} // namespace ip

Q_DECLARE_METATYPE(ip::HttpHeaders)
Q_DECLARE_METATYPE(ip::TransportError)
