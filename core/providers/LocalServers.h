#pragma once

// Finding a chat server on this computer: the OpenAI-compatible servers people run locally (Ollama,
// LM Studio, llama.cpp, vLLM, …) each have a usual port. The probe asks each one's model list at
// once (GET …/v1/models, no key, a short timeout); a port where nothing listens answers at once on
// loopback, and an answer that is not an OpenAI model list (another program on that port) does not count.

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ip {

class HttpTransport;
class ChatProvider;

struct LocalServer
{
    QString name; // "Ollama", "LM Studio", … (what usually listens on that port)
    QUrl baseUrl; // http://localhost:11434/v1
    QStringList models; // as the server lists them (found servers have at least one)

    // The model to offer: the first that is not an embedding, speech or reranking model.
    [[nodiscard]] QString chatModel() const;
    // "localhost:11434"
    [[nodiscard]] QString address() const;
    friend bool operator==(const LocalServer &, const LocalServer &) = default;
};

// The servers looked for, in the order they are offered when several answer: Ollama first.
[[nodiscard]] QList<LocalServer> knownLocalServers();

class LocalServerProbe : public QObject
{
    Q_OBJECT
public:
    // `candidates` without models; the default: knownLocalServers().
    explicit LocalServerProbe(HttpTransport *transport, QList<LocalServer> candidates = knownLocalServers(),
                              QObject *parent = nullptr);
    ~LocalServerProbe() override;

    // Asks every candidate at once; finished() comes once, after the last has answered or timed out.
    void start(int timeoutMs = 2'000);
    [[nodiscard]] bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    // The candidates that listed at least one model, in the candidates' order (empty: none).
    void finished(const QList<ip::LocalServer> &servers);

private:
    HttpTransport *m_transport;
    QList<LocalServer> m_candidates;
    QList<ChatProvider *> m_providers;
    int m_pending = 0;
    void answered();
};

} // namespace ip

Q_DECLARE_METATYPE(ip::LocalServer)
