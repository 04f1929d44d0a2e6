#include "providers/GeminiGrounding.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ip;

namespace {

QJsonObject loadJson(const QString &name)
{
    QFile f(QStringLiteral(IP_TEST_DATA_DIR "/providers/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject support(qint64 start, qint64 end, const QString &text, QJsonArray chunks, bool omitStart = false)
{
    QJsonObject segment { { QStringLiteral("endIndex"), end }, { QStringLiteral("text"), text } };
    if (!omitStart)
        segment.insert(QStringLiteral("startIndex"), start);
    return QJsonObject { { QStringLiteral("segment"), segment }, { QStringLiteral("groundingChunkIndices"), chunks } };
}

QJsonObject webChunk(const QString &uri, const QString &title)
{
    return QJsonObject { { QStringLiteral("web"),
                           QJsonObject { { QStringLiteral("uri"), uri }, { QStringLiteral("title"), title } } } };
}

QJsonObject metadata(const QJsonArray &supports, int chunkCount = 2)
{
    QJsonArray chunks;
    for (int i = 0; i < chunkCount; ++i)
        chunks.append(webChunk(QStringLiteral("https://example.com/s%1").arg(i), QStringLiteral("s%1.com").arg(i)));
    return QJsonObject { { QStringLiteral("groundingChunks"), chunks },
                         { QStringLiteral("groundingSupports"), supports } };
}

} // namespace

// Gemini grounding metadata → spans over the QString text (UTF-8 byte offsets → UTF-16 indices).
class TestGrounding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void utf8OffsetToIndex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("byteOffset");
        QTest::addColumn<qsizetype>("expected");
        const QString mixed = QStringLiteral("aé中😀b"); // 1 + 2 + 3 + 4 + 1 bytes; 1+1+1+2+1 UTF-16 units
        QTest::newRow("start") << mixed << qint64(0) << qsizetype(0);
        QTest::newRow("after ascii") << mixed << qint64(1) << qsizetype(1);
        QTest::newRow("after 2-byte") << mixed << qint64(3) << qsizetype(2);
        QTest::newRow("after 3-byte") << mixed << qint64(6) << qsizetype(3);
        QTest::newRow("after 4-byte (surrogate pair)") << mixed << qint64(10) << qsizetype(5);
        QTest::newRow("end") << mixed << qint64(11) << qsizetype(6);
        QTest::newRow("inside 3-byte rounds up") << mixed << qint64(4) << qsizetype(3);
        QTest::newRow("inside 4-byte rounds up") << mixed << qint64(8) << qsizetype(5);
        QTest::newRow("beyond end") << mixed << qint64(12) << qsizetype(-1);
        QTest::newRow("negative") << mixed << qint64(-1) << qsizetype(-1);
        QTest::newRow("empty text, 0") << QString() << qint64(0) << qsizetype(0);
        QTest::newRow("empty text, 1") << QString() << qint64(1) << qsizetype(-1);
    }
    void utf8OffsetToIndex()
    {
        QFETCH(QString, text);
        QFETCH(qint64, byteOffset);
        QFETCH(qsizetype, expected);
        QCOMPARE(ip::utf8OffsetToIndex(text, byteOffset), expected);
    }

    // The reference document's example: first segment without startIndex, en-dash (3 bytes) in
    // the second segment, which ends at byte 68 although the text has 66 characters.
    void referenceExampleWithEnDash()
    {
        const QJsonObject response = loadJson(QStringLiteral("gemini-grounded.json"));
        const QJsonObject candidate = response[QStringLiteral("candidates")].toArray().at(0).toObject();
        const QString text
            = candidate[QStringLiteral("content")][QStringLiteral("parts")][0][QStringLiteral("text")].toString();
        QCOMPARE(text.size(), 66);
        const Grounding g = mapGeminiGrounding(candidate[QStringLiteral("groundingMetadata")].toObject(), text);

        QCOMPARE(g.sources.size(), 2);
        QCOMPARE(g.sources.at(0).title, QStringLiteral("uefa.com"));
        QCOMPARE(g.sources.at(1).url.toString(),
                 QStringLiteral("https://vertexaisearch.cloud.google.com/grounding-api-redirect/AUZIYQFakeToken2"));
        QCOMPARE(g.webSearchQueries,
                 QStringList({ QStringLiteral("euro 2024 winner"), QStringLiteral("euro 2024 final score") }));
        QCOMPARE(g.spans.size(), 2);
        QCOMPARE(g.spans.at(0).start, 0);
        QCOMPARE(g.spans.at(0).end, 20);
        QCOMPARE(g.spans.at(0).sourceIndices, QList<int>({ 0, 1 }));
        QCOMPARE(g.spans.at(1).start, 21);
        QCOMPARE(g.spans.at(1).end, 66);
        QCOMPARE(text.mid(g.spans.at(1).start, g.spans.at(1).end - g.spans.at(1).start),
                 QStringLiteral("They beat England 2–1 in the final in Berlin."));
        QCOMPARE(g.spans.at(1).sourceIndices, QList<int>({ 0 }));
    }

    void multiByteTextBeforeSegment_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("ascii") << QStringLiteral("Intro. ");
        QTest::newRow("accents") << QStringLiteral("Café crème — déjà vu. ");
        QTest::newRow("cjk") << QStringLiteral("所有权模型和借用检查器。");
        QTest::newRow("emoji") << QStringLiteral("🚀🔥 Build fast! 👩‍💻 ");
        QTest::newRow("mixed") << QStringLiteral("## Qt 6 → 日本語 😀 ¿qué? ");
    }
    void multiByteTextBeforeSegment()
    {
        QFETCH(QString, prefix);
        const QString segment = QStringLiteral("Qt uses signals and slots.");
        const QString text = prefix + segment + QStringLiteral(" Tail é.");
        const qint64 start = prefix.toUtf8().size();
        const qint64 end = start + segment.toUtf8().size();
        // The segment text is left out so only the offsets can place the span.
        const Grounding g = mapGeminiGrounding(metadata({ support(start, end, QString(), { 1 }) }), text);
        QCOMPARE(g.spans.size(), 1);
        QCOMPARE(g.spans.at(0).start, prefix.size());
        QCOMPARE(text.mid(g.spans.at(0).start, g.spans.at(0).end - g.spans.at(0).start), segment);
        QCOMPARE(g.sourcesFor(g.spans.at(0).start, g.spans.at(0).end).at(0).title, QStringLiteral("s1.com"));
    }

