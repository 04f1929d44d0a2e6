#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for tests (QTcpServer, not QHttpServer), with exact control
// over what goes on the wire: chunk boundaries, delays, silence, dropped connections.
//
//   ip::test::TestHttpServer server;
//   QVERIFY(server.listen());
//   server.setHandler([](const ip::test::TestHttpRequest &req, ip::test::TestHttpResponder &res) {
//       if (req.path() == "/stream") {
//           res.beginChunked(200, {{"Content-Type", "text/event-stream"}});
//           res.sendChunk("data: a\n\n");
//           res.sendChunk("data: b\n\n", 50);   // 50 ms after the previous action
//           res.endChunked();
//       } else {
//           res.respond(404, R"({"error":"nope"})", {{"Content-Type", "application/json"}});
//       }
//   });
//   QUrl url = server.url("/stream");
//
// Responder actions are queued and run in order; each action's delay counts from the end of the
// previous one (QTimer, never sleeps). Doing nothing in the handler leaves the client waiting
// (timeouts). Keep-alive is supported (several requests per connection, one at a time), and any
// number of connections may be open at once. Request bodies need Content-Length (chunked request
// bodies are not supported). Everything runs in the thread that owns the server.

#include "net/HttpTransport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>

namespace ip::test {

// One request as the server parsed it.
struct TestHttpRequest
{
    int index = -1; // order of arrival over the server's lifetime (0-based)
    int connectionId = -1; // which TCP connection carried it (ids start at 1)
    QByteArray method; // "GET", "POST", ...
    QByteArray target; // path + query exactly as sent, e.g. "/v1/x?key=1"
    QByteArray version; // "HTTP/1.1"
    HttpHeaders headers; // in arrival order, names as sent
    QByteArray body;
    qint64 arrivalMs = 0; // ms since the server was constructed, when the request was complete

    [[nodiscard]] QByteArray header(const QByteArray &name) const { return headerValue(headers, name); }
    [[nodiscard]] QByteArray path() const; // target without the query
    [[nodiscard]] QByteArray query() const; // after '?', without it; empty when none
};

class TestHttpConnection;

// Builds the answer to one request. Owned by the server; valid until the response is complete or the
// connection closes — hold it in a QPointer if you keep it beyond the handler call.
class TestHttpResponder : public QObject
{
    Q_OBJECT
public:
    // A complete response with Content-Length. `headers` may override Content-Type (default text/plain).
    void respond(int status, const QByteArray &body, const HttpHeaders &headers = {}, int delayMs = 0);

    // Transfer-Encoding: chunked. Each sendChunk is written as exactly one HTTP chunk.
    void beginChunked(int status, const HttpHeaders &headers = {}, int delayMs = 0);
    void sendChunk(const QByteArray &data, int delayMs = 0);
    void endChunked(int delayMs = 0);

    // A plain body: with contentLength >= 0 sends Content-Length: contentLength (which may differ from
    // what you send, to simulate truncation); with -1 the body is delimited by closing the connection
    // (Connection: close is sent; call closeConnection() to end it).
    void beginBody(int status, const HttpHeaders &headers, qint64 contentLength, int delayMs = 0);
    void sendBody(const QByteArray &data, int delayMs = 0);
    // Marks a beginBody() response as complete (keep-alive continues with the next request).
    void finishBody(int delayMs = 0);

    // A Content-Length response whose body is written `pieceSize` bytes every `intervalMs`.
    void drip(int status, const QByteArray &body, int pieceSize, int intervalMs, const HttpHeaders &headers = {});

    // Raw bytes, no framing (e.g. half a status line before dropping).
    void sendRaw(const QByteArray &bytes, int delayMs = 0);

    // Flushes what was written, then closes gracefully (FIN).
    void closeConnection(int delayMs = 0);
    // Flushes what was written, then resets the connection (RST, SO_LINGER 0).
    void resetConnection(int delayMs = 0);

    [[nodiscard]] const TestHttpRequest &request() const { return m_request; }

private:
    friend class TestHttpConnection;
    enum class Kind { Write, Complete, Close, Reset };
    struct Action
    {
        Kind kind;
        QByteArray bytes;
        int delayMs;
    };

    TestHttpResponder(TestHttpConnection *connection, TestHttpRequest request);
    void enqueue(Kind kind, QByteArray bytes, int delayMs);
    void runNext();

    TestHttpConnection *m_connection;
    TestHttpRequest m_request;
    std::deque<Action> m_actions;
    QTimer m_timer;
    bool m_completed = false;
    bool m_closeAfterComplete = false;
};

class TestHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const TestHttpRequest &, TestHttpResponder &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    // Listens on 127.0.0.1 on a free port.
    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const;
    // http://127.0.0.1:<port><pathAndQuery>
    [[nodiscard]] QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;

    // Called for each complete request. Without a handler every request gets 200 with an empty body.
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    [[nodiscard]] const QList<TestHttpRequest> &requests() const { return m_requests; }
    [[nodiscard]] int requestCount() const { return int(m_requests.size()); }
    [[nodiscard]] int connectionCount() const { return m_connectionCount; } // accepted so far
    [[nodiscard]] int openRequests() const { return m_openRequests; } // received, not yet answered
    [[nodiscard]] int maxConcurrentRequests() const { return m_maxOpenRequests; }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.elapsed(); }

    // Closes every open connection (abruptly) and forgets the recorded requests.
    void reset();

Q_SIGNALS:
    void requestReceived(const ip::test::TestHttpRequest &request);
    // A connection ended; byClient is true when the peer closed it (e.g. the client aborted).
    void connectionClosed(int connectionId, bool byClient);

private:
    friend class TestHttpConnection;
    void dispatch(TestHttpConnection *connection, TestHttpResponder *responder);
    void requestEnded();

    QTcpServer m_server;
    QElapsedTimer m_clock;
    Handler m_handler;
    QList<TestHttpRequest> m_requests;
    QList<QPointer<TestHttpConnection>> m_connections;
    int m_connectionCount = 0;
    int m_openRequests = 0;
    int m_maxOpenRequests = 0;
};

} // namespace ip::test
