#include "providers/GeminiWire.h"

#include "providers/ErrorClassifier.h"
#include "providers/GeminiGrounding.h"
#include "providers/JsonMode.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace ip {

namespace {

constexpr qsizetype kMaxReason = 60; // longest finish or block reason shown in a message

// Messages in the context "ip::ProviderError"; lupdate reads Tr::tr() calls under that name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::ProviderError)
};

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return std::nullopt;
    if (doc.isObject())
        return doc.object();
    if (doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isObject())
        return doc.array().at(0).toObject();
    return std::nullopt;
}

bool isSafetyFinish(const QString &reason)
{
    static const QStringList blocked { QStringLiteral("SAFETY"),    QStringLiteral("RECITATION"),
                                       QStringLiteral("BLOCKLIST"), QStringLiteral("PROHIBITED_CONTENT"),
                                       QStringLiteral("SPII"),      QStringLiteral("IMAGE_SAFETY") };
    return blocked.contains(reason);
}

// A token count (a number, or a string in proto3 JSON). Negative or absurd values (beyond 2^50) give
// 0, so that converting and summing them cannot overflow.
qint64 count(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    const double d = v.isString() ? v.toString().toDouble() : v.toDouble();
    return d >= 0 && d <= 0x1p50 ? qint64(d) : 0;
}

int thinkingBudgetFor(const QString &effort)
{
    if (effort == QLatin1StringView("none"))
        return 0;
    if (effort == QLatin1StringView("low"))
        return 1024;
    if (effort == QLatin1StringView("medium"))
        return 8192;
    if (effort == QLatin1StringView("high"))
        return 24576;
    return -2; // not set
}

} // namespace

QJsonObject buildGeminiBody(const ChatRequest &request, const GeminiBodyOptions &options)
{
    QList<ChatMessage> messages = request.messages;
    if (options.jsonMode == JsonMode::JsonObject || options.jsonMode == JsonMode::Instructions)
        messages = withJsonInstruction(messages, request.jsonSchema);

    QStringList system;
    QJsonArray contents;
    QString lastRole;
    for (const ChatMessage &m : messages) {
        if (m.role == ChatMessage::Role::System) {
            system.append(m.content);
            continue;
        }
        const QString role = m.role == ChatMessage::Role::Assistant ? QStringLiteral("model") : QStringLiteral("user");
        const QJsonObject part { { QStringLiteral("text"), m.content } };
        if (role == lastRole && !contents.isEmpty()) {
            QJsonObject last = contents.last().toObject();
            QJsonArray parts = last.value(QLatin1StringView("parts")).toArray();
            parts.append(part);
            last.insert(QStringLiteral("parts"), parts);
            contents.replace(contents.size() - 1, last);
        } else {
            contents.append(
                QJsonObject { { QStringLiteral("role"), role }, { QStringLiteral("parts"), QJsonArray { part } } });
        }
        lastRole = role;
    }

    QJsonObject body;
    if (!system.isEmpty()) {
        body.insert(QStringLiteral("systemInstruction"),
                    QJsonObject { { QStringLiteral("parts"),
                                    QJsonArray { QJsonObject {
                                        { QStringLiteral("text"), system.join(QStringLiteral("\n\n")) } } } } });
    }
    body.insert(QStringLiteral("contents"), contents);

    QJsonObject config { { QStringLiteral("temperature"), request.temperature } };
    if (request.maxOutputTokens > 0)
        config.insert(QStringLiteral("maxOutputTokens"), request.maxOutputTokens);
    if (options.jsonMode == JsonMode::JsonSchema || options.jsonMode == JsonMode::JsonObject)
        config.insert(QStringLiteral("responseMimeType"), QStringLiteral("application/json"));
    if (options.jsonMode == JsonMode::JsonSchema && !request.jsonSchema.isEmpty())
        config.insert(QStringLiteral("responseJsonSchema"), request.jsonSchema);
    if (const int budget = thinkingBudgetFor(request.reasoningEffort); budget >= 0)
        config.insert(QStringLiteral("thinkingConfig"), QJsonObject { { QStringLiteral("thinkingBudget"), budget } });
    body.insert(QStringLiteral("generationConfig"), config);

    if (request.googleSearch)
        body.insert(QStringLiteral("tools"),
                    QJsonArray { QJsonObject { { QStringLiteral("google_search"), QJsonObject {} } } });
    return body;
}