    void malformedSegmentsAreDropped_data()
    {
        QTest::addColumn<QJsonObject>("badSupport");
        const QJsonArray c0 { 0 };
        QTest::newRow("end beyond text") << support(0, 500, QString(), c0);
        QTest::newRow("start beyond text") << support(400, 500, QString(), c0);
        QTest::newRow("end before start") << support(10, 5, QString(), c0);
        QTest::newRow("end equals start") << support(5, 5, QString(), c0);
        QTest::newRow("negative start") << support(-3, 5, QString(), c0);
        QTest::newRow("no endIndex") << QJsonObject { { QStringLiteral("segment"),
                                                        QJsonObject { { QStringLiteral("startIndex"), 1 } } },
                                                      { QStringLiteral("groundingChunkIndices"), c0 } };
        QTest::newRow("no segment") << QJsonObject { { QStringLiteral("groundingChunkIndices"), c0 } };
        QTest::newRow("chunk index out of range") << support(0, 4, QString(), { 7 });
        QTest::newRow("negative chunk index") << support(0, 4, QString(), { -1 });
        QTest::newRow("no chunk indices") << support(0, 4, QString(), {});
        QTest::newRow("string garbage") << QJsonObject { { QStringLiteral("segment"), QStringLiteral("x") },
                                                         { QStringLiteral("groundingChunkIndices"), 3 } };
        QTest::newRow("unknown part") << QJsonObject { { QStringLiteral("segment"),
                                                         QJsonObject { { QStringLiteral("partIndex"), 4 },
                                                                       { QStringLiteral("endIndex"), 3 } } },
                                                       { QStringLiteral("groundingChunkIndices"), c0 } };
    }
    void malformedSegmentsAreDropped()
    {
        QFETCH(QJsonObject, badSupport);
        const QString text = QStringLiteral("Short text é.");
        const Grounding g
            = mapGeminiGrounding(metadata({ badSupport, support(0, 5, QStringLiteral("Short"), { 0 }) }), text);
        QCOMPARE(g.spans.size(), 1); // only the good one survives
        QCOMPARE(g.spans.at(0).end, 5);
    }

