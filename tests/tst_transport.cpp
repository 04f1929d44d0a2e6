// QnamTransport against the loopback TestHttpServer: statuses, streaming, failures, timeouts, abort,
// the https rule and what the server actually receives.
#include "TestHttpServer.h"
#include "common/AppInfo.h"
#include "net/QnamTransport.h"
#include "net/UrlPolicy.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace ip;
using ip::test::TestHttpRequest;
using ip::test::TestHttpResponder;
using ip::test::TestHttpServer;

namespace {

// Records everything a reply emits, in order.
struct Recorder
{
    QStringList events;
    QList<QByteArray> chunks;
    QByteArray body;
    int status = 0;
    HttpHeaders headers;
    int finishedCount = 0;
    int failedCount = 0;
    int headersCount = 0;
    TransportError error;

    [[nodiscard]] bool ended() const { return finishedCount + failedCount > 0; }

    void attach(HttpReply *reply)
    {
        QObject::connect(reply, &HttpReply::headersReceived, reply, [this](int s, const HttpHeaders &h) {
            ++headersCount;
            status = s;
            headers = h;
            events << QStringLiteral("headers:%1").arg(s);
        });
        QObject::connect(reply, &HttpReply::dataReceived, reply, [this](const QByteArray &chunk) {
            chunks << chunk;
            body += chunk;
            events << QStringLiteral("data");
        });
        QObject::connect(reply, &HttpReply::finished, reply, [this] {
            ++finishedCount;
            events << QStringLiteral("finished");
        });
        QObject::connect(reply, &HttpReply::failed, reply, [this](const TransportError &e) {
            ++failedCount;
            error = e;
            events << QStringLiteral("failed:%1").arg(int(e.kind));
        });
    }
};

class CountingNam : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

HttpRequest get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.totalTimeoutMs = 10'000;
    request.firstByteTimeoutMs = 10'000;
    request.idleTimeoutMs = 10'000;
    return request;
}

} // namespace

