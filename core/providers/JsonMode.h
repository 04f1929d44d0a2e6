#pragma once

#include "providers/ChatProvider.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ip {

// How a ResponseFormat::Json request is put on the wire, from most to least constrained.
enum class JsonMode {
    None, // a text request
    JsonSchema, // OpenAI response_format json_schema / Gemini responseJsonSchema
    JsonObject, // OpenAI response_format json_object (+ the schema in the prompt)
    Instructions // only the prompt asks for JSON (+ the schema in the prompt)
};

QString toString(JsonMode mode);

// The instruction added to the system prompt when the server does not enforce the schema.
QString jsonInstruction(const QJsonObject &schema);

// `messages` with jsonInstruction(schema) appended to the (first) system message, or a new system
// message at the front when there is none.
QList<ChatMessage> withJsonInstruction(const QList<ChatMessage> &messages, const QJsonObject &schema);

// The repair turn appended after an answer that did not parse or validate.
ChatMessage jsonRepairMessage(const QString &problem);

} // namespace ip
