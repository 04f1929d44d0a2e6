#include "providers/OpenAiWire.h"

#include "providers/ErrorClassifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace ip {

namespace {

// Messages in the context "ip::ProviderError"; lupdate reads Tr::tr() calls under that name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::ProviderError)
};

QString roleName(ChatMessage::Role role)
{
    switch (role) {
    case ChatMessage::Role::System: return QStringLiteral("system");
    case ChatMessage::Role::User: return QStringLiteral("user");
    case ChatMessage::Role::Assistant: return QStringLiteral("assistant");
    }
    return QStringLiteral("user");
}

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

ProviderError malformed(const QString &provider, const QString &detail)
{
    return makeProviderError(ProviderErrorKind::MalformedResponse, provider, detail);
}

// A count from a JSON number. Negative or absurd values (beyond 2^50) give 0, so that converting and
// summing them cannot overflow.
qint64 countOf(const QJsonValue &v)
{
    const double d = v.toDouble();
    return d >= 0 && d <= 0x1p50 ? qint64(d) : 0;
}

TokenUsage usageFrom(const QJsonObject &usage)
{
    TokenUsage u;
    u.requests = 1;
    u.promptTokens = countOf(usage.value(QLatin1StringView("prompt_tokens")));
    u.completionTokens = countOf(usage.value(QLatin1StringView("completion_tokens")));
    return u;
}

// usage, else x_groq.usage; nullopt when neither is there.
std::optional<TokenUsage> findUsage(const QJsonObject &root)
{
    const QJsonObject usage = root.value(QLatin1StringView("usage")).toObject();
    if (!usage.isEmpty())
        return usageFrom(usage);
    const QJsonObject groq
        = root.value(QLatin1StringView("x_groq")).toObject().value(QLatin1StringView("usage")).toObject();
    if (groq.contains(QLatin1StringView("prompt_tokens")))
        return usageFrom(groq);
    return std::nullopt;
}

// Text content of a message or delta: a string, or (some servers) an array of text parts.
QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString out;
    for (const QJsonValue part : content.toArray()) {
        const QJsonObject p = part.toObject();
        if (p.value(QLatin1StringView("type")).toString() == QLatin1StringView("text"))
            out += p.value(QLatin1StringView("text")).toString();
    }
    return out;
}

std::optional<ProviderError> emptyAnswerError(const QString &provider, const QString &finishReason)
{
    if (finishReason == QLatin1StringView("content_filter"))
        return makeProviderError(ProviderErrorKind::ContentBlocked, provider, QStringLiteral("content_filter"));
    ProviderError e = malformed(provider, QStringLiteral("empty answer (finish_reason: %1)").arg(finishReason));
    if (finishReason == QLatin1StringView("length"))
        e.message = Tr::tr("%1 used up the output token budget before answering (reasoning may have taken it all) — "
                           "raise the output budget or lower the reasoning effort.")
                        .arg(provider);
    return e;
}

} // namespace

QString sanitizedSchemaName(const QString &name)
{
    static const QRegularExpression bad(QStringLiteral("[^a-zA-Z0-9_-]"));
    QString out = name;
    out.replace(bad, QStringLiteral("_"));
    out = out.left(64);
    return out.isEmpty() ? QStringLiteral("response") : out;
}

