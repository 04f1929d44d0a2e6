// Self-test of the loopback TestHttpServer (tests/support) with a raw QTcpSocket client, so the
// wire bytes are exactly what is checked.
#include "TestHttpServer.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using ip::test::TestHttpRequest;
using ip::test::TestHttpResponder;
using ip::test::TestHttpServer;

class TestHttpServerTest : public QObject
{
    Q_OBJECT

private:
    // Reads until `pred(received)` holds or the peer closes; returns everything received.
    static QByteArray readUntil(QTcpSocket &socket, const std::function<bool(const QByteArray &)> &pred)
    {
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (!pred(received) && timer.elapsed() < 5000) {
            if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
                break;
            QSignalSpy spy(&socket, &QTcpSocket::readyRead);
            if (socket.bytesAvailable() == 0)
                spy.wait(200);
            received += socket.readAll();
        }
        return received;
    }

    static bool connectTo(QTcpSocket &socket, const TestHttpServer &server)
    {
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        return socket.state() == QAbstractSocket::ConnectedState || connected.wait(2000);
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ip::test::TestHttpRequest>(); }

    void parsesRequestArrivingInPieces()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QTcpSocket socket;
        QVERIFY(connectTo(socket, server));
        const QByteArray wire = "POST /v1/chat?key=abc HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                "Content-Length: 11\r\n\r\nhello world";
        QSignalSpy received(&server, &TestHttpServer::requestReceived);
        for (qsizetype i = 0; i < wire.size(); i += 7) {
            socket.write(wire.mid(i, 7));
            socket.flush();
            QTest::qWait(1); // let the server see a partial request (pieces, not a sync wait)
        }
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(server.requestCount(), 1);
        const TestHttpRequest &req = server.requests().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path(), QByteArray("/v1/chat"));
        QCOMPARE(req.query(), QByteArray("key=abc"));
        QCOMPARE(req.header("content-type"), QByteArray("application/json"));
        QCOMPARE(req.body, QByteArray("hello world"));
        const QByteArray answer = readUntil(socket, [](const QByteArray &r) { return r.endsWith("\r\n\r\n"); });
        QVERIFY2(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer.constData());
        QVERIFY(answer.contains("Content-Length: 0\r\n"));
    }

    void keepAliveServesSeveralRequestsOnOneConnection()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpRequest &req, TestHttpResponder &res) { res.respond(200, req.path()); });
        QTcpSocket socket;
        QVERIFY(connectTo(socket, server));
        // Two pipelined requests in one write: answered in order, one at a time.
        socket.write("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /bb HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray answer = readUntil(socket, [](const QByteArray &r) { return r.endsWith("/bb"); });
        QCOMPARE(answer.count("HTTP/1.1 200 OK"), 2);
        QVERIFY(answer.indexOf("\r\n\r\n/a") < answer.indexOf("\r\n\r\n/bb"));
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.requests().at(1).index, 1);
        QCOMPARE(server.requests().at(1).connectionId, 1);
        QCOMPARE(server.maxConcurrentRequests(), 1);
    }

    void chunkedFramingIsExact()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
            res.beginChunked(200, { { "Content-Type", "text/event-stream" } });
            res.sendChunk("data: a\n\n");
            res.sendChunk(QByteArray(20, 'x'), 30);
            res.endChunked(10);
        });
        QTcpSocket socket;
        QVERIFY(connectTo(socket, server));
        socket.write("GET /s HTTP/1.1\r\n\r\n");
        const QByteArray answer = readUntil(socket, [](const QByteArray &r) { return r.endsWith("0\r\n\r\n"); });
        QVERIFY2(answer.contains("Transfer-Encoding: chunked\r\n"), answer.constData());
        QVERIFY(answer.contains("Content-Type: text/event-stream\r\n"));
        QVERIFY(answer.endsWith("\r\n\r\n9\r\ndata: a\n\n\r\n14\r\nxxxxxxxxxxxxxxxxxxxx\r\n0\r\n\r\n"));
    }

    void delaysAreHonoured()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpRequest &, TestHttpResponder &res) { res.respond(200, "late", {}, 150); });
        QTcpSocket socket;
        QVERIFY(connectTo(socket, server));
        QElapsedTimer timer;
        timer.start();
        socket.write("GET / HTTP/1.1\r\n\r\n");
        const QByteArray answer = readUntil(socket, [](const QByteArray &r) { return r.endsWith("late"); });
        QVERIFY(answer.endsWith("late"));
        QVERIFY2(timer.elapsed() >= 140, QByteArray::number(timer.elapsed()).constData());
    }

    void dropsMidBodyAndReportsClose()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpRequest &, TestHttpResponder &res) {
            res.beginBody(200, {}, 100);
            res.sendBody("partial");
            res.resetConnection(10);
        });
        QSignalSpy closed(&server, &TestHttpServer::connectionClosed);
        QTcpSocket socket;
        QVERIFY(connectTo(socket, server));
        socket.write("GET / HTTP/1.1\r\n\r\n");
        QTRY_COMPARE(closed.count(), 1);
        QCOMPARE(closed.first().at(1).toBool(), false); // closed by the server
        QTRY_VERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.bytesAvailable() > 0);
        QCOMPARE(server.openRequests(), 0);
    }

    void clientCloseIsSeenAndConcurrencyCounted()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestHttpRequest &, TestHttpResponder &) {}); // silent
        QSignalSpy closed(&server, &TestHttpServer::connectionClosed);
        QTcpSocket a;
        QTcpSocket b;
        QVERIFY(connectTo(a, server));
        QVERIFY(connectTo(b, server));
        a.write("GET /1 HTTP/1.1\r\n\r\n");
        b.write("GET /2 HTTP/1.1\r\n\r\n");
        QTRY_COMPARE(server.requestCount(), 2);
        QCOMPARE(server.openRequests(), 2);
        QCOMPARE(server.maxConcurrentRequests(), 2);
        a.abort();
        QTRY_COMPARE(closed.count(), 1);
        QCOMPARE(closed.first().at(1).toBool(), true);
        QCOMPARE(server.openRequests(), 1);
        QCOMPARE(server.maxConcurrentRequests(), 2);
    }

    void connectionCloseRequestHeaderClosesAfterResponse()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QSignalSpy closed(&server, &TestHttpServer::connectionClosed);
        QTcpSocket socket;
        QVERIFY(connectTo(socket, server));
        socket.write("GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
        QTRY_COMPARE(closed.count(), 1);
        QCOMPARE(closed.first().at(1).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestHttpServerTest)
#include "tst_testhttpserver.moc"
