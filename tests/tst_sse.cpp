// SseParser: table-driven; every sample is also fed split at every byte boundary (and one byte at a
// time) and must give exactly the same events.
#include "net/SseParser.h"

#include <QTest>

using ip::SseEvent;
using ip::SseParser;

using Events = QList<SseEvent>;

namespace {

SseEvent ev(const QByteArray &data, const QByteArray &event = {}, const QByteArray &id = {})
{
    return SseEvent { event, data, id };
}

Events feedAll(SseParser &parser, const QList<QByteArray> &pieces, bool flush)
{
    Events out;
    for (const QByteArray &piece : pieces)
        out += parser.feed(piece);
    if (flush)
        out += parser.flush();
    return out;
}

QByteArray describe(const Events &events)
{
    QByteArray s;
    for (const SseEvent &e : events)
        s += "{event=" + e.event + " data=" + e.data.toPercentEncoding("{}\":,[] ") + " id=" + e.id + "} ";
    return s;
}

} // namespace

class SseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("flush");
        QTest::addColumn<Events>("expected");

        QTest::newRow("lf") << QByteArray("data: a\n\ndata: b\n\n") << false << Events { ev("a"), ev("b") };
        QTest::newRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n") << false << Events { ev("a"), ev("b") };
        QTest::newRow("bare cr") << QByteArray("data: a\r\rdata: b\r\r") << false << Events { ev("a"), ev("b") };
        QTest::newRow("mixed line ends") << QByteArray("data: a\r\ndata: b\rdata: c\n\r\n") << false
                                         << Events { ev("a\nb\nc") };
        QTest::newRow("multi data joined")
            << QByteArray("data: one\ndata: two\ndata:\ndata: four\n\n") << false << Events { ev("one\ntwo\n\nfour") };
        QTest::newRow("no space after colon")
            << QByteArray("data:{\"x\":1}\n\n") << false << Events { ev("{\"x\":1}") };
        QTest::newRow("only one space removed")
            << QByteArray("data:  two spaces\n\n") << false << Events { ev(" two spaces") };
        QTest::newRow("comments ignored")
            << QByteArray(": keep-alive\n\n: ping\ndata: x\n: mid\n\n") << false << Events { ev("x") };
        QTest::newRow("event and id") << QByteArray("event: error\nid: 7\ndata: {\"e\":1}\n\ndata: next\n\n") << false
                                      << Events { ev("{\"e\":1}", "error", "7"), ev("next", {}, "7") };
        QTest::newRow("event type resets") << QByteArray("event: a\n\ndata: x\n\n") << false << Events { ev("x") };
        QTest::newRow("no data no event") << QByteArray("event: ping\nid: 1\n\n") << false << Events {};
        QTest::newRow("field without colon") << QByteArray("data\n\n") << false << Events { ev("") };
        QTest::newRow("done passes through")
            << QByteArray("data: {\"c\":1}\n\ndata: [DONE]\n\n") << false << Events { ev("{\"c\":1}"), ev("[DONE]") };
        QTest::newRow("incomplete without flush") << QByteArray("data: a\n\ndata: b\n") << false << Events { ev("a") };
        QTest::newRow("flush dispatches pending")
            << QByteArray("data: a\n\ndata: b\n") << true << Events { ev("a"), ev("b") };
        QTest::newRow("flush completes last line")
            << QByteArray("data: a\r\n\r\ndata: {\"end\":true}") << true << Events { ev("a"), ev("{\"end\":true}") };
        QTest::newRow("flush after terminator adds nothing") << QByteArray("data: a\n\n") << true << Events { ev("a") };
        QTest::newRow("bom stripped") << QByteArray("\xEF\xBB\xBF"
                                                    "data: a\n\n")
                                      << false << Events { ev("a") };
        QTest::newRow("utf8 data") << QByteArray("data: caf\xC3\xA9 \xE6\x97\xA5\n\n") << false
                                   << Events { ev("caf\xC3\xA9 \xE6\x97\xA5") };
        QTest::newRow("unknown field ignored") << QByteArray("foo: bar\ndata: a\n\n") << false << Events { ev("a") };
        QTest::newRow("retry ignored for events")
            << QByteArray("retry: 1500\ndata: a\n\n") << false << Events { ev("a") };
        QTest::newRow("groq-like stream")
            << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\n"
                          ": keep-alive\n\n"
                          "data: {\"choices\":[{\"delta\":{\"content\":\"lo\"}}]}\n\n"
                          "data: [DONE]\n\n")
            << false
            << Events { ev("{\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}"),
                        ev("{\"choices\":[{\"delta\":{\"content\":\"lo\"}}]}"), ev("[DONE]") };
        QTest::newRow("gemini-like crlf stream without final blank line")
            << QByteArray("data: {\"candidates\":[1]}\r\n\r\ndata: {\"candidates\":[2]}\r\n") << true
            << Events { ev("{\"candidates\":[1]}"), ev("{\"candidates\":[2]}") };
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, flush);
        QFETCH(Events, expected);

        {
            SseParser parser;
            const Events whole = feedAll(parser, { input }, flush);
            QVERIFY2(whole == expected, describe(whole).constData());
        }
        // Split in two at every byte boundary.
        for (qsizetype cut = 0; cut <= input.size(); ++cut) {
            SseParser parser;
            const Events got = feedAll(parser, { input.left(cut), input.mid(cut) }, flush);
            QVERIFY2(got == expected, (QByteArray::number(cut) + ": " + describe(got)).constData());
        }
        // Split in three at every pair of boundaries.
        for (qsizetype a = 0; a <= input.size(); ++a) {
            for (qsizetype b = a; b <= input.size(); ++b) {
                SseParser parser;
                const Events got = feedAll(parser, { input.left(a), input.mid(a, b - a), input.mid(b) }, flush);
                QVERIFY2(got == expected, (QByteArray::number(a) + "," + QByteArray::number(b)).constData());
            }
        }
        // One byte at a time.
        SseParser parser;
        QList<QByteArray> bytes;
        for (char c : input)
            bytes.append(QByteArray(1, c));
        QCOMPARE(feedAll(parser, bytes, flush), expected);
    }

    void crAtChunkEndThenLfIsOneLineEnd()
    {
        SseParser parser;
        QVERIFY(parser.feed("data: a\r").isEmpty());
        // If "\r" + "\n" counted as two line ends, "a" would be dispatched here already.
        QVERIFY(parser.feed("\n").isEmpty());
        QCOMPARE(parser.feed("\r\n"), Events { ev("a") });
    }

    void lastEventIdAndRetry()
    {
        SseParser parser;
        QCOMPARE(parser.retryMs(), -1);
        const Events events = parser.feed("id: 42\nretry: 2500\ndata: x\n\nretry: nope\nid\ndata: y\n\n");
        QCOMPARE(events, (Events { ev("x", {}, "42"), ev("y") }));
        QCOMPARE(parser.retryMs(), 2500);
        QCOMPARE(parser.lastEventId(), QByteArray());
    }

    void ceilingDropsOverlongEventAndRecovers()
    {
        SseParser parser(64);
        QByteArray big = "data: " + QByteArray(200, 'x') + "\n";
        Events events = parser.feed("data: ok\n\n");
        events += parser.feed(big.left(50));
        events += parser.feed(big.mid(50));
        events += parser.feed("data: more of the same\n\n");
        events += parser.feed("data: after\n\n");
        QCOMPARE(events, (Events { ev("ok"), ev("after") }));
        QCOMPARE(parser.overflowCount(), 1);
        QVERIFY2(parser.droppedBytes() >= 200, QByteArray::number(parser.droppedBytes()).constData());
    }

    void ceilingCountsDataAcrossLines()
    {
        SseParser parser(64);
        Events events;
        for (int i = 0; i < 10; ++i)
            events += parser.feed("data: 0123456789\n");
        events += parser.feed("\ndata: fine\n\n");
        QCOMPARE(events, Events { ev("fine") });
        QCOMPARE(parser.overflowCount(), 1);
    }

    void ceilingWithoutNewlinesStaysBounded()
    {
        SseParser parser(1024);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(parser.feed(QByteArray(1000, 'g')).isEmpty());
        QCOMPARE(parser.overflowCount(), 1);
        QVERIFY(parser.droppedBytes() > 999'000);
        QVERIFY(parser.flush().isEmpty());
        QCOMPARE(parser.feed("data: back\n\n"), Events { ev("back") });
    }

    void flushResetsForReuse()
    {
        SseParser parser;
        QCOMPARE(parser.feed("event: e\ndata: a"), Events {});
        QCOMPARE(parser.flush(), Events { ev("a", "e") });
        QCOMPARE(parser.flush(), Events {});
        QCOMPARE(parser.feed("data: b\n\n"), Events { ev("b") });
    }

    void strayTextKeepsNonSseLines()
    {
        SseParser parser;
        const Events events = parser.feed("{\n  \"error\": {\n    \"code\": 429\n  }\n}\n");
        QVERIFY(events.isEmpty());
        QCOMPARE(parser.takeStrayText(), QByteArray("{\n  \"error\": {\n    \"code\": 429\n  }\n}"));
        QCOMPARE(parser.takeStrayText(), QByteArray());
    }
};

QTEST_APPLESS_MAIN(SseTest)
#include "tst_sse.moc"
