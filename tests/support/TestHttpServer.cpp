#include "TestHttpServer.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <sys/socket.h>

namespace ip::test {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

bool hasHeader(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &header : headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Status line + headers + blank line; `framing` adds Content-Length / Transfer-Encoding.
QByteArray head(int status, const HttpHeaders &headers, const HttpHeaders &framing)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!hasHeader(headers, "Content-Type"))
        out += "Content-Type: text/plain\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    for (const auto &[name, value] : framing)
        out += name + ": " + value + "\r\n";
    return out + "\r\n";
}

bool wantsClose(const HttpHeaders &headers)
{
    return headerValue(headers, "Connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray TestHttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray TestHttpRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

// One accepted TCP connection: parses requests, runs one responder at a time.
class TestHttpConnection : public QObject
{
public:
    TestHttpConnection(TestHttpServer *server, QTcpSocket *socket, int id)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_id(id)
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &TestHttpConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &TestHttpConnection::onDisconnected);
    }

    void write(const QByteArray &bytes) { m_socket->write(bytes); }

    void close(bool reset)
    {
        if (m_closing)
            return;
        m_closing = true;
        m_socket->flush();
        if (reset) {
            // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
            const struct linger lin = { 1, 0 };
            ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lin, sizeof lin);
            m_socket->abort();
            onDisconnected();
        } else {
            m_socket->disconnectFromHost();
        }
    }

    void responseComplete(TestHttpResponder *responder, bool closeAfter)
    {
        if (responder != m_current)
            return;
        m_current = nullptr;
        responder->deleteLater();
        m_server->requestEnded();
        if (closeAfter)
            close(false);
        else
            processNext();
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        while (!m_closing && parseOne()) { }
        processNext();
    }

    // Moves one complete request from the buffer to m_pending; false when more bytes are needed.
    bool parseOne()
    {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > kMaxHeaderBytes)
                rejectAndClose(431);
            return false;
        }
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        TestHttpRequest request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3) {
            rejectAndClose(400);
            return false;
        }
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        request.version = requestLine.at(2);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append(qMakePair(line.left(colon).trimmed(), line.mid(colon + 1).trimmed()));
        }
        if (!request.header("Transfer-Encoding").isEmpty()) {
            rejectAndClose(501);
            return false;
        }
        bool ok = true;
        const QByteArray lengthText = request.header("Content-Length");
        const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
        if (!ok || length < 0) {
            rejectAndClose(400);
            return false;
        }
        const qsizetype total = headerEnd + 4 + length;
        if (m_buffer.size() < total)
            return false;
        request.body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, total);
        request.connectionId = m_id;
        request.arrivalMs = m_server->elapsedMs();
        request.index = int(m_server->m_requests.size());
        m_server->m_requests.append(request);
        m_pending.push_back(std::move(request));
        return true;
    }

    void rejectAndClose(int status)
    {
        write(head(status, { { "Connection", "close" } }, { { "Content-Length", "0" } }));
        close(false);
    }

    void processNext()
    {
        if (m_current || m_pending.empty() || m_closing)
            return;
        TestHttpRequest request = std::move(m_pending.front());
        m_pending.pop_front();
        m_current = new TestHttpResponder(this, std::move(request));
        m_server->dispatch(this, m_current);
    }

    void onDisconnected()
    {
        if (m_gone)
            return;
        m_gone = true;
        if (m_current) {
            m_current = nullptr;
            m_server->requestEnded();
        }
        Q_EMIT m_server->connectionClosed(m_id, !m_closing);
        deleteLater();
    }

    TestHttpServer *m_server;
    QTcpSocket *m_socket;
    int m_id;
    QByteArray m_buffer;
    std::deque<TestHttpRequest> m_pending;
    QPointer<TestHttpResponder> m_current;
    bool m_closing = false;
    bool m_gone = false;
};

// --- TestHttpResponder ---

TestHttpResponder::TestHttpResponder(TestHttpConnection *connection, TestHttpRequest request)
    : QObject(connection)
    , m_connection(connection)
    , m_request(std::move(request))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TestHttpResponder::runNext);
}

void TestHttpResponder::enqueue(Kind kind, QByteArray bytes, int delayMs)
{
    m_actions.push_back({ kind, std::move(bytes), qMax(0, delayMs) });
    // Always start from the event loop, so that everything a handler queues is queued before the
    // first action runs (and a completed response still runs a closeConnection() queued after it).
    if (!m_timer.isActive() && m_actions.size() == 1)
        m_timer.start(m_actions.front().delayMs);
}

