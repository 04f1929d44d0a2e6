#include "net/QnamReply.h"

#include "log/Redaction.h"
#include "net/NetLog.h"
#include "net/QnamTransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ip {

namespace {

bool hasHeader(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &header : headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Errors QNAM derives from an HTTP status (the exchange itself worked).
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError: // 400
    case QNetworkReply::ProxyAuthenticationRequiredError: // 407 from the server itself
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError: return true;
    default: return false;
    }
}

} // namespace

QnamReply::QnamReply(const HttpRequest &request, QObject *parent)
    : HttpReply(parent)
    , m_request(request)
{
    for (QTimer *timer : { &m_totalTimer, &m_firstByteTimer, &m_idleTimer })
        timer->setSingleShot(true);
    connect(&m_totalTimer, &QTimer::timeout, this, [this] { onTimeout(TimeoutKind::Total); });
    connect(&m_firstByteTimer, &QTimer::timeout, this, [this] { onTimeout(TimeoutKind::FirstByte); });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { onTimeout(TimeoutKind::Idle); });
}

QnamReply::~QnamReply()
{
    detachReply(true);
}

void QnamReply::start(QNetworkAccessManager *nam)
{
    QNetworkRequest request(m_request.url);
    for (const auto &[name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name, value);
    if (!hasHeader(m_request.headers, "User-Agent"))
        request.setRawHeader("User-Agent", defaultUserAgent());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         m_request.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                   : QNetworkRequest::ManualRedirectPolicy);

    m_elapsed.start();
    qCDebug(lcNetHttp).noquote() << "->" << m_request.method << redactedUrl(m_request.url) << m_request.body.size()
                                 << "bytes";
    m_reply = nam->sendCustomRequest(request, m_request.method, m_request.body);
    m_request.body.clear();
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &QnamReply::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &QnamReply::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &QnamReply::onFinished);

    if (m_request.totalTimeoutMs > 0)
        m_totalTimer.start(m_request.totalTimeoutMs);
    if (m_request.firstByteTimeoutMs > 0)
        m_firstByteTimer.start(m_request.firstByteTimeoutMs);
}

void QnamReply::failSoon(TransportErrorKind kind, const QString &message)
{
    QMetaObject::invokeMethod(
        this, [this, kind, message] { fail(kind, message); }, Qt::QueuedConnection);
}

void QnamReply::abort()
{
    fail(TransportErrorKind::Cancelled, tr("The request was cancelled."));
}

void QnamReply::onMetaDataChanged()
{
    if (!m_reply || m_ended)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    // A redirect QNAM is about to follow is not the answer yet (not followed, it is the answer).
    const int code = status.toInt();
    if (m_request.followRedirects && code >= 300 && code < 400 && m_reply->hasRawHeader("Location"))
        return;
    ensureHeaders(false);
}

void QnamReply::onReadyRead()
{
    if (!m_reply || m_ended)
        return;
    const QByteArray chunk = m_reply->readAll();
    if (chunk.isEmpty())
        return;
    if (!ensureHeaders(false) || m_ended)
        return;
    m_bytes += chunk.size();
    if (m_request.idleTimeoutMs > 0)
        m_idleTimer.start(m_request.idleTimeoutMs);
    Q_EMIT dataReceived(chunk);
}

bool QnamReply::ensureHeaders(bool final)
{
    if (m_headersSent)
        return true;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return true; // nothing from the server yet
    m_headersSent = true;
    m_firstByteTimer.stop();
    if (!final && m_request.idleTimeoutMs > 0)
        m_idleTimer.start(m_request.idleTimeoutMs);
    m_status = status.toInt();
    m_headers.clear();
    for (const auto &pair : m_reply->rawHeaderPairs())
        m_headers.append(pair);
    const QPointer<QnamReply> self(this);
    Q_EMIT headersReceived(m_status, m_headers);
    return !self.isNull();
}