    void garbageMetadataDoesNotCrash()
    {
        const QJsonObject garbage { { QStringLiteral("groundingChunks"), QStringLiteral("nope") },
                                    { QStringLiteral("groundingSupports"),
                                      QJsonArray { 1, QStringLiteral("x"), QJsonArray {} } },
                                    { QStringLiteral("webSearchQueries"), QJsonArray { 2, QStringLiteral(" q ") } } };
        const Grounding g = mapGeminiGrounding(garbage, QStringLiteral("text"));
        QVERIFY(g.sources.isEmpty());
        QVERIFY(g.spans.isEmpty());
        QCOMPARE(g.webSearchQueries, QStringList { QStringLiteral("q") });
        QVERIFY(mapGeminiGrounding({}, {}).isEmpty());
    }

    // Character offsets (a server bug) instead of bytes: the segment text is found instead.
    void mismatchedOffsetsFallBackToSegmentText()
    {
        const QString text = QStringLiteral("日本語のテキスト。Qt is great.");
        const qint64 charStart = text.indexOf(QStringLiteral("Qt"));
        const Grounding g = mapGeminiGrounding(
            metadata({ support(charStart, charStart + 12, QStringLiteral("Qt is great."), { 0 }) }), text);
        QCOMPARE(g.spans.size(), 1);
        QCOMPARE(g.spans.at(0).start, charStart);
        QCOMPARE(g.spans.at(0).end, text.size());
    }

    // Chunks without `web` (e.g. retrieved context) are skipped; indices are re-mapped.
    void nonWebChunksAreSkipped()
    {
        QJsonObject meta { { QStringLiteral("groundingChunks"),
                             QJsonArray { QJsonObject { { QStringLiteral("retrievedContext"), QJsonObject {} } },
                                          webChunk(QStringLiteral("https://a.example/x"), QString()) } },
                           { QStringLiteral("groundingSupports"),
                             QJsonArray { support(0, 4, QStringLiteral("Text"), { 0, 1 }) } } };
        const Grounding g = mapGeminiGrounding(meta, QStringLiteral("Text here"));
        QCOMPARE(g.sources.size(), 1);
        QCOMPARE(g.sources.at(0).title, QStringLiteral("a.example")); // empty title → host
        QCOMPARE(g.spans.size(), 1);
        QCOMPARE(g.spans.at(0).sourceIndices, QList<int>({ 0 }));
    }

    // Offsets are relative to the part named by partIndex.
    void partIndexUsesPartOffsets()
    {
        const QString part0 = QStringLiteral("Première partie. ");
        const QString part1 = QStringLiteral("Second part.");
        const QString text = part0 + part1;
        QJsonObject s = support(0, 6, QStringLiteral("Second"), { 0 });
        QJsonObject seg = s[QStringLiteral("segment")].toObject();
        seg.insert(QStringLiteral("partIndex"), 1);
        s.insert(QStringLiteral("segment"), seg);
        const Grounding g = mapGeminiGrounding(metadata({ s }), text, { 0, part0.toUtf8().size() });
        QCOMPARE(g.spans.size(), 1);
        QCOMPARE(g.spans.at(0).start, part0.size());
        QCOMPARE(g.spans.at(0).end, part0.size() + 6);
    }

    void sourcesForSectionDeduplicates()
    {
        const QString text = QStringLiteral("One. Two. Three.");
        const Grounding g = mapGeminiGrounding(
            metadata({ support(0, 4, {}, { 0, 1 }), support(5, 9, {}, { 1 }), support(10, 16, {}, { 0 }) }), text);
        QCOMPARE(g.spans.size(), 3);
        const auto sources = g.sourcesFor(0, 9);
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0).title, QStringLiteral("s0.com"));
        QCOMPARE(g.sourcesFor(5, 9).size(), 1);
        QCOMPARE(g.sourcesFor(5, 9).at(0).title, QStringLiteral("s1.com"));
    }
};

QTEST_GUILESS_MAIN(TestGrounding)
#include "tst_grounding.moc"