QJsonObject buildOpenAiChatBody(const ChatRequest &request, const OpenAiBodyOptions &options)
{
    QJsonObject body;
    body.insert(QStringLiteral("model"), request.model);

    QList<ChatMessage> messages = request.messages;
    if (options.jsonMode == JsonMode::JsonObject || options.jsonMode == JsonMode::Instructions)
        messages = withJsonInstruction(messages, request.jsonSchema);
    QJsonArray wireMessages;
    for (const ChatMessage &m : messages)
        wireMessages.append(
            QJsonObject { { QStringLiteral("role"), roleName(m.role) }, { QStringLiteral("content"), m.content } });
    body.insert(QStringLiteral("messages"), wireMessages);

    body.insert(QStringLiteral("temperature"), request.temperature);
    if (request.maxOutputTokens > 0)
        body.insert(options.legacyMaxTokens ? QStringLiteral("max_tokens") : QStringLiteral("max_completion_tokens"),
                    request.maxOutputTokens);
    if (!request.reasoningEffort.isEmpty())
        body.insert(QStringLiteral("reasoning_effort"), request.reasoningEffort);
    if (options.hideReasoning)
        body.insert(QStringLiteral("include_reasoning"), false);

    if (options.jsonMode == JsonMode::JsonSchema) {
        QJsonObject jsonSchema { { QStringLiteral("name"), sanitizedSchemaName(request.schemaName) },
                                 { QStringLiteral("schema"), request.jsonSchema } };
        if (options.strictSchema)
            jsonSchema.insert(QStringLiteral("strict"), true);
        body.insert(QStringLiteral("response_format"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("json_schema") },
                                  { QStringLiteral("json_schema"), jsonSchema } });
    } else if (options.jsonMode == JsonMode::JsonObject) {
        body.insert(QStringLiteral("response_format"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("json_object") } });
    }

    if (options.stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"), QJsonObject { { QStringLiteral("include_usage"), true } });
    }
    return body;
}

Result<ChatResponse, ProviderError> parseOpenAiChatResponse(const QString &provider, const QByteArray &body)
{
    const auto root = parseObject(body);
    if (!root)
        return malformed(provider, QStringLiteral("the answer is not a JSON object"));
    if (root->contains(QLatin1StringView("error")) && !root->value(QLatin1StringView("error")).isNull())
        return classifyErrorInOkResponse(WireFormat::OpenAiCompatible, provider, *root);

    const QJsonArray choices = root->value(QLatin1StringView("choices")).toArray();
    if (choices.isEmpty())
        return malformed(provider, QStringLiteral("no choices in the answer"));
    const QJsonObject choice = choices.at(0).toObject();
    const QJsonObject message = choice.value(QLatin1StringView("message")).toObject();

    ChatResponse r;
    r.model = root->value(QLatin1StringView("model")).toString();
    r.finishReason = choice.value(QLatin1StringView("finish_reason")).toString();
    r.text = contentText(message.value(QLatin1StringView("content")));
    r.usage = findUsage(*root).value_or(TokenUsage { 1, 0, 0 });

    const QString refusal = message.value(QLatin1StringView("refusal")).toString();
    if (!refusal.isEmpty())
        return makeProviderError(ProviderErrorKind::ContentBlocked, provider, refusal);
    if (r.finishReason == QLatin1StringView("content_filter") || r.text.trimmed().isEmpty())
        return *emptyAnswerError(provider, r.finishReason);
    return r;
}

void OpenAiStreamAccumulator::fail(const ProviderError &e)
{
    if (!m_error)
        m_error = e;
}

