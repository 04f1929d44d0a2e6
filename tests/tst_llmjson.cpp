#include "providers/LlmJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace ip;

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// {"skills":[{"name":string,"level":integer}] (maxItems 3), "summary": string}
QJsonObject skillsSchema()
{
    return obj("{\"type\":\"object\",\"required\":[\"skills\"],\"properties\":{\n        "
               "\"skills\":{\"type\":\"array\",\"maxItems\":3,\"items\":{\"type\":\"object\",\"required\":[\"name\","
               "\"level\"],\n            "
               "\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1},\"level\":{\"type\":\"integer\"}}}},\n  "
               "      \"summary\":{\"type\":\"string\"}}}");
}

} // namespace

// Getting JSON out of model text, and the schema subset check.
class TestLlmJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extraction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected"); // compact JSON, empty = failure expected

        QTest::newRow("plain") << QStringLiteral("{\"a\":1}") << QByteArray("{\"a\":1}");
        QTest::newRow("whitespace and BOM") << QStringLiteral("\uFEFF\n  {\"a\": 1}\n") << QByteArray("{\"a\":1}");
        QTest::newRow("json fence") << QStringLiteral("```json\n{\"a\": [1, 2]}\n```") << QByteArray("{\"a\":[1,2]}");
        QTest::newRow("bare fence with prose")
            << QStringLiteral("Here you go:\n```\n{\"a\": true}\n```\nHope it helps!") << QByteArray("{\"a\":true}");
        QTest::newRow("prose before and after")
            << QStringLiteral("Sure! The answer is {\"a\": \"x}\"} as requested.") << QByteArray("{\"a\":\"x}\"}");
        QTest::newRow("braces in strings")
            << QStringLiteral("note {\"code\": \"if (x) { return \\\"}\\\"; }\", \"n\": 2} end")
            << QByteArray("{\"code\":\"if (x) { return \\\"}\\\"; }\",\"n\":2}");
        QTest::newRow("trailing commas") << QStringLiteral("{\"a\": [1, 2, ], \"b\": {\"c\": 3,},}")
                                         << QByteArray("{\"a\":[1,2],\"b\":{\"c\":3}}");
        QTest::newRow("think block first")
            << QStringLiteral("<think>maybe {\"wrong\": 1}</think>\n{\"right\": 2}") << QByteArray("{\"right\":2}");
        QTest::newRow("truncated array of objects keeps complete items")
            << QStringLiteral("{\"items\": [{\"q\": \"one\"}, {\"q\": \"two\"}, {\"q\": \"thr")
            << QByteArray("{\"items\":[{\"q\":\"one\"},{\"q\":\"two\"}]}");
        QTest::newRow("truncated in fence without closing fence")
            << QStringLiteral("```json\n{\"skills\": [\"C++\", \"Qt\", \"CMa")
            << QByteArray("{\"skills\":[\"C++\",\"Qt\"]}");
        QTest::newRow("truncated after comma")
            << QStringLiteral("{\"a\": 1, \"b\": [true, false,") << QByteArray("{\"a\":1,\"b\":[true,false]}");
        QTest::newRow("truncated inside first string closes it")
            << QStringLiteral("{\"summary\": \"A long summ") << QByteArray("{\"summary\":\"A long summ\"}");
        QTest::newRow("truncated after key") << QStringLiteral("{\"a\": 1, \"b\":") << QByteArray("{\"a\":1}");
        QTest::newRow("escaped quote at cut") << QStringLiteral("{\"a\": [\"x\", \"say \\\"hi\\\"\"], \"b\": \"q\\\"")
                                              << QByteArray("{\"a\":[\"x\",\"say \\\"hi\\\"\"]}");
        QTest::newRow("unicode") << QStringLiteral("```json\n{\"name\": \"日本語 😀\", \"e\": \"\\u00e9\"}\n```")
                                 << QStringLiteral("{\"e\":\"é\",\"name\":\"日本語 😀\"}").toUtf8();
        QTest::newRow("no json") << QStringLiteral("I cannot help with that.") << QByteArray();
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("mismatched brackets") << QStringLiteral("{ ] }") << QByteArray();
        QTest::newRow("second object after garbage")
            << QStringLiteral("{not json} then {\"ok\": 1}") << QByteArray("{\"ok\":1}");
    }
    void extraction()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        const auto result = llmjson::parse(text);
        if (expected.isEmpty()) {
            QVERIFY(result.isError());
            QVERIFY(!result.error().isEmpty());
            return;
        }
        QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error()));
        QCOMPARE(compact(result.value()), expected);
    }

    void repairFunction()
    {
        QCOMPARE(llmjson::repair("[1, 2,"), QByteArray("[1,2]"));
        QCOMPARE(llmjson::repair("[1, 23"), QByteArray("[1]"));
        QCOMPARE(llmjson::repair("{\"a\":[1,2,],}"), QByteArray("{\"a\":[1,2]}"));
        QVERIFY(llmjson::repair("no json").isEmpty());
        QVERIFY(llmjson::repair("").isEmpty());
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem"); // substring of the problem, empty = valid
        QTest::newRow("valid") << QByteArray("{\"skills\":[{\"name\":\"C++\",\"level\":3}]}") << QString();
        QTest::newRow("valid with extra property") << QByteArray("{\"skills\":[],\"other\":1}") << QString();
        QTest::newRow("missing required")
            << QByteArray("{\"summary\":\"x\"}") << QStringLiteral("$: missing required property \"skills\"");
        QTest::newRow("wrong type") << QByteArray("{\"skills\":\"C++\"}")
                                    << QStringLiteral("$.skills: expected array, got string");
        QTest::newRow("nested missing") << QByteArray("{\"skills\":[{\"name\":\"C++\"}]}")
                                        << QStringLiteral("$.skills[0]: missing required property \"level\"");
        QTest::newRow("integer not fractional") << QByteArray("{\"skills\":[{\"name\":\"C++\",\"level\":2.5}]}")
                                                << QStringLiteral("$.skills[0].level: expected integer");
        QTest::newRow("minLength") << QByteArray("{\"skills\":[{\"name\":\"\",\"level\":1}]}")
                                   << QStringLiteral("$.skills[0].name: expected a string of at least 1");
        QTest::newRow("maxItems") << QByteArray("{\"skills\":[{\"name\":\"a\",\"level\":1},{\"name\":\"b\",\"level\":1}"
                                                ",{\"name\":\"c\",\"level\":1},{\"name\":\"d\",\"level\":1}]}")
                                  << QStringLiteral("$.skills: expected at most 3 items, got 4");
    }
    void validation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const QString got = llmjson::validate(QJsonDocument::fromJson(json).object(), skillsSchema());
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.startsWith(problem), qPrintable(got));
    }

    void typeListsEnumsAndNumbers()
    {
        const QJsonObject schema
            = obj("{\"type\":\"object\",\"properties\":{\n            \"v\":{\"type\":[\"string\",\"null\"]}, "
                  "\"k\":{\"type\":\"string\",\"enum\":[\"low\",\"high\"]},\n            \"n\":{\"type\":\"number\"}, "
                  "\"b\":{\"type\":\"boolean\"}, \"a\":{\"type\":\"array\",\"minItems\":1}}}");
        QVERIFY(llmjson::validate(obj("{\"v\":null,\"k\":\"low\",\"n\":1.5,\"b\":false,\"a\":[1]}"), schema).isEmpty());
        QVERIFY(llmjson::validate(obj("{\"v\":\"s\"}"), schema).isEmpty());
        QVERIFY(llmjson::validate(obj("{\"v\":3}"), schema).contains(QLatin1StringView("string or null")));
        QVERIFY(llmjson::validate(obj("{\"k\":\"medium\"}"), schema).contains(QLatin1StringView("enum")));
        QVERIFY(llmjson::validate(obj("{\"n\":\"1\"}"), schema).contains(QLatin1StringView("expected number")));
        QVERIFY(llmjson::validate(obj("{\"b\":1}"), schema).contains(QLatin1StringView("expected boolean")));
        QVERIFY(llmjson::validate(obj("{\"a\":[]}"), schema).contains(QLatin1StringView("at least 1")));
        QVERIFY(llmjson::validate(QJsonArray {}, schema).contains(QLatin1StringView("expected object")));
    }

    // parse(): arrays over maxItems are trimmed rather than rejected.
    void parseTrimsMaxItems()
    {
        const auto r
            = llmjson::parse(QStringLiteral("{\"skills\":[{\"name\":\"a\",\"level\":1},{\"name\":\"b\",\"level\":2},{"
                                            "\"name\":\"c\",\"level\":3},{\"name\":\"d\",\"level\":4}]}"),
                             skillsSchema());
        QVERIFY(r.isOk());
        QCOMPARE(r.value().value(QStringLiteral("skills")).toArray().size(), 3);
        QCOMPARE(r.value()[QStringLiteral("skills")][2][QStringLiteral("name")].toString(), QStringLiteral("c"));
    }

    // The first candidate that fits the schema wins; otherwise the first problem is reported.
    void parsePicksCandidateMatchingSchema()
    {
        const QString text
            = QStringLiteral("Example: {\"skills\": \"x\"}. Answer: {\"skills\": [{\"name\": \"Qt\", \"level\": 4}]}");
        const auto r = llmjson::parse(text, skillsSchema());
        QVERIFY(r.isOk());
        QCOMPARE(r.value()[QStringLiteral("skills")][0][QStringLiteral("name")].toString(), QStringLiteral("Qt"));

        const auto bad = llmjson::parse(QStringLiteral("{\"skills\": \"x\"}"), skillsSchema());
        QVERIFY(bad.isError());
        QCOMPARE(bad.error(), QStringLiteral("$.skills: expected array, got string"));
    }

    void parseWrapsBareArrayForSingleArraySchema()
    {
        const QJsonObject schema
            = obj("{\"type\":\"object\",\"required\":[\"questions\"],\n            "
                  "\"properties\":{\"questions\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}");
        const auto r = llmjson::parse(QStringLiteral("[\"Why?\", \"How?\"]"), schema);
        QVERIFY(r.isOk());
        QCOMPARE(compact(r.value()), QByteArray("{\"questions\":[\"Why?\",\"How?\"]}"));
        // Not wrapped when the schema has more than one property.
        QVERIFY(llmjson::parse(QStringLiteral("[\"Why?\"]"), skillsSchema()).isError());
    }

    void parseRunsExtraCheck()
    {
        auto extra = [](const QJsonObject &o) {
            return o.value(QStringLiteral("skills")).toArray().isEmpty() ? QStringLiteral("no skills") : QString();
        };
        const auto r = llmjson::parse(QStringLiteral("{\"skills\": []}"), skillsSchema(), extra);
        QVERIFY(r.isError());
        QCOMPARE(r.error(), QStringLiteral("no skills"));
        QVERIFY(llmjson::parse(QStringLiteral("{\"skills\": [{\"name\":\"a\",\"level\":1}]}"), skillsSchema(), extra)
                    .isOk());
    }

    // A truncated answer salvages only complete items, so the schema still holds.
    void truncatedSalvageValidates()
    {
        const QString text = QStringLiteral("{\"skills\": [{\"name\": \"C++\", \"level\": 5}, {\"name\": \"Q");
        const auto r = llmjson::parse(text, skillsSchema());
        QVERIFY(r.isOk());
        QCOMPARE(r.value()[QStringLiteral("skills")].toArray().size(), 1);
    }

    // Adversarial input: no crash, bounded time.
    void adversarialInputs()
    {
        QVERIFY(llmjson::parse(QString(200000, QLatin1Char('{'))).isError());
        QVERIFY(llmjson::parse(QString(100000, QLatin1Char('['))).isError());
        QString nested;
        for (int i = 0; i < 5000; ++i)
            nested += QStringLiteral("{}x");
        QVERIFY(llmjson::parse(nested).isOk()); // {} is a valid (empty) object
        QString quotes(50000, QLatin1Char('"'));
        QVERIFY(llmjson::parse(QStringLiteral("{") + quotes).isError());
        auto *rng = QRandomGenerator::global();
        const QByteArray alphabet = "{}[]\",:\\ a1";
        for (int round = 0; round < 300; ++round) {
            QString s;
            const int len = int(rng->bounded(200));
            for (int i = 0; i < len; ++i)
                s += QLatin1Char(alphabet.at(int(rng->bounded(int(alphabet.size())))));
            (void)llmjson::parse(s, skillsSchema());
        }
    }
};

QTEST_GUILESS_MAIN(TestLlmJson)
#include "tst_llmjson.moc"