void QnamReply::onFinished()
{
    if (!m_reply || m_ended)
        return;
    const QPointer<QnamReply> self(this);
    // Whatever is still buffered is delivered before the end.
    onReadyRead();
    if (!self || m_ended)
        return;
    if (!ensureHeaders(true) || m_ended)
        return;

    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_headersSent && isHttpStatusError(error)) {
        // A connection closed before the declared Content-Length arrived is a cut-off body,
        // not a complete answer (QNAM reports it as success). Only checkable for identity bodies:
        // QNAM decompresses gzip/deflate, after which the byte counts differ legitimately.
        const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
        bool hasLength = false;
        const qint64 declared = m_reply->rawHeader("Content-Length").trimmed().toLongLong(&hasLength);
        if (hasLength && m_request.method != "HEAD" && (encoding.isEmpty() || encoding == "identity")
            && m_bytes < declared) {
            fail(TransportErrorKind::ConnectionReset,
                 tr("The connection to %1 closed after %2 of %3 bytes of the response.")
                     .arg(hostForMessages())
                     .arg(m_bytes)
                     .arg(declared));
            return;
        }
        succeed();
        return;
    }
    TransportErrorKind kind = TransportErrorKind::Other;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError: kind = TransportErrorKind::ConnectionRefused; break;
    case QNetworkReply::HostNotFoundError: kind = TransportErrorKind::HostNotFound; break;
    case QNetworkReply::TimeoutError: kind = TransportErrorKind::Timeout; break;
    case QNetworkReply::OperationCanceledError: kind = TransportErrorKind::Cancelled; break;
    case QNetworkReply::SslHandshakeFailedError: kind = TransportErrorKind::Tls; break;
    case QNetworkReply::RemoteHostClosedError: kind = TransportErrorKind::ConnectionReset; break;
    case QNetworkReply::UnknownNetworkError:
        // A reset (RST) mid-body surfaces as an unknown network error.
        kind = m_headersSent ? TransportErrorKind::ConnectionReset : TransportErrorKind::Other;
        break;
    default: break;
    }
    fail(kind, describeNetworkError(int(error)));
}

void QnamReply::onTimeout(TimeoutKind which)
{
    if (m_ended)
        return;
    const QString host = hostForMessages();
    switch (which) {
    case TimeoutKind::Total:
        fail(TransportErrorKind::Timeout,
             tr("The server %1 did not complete the response within %n second(s).", "",
                qMax(1, m_request.totalTimeoutMs / 1000))
                 .arg(host));
        break;
    case TimeoutKind::FirstByte:
        fail(TransportErrorKind::Timeout,
             tr("The server %1 did not answer within %n second(s).", "", qMax(1, m_request.firstByteTimeoutMs / 1000))
                 .arg(host));
        break;
    case TimeoutKind::Idle:
        fail(TransportErrorKind::Timeout,
             tr("The server %1 stopped sending data for %n second(s).", "", qMax(1, m_request.idleTimeoutMs / 1000))
                 .arg(host));
        break;
    }
}

void QnamReply::succeed()
{
    m_ended = true;
    for (QTimer *timer : { &m_totalTimer, &m_firstByteTimer, &m_idleTimer })
        timer->stop();
    qCDebug(lcNetHttp).noquote() << "<-" << m_status << redactedUrl(m_request.url) << m_bytes << "bytes"
                                 << m_elapsed.elapsed() << "ms";
    detachReply(false);
    Q_EMIT finished();
}

void QnamReply::fail(TransportErrorKind kind, const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    for (QTimer *timer : { &m_totalTimer, &m_firstByteTimer, &m_idleTimer })
        timer->stop();
    const QString safe = redact(message);
    qCDebug(lcNetHttp).noquote() << "<- failed" << int(kind) << redactedUrl(m_request.url) << safe << "after"
                                 << (m_elapsed.isValid() ? m_elapsed.elapsed() : 0) << "ms";
    detachReply(true);
    Q_EMIT failed(TransportError { kind, safe });
}

void QnamReply::detachReply(bool abortIt)
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (abortIt && reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

QString QnamReply::hostForMessages() const
{
    const QUrl &url = m_request.url;
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QString QnamReply::describeNetworkError(int errorCode) const
{
    const QString host = hostForMessages();
    const QString detail = m_reply ? redact(m_reply->errorString()) : QString();
    switch (QNetworkReply::NetworkError(errorCode)) {
    case QNetworkReply::ConnectionRefusedError: return tr("Could not connect to %1: connection refused.").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("Could not find the server %1. Check the address and your internet connection.").arg(host);
    case QNetworkReply::TimeoutError: return tr("The connection to %1 timed out.").arg(host);
    case QNetworkReply::OperationCanceledError: return tr("The request to %1 was cancelled.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure (TLS) connection to %1 failed: %2").arg(host, detail);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::UnknownNetworkError:
        if (m_headersSent)
            return tr("The connection to %1 was closed before the response was complete.").arg(host);
        return tr("The connection to %1 was closed before the server answered.").arg(host);
    default: break;
    }
    if (errorCode >= QNetworkReply::ProxyConnectionRefusedError && errorCode < QNetworkReply::ContentAccessDenied)
        return tr("The network proxy failed while connecting to %1: %2").arg(host, detail);
    return tr("Network error talking to %1: %2").arg(host, detail);
}

} // namespace ip
