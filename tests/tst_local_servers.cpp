#include "FakeLlmServer.h"
#include "net/QnamTransport.h"
#include "net/UrlPolicy.h"
#include "providers/LocalServers.h"
#include "settings/EnvironmentOverrides.h"

#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace ip;
using namespace ip::test;

namespace {

// An address where nothing listens: a port the system gave out and that was closed again.
QUrl closedPortUrl()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = server.serverPort();
    server.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
}

} // namespace

// LocalServerProbe: which of the usual local servers answer with a model list, against real loopback
// servers (the fake speaks the OpenAI model list; others answer HTML, hang or refuse the connection).
class TestLocalServers : public QObject
{
    Q_OBJECT
    std::unique_ptr<QnamTransport> m_transport;

    static QList<LocalServer> probe(HttpTransport *transport, const QList<LocalServer> &candidates,
                                    int timeoutMs = 2'000)
    {
        LocalServerProbe probe(transport, candidates);
        QSignalSpy finished(&probe, &LocalServerProbe::finished);
        probe.start(timeoutMs);
        if (!finished.wait(10'000) || finished.size() != 1)
            return { LocalServer { QStringLiteral("probe did not finish once"), {}, {} } };
        return finished.at(0).at(0).value<QList<LocalServer>>();
    }

private Q_SLOTS:
    void init() { m_transport = std::make_unique<QnamTransport>(); }
    void cleanup() { m_transport.reset(); }

    void knownServersAreOnThisComputer()
    {
        const QList<LocalServer> known = knownLocalServers();
        QVERIFY(known.size() >= 5);
        QCOMPARE(known.first().name, QStringLiteral("Ollama"));
        QCOMPARE(known.first().baseUrl, QUrl(QStringLiteral("http://localhost:11434/v1")));
        QSet<int> ports;
        for (const LocalServer &s : known) {
            QVERIFY2(isLocalEndpoint(s.baseUrl), qPrintable(s.baseUrl.toString()));
            QVERIFY2(isValidBaseUrl(s.baseUrl), qPrintable(s.baseUrl.toString()));
            QVERIFY(s.models.isEmpty());
            ports.insert(s.baseUrl.port());
        }
        QCOMPARE(ports.size(), known.size()); // one name per port
        QCOMPARE(known.at(1).address(), QStringLiteral("localhost:1234"));
    }

    void chatModelSkipsEmbeddingAndSpeechModels()
    {
        LocalServer s { QStringLiteral("Ollama"), QUrl(QStringLiteral("http://localhost:11434/v1")), {} };
        QCOMPARE(s.chatModel(), QString());
        s.models = { QStringLiteral("nomic-embed-text:latest"), QStringLiteral("whisper-large-v3"),
                     QStringLiteral("bge-reranker"), QStringLiteral("qwen2.5:7b"), QStringLiteral("llama3.2") };
        QCOMPARE(s.chatModel(), QStringLiteral("qwen2.5:7b"));
        s.models = { QStringLiteral("mxbai-embed-large") };
        QCOMPARE(s.chatModel(), QStringLiteral("mxbai-embed-large")); // nothing else: the only one there is
    }

    void findsTheServersThatListModels()
    {
        FakeLlmServer ollama;
        FakeLlmServer lmStudio;
        FakeLlmServer webPage; // another program on a usual port: HTML, not a model list
        FakeLlmServer empty; // a server without models is no use
        for (FakeLlmServer *s : { &ollama, &lmStudio, &webPage, &empty })
            QVERIFY(s->listen());
        ollama.setModels(LlmApi::OpenAi, { QStringLiteral("qwen2.5"), QStringLiteral("mxbai-embed-large") });
        lmStudio.setModels(LlmApi::OpenAi, { QStringLiteral("qwen2.5-7b-instruct") });
        webPage.enqueue(LlmRoute::OpenAiModels, LlmReply::htmlErrorPage(200));
        empty.setModels(LlmApi::OpenAi, {});

        const QList<LocalServer> candidates {
            { QStringLiteral("Refused"), closedPortUrl(), {} },
            { QStringLiteral("Ollama"), ollama.openAiBaseUrl(), {} },
            { QStringLiteral("Web page"), webPage.openAiBaseUrl(), {} },
            { QStringLiteral("Empty"), empty.openAiBaseUrl(), {} },
            { QStringLiteral("LM Studio"), lmStudio.openAiBaseUrl(), {} },
        };
        const QList<LocalServer> found = probe(m_transport.get(), candidates);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).name, QStringLiteral("Ollama")); // the candidates' order, not who answered first
        QCOMPARE(found.at(0).baseUrl, ollama.openAiBaseUrl());
        // As the model list reads them (sorted); the model offered is not the embedding one.
        QCOMPARE(found.at(0).models, QStringList({ QStringLiteral("mxbai-embed-large"), QStringLiteral("qwen2.5") }));
        QCOMPARE(found.at(0).chatModel(), QStringLiteral("qwen2.5"));
        QCOMPARE(found.at(1).name, QStringLiteral("LM Studio"));
        QCOMPARE(found.at(1).chatModel(), QStringLiteral("qwen2.5-7b-instruct"));

        // One GET of the model list each, without a key.
        for (FakeLlmServer *s : { &ollama, &lmStudio, &webPage, &empty }) {
            QCOMPARE(s->requestCount(), 1);
            QCOMPARE(s->requests().at(0).route, LlmRoute::OpenAiModels);
            QCOMPARE(s->requests().at(0).apiKey, QByteArray());
        }
    }

    void aServerThatHangsIsGivenUpAfterTheTimeout()
    {
        FakeLlmServer hanging;
        FakeLlmServer ollama;
        QVERIFY(hanging.listen());
        QVERIFY(ollama.listen());
        hanging.enqueue(LlmRoute::OpenAiModels, LlmReply::hang());
        ollama.setModels(LlmApi::OpenAi, { QStringLiteral("llama3.2") });
        const QList<LocalServer> found = probe(m_transport.get(),
                                               { { QStringLiteral("Hangs"), hanging.openAiBaseUrl(), {} },
                                                 { QStringLiteral("Ollama"), ollama.openAiBaseUrl(), {} } },
                                               300);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).name, QStringLiteral("Ollama"));
        QCOMPARE(hanging.requestCount(), 1); // asked once, not retried
    }

    void nothingFoundAndNoCandidates()
    {
        QCOMPARE(probe(m_transport.get(), { { QStringLiteral("Refused"), closedPortUrl(), {} } }),
                 QList<LocalServer>());
        QCOMPARE(probe(m_transport.get(), {}), QList<LocalServer>());
    }

    void probingAgainAsksAgain()
    {
        FakeLlmServer ollama;
        QVERIFY(ollama.listen());
        LocalServerProbe probe(m_transport.get(), { { QStringLiteral("Ollama"), ollama.openAiBaseUrl(), {} } });
        QSignalSpy finished(&probe, &LocalServerProbe::finished);
        probe.start();
        QVERIFY(probe.isRunning());
        probe.start(); // a second start while running is the same probe
        QVERIFY(finished.wait());
        QVERIFY(!probe.isRunning());
        ollama.setModels(LlmApi::OpenAi, { QStringLiteral("mistral") });
        probe.start();
        QVERIFY(finished.wait());
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(0).value<QList<LocalServer>>().at(0).models,
                 QStringList { QStringLiteral("mistral") });
        QCOMPARE(ollama.requestCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLocalServers)
#include "tst_local_servers.moc"