QString OpenAiStreamAccumulator::feed(const SseEvent &event)
{
    if (m_error || m_done)
        return {};
    const QByteArray data = event.data.trimmed();
    if (event.event == "error") {
        const auto root = parseObject(data);
        fail(root ? classifyErrorInOkResponse(WireFormat::OpenAiCompatible, m_provider, *root)
                  : makeProviderError(ProviderErrorKind::Overloaded, m_provider, QString::fromUtf8(data)));
        return {};
    }
    if (data == "[DONE]") {
        m_done = true;
        return {};
    }
    const auto root = parseObject(data);
    if (!root) {
        fail(malformed(m_provider, QStringLiteral("a stream event is not JSON")));
        return {};
    }
    if (root->contains(QLatin1StringView("error")) && !root->value(QLatin1StringView("error")).isNull()) {
        fail(classifyErrorInOkResponse(WireFormat::OpenAiCompatible, m_provider, *root));
        return {};
    }
    const QString groqError
        = root->value(QLatin1StringView("x_groq")).toObject().value(QLatin1StringView("error")).toString();
    if (!groqError.isEmpty()) {
        fail(makeProviderError(ProviderErrorKind::Overloaded, m_provider, groqError));
        return {};
    }
    m_sawChunk = true;
    if (m_response.model.isEmpty())
        m_response.model = root->value(QLatin1StringView("model")).toString();
    if (const auto usage = findUsage(*root))
        m_response.usage = *usage;

    const QJsonArray choices = root->value(QLatin1StringView("choices")).toArray();
    if (choices.isEmpty())
        return {};
    const QJsonObject choice = choices.at(0).toObject();
    const QString finish = choice.value(QLatin1StringView("finish_reason")).toString();
    if (!finish.isEmpty())
        m_response.finishReason = finish;
    const QString delta
        = contentText(choice.value(QLatin1StringView("delta")).toObject().value(QLatin1StringView("content")));
    m_response.text += delta;
    return delta;
}

void OpenAiStreamAccumulator::feedStrayText(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty() || m_error)
        return;
    // llama.cpp: "error: {...}" instead of a data line; also a bare JSON error object.
    const qsizetype brace = trimmed.indexOf('{');
    if (brace < 0)
        return;
    if (const auto root = parseObject(trimmed.mid(brace))) {
        if (root->contains(QLatin1StringView("error")))
            fail(classifyErrorInOkResponse(WireFormat::OpenAiCompatible, m_provider, *root));
        else if (root->contains(QLatin1StringView("message")))
            fail(classifyErrorInOkResponse(WireFormat::OpenAiCompatible, m_provider,
                                           QJsonObject { { QStringLiteral("error"), *root } }));
    }
}

Result<ChatResponse, ProviderError> OpenAiStreamAccumulator::finish() const
{
    if (m_error)
        return *m_error;
    if (!m_done && m_response.finishReason.isEmpty()) {
        ProviderError e = makeProviderError(ProviderErrorKind::Network, m_provider,
                                            m_sawChunk ? QStringLiteral("the stream ended before [DONE]")
                                                       : QStringLiteral("the stream ended without any event"));
        e.message = Tr::tr("The answer from %1 was cut off — try again.").arg(m_provider);
        return e;
    }
    if (m_response.finishReason == QLatin1StringView("content_filter") || m_response.text.trimmed().isEmpty())
        return *emptyAnswerError(m_provider, m_response.finishReason);
    ChatResponse r = m_response;
    if (r.usage.requests == 0)
        r.usage.requests = 1;
    return r;
}

Result<QList<ModelInfo>, ProviderError> parseOpenAiModels(const QString &provider, const QByteArray &body)
{
    const auto root = parseObject(body);
    if (!root)
        return malformed(provider, QStringLiteral("the model list is not a JSON object"));
    if (root->contains(QLatin1StringView("error")) && !root->value(QLatin1StringView("error")).isNull())
        return classifyErrorInOkResponse(WireFormat::OpenAiCompatible, provider, *root);
    if (!root->value(QLatin1StringView("data")).isArray())
        return malformed(provider, QStringLiteral("no \"data\" list in the model list"));
    QList<ModelInfo> models;
    for (const QJsonValue v : root->value(QLatin1StringView("data")).toArray()) {
        const QJsonObject m = v.toObject();
        ModelInfo info;
        info.id = m.value(QLatin1StringView("id")).toString();
        if (info.id.isEmpty() || m.value(QLatin1StringView("active")).toBool(true) == false)
            continue;
        info.displayName = info.id;
        info.contextWindow = countOf(m.value(QLatin1StringView("context_window")));
        models.append(info);
    }
    std::sort(models.begin(), models.end(), [](const ModelInfo &a, const ModelInfo &b) { return a.id < b.id; });
    return models;
}

} // namespace ip