void TestHttpResponder::runNext()
{
    bool closeAfter = false;
    while (!m_actions.empty()) {
        const Action action = std::move(m_actions.front());
        m_actions.pop_front();
        switch (action.kind) {
        case Kind::Write: m_connection->write(action.bytes); break;
        case Kind::Complete:
            m_completed = true;
            closeAfter = closeAfter || !action.bytes.isEmpty();
            break;
        case Kind::Close: m_connection->close(false); return;
        case Kind::Reset: m_connection->close(true); return;
        }
        if (!m_actions.empty() && m_actions.front().delayMs > 0) {
            m_timer.start(m_actions.front().delayMs);
            return;
        }
    }
    if (m_completed)
        m_connection->responseComplete(this, closeAfter || wantsClose(m_request.headers));
}

void TestHttpResponder::respond(int status, const QByteArray &body, const HttpHeaders &headers, int delayMs)
{
    enqueue(Kind::Write, head(status, headers, { { "Content-Length", QByteArray::number(body.size()) } }) + body,
            delayMs);
    enqueue(Kind::Complete, wantsClose(headers) ? "close" : "", 0);
}

void TestHttpResponder::beginChunked(int status, const HttpHeaders &headers, int delayMs)
{
    m_closeAfterComplete = wantsClose(headers);
    enqueue(Kind::Write, head(status, headers, { { "Transfer-Encoding", "chunked" } }), delayMs);
}

void TestHttpResponder::sendChunk(const QByteArray &data, int delayMs)
{
    if (data.isEmpty())
        return; // an empty chunk would end the body
    enqueue(Kind::Write, QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n", delayMs);
}

void TestHttpResponder::endChunked(int delayMs)
{
    enqueue(Kind::Write, "0\r\n\r\n", delayMs);
    enqueue(Kind::Complete, m_closeAfterComplete ? "close" : "", 0);
}

void TestHttpResponder::beginBody(int status, const HttpHeaders &headers, qint64 contentLength, int delayMs)
{
    HttpHeaders framing;
    if (contentLength >= 0)
        framing.append(qMakePair(QByteArray("Content-Length"), QByteArray::number(contentLength)));
    else if (!hasHeader(headers, "Connection"))
        framing.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
    m_closeAfterComplete = contentLength < 0 || wantsClose(headers);
    enqueue(Kind::Write, head(status, headers, framing), delayMs);
}

void TestHttpResponder::sendBody(const QByteArray &data, int delayMs)
{
    enqueue(Kind::Write, data, delayMs);
}

void TestHttpResponder::finishBody(int delayMs)
{
    enqueue(Kind::Complete, m_closeAfterComplete ? "close" : "", delayMs);
}

void TestHttpResponder::drip(int status, const QByteArray &body, int pieceSize, int intervalMs,
                             const HttpHeaders &headers)
{
    beginBody(status, headers, body.size());
    pieceSize = qMax(1, pieceSize);
    for (qsizetype at = 0; at < body.size(); at += pieceSize)
        sendBody(body.mid(at, pieceSize), intervalMs);
    finishBody();
}

void TestHttpResponder::sendRaw(const QByteArray &bytes, int delayMs)
{
    enqueue(Kind::Write, bytes, delayMs);
}

void TestHttpResponder::closeConnection(int delayMs)
{
    enqueue(Kind::Close, {}, delayMs);
}

void TestHttpResponder::resetConnection(int delayMs)
{
    enqueue(Kind::Reset, {}, delayMs);
}

// --- TestHttpServer ---

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            m_connections.append(new TestHttpConnection(this, socket, ++m_connectionCount));
    });
}

TestHttpServer::~TestHttpServer()
{
    m_server.close();
    for (const auto &connection : std::as_const(m_connections))
        delete connection.data();
}

bool TestHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 TestHttpServer::port() const
{
    return m_server.serverPort();
}

QUrl TestHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
}

void TestHttpServer::reset()
{
    for (const auto &connection : std::as_const(m_connections))
        if (connection)
            connection->close(true);
    m_connections.clear();
    m_requests.clear();
    m_openRequests = 0;
    m_maxOpenRequests = 0;
}

void TestHttpServer::dispatch(TestHttpConnection *connection, TestHttpResponder *responder)
{
    Q_UNUSED(connection)
    ++m_openRequests;
    m_maxOpenRequests = qMax(m_maxOpenRequests, m_openRequests);
    const QPointer<TestHttpResponder> guard(responder);
    Q_EMIT requestReceived(responder->request());
    if (!guard)
        return;
    if (m_handler)
        m_handler(responder->request(), *responder);
    else
        responder->respond(200, {});
}

void TestHttpServer::requestEnded()
{
    m_openRequests = qMax(0, m_openRequests - 1);
}

} // namespace ip::test
