// Wait-hint parsing (Go/protobuf durations, retry-after, messages) and Backoff.
#include "net/Backoff.h"
#include "net/Duration.h"

#include <QTest>

namespace {

// Replays a fixed sequence of "random" numbers.
class SequenceRandom final : public ip::RandomSource
{
public:
    explicit SequenceRandom(QList<double> values)
        : m_values(std::move(values))
    { }
    double next() override { return m_values.isEmpty() ? 0.0 : m_values.takeFirst(); }
    [[nodiscard]] qsizetype left() const { return m_values.size(); }

private:
    QList<double> m_values;
};

} // namespace

class RetryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");

        // Go durations (Groq / OpenAI x-ratelimit-reset-*).
        QTest::newRow("2m59.56s") << QStringLiteral("2m59.56s") << qint64(179'560);
        QTest::newRow("7.66s") << QStringLiteral("7.66s") << qint64(7'660);
        QTest::newRow("12ms") << QStringLiteral("12ms") << qint64(12);
        QTest::newRow("789.6ms") << QStringLiteral("789.6ms") << qint64(790);
        QTest::newRow("6m0s") << QStringLiteral("6m0s") << qint64(360'000);
        QTest::newRow("1m26.4s") << QStringLiteral("1m26.4s") << qint64(86'400);
        QTest::newRow("1h2m") << QStringLiteral("1h2m") << qint64(3'720'000);
        QTest::newRow("14m6.2s") << QStringLiteral("14m6.2s") << qint64(846'200);
        QTest::newRow("1m47.5854s") << QStringLiteral("1m47.5854s") << qint64(107'586);
        QTest::newRow("0s") << QStringLiteral("0s") << qint64(0);
        QTest::newRow("500us") << QStringLiteral("500us") << qint64(1);
        QTest::newRow("2h0m0.5s") << QStringLiteral("2h0m0.5s") << qint64(7'200'500);
        // Protobuf Duration (Gemini RetryInfo.retryDelay).
        QTest::newRow("37s") << QStringLiteral("37s") << qint64(37'000);
        QTest::newRow("20.04466179s") << QStringLiteral("20.04466179s") << qint64(20'045);
        QTest::newRow("spaces") << QStringLiteral("  28s ") << qint64(28'000);
        // Not durations.
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("bare number") << QStringLiteral("12") << qint64(-1);
        QTest::newRow("unknown unit") << QStringLiteral("3d") << qint64(-1);
        QTest::newRow("trailing junk") << QStringLiteral("3sx") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-3s") << qint64(-1);
        QTest::newRow("inner space") << QStringLiteral("1m 2s") << qint64(-1);
        QTest::newRow("huge") << QStringLiteral("99999999999999999h") << qint64(-1);
    }

    void duration()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(ip::parseDuration(text), ms);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("integer") << QByteArray("2") << qint64(2000);
        QTest::newRow("fraction") << QByteArray("0.5") << qint64(500);
        QTest::newRow("fraction rounds up") << QByteArray("1.0001") << qint64(1001);
        QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("http date") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30'000);
        QTest::newRow("http date past") << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << qint64(0);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(ip::parseRetryAfter(value, now), ms);
    }

    void retryAfterMs()
    {
        QCOMPARE(ip::parseRetryAfterMs("1500"), qint64(1500));
        QCOMPARE(ip::parseRetryAfterMs("12.2"), qint64(13));
        QCOMPARE(ip::parseRetryAfterMs("x"), qint64(-1));
        QCOMPARE(ip::parseRetryAfterMs("-5"), qint64(-1));
    }

    void retryAfterFromHeaders()
    {
        using ip::HttpHeaders;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(ip::retryAfterFromHeaders(HttpHeaders { { "Retry-After", "3" } }, now), qint64(3000));
        QCOMPARE(ip::retryAfterFromHeaders(HttpHeaders { { "retry-after", "3" }, { "retry-after-ms", "250" } }, now),
                 qint64(250));
        QCOMPARE(ip::retryAfterFromHeaders(HttpHeaders { { "retry-after", "3" }, { "retry-after-ms", "bad" } }, now),
                 qint64(3000));
        QCOMPARE(ip::retryAfterFromHeaders(HttpHeaders { { "x-ratelimit-reset-tokens", "7.66s" } }, now), qint64(-1));
    }

    void messageHint_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("groq tpm") << QStringLiteral(
            "Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_x` service tier "
            "`on_demand` on tokens per minute (TPM): Limit 12000, Used 10655, Requested 1947. Please "
            "try again in 3.01s. Need more tokens? Upgrade to Dev Tier today at "
            "https://console.groq.com/settings/billing")
                                  << qint64(3010);
        QTest::newRow("groq minutes") << QStringLiteral("Please try again in 1m47.5854s.") << qint64(107'586);
        QTest::newRow("groq ms") << QStringLiteral("Please try again in 789.6ms.") << qint64(790);
        QTest::newRow("gemini") << QStringLiteral(
            "You exceeded your current quota ...\n* Quota exceeded for metric: "
            "generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 20, "
            "model: gemini-2.5-flash\nPlease retry in 28.324975824s.")
                                << qint64(28'325);
        QTest::newRow("case") << QStringLiteral("PLEASE RETRY IN 2S") << qint64(2000);
        QTest::newRow("retry after") << QStringLiteral("retry after 5s") << qint64(5000);
        QTest::newRow("none") << QStringLiteral("The model is overloaded. Please try again later.") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void messageHint()
    {
        QFETCH(QString, message);
        QFETCH(qint64, ms);
        QCOMPARE(ip::retryHintFromMessage(message), ms);
    }

    void backoffCeiling_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("1") << 1 << qint64(1000);
        QTest::newRow("2") << 2 << qint64(2000);
        QTest::newRow("3") << 3 << qint64(4000);
        QTest::newRow("6") << 6 << qint64(32'000);
        QTest::newRow("7 capped") << 7 << qint64(60'000);
        QTest::newRow("1000 no overflow") << 1000 << qint64(60'000);
        QTest::newRow("0") << 0 << qint64(1000);
    }

    void backoffCeiling()
    {
        QFETCH(int, retry);
        QFETCH(qint64, ceiling);
        QCOMPARE(ip::Backoff::ceilingMs(ip::BackoffPolicy { 1000, 60'000, 5 }, retry), ceiling);
    }

    void fullJitter()
    {
        const ip::BackoffPolicy p { 1000, 60'000, 5 };
        QCOMPARE(ip::Backoff::jitteredMs(p, 3, 0.0), qint64(0));
        QCOMPARE(ip::Backoff::jitteredMs(p, 3, 0.5), qint64(2000));
        QCOMPARE(ip::Backoff::jitteredMs(p, 3, 0.99999), qint64(3999));
        QCOMPARE(ip::Backoff::jitteredMs(p, 3, 1.0), qint64(4000)); // clamped
        QCOMPARE(ip::Backoff::jitteredMs(p, 10, 0.25), qint64(15'000));
    }

    void backoffSequenceAndExhaustion()
    {
        SequenceRandom random({ 0.5, 0.5, 0.5, 0.5 });
        ip::Backoff backoff(ip::BackoffPolicy { 500, 10'000, 4 }, &random);
        QCOMPARE(backoff.nextDelayMs(), qint64(250)); // after attempt 1: U[0, 500)
        QCOMPARE(backoff.nextDelayMs(), qint64(500)); // after attempt 2: U[0, 1000)
        QCOMPARE(backoff.nextDelayMs(), qint64(1000)); // after attempt 3: U[0, 2000)
        QVERIFY(!backoff.exhausted());
        QCOMPARE(backoff.nextDelayMs(), qint64(-1)); // attempt 4 was the last
        QVERIFY(backoff.exhausted());
        QCOMPARE(backoff.failedAttempts(), 4);
        QCOMPARE(random.left(), qsizetype(1)); // no random draw when giving up
        backoff.reset();
        QCOMPARE(backoff.nextDelayMs(), qint64(250));
    }

    void backoffServerHint()
    {
        SequenceRandom random({ 0.0, 0.0, 0.0 });
        ip::Backoff backoff(ip::BackoffPolicy { 1000, 60'000, 5, 120'000 }, &random);
        QCOMPARE(backoff.nextDelayMs(3010), qint64(3010)); // "Please try again in 3.01s"
        QCOMPARE(backoff.nextDelayMs(0), qint64(0));
        QCOMPARE(backoff.nextDelayMs(86'400'000), qint64(-1)); // daily quota: not worth waiting
        QCOMPARE(random.left(), qsizetype(3));
    }

    void backoffSingleAttempt()
    {
        ip::Backoff backoff(ip::BackoffPolicy { 1000, 60'000, 1 });
        QCOMPARE(backoff.nextDelayMs(), qint64(-1));
    }
};

QTEST_APPLESS_MAIN(RetryTest)
#include "tst_retry.moc"
