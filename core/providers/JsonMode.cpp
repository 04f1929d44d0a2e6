#include "providers/JsonMode.h"

#include <QJsonDocument>

namespace ip {

QString toString(JsonMode mode)
{
    switch (mode) {
    case JsonMode::None: return QStringLiteral("none");
    case JsonMode::JsonSchema: return QStringLiteral("json_schema");
    case JsonMode::JsonObject: return QStringLiteral("json_object");
    case JsonMode::Instructions: return QStringLiteral("instructions");
    }
    return {};
}

QString jsonInstruction(const QJsonObject &schema)
{
    // Prompts go to the model, not to the user: not translated.
    QString text = QStringLiteral("Reply with only a single JSON object, with no prose and no code fences.");
    if (!schema.isEmpty()) {
        text += QStringLiteral(" It must match this JSON Schema: ")
            + QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Compact));
    }
    return text;
}

QList<ChatMessage> withJsonInstruction(const QList<ChatMessage> &messages, const QJsonObject &schema)
{
    QList<ChatMessage> out = messages;
    const QString instruction = jsonInstruction(schema);
    for (ChatMessage &m : out) {
        if (m.role == ChatMessage::Role::System) {
            m.content += QStringLiteral("\n\n") + instruction;
            return out;
        }
    }
    out.prepend(ChatMessage { ChatMessage::Role::System, instruction });
    return out;
}

ChatMessage jsonRepairMessage(const QString &problem)
{
    return ChatMessage { ChatMessage::Role::User,
                         QStringLiteral("Your previous answer was not valid JSON matching the schema: %1. Reply with "
                                        "only the JSON object.")
                             .arg(problem) };
}

} // namespace ip