void GeminiAccumulator::fail(const ProviderError &e)
{
    if (!m_error)
        m_error = e;
}

QString GeminiAccumulator::feedData(const QByteArray &data)
{
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty() || m_error)
        return {};
    const auto root = parseObject(trimmed);
    if (!root) {
        fail(makeProviderError(ProviderErrorKind::MalformedResponse, m_provider,
                               QStringLiteral("a stream chunk is not a JSON object")));
        return {};
    }
    return feed(*root);
}

QString GeminiAccumulator::feed(const QJsonObject &chunk)
{
    if (m_error)
        return {};
    if (chunk.contains(QLatin1StringView("error"))) {
        fail(classifyErrorInOkResponse(WireFormat::Gemini, m_provider, chunk));
        return {};
    }
    ++m_chunks;
    const QString blockReason = chunk.value(QLatin1StringView("promptFeedback"))
                                    .toObject()
                                    .value(QLatin1StringView("blockReason"))
                                    .toString();
    if (!blockReason.isEmpty())
        m_blockReason = blockReason;
    const QString model = chunk.value(QLatin1StringView("modelVersion")).toString();
    if (!model.isEmpty())
        m_model = model;
    const QJsonObject usage = chunk.value(QLatin1StringView("usageMetadata")).toObject();
    if (!usage.isEmpty()) { // cumulative: the latest replaces
        m_sawUsage = true;
        m_usage.requests = 1;
        m_usage.promptTokens = count(usage, QLatin1StringView("promptTokenCount"))
            + count(usage, QLatin1StringView("toolUsePromptTokenCount"));
        m_usage.completionTokens = count(usage, QLatin1StringView("candidatesTokenCount"))
            + count(usage, QLatin1StringView("thoughtsTokenCount"));
    }

    const QJsonObject candidate = chunk.value(QLatin1StringView("candidates")).toArray().at(0).toObject();
    const QString finish = candidate.value(QLatin1StringView("finishReason")).toString();
    if (!finish.isEmpty())
        m_finishReason = finish;

    QString delta;
    const QJsonArray parts
        = candidate.value(QLatin1StringView("content")).toObject().value(QLatin1StringView("parts")).toArray();
    const bool recordParts = m_chunks == 1;
    qint64 bytes = m_text.toUtf8().size();
    for (const QJsonValue p : parts) {
        const QJsonObject part = p.toObject();
        const bool thought = part.value(QLatin1StringView("thought")).toBool(false);
        const QString text = part.value(QLatin1StringView("text")).toString();
        if (recordParts)
            m_partByteOffsets.append(thought ? -1 : bytes);
        if (thought)
            continue;
        delta += text;
        bytes += text.toUtf8().size();
    }
    m_text += delta;

    const QJsonObject grounding = candidate.value(QLatin1StringView("groundingMetadata")).toObject();
    auto keep = [&](QLatin1StringView key, QJsonArray &into) {
        const QJsonArray a = grounding.value(key).toArray();
        if (!a.isEmpty())
            into = a;
    };
    keep(QLatin1StringView("groundingChunks"), m_groundingChunks);
    keep(QLatin1StringView("groundingSupports"), m_groundingSupports);
    keep(QLatin1StringView("webSearchQueries"), m_searchQueries);
    return delta;
}

