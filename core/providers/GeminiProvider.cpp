#include "providers/GeminiProvider.h"

#include "providers/GeminiWire.h"
#include "providers/JsonModeMemory.h"
#include "providers/ModelListRunner.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

namespace ip {

namespace {

class GeminiStreamReader final : public StreamReader
{
public:
    explicit GeminiStreamReader(const QString &provider)
        : m_acc(provider)
    { }
    QString feed(const SseEvent &event) override { return m_acc.feedData(event.data); }
    void feedStrayText(const QByteArray &text) override { m_acc.feedData(text); }
    [[nodiscard]] bool hasFailed() const override { return m_acc.error().has_value(); }
    Result<ChatResponse, ProviderError> finish() override { return m_acc.finish(); }

private:
    GeminiAccumulator m_acc;
};

QString modelPath(const QString &model)
{
    QString m = model;
    if (m.startsWith(QLatin1StringView("models/")))
        m = m.mid(7);
    return QStringLiteral("models/") + QString::fromLatin1(QUrl::toPercentEncoding(m, "-._~"));
}

} // namespace

GeminiProvider::GeminiProvider(HttpTransport *transport, ProviderConfig config, QObject *parent)
    : HttpChatProvider(transport, std::move(config), parent)
{ }

std::optional<ProviderError> GeminiProvider::configurationError() const
{
    if (auto e = HttpChatProvider::configurationError())
        return e;
    if (config().apiKey.isEmpty()) {
        ProviderError e
            = makeProviderError(ProviderErrorKind::Unauthorized, config().name, QStringLiteral("no API key"));
        e.message = tr("No API key for %1 — enter one in Settings.").arg(config().name);
        return e;
    }
    return std::nullopt;
}

JsonMode GeminiProvider::firstJsonMode(const ChatRequest &request, const QString &model) const
{
    // JSON mode and the search tool cannot be combined on 2.5 models: ask in the prompt.
    if (request.googleSearch)
        return JsonMode::Instructions;
    const JsonMode known = JsonModeMemory::get(config().baseUrl, model);
    const JsonMode first = request.jsonSchema.isEmpty() ? JsonMode::JsonObject : JsonMode::JsonSchema;
    return known == JsonMode::None ? first : std::max(known, first);
}

bool GeminiProvider::streamsAttempt(const ChatRequest &request, JsonMode) const
{
    return request.stream;
}

HttpRequest GeminiProvider::buildChatHttpRequest(const ChatRequest &request, const AttemptPlan &plan) const
{
    ChatRequest wire = request;
    wire.model = plan.model;
    wire.messages = plan.messages;
    GeminiBodyOptions options;
    options.jsonMode = plan.jsonMode;

    const QString method
        = plan.stream ? QStringLiteral(":streamGenerateContent?alt=sse") : QStringLiteral(":generateContent");
    HttpRequest http = baseHttpRequest("POST", endpoint(modelPath(plan.model) + method), plan.stream);
    http.headers.append(qMakePair(QByteArray("x-goog-api-key"), config().apiKey.toUtf8()));
    http.body = QJsonDocument(buildGeminiBody(wire, options)).toJson(QJsonDocument::Compact);
    return http;
}

Result<ChatResponse, ProviderError> GeminiProvider::parseChatBody(const QByteArray &body) const
{
    return parseGeminiResponse(config().name, body);
}

std::unique_ptr<StreamReader> GeminiProvider::newStreamReader() const
{
    return std::make_unique<GeminiStreamReader>(config().name);
}

ModelListCall *GeminiProvider::listModels(QObject *parent)
{
    const QString name = config().name;
    HttpRequest first = baseHttpRequest("GET", endpoint(QStringLiteral("models?pageSize=1000")), false);
    first.headers.append(qMakePair(QByteArray("x-goog-api-key"), config().apiKey.toUtf8()));
    auto *call = new ModelListRunner(
        transport(), WireFormat::Gemini, name,
        [first](const QString &pageToken) {
            HttpRequest http = first;
            if (!pageToken.isEmpty()) {
                QUrlQuery query(http.url);
                query.addQueryItem(QStringLiteral("pageToken"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(pageToken)));
                http.url.setQuery(query);
            }
            return http;
        },
        [name](const QByteArray &body, QString *next) { return parseGeminiModels(name, body, next); }, parent);
    if (const auto e = configurationError())
        call->failEarly(*e);
    return call;
}

} // namespace ip
