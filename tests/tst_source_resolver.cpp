// SourceResolver against the loopback TestHttpServer through the real QnamTransport: one HEAD per
// distinct grounding redirect, redirects not followed, the Location (absolute or relative) as the new
// address, the original kept on anything else (error status, unusable Location, timeout, cancel),
// at most `maxParallel` requests at once, and nothing asked twice.
#include "TestHttpServer.h"
#include "net/QnamTransport.h"
#include "providers/SourceResolver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ip;
using ip::test::TestHttpRequest;
using ip::test::TestHttpResponder;
using ip::test::TestHttpServer;

namespace {

QList<QUrl> urlsOf(const QList<Source> &sources)
{
    QList<QUrl> urls;
    for (const Source &s : sources)
        urls.append(s.url);
    return urls;
}

} // namespace

class SourceResolverTest : public QObject
{
    Q_OBJECT

private:
    [[nodiscard]] QUrl redirect(const QString &token) const
    {
        return m_server->url(QStringLiteral("/grounding-api-redirect/") + token);
    }

    // Resolves and waits for the one finished; the list it carried.
    QList<Source> resolveAll(SourceResolver &resolver, const QList<Source> &sources)
    {
        SourceResolution *job = resolver.resolve(sources, m_parent.get());
        QSignalSpy done(job, &SourceResolution::finished);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10'000);
        }();
        if (done.count() != 1)
            return {};
        return done.first().first().value<QList<Source>>();
    }

    // Answers the grounding redirects by token: "to-<n>" 302 to https://site<n>.example/page,
    // "404" 404, "relative" 302 to a relative path, "script" 302 to javascript:, "none" 302 without a
    // Location, "ok" 200, "hang" nothing, "nohead" 405 to HEAD and 302 to GET.
    void serveTokens()
    {
        m_server->setHandler([](const TestHttpRequest &req, TestHttpResponder &res) {
            const QByteArray token = req.path().mid(QByteArray("/grounding-api-redirect/").size());
            if (token.startsWith("to-"))
                res.respond(302, {}, { { "Location", "https://site" + token.mid(3) + ".example/page?x=1" } });
            else if (token == "404")
                res.respond(404, {});
            else if (token == "relative")
                res.respond(301, {}, { { "Location", "../moved/here.html" } });
            else if (token == "script")
                res.respond(302, {}, { { "Location", "javascript:alert(1)" } });
            else if (token == "data")
                res.respond(302, {}, { { "Location", "data:text/html,hi" } });
            else if (token == "none")
                res.respond(302, {});
            else if (token == "ok")
                res.respond(200, {});
            else if (token == "nohead")
                res.respond(req.method == "HEAD" ? 405 : 302, {}, { { "Location", "https://get.example/" } });
            // "hang": no answer
        });
    }

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QnamTransport> m_transport;
    std::unique_ptr<QObject> m_parent;

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QList<ip::Source>>(); }

    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_transport = std::make_unique<QnamTransport>();
        m_parent = std::make_unique<QObject>();
        serveTokens();
    }

    void cleanup()
    {
        m_parent.reset();
        m_transport.reset();
        m_server.reset();
    }

    void groundingRedirects_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("redirect");
        QTest::newRow("google") << "https://vertexaisearch.cloud.google.com/grounding-api-redirect/AbC_1" << true;
        QTest::newRow("google host case") << "https://VertexAISearch.cloud.google.com/grounding-api-redirect/x" << true;
        QTest::newRow("loopback") << "http://127.0.0.1:8080/grounding-api-redirect/t" << true;
        QTest::newRow("localhost") << "http://localhost/grounding-api-redirect/t" << true;
        QTest::newRow("other path") << "https://vertexaisearch.cloud.google.com/search?q=1" << false;
        QTest::newRow("other host") << "https://example.com/grounding-api-redirect/t" << false;
        QTest::newRow("page") << "https://www.uefa.com/euro2024/" << false;
        QTest::newRow("empty") << "" << false;
    }

    void groundingRedirects()
    {
        QFETCH(QString, url);
        QFETCH(bool, redirect);
        QCOMPARE(isGroundingRedirect(QUrl(url)), redirect);
    }

    void redirectTargets_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("target"); // empty: none
        QTest::newRow("302 absolute") << 302 << QByteArray("https://www.uefa.com/a?b=1#c")
                                      << "https://www.uefa.com/a?b=1#c";
        QTest::newRow("301 http") << 301 << QByteArray("http://example.org/") << "http://example.org/";
        QTest::newRow("307 padded") << 307 << QByteArray("  https://x.example/p  ") << "https://x.example/p";
        QTest::newRow("relative path") << 302 << QByteArray("/moved") << "https://r.example/moved";
        QTest::newRow("relative dots") << 303 << QByteArray("../up") << "https://r.example/up";
        QTest::newRow("scheme relative") << 308 << QByteArray("//cdn.example/x") << "https://cdn.example/x";
        QTest::newRow("encoded") << 302 << QByteArray("https://de.wikipedia.org/wiki/%C3%9Cber")
                                 << QString::fromUtf8("https://de.wikipedia.org/wiki/Über");
        QTest::newRow("javascript") << 302 << QByteArray("javascript:alert(1)") << QString();
        QTest::newRow("data") << 302 << QByteArray("data:text/html,hi") << QString();
        QTest::newRow("ftp") << 302 << QByteArray("ftp://files.example/x") << QString();
        QTest::newRow("empty") << 302 << QByteArray() << QString();
        QTest::newRow("blank") << 302 << QByteArray("   ") << QString();
        QTest::newRow("200 with location") << 200 << QByteArray("https://x.example/") << QString();
        QTest::newRow("404") << 404 << QByteArray("https://x.example/") << QString();
    }

    void redirectTargets()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, location);
        QFETCH(QString, target);
        const auto got
            = redirectTarget(QUrl(QStringLiteral("https://r.example/grounding-api-redirect/tok")), status, location);
        if (target.isEmpty()) {
            QVERIFY2(!got, got ? qPrintable(got->toString()) : "");
        } else {
            QVERIFY(got.has_value());
            QCOMPARE(*got, QUrl(target));
        }
    }

    void resolvesEachRedirectOnceAndKeepsTheRest()
    {
        SourceResolver resolver(m_transport.get());
        const QList<Source> in {
            { QStringLiteral("uefa.com"), redirect(QStringLiteral("to-1")) },
            { QStringLiteral("A page"), QUrl(QStringLiteral("https://plain.example/page")) },
            { QStringLiteral("gone"), redirect(QStringLiteral("404")) },
            { QStringLiteral("relative"), redirect(QStringLiteral("relative")) },
            { QStringLiteral("script"), redirect(QStringLiteral("script")) },
            { QStringLiteral("data"), redirect(QStringLiteral("data")) },
            { QStringLiteral("no location"), redirect(QStringLiteral("none")) },
            { QStringLiteral("ok"), redirect(QStringLiteral("ok")) },
        };
        const QList<Source> out = resolveAll(resolver, in);
        QCOMPARE(out.size(), in.size());
        QCOMPARE(out.at(0),
                 (Source { QStringLiteral("uefa.com"), QUrl(QStringLiteral("https://site1.example/page?x=1")) }));
        QCOMPARE(out.at(1), in.at(1));
        QCOMPARE(out.at(2), in.at(2)); // 404: the original kept
        QCOMPARE(out.at(3).url, m_server->url(QStringLiteral("/moved/here.html")));
        QCOMPARE(out.at(3).title, QStringLiteral("relative"));
        for (int i = 4; i < in.size(); ++i)
            QCOMPARE(out.at(i), in.at(i));
        // One HEAD per redirect, none for the plain address, no redirect followed.
        QCOMPARE(m_server->requestCount(), 7);
        QCOMPARE(resolver.requestsSent(), 7);
        for (const TestHttpRequest &req : m_server->requests()) {
            QCOMPARE(req.method, QByteArray("HEAD"));
            QVERIFY(req.path().startsWith("/grounding-api-redirect/"));
        }
    }

    void noRedirectsFinishesFromTheEventLoopWithoutRequests()
    {
        SourceResolver resolver(m_transport.get());
        const QList<Source> in { { QStringLiteral("x"), QUrl(QStringLiteral("https://x.example/")) } };
        QVERIFY(!resolver.needsResolving(in));
        SourceResolution *job = resolver.resolve(in, m_parent.get());
        QSignalSpy done(job, &SourceResolution::finished);
        QCOMPARE(done.count(), 0); // not from inside resolve()
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.first().first().value<QList<Source>>(), in);
        QVERIFY(job->isFinished());
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(resolver.requestsSent(), 0);
    }

    void duplicatesAreAskedOnceAndRemembered()
    {
        SourceResolver resolver(m_transport.get());
        const Source a { QStringLiteral("uefa.com"), redirect(QStringLiteral("to-1")) };
        const Source b { QStringLiteral("other title"), redirect(QStringLiteral("to-1")) };
        const Source c { QStringLiteral("c"), redirect(QStringLiteral("to-2")) };
        // Two lists at once share the lookups.
        SourceResolution *first = resolver.resolve({ a, b, c }, m_parent.get());
        SourceResolution *second = resolver.resolve({ c, a }, m_parent.get());
        QSignalSpy firstDone(first, &SourceResolution::finished);
        QSignalSpy secondDone(second, &SourceResolution::finished);
        QTRY_COMPARE(firstDone.count(), 1);
        QTRY_COMPARE(secondDone.count(), 1);
        QCOMPARE(m_server->requestCount(), 2);
        // The same page twice is listed once (first title wins).
        QCOMPARE(urlsOf(first->sources()),
                 (QList<QUrl> { QUrl(QStringLiteral("https://site1.example/page?x=1")),
                                QUrl(QStringLiteral("https://site2.example/page?x=1")) }));
        QCOMPARE(first->sources().first().title, QStringLiteral("uefa.com"));
        QCOMPARE(urlsOf(second->sources()),
                 (QList<QUrl> { QUrl(QStringLiteral("https://site2.example/page?x=1")),
                                QUrl(QStringLiteral("https://site1.example/page?x=1")) }));
        // Resolved before: no request at all.
        QVERIFY(!resolver.needsResolving({ a, c }));
        QCOMPARE(urlsOf(resolveAll(resolver, { c, a })), urlsOf(second->sources()));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(resolver.requestsSent(), 2);
    }

    void failuresAreAskedAgainLater()
    {
        SourceResolver resolver(m_transport.get());
        const Source gone { QStringLiteral("gone"), redirect(QStringLiteral("404")) };
        QCOMPARE(resolveAll(resolver, { gone }), QList<Source> { gone });
        QVERIFY(resolver.needsResolving({ gone }));
        QCOMPARE(resolveAll(resolver, { gone }), QList<Source> { gone });
        QCOMPARE(m_server->requestCount(), 2);
    }

    void silentServerTimesOutKeepingTheOriginal()
    {
        SourceResolver::Options options;
        options.timeoutMs = 150;
        SourceResolver resolver(m_transport.get(), options);
        const Source hang { QStringLiteral("slow"), redirect(QStringLiteral("hang")) };
        const Source fine { QStringLiteral("fine"), redirect(QStringLiteral("to-3")) };
        const QList<Source> out = resolveAll(resolver, { hang, fine });
        QCOMPARE(out,
                 (QList<Source> {
                     hang, { QStringLiteral("fine"), QUrl(QStringLiteral("https://site3.example/page?x=1")) } }));
        QCOMPARE(m_server->requestCount(), 2);
    }

    void headRefusedIsAskedWithGet()
    {
        SourceResolver resolver(m_transport.get());
        const QList<Source> out = resolveAll(resolver, { { QStringLiteral("t"), redirect(QStringLiteral("nohead")) } });
        QCOMPARE(out.first().url, QUrl(QStringLiteral("https://get.example/")));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->requests().at(0).method, QByteArray("HEAD"));
        QCOMPARE(m_server->requests().at(1).method, QByteArray("GET"));
    }

    void insecureRedirectIsNotAsked()
    {
        SourceResolver resolver(m_transport.get());
        const Source plain { QStringLiteral("uefa.com"),
                             QUrl(QStringLiteral("http://vertexaisearch.cloud.google.com/grounding-api-redirect/x")) };
        QCOMPARE(resolveAll(resolver, { plain }), QList<Source> { plain });
        QCOMPARE(m_server->requestCount(), 0);
    }

    void atMostMaxParallelInFlight()
    {
        QList<QPointer<TestHttpResponder>> held;
        m_server->setHandler([&](const TestHttpRequest &, TestHttpResponder &res) { held << &res; });
        SourceResolver::Options options;
        options.maxParallel = 3;
        SourceResolver resolver(m_transport.get(), options);
        QList<Source> in;
        for (int i = 0; i < 7; ++i)
            in.append({ QStringLiteral("s%1").arg(i), redirect(QStringLiteral("to-%1").arg(i)) });
        SourceResolution *job = resolver.resolve(in, m_parent.get());
        QSignalSpy done(job, &SourceResolution::finished);
        qsizetype answered = 0;
        while (answered < in.size()) {
            QTRY_VERIFY(held.size() > answered);
            QVERIFY(m_server->openRequests() <= 3);
            const QPointer<TestHttpResponder> &res = held.at(answered++);
            const QByteArray token = res->request().path().mid(QByteArray("/grounding-api-redirect/").size());
            res->respond(302, {}, { { "Location", "https://site" + token.mid(3) + ".example/" } });
        }
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(m_server->maxConcurrentRequests(), 3);
        QCOMPARE(m_server->requestCount(), 7);
        QCOMPARE(job->sources().at(6).url, QUrl(QStringLiteral("https://site6.example/")));
    }

    void cancelAbortsAndKeepsOriginals()
    {
        SourceResolver resolver(m_transport.get());
        const Source hang { QStringLiteral("slow"), redirect(QStringLiteral("hang")) };
        const Source plain { QStringLiteral("plain"), QUrl(QStringLiteral("https://plain.example/")) };
        SourceResolution *job = resolver.resolve({ plain, hang }, m_parent.get());
        QSignalSpy done(job, &SourceResolution::finished);
        QSignalSpy closed(m_server.get(), &TestHttpServer::connectionClosed);
        QTRY_COMPARE(m_server->requestCount(), 1);
        job->cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().first().value<QList<Source>>(), (QList<Source> { plain, hang }));
        QTRY_COMPARE(closed.count(), 1); // the request was aborted
        job->cancel();
        QCOMPARE(done.count(), 1);
    }

    void sharedLookupSurvivesOneListCancelled()
    {
        QList<QPointer<TestHttpResponder>> held;
        m_server->setHandler([&](const TestHttpRequest &, TestHttpResponder &res) { held << &res; });
        SourceResolver resolver(m_transport.get());
        const Source a { QStringLiteral("a"), redirect(QStringLiteral("to-1")) };
        SourceResolution *first = resolver.resolve({ a }, m_parent.get());
        SourceResolution *second = resolver.resolve({ a }, m_parent.get());
        QSignalSpy secondDone(second, &SourceResolution::finished);
        QTRY_COMPARE(held.size(), 1);
        first->cancel();
        QVERIFY(held.first());
        held.first()->respond(302, {}, { { "Location", "https://one.example/" } });
        QTRY_COMPARE(secondDone.count(), 1);
        QCOMPARE(second->sources().first().url, QUrl(QStringLiteral("https://one.example/")));
        QCOMPARE(first->sources().first(), a);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void deletingTheListOrTheResolverMidFlightIsQuiet()
    {
        QSignalSpy closed(m_server.get(), &TestHttpServer::connectionClosed);
        {
            SourceResolver resolver(m_transport.get());
            SourceResolution *job
                = resolver.resolve({ { QStringLiteral("slow"), redirect(QStringLiteral("hang")) } }, m_parent.get());
            QTRY_COMPARE(m_server->requestCount(), 1);
            delete job;
            QTRY_COMPARE(closed.count(), 1);
        }
        {
            auto resolver = std::make_unique<SourceResolver>(m_transport.get());
            SourceResolution *job
                = resolver->resolve({ { QStringLiteral("slow"), redirect(QStringLiteral("hang")) } }, m_parent.get());
            QSignalSpy done(job, &SourceResolution::finished);
            QTRY_COMPARE(m_server->requestCount(), 2);
            resolver.reset();
            job->cancel(); // the resolver is gone: the original is kept
            QCOMPARE(done.count(), 1);
            QCOMPARE(job->sources().first().url, redirect(QStringLiteral("hang")));
            QTRY_COMPARE(closed.count(), 2);
        }
    }
};

QTEST_GUILESS_MAIN(SourceResolverTest)
#include "tst_source_resolver.moc"