Result<ChatResponse, ProviderError> GeminiAccumulator::finish() const
{
    if (m_error)
        return *m_error;
    // The reasons are the server's enum names ("SAFETY", …); anything else is shown on one short line.
    const auto reason = [](const QString &raw) {
        return cleanDetail(raw).left(kMaxReason);
    };
    if (!m_blockReason.isEmpty()) {
        ProviderError e = makeProviderError(ProviderErrorKind::ContentBlocked, m_provider,
                                            QStringLiteral("prompt blocked: %1").arg(m_blockReason));
        e.message = Tr::tr("%1 blocked the prompt (%2) — rephrase the input or try another model.")
                        .arg(m_provider, reason(m_blockReason));
        return e;
    }
    if (isSafetyFinish(m_finishReason)) {
        ProviderError e = makeProviderError(ProviderErrorKind::ContentBlocked, m_provider,
                                            QStringLiteral("answer stopped: %1").arg(m_finishReason));
        e.message = Tr::tr("%1 stopped the answer (%2) — rephrase the input or try another model.")
                        .arg(m_provider, reason(m_finishReason));
        return e;
    }
    if (m_chunks == 0)
        return makeProviderError(ProviderErrorKind::MalformedResponse, m_provider, QStringLiteral("no answer at all"));
    if (m_text.trimmed().isEmpty()) {
        ProviderError e = makeProviderError(ProviderErrorKind::MalformedResponse, m_provider,
                                            QStringLiteral("empty answer (finishReason: %1)").arg(m_finishReason));
        if (m_finishReason == QLatin1StringView("MAX_TOKENS"))
            e.message = Tr::tr("%1 used the whole output budget on thinking and wrote no answer — raise the output "
                               "budget or lower the reasoning effort.")
                            .arg(m_provider);
        return e;
    }
    ChatResponse r;
    r.text = m_text;
    r.finishReason = m_finishReason;
    r.model = m_model;
    r.usage = m_sawUsage ? m_usage : TokenUsage { 1, 0, 0 };
    if (!m_groundingChunks.isEmpty() || !m_groundingSupports.isEmpty() || !m_searchQueries.isEmpty()) {
        const QJsonObject meta { { QStringLiteral("groundingChunks"), m_groundingChunks },
                                 { QStringLiteral("groundingSupports"), m_groundingSupports },
                                 { QStringLiteral("webSearchQueries"), m_searchQueries } };
        // Offsets are per part in a unary answer; in a stream they refer to the concatenated text.
        r.grounding = mapGeminiGrounding(meta, m_text, m_chunks == 1 ? m_partByteOffsets : QList<qint64> {});
    }
    return r;
}

Result<ChatResponse, ProviderError> parseGeminiResponse(const QString &provider, const QByteArray &body)
{
    GeminiAccumulator acc(provider);
    acc.feedData(body);
    return acc.finish();
}

Result<QList<ModelInfo>, ProviderError> parseGeminiModels(const QString &provider, const QByteArray &body,
                                                          QString *nextPageToken)
{
    const auto root = parseObject(body);
    if (!root)
        return makeProviderError(ProviderErrorKind::MalformedResponse, provider,
                                 QStringLiteral("the model list is not a JSON object"));
    if (root->contains(QLatin1StringView("error")))
        return classifyErrorInOkResponse(WireFormat::Gemini, provider, *root);
    if (nextPageToken)
        *nextPageToken = root->value(QLatin1StringView("nextPageToken")).toString();
    QList<ModelInfo> models;
    for (const QJsonValue v : root->value(QLatin1StringView("models")).toArray()) {
        const QJsonObject m = v.toObject();
        const QJsonArray methods = m.value(QLatin1StringView("supportedGenerationMethods")).toArray();
        if (!methods.contains(QStringLiteral("generateContent")))
            continue;
        ModelInfo info;
        info.id = m.value(QLatin1StringView("name")).toString();
        if (info.id.startsWith(QLatin1StringView("models/")))
            info.id = info.id.mid(7);
        if (info.id.isEmpty())
            continue;
        info.displayName = m.value(QLatin1StringView("displayName")).toString(info.id);
        info.contextWindow = count(m, QLatin1StringView("inputTokenLimit"));
        models.append(info);
    }
    std::sort(models.begin(), models.end(), [](const ModelInfo &a, const ModelInfo &b) { return a.id < b.id; });
    return models;
}

} // namespace ip