class TransportTest : public QObject
{
    Q_OBJECT

private:
    // Sends and waits until the reply ends (or 10 s); the reply is deleted with the test's `parent`.
    HttpReply *run(const HttpRequest &request, Recorder &rec)
    {
        HttpReply *reply = m_transport->send(request, m_parent.get());
        rec.attach(reply);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(rec.ended(), 15'000);
        }();
        return reply;
    }

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<CountingNam> m_nam;
    std::unique_ptr<QnamTransport> m_transport;
    std::unique_ptr<QObject> m_parent;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ip::HttpHeaders>();
        qRegisterMetaType<ip::TransportError>();
    }

    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_nam = std::make_unique<CountingNam>();
        m_transport = std::make_unique<QnamTransport>(m_nam.get());
        m_parent = std::make_unique<QObject>();
    }

    void cleanup()
    {
        m_parent.reset();
        m_transport.reset();
        m_nam.reset();
        m_server.reset();
    }

    void ok200WithBody()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
            res.respond(200, R"({"ok":true})", { { "Content-Type", "application/json" }, { "x-request-id", "req_1" } });
        });
        Recorder rec;
        HttpReply *reply = run(get(m_server->url(QStringLiteral("/v1/models"))), rec);
        QCOMPARE(rec.events.first(), QStringLiteral("headers:200"));
        QCOMPARE(rec.events.last(), QStringLiteral("finished"));
        QCOMPARE(rec.failedCount, 0);
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.headersCount, 1);
        QCOMPARE(rec.body, QByteArray(R"({"ok":true})"));
        QCOMPARE(reply->status(), 200);
        QCOMPARE(headerValue(reply->headers(), "X-Request-Id"), QByteArray("req_1"));
        QCOMPARE(headerValue(rec.headers, "content-type"), QByteArray("application/json"));
        QVERIFY(reply->isFinished());
        // Ending twice is impossible: abort after the end is a no-op.
        reply->abort();
        QCOMPARE(rec.failedCount, 0);
    }

    void httpErrorStatusIsNotATransportFailure_data()
    {
        QTest::addColumn<int>("status");
        for (int s : { 400, 401, 403, 404, 409, 413, 422, 429, 498, 500, 502, 503, 504 })
            QTest::addRow("%d", s) << s;
    }

    void httpErrorStatusIsNotATransportFailure()
    {
        QFETCH(int, status);
        const QByteArray body = R"({"error":{"message":"nope","code":)" + QByteArray::number(status) + "}}";
        m_server->setHandler([&](const TestHttpRequest &, TestHttpResponder &res) {
            res.respond(status, body, { { "Content-Type", "application/json" }, { "retry-after", "3" } });
        });
        Recorder rec;
        HttpReply *reply = run(get(m_server->url(QStringLiteral("/x"))), rec);
        QCOMPARE(rec.failedCount, 0);
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(reply->status(), status);
        QCOMPARE(rec.body, body);
        QCOMPARE(headerValue(reply->headers(), "Retry-After"), QByteArray("3"));
    }

    void htmlErrorPageIsDelivered()
    {
        const QByteArray html = "<html><title>Attention Required! | Cloudflare</title></html>";
        m_server->setHandler([&](const TestHttpRequest &, TestHttpResponder &res) {
            res.respond(403, html, { { "Content-Type", "text/html" } });
        });
        Recorder rec;
        run(get(m_server->url()), rec);
        QCOMPARE(rec.status, 403);
        QCOMPARE(rec.body, html);
        QCOMPARE(rec.finishedCount, 1);
    }

    void streamingChunksArriveBeforeFinished()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
            res.beginChunked(200, { { "Content-Type", "text/event-stream" } });
            res.sendChunk("data: one\n\n");
            res.sendChunk("data: two\n\n", 80);
            res.sendChunk("data: three\n\n", 80);
            res.endChunked(80);
        });
        Recorder rec;
        HttpReply *reply = m_transport->send(get(m_server->url(QStringLiteral("/stream"))), m_parent.get());
        rec.attach(reply);
        // The first chunk is delivered while the server is still holding back the rest.
        QTRY_COMPARE(rec.chunks.size(), 1);
        QCOMPARE(rec.chunks.first(), QByteArray("data: one\n\n"));
        QCOMPARE(rec.finishedCount, 0);
        QTRY_VERIFY(rec.ended());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.chunks,
                 (QList<QByteArray> { "data: one\n\n", "data: two\n\n", "data: three\n\n" })); // 80 ms apart
        QCOMPARE(rec.events, (QStringList { "headers:200", "data", "data", "data", "finished" }));
    }

    void closeDelimitedBodyFinishes()
    {
        // No Content-Length, no chunking: the end of the body is the end of the connection.
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
            res.beginBody(200, { { "Content-Type", "text/event-stream" } }, -1);
            res.sendBody("data: a\n\n");
            res.sendBody("data: b\n\n", 30);
            res.closeConnection(30);
        });
        Recorder rec;
        run(get(m_server->url()), rec);
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.body, QByteArray("data: a\n\ndata: b\n\n"));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        Recorder rec;
        run(get(QUrl(QStringLiteral("http://127.0.0.1:%1/x?key=SECRETSECRET").arg(port))), rec);
        QCOMPARE(rec.failedCount, 1);
        QCOMPARE(rec.error.kind, TransportErrorKind::ConnectionRefused);
        QCOMPARE(rec.headersCount, 0);
        QVERIFY(!rec.error.message.isEmpty());
        QVERIFY(!rec.error.message.contains(QLatin1StringView("SECRET")));
    }

    void dropMidBody_data()
    {
        QTest::addColumn<bool>("reset");
        QTest::newRow("close") << false;
        QTest::newRow("reset") << true;
    }

    void dropMidBody()
    {
        QFETCH(bool, reset);
        m_server->setHandler([&](const TestHttpRequest &, TestHttpResponder &res) {
            res.beginBody(200, {}, 1000);
            res.sendBody("first part");
            if (reset)
                res.resetConnection(50);
            else
                res.closeConnection(50);
        });
        Recorder rec;
        run(get(m_server->url()), rec);
        QCOMPARE(rec.finishedCount, 0);
        QCOMPARE(rec.failedCount, 1);
        QCOMPARE(rec.error.kind, TransportErrorKind::ConnectionReset);
        QCOMPARE(rec.status, 200);
        QCOMPARE(rec.body, QByteArray("first part"));
    }

    void dropMidStream()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
            res.beginChunked(200, { { "Content-Type", "text/event-stream" } });
            res.sendChunk("data: one\n\n");
            res.closeConnection(50);
        });
        Recorder rec;
        run(get(m_server->url()), rec);
        QCOMPARE(rec.error.kind, TransportErrorKind::ConnectionReset);
        QCOMPARE(rec.body, QByteArray("data: one\n\n"));
        QCOMPARE(rec.events.last(), QStringLiteral("failed:%1").arg(int(TransportErrorKind::ConnectionReset)));
    }

    void dropMidHeaders()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
            res.sendRaw("HTTP/1.1 200 OK\r\nContent-Le");
            res.closeConnection(30);
        });
        Recorder rec;
        run(get(m_server->url()), rec);
        QCOMPARE(rec.failedCount, 1);
        QCOMPARE(rec.headersCount, 0);
        QCOMPARE(rec.error.kind, TransportErrorKind::ConnectionReset);
    }

    void dropBeforeAnswer()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &res) { res.closeConnection(); });
        Recorder rec;
        run(get(m_server->url()), rec);
        QCOMPARE(rec.failedCount, 1);
        QCOMPARE(rec.error.kind, TransportErrorKind::ConnectionReset);
    }

    void garbageResponseFailsRedacted()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
            res.sendRaw("this is not http at all\r\n\r\n");
            res.closeConnection(20);
        });
        Recorder rec;
        run(get(m_server->url(QStringLiteral("/x?key=SECRETSECRET"))), rec);
        QCOMPARE(rec.failedCount, 1);
        QVERIFY(rec.error.kind != TransportErrorKind::None);
        QVERIFY2(!rec.error.message.contains(QLatin1StringView("SECRET")), qPrintable(rec.error.message));
    }

    void silentServerHitsFirstByteTimeout()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &) {});
        HttpRequest request = get(m_server->url());
        request.firstByteTimeoutMs = 200;
        QElapsedTimer timer;
        timer.start();
        Recorder rec;
        run(request, rec);
        QCOMPARE(rec.error.kind, TransportErrorKind::Timeout);
        QVERIFY2(rec.error.message.contains(QLatin1StringView("did not answer")), qPrintable(rec.error.message));
        QVERIFY(timer.elapsed() >= 190);
        QVERIFY(timer.elapsed() < 5000);
        // The connection is given up, so the server sees the client go away.
        QTRY_COMPARE(m_server->openRequests(), 0);
    }

    void dripPastTotalTimeout()
    {
        // 1 byte every 40 ms for 40 bytes: never idle for long, but 1.6 s in all.
        m_server->setHandler(
            [](const TestHttpRequest &, TestHttpResponder &res) { res.drip(200, QByteArray(40, 'x'), 1, 40); });
        HttpRequest request = get(m_server->url());
        request.totalTimeoutMs = 400;
        request.idleTimeoutMs = 300;
        Recorder rec;
        run(request, rec);
        QCOMPARE(rec.error.kind, TransportErrorKind::Timeout);
        QVERIFY2(rec.error.message.contains(QLatin1StringView("did not complete")), qPrintable(rec.error.message));
        QCOMPARE(rec.status, 200);
        QVERIFY(!rec.body.isEmpty());
        QVERIFY(rec.body.size() < 40);
    }

    void dripWithinTimeoutsCompletes()
    {
        m_server->setHandler(
            [](const TestHttpRequest &, TestHttpResponder &res) { res.drip(200, "slow but steady", 1, 30); });
        HttpRequest request = get(m_server->url());
        request.idleTimeoutMs = 200; // the body takes ~450 ms, but is never silent for 200 ms
        Recorder rec;
        run(request, rec);
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.body, QByteArray("slow but steady"));
        QVERIFY(rec.chunks.size() > 1);
    }

    void firstByteTimerStopsAtHeaders()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
            res.beginChunked(200);
            for (int i = 0; i < 5; ++i)
                res.sendChunk("tick", 100);
            res.endChunked();
        });
        HttpRequest request = get(m_server->url());
        request.firstByteTimeoutMs = 200; // the whole body takes ~500 ms
        request.idleTimeoutMs = 300;
        Recorder rec;
        run(request, rec);
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.body,
                 QByteArray("ticktickticktick"
                            "tick"));
    }

    void idleTimeoutMidStream()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
            res.beginChunked(200, { { "Content-Type", "text/event-stream" } });
            res.sendChunk("data: one\n\n");
            // ...then nothing.
        });
        HttpRequest request = get(m_server->url());
        request.idleTimeoutMs = 250;
        Recorder rec;
        run(request, rec);
        QCOMPARE(rec.error.kind, TransportErrorKind::Timeout);
        QVERIFY2(rec.error.message.contains(QLatin1StringView("stopped sending")), qPrintable(rec.error.message));
        QCOMPARE(rec.body, QByteArray("data: one\n\n"));
    }

    void abortCancels()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &) {});
        QSignalSpy closed(m_server.get(), &TestHttpServer::connectionClosed);
        Recorder rec;
        HttpReply *reply = m_transport->send(get(m_server->url()), m_parent.get());
        rec.attach(reply);
        QTRY_COMPARE(m_server->requestCount(), 1);
        reply->abort();
        QCOMPARE(rec.failedCount, 1); // synchronously
        QCOMPARE(rec.error.kind, TransportErrorKind::Cancelled);
        QVERIFY(reply->isFinished());
        reply->abort();
        QCOMPARE(rec.failedCount, 1);
        QTRY_COMPARE(closed.count(), 1);
        QCOMPARE(closed.first().at(1).toBool(), true); // the client hung up
        QTest::qWait(50); // nothing else may arrive after the end
        QCOMPARE(rec.events.size(), 1);
    }

    void abortMidStream()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
            res.beginChunked(200);
            res.sendChunk("part");
            res.sendChunk("never seen", 300);
            res.endChunked();
        });
        Recorder rec;
        HttpReply *reply = m_transport->send(get(m_server->url()), m_parent.get());
        rec.attach(reply);
        QTRY_COMPARE(rec.chunks.size(), 1);
        reply->abort();
        QCOMPARE(rec.error.kind, TransportErrorKind::Cancelled);
        QTest::qWait(400);
        QCOMPARE(rec.body, QByteArray("part"));
        QCOMPARE(rec.finishedCount, 0);
        QCOMPARE(rec.failedCount, 1);
    }

    void insecureUrlFailsWithoutNetwork_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::newRow("plain http remote")
            << QStringLiteral("http://api.groq.com/openai/v1/models") << int(TransportErrorKind::InsecureUrl);
        QTest::newRow("plain http ip") << QStringLiteral("http://192.168.1.5:11434/v1")
                                       << int(TransportErrorKind::InsecureUrl);
        QTest::newRow("not loopback lookalike")
            << QStringLiteral("http://127.0.0.1.example.com/") << int(TransportErrorKind::InsecureUrl);
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/x") << int(TransportErrorKind::InsecureUrl);
        QTest::newRow("no host") << QStringLiteral("https:///path") << int(TransportErrorKind::Other);
    }

    void insecureUrlFailsWithoutNetwork()
    {
        QFETCH(QString, url);
        QFETCH(int, kind);
        Recorder rec;
        HttpReply *reply = m_transport->send(get(QUrl(url)), m_parent.get());
        rec.attach(reply);
        QCOMPARE(rec.failedCount, 0); // never from inside send()
        QTRY_COMPARE(rec.failedCount, 1);
        QCOMPARE(int(rec.error.kind), kind);
        QVERIFY(!rec.error.message.isEmpty());
        QCOMPARE(m_nam->created, 0);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void urlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://api.groq.com/openai/v1") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:11434/v1") << true;
        QTest::newRow("http LOCALHOST.") << QStringLiteral("http://LOCALHOST.:8080/") << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:1234/v1") << true;
        QTest::newRow("http 127.8.9.10") << QStringLiteral("http://127.8.9.10/") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/") << true;
        QTest::newRow("http remote") << QStringLiteral("http://example.com/") << false;
        QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1/") << false;
        QTest::newRow("http 10.0.0.1") << QStringLiteral("http://10.0.0.1/") << false;
        QTest::newRow("http ::2") << QStringLiteral("http://[::2]/") << false;
        QTest::newRow("http localhost.evil.com") << QStringLiteral("http://localhost.evil.com/") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void urlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(urlPolicyViolation(QUrl(url)).isEmpty(), allowed);
    }

    void serverSeesMethodHeadersBody()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &res) { res.respond(200, "{}"); });
        HttpRequest request = get(m_server->url(QStringLiteral("/v1beta/models/m:streamGenerateContent?alt=sse")));
        request.method = "POST";
        request.headers = { { "Content-Type", "application/json" }, { "x-goog-api-key", "k-123" } };
        request.body = R"({"contents":[{"parts":[{"text":"hi"}]}]})";
        Recorder rec;
        run(request, rec);
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_server->requestCount(), 1);
        const TestHttpRequest &seen = m_server->requests().first();
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.target, QByteArray("/v1beta/models/m:streamGenerateContent?alt=sse"));
        QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
        QCOMPARE(seen.header("X-Goog-Api-Key"), QByteArray("k-123"));
        QCOMPARE(seen.body, request.body);
        QCOMPARE(seen.header("User-Agent"), QByteArray("interview-prep/") + QByteArray(ip::appinfo::kVersion));
    }

    void otherMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        for (const char *m : { "GET", "PUT", "DELETE", "PATCH" })
            QTest::newRow(m) << QByteArray(m);
    }

    void otherMethods()
    {
        QFETCH(QByteArray, method);
        HttpRequest request = get(m_server->url(QStringLiteral("/r")));
        request.method = method;
        Recorder rec;
        run(request, rec);
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_server->requests().first().method, method);
    }

    void userAgentDefaultAndOverride()
    {
        QCOMPARE(defaultUserAgent(), QByteArray("interview-prep/") + QByteArray(ip::appinfo::kVersion));
        HttpRequest request = get(m_server->url());
        request.headers = { { "user-agent", "custom/1" } };
        Recorder rec;
        run(request, rec);
        QCOMPARE(m_server->requests().first().header("User-Agent"), QByteArray("custom/1"));
    }

    void keepAliveReusesConnection()
    {
        for (int i = 0; i < 3; ++i) {
            Recorder rec;
            run(get(m_server->url(QStringLiteral("/n%1").arg(i))), rec);
            QCOMPARE(rec.finishedCount, 1);
        }
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void concurrentRequests()
    {
        QList<QPointer<TestHttpResponder>> held;
        m_server->setHandler([&](const TestHttpRequest &, TestHttpResponder &res) { held << &res; });
        Recorder recs[3];
        for (Recorder &rec : recs)
            rec.attach(m_transport->send(get(m_server->url()), m_parent.get()));
        QTRY_COMPARE(held.size(), 3);
        QCOMPARE(m_server->maxConcurrentRequests(), 3);
        for (const auto &res : std::as_const(held))
            res->respond(200, "done");
        for (Recorder &rec : recs)
            QTRY_COMPARE(rec.finishedCount, 1);
    }

    void redirectIsFollowedByDefault()
    {
        m_server->setHandler([this](const TestHttpRequest &req, TestHttpResponder &res) {
            if (req.path() == "/final")
                res.respond(200, "final page");
            else
                res.respond(302, {}, { { "Location", m_server->url(QStringLiteral("/final")).toEncoded() } });
        });
        Recorder rec;
        HttpReply *reply = run(get(m_server->url(QStringLiteral("/moved"))), rec);
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.headersCount, 1);
        QCOMPARE(reply->status(), 200);
        QCOMPARE(rec.body, QByteArray("final page"));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void redirectNotFollowedIsTheAnswer_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        for (const char *method : { "HEAD", "GET" })
            for (int status : { 301, 302, 303, 307, 308 })
                QTest::addRow("%s %d", method, status) << QByteArray(method) << status;
    }

    void redirectNotFollowedIsTheAnswer()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        m_server->setHandler([&](const TestHttpRequest &req, TestHttpResponder &res) {
            if (req.path() == "/final")
                res.respond(200, "final page");
            else
                res.respond(status, req.method == "HEAD" ? QByteArray() : QByteArray("moved"),
                            { { "Location", "https://example.org/page?a=1" } });
        });
        HttpRequest request = get(m_server->url(QStringLiteral("/moved")));
        request.method = method;
        request.followRedirects = false;
        Recorder rec;
        HttpReply *reply = run(request, rec);
        QCOMPARE(rec.failedCount, 0);
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.headersCount, 1);
        QCOMPARE(rec.events.first(), QStringLiteral("headers:%1").arg(status));
        QCOMPARE(reply->status(), status);
        QCOMPARE(headerValue(reply->headers(), "location"), QByteArray("https://example.org/page?a=1"));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->requests().first().method, method);
    }

    void redirectNotFollowedRelativeLocation()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
            res.respond(302, {}, { { "Location", "/final" } });
        });
        HttpRequest request = get(m_server->url(QStringLiteral("/moved")));
        request.method = "HEAD";
        request.followRedirects = false;
        Recorder rec;
        HttpReply *reply = run(request, rec);
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(reply->status(), 302);
        QCOMPARE(headerValue(reply->headers(), "Location"), QByteArray("/final"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void replyDeletedMidFlightAbortsQuietly()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &) {});
        QSignalSpy closed(m_server.get(), &TestHttpServer::connectionClosed);
        HttpReply *reply = m_transport->send(get(m_server->url()), m_parent.get());
        QTRY_COMPARE(m_server->requestCount(), 1);
        delete reply;
        QTRY_COMPARE(closed.count(), 1);
    }

    void replyDeletedInsideSignalHandler()
    {
        m_server->setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
            res.beginChunked(200);
            res.sendChunk("a");
            res.sendChunk("b", 20);
            res.endChunked(20);
        });
        HttpReply *reply = m_transport->send(get(m_server->url()), m_parent.get());
        QPointer<HttpReply> guard(reply);
        connect(reply, &HttpReply::headersReceived, reply, [reply] { delete reply; });
        QTRY_VERIFY(guard.isNull());
        QTest::qWait(80); // no crash while the rest of the stream arrives
    }
};

QTEST_GUILESS_MAIN(TransportTest)
#include "tst_transport.moc"
