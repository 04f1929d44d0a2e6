// redact (log/Redaction.h): every secret shape is masked, ordinary text is left alone.
#include "log/Redaction.h"

#include <QTest>
#include <QUrl>

class RedactTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redact_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("bearer") << QStringLiteral("sent Bearer gsk_abcDEF1234567890xyz now")
                                << QStringLiteral("sent Bearer *** now");
        QTest::newRow("authorization header") << QStringLiteral("Authorization: Bearer abc.def-ghi\nHost: x")
                                              << QStringLiteral("Authorization: ***\nHost: x");
        QTest::newRow("authorization basic")
            << QStringLiteral("authorization: Basic dXNlcjpwYXNz") << QStringLiteral("authorization: ***");
        QTest::newRow("goog header") << QStringLiteral("x-goog-api-key: AIzaSyA-1234567890abcdefghijklmnopqrstu\r\n")
                                     << QStringLiteral("x-goog-api-key: ***\r\n");
        QTest::newRow("goog header short value")
            << QStringLiteral("X-Goog-Api-Key: hunter2") << QStringLiteral("X-Goog-Api-Key: ***");
        QTest::newRow("json header dump")
            << QStringLiteral("{\"x-api-key\": \"secret-value\"}") << QStringLiteral("{\"x-api-key\": \"***\"}");
        QTest::newRow("query key")
            << QStringLiteral(
                   "https://generativelanguage.googleapis.com/v1beta/models/m:streamGenerateContent?key=abc123&alt=sse")
            << QStringLiteral(
                   "https://generativelanguage.googleapis.com/v1beta/models/m:streamGenerateContent?key=***&alt=sse");
        QTest::newRow("query key not first")
            << QStringLiteral("/x?alt=sse&key=abc123") << QStringLiteral("/x?alt=sse&key=***");
        QTest::newRow("api_key param") << QStringLiteral("api_key=zzz999 and more")
                                       << QStringLiteral("api_key=*** and more");
        QTest::newRow("groq key bare") << QStringLiteral("key gsk_0123456789abcdefABCDEF was rejected")
                                       << QStringLiteral("key gsk_*** was rejected");
        QTest::newRow("google key bare") << QStringLiteral("(AIzaSyD0123456789_abcdefghijklmnopqrs)")
                                         << QStringLiteral("(AIza***)");
        QTest::newRow("openai key bare") << QStringLiteral("used sk-proj-abcdefghijklmnop1234 today")
                                         << QStringLiteral("used sk-*** today");
        QTest::newRow("anthropic key bare")
            << QStringLiteral("sk-ant-api03-abcdefghijklmnopqrstuvwxyz") << QStringLiteral("sk-***");
        QTest::newRow("several") << QStringLiteral("a=gsk_aaaaaaaaaaaaaaaa b=gsk_bbbbbbbbbbbbbbbb")
                                 << QStringLiteral("a=gsk_*** b=gsk_***");
        QTest::newRow("plain text untouched")
            << QStringLiteral("Rate limit reached for model `llama-3.3-70b-versatile`: try again in 3.01s. Keyboard "
                              "monkey=1 risk-averse task-based sk-8 desk-top")
            << QStringLiteral("Rate limit reached for model `llama-3.3-70b-versatile`: try again in 3.01s. Keyboard "
                              "monkey=1 risk-averse task-based sk-8 desk-top");
        QTest::newRow("words containing key")
            << QStringLiteral("monkey=banana&turkey=x") << QStringLiteral("monkey=banana&turkey=x");
        QTest::newRow("empty") << QString() << QString();
    }

    void redact()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ip::redact(input), expected);
        // Idempotent.
        QCOMPARE(ip::redact(ip::redact(input)), expected);
    }

    void byteArrayOverload() { QCOMPARE(ip::redact(QByteArray("Bearer tok_123")), QStringLiteral("Bearer ***")); }

    void url()
    {
        const QUrl url(QStringLiteral("https://user:pw@example.com/v1/models?key=AIzaSecretSecretSecret123&x=1"));
        const QString shown = ip::redactedUrl(url);
        QVERIFY2(!shown.contains(QLatin1StringView("Secret")), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1StringView("pw")));
        QVERIFY(shown.contains(QLatin1StringView("example.com/v1/models?key=***&x=1")));
    }
};

QTEST_APPLESS_MAIN(RedactTest)
#include "tst_redact.moc"
