#include "providers/OpenAiCompatibleProvider.h"

#include "net/UrlPolicy.h"
#include "providers/JsonModeMemory.h"
#include "providers/ModelListRunner.h"
#include "providers/OpenAiWire.h"
#include "providers/ProviderHttp.h"

#include <QJsonDocument>

#include <algorithm>

namespace ip {

namespace {

class OpenAiStreamReader final : public StreamReader
{
public:
    explicit OpenAiStreamReader(const QString &provider)
        : m_acc(provider)
    { }
    QString feed(const SseEvent &event) override { return m_acc.feed(event); }
    void feedStrayText(const QByteArray &text) override { m_acc.feedStrayText(text); }
    [[nodiscard]] bool hasFailed() const override { return m_acc.error().has_value(); }
    Result<ChatResponse, ProviderError> finish() override { return m_acc.finish(); }

private:
    OpenAiStreamAccumulator m_acc;
};

} // namespace

bool isGptOssModel(const QString &model)
{
    return model.contains(QLatin1StringView("gpt-oss"), Qt::CaseInsensitive);
}

OpenAiCompatibleProvider::OpenAiCompatibleProvider(HttpTransport *transport, ProviderConfig config, QObject *parent)
    : HttpChatProvider(transport, std::move(config), parent)
{ }

std::optional<ProviderError> OpenAiCompatibleProvider::configurationError() const
{
    if (auto e = HttpChatProvider::configurationError())
        return e;
    if (config().apiKey.isEmpty() && !isLocalEndpoint(config().baseUrl)) {
        ProviderError e
            = makeProviderError(ProviderErrorKind::Unauthorized, config().name, QStringLiteral("no API key"));
        e.message = tr("No API key for %1 — enter one in Settings.").arg(config().name);
        return e;
    }
    return std::nullopt;
}

void OpenAiCompatibleProvider::addAuth(HttpRequest &request) const
{
    addBearerAuth(request, config().apiKey);
}

JsonMode OpenAiCompatibleProvider::firstJsonMode(const ChatRequest &request, const QString &model) const
{
    const JsonMode known = JsonModeMemory::get(config().baseUrl, model);
    // Structured outputs (json_schema) cannot be streamed (Groq answers 400): a streamed JSON request
    // asks for a JSON object with the schema in the prompt; the whole answer is still validated
    // against the schema (and repaired once) when the stream ends.
    const JsonMode first = request.jsonSchema.isEmpty() || request.stream ? JsonMode::JsonObject : JsonMode::JsonSchema;
    return known == JsonMode::None ? first : std::max(known, first);
}

bool OpenAiCompatibleProvider::streamsAttempt(const ChatRequest &request, JsonMode mode) const
{
    return request.stream && mode != JsonMode::JsonSchema;
}

HttpRequest OpenAiCompatibleProvider::buildChatHttpRequest(const ChatRequest &request, const AttemptPlan &plan) const
{
    ChatRequest wire = request;
    wire.model = plan.model;
    wire.messages = plan.messages;
    // Only reasoning models take reasoning_effort; others answer it with a 400.
    if (!isGptOssModel(plan.model))
        wire.reasoningEffort.clear();

    OpenAiBodyOptions options;
    options.jsonMode = plan.jsonMode;
    options.strictSchema = isGptOssModel(plan.model);
    options.legacyMaxTokens = config().legacyMaxTokens;
    options.hideReasoning = config().hideReasoning && isGptOssModel(plan.model);
    options.stream = plan.stream;

    HttpRequest http = baseHttpRequest("POST", endpoint(QStringLiteral("chat/completions")), plan.stream);
    addAuth(http);
    http.body = QJsonDocument(buildOpenAiChatBody(wire, options)).toJson(QJsonDocument::Compact);
    return http;
}

Result<ChatResponse, ProviderError> OpenAiCompatibleProvider::parseChatBody(const QByteArray &body) const
{
    return parseOpenAiChatResponse(config().name, body);
}

std::unique_ptr<StreamReader> OpenAiCompatibleProvider::newStreamReader() const
{
    return std::make_unique<OpenAiStreamReader>(config().name);
}

ModelListCall *OpenAiCompatibleProvider::listModels(QObject *parent)
{
    const QString name = config().name;
    HttpRequest http = baseHttpRequest("GET", endpoint(QStringLiteral("models")), false);
    addAuth(http);
    auto *call = new ModelListRunner(
        transport(), WireFormat::OpenAiCompatible, name, [http](const QString &) { return http; },
        [name](const QByteArray &body, QString *) { return parseOpenAiModels(name, body); }, parent);
    if (const auto e = configurationError())
        call->failEarly(*e);
    return call;
}

} // namespace ip
