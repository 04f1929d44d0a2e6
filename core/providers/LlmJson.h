#pragma once

#include "common/Result.h"
#include "providers/LlmJsonSchema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace ip::llmjson {

// Getting a JSON object out of what a language model wrote. Pure functions (fuzzable).
//
// Tolerated: a leading BOM, <think>…</think> blocks, ```json … ``` fences (or bare ``` fences),
// prose before and after the object, trailing commas, and a truncated tail: the object is cut
// back to its last complete item and the open arrays/objects are closed (as a last resort an
// open string is closed too).

// Every JSON object or array that can be recovered from `text`, best candidates first (fenced
// blocks, then values in order of appearance; a truncated value is salvaged).
QList<QJsonValue> candidates(const QString &text);

// Repairs one JSON text (trailing commas, truncated tail). Empty when nothing could be salvaged.
QByteArray repair(const QByteArray &json);

// The whole pipeline: candidates → (wrap a bare array when the schema is an object whose only
// property is an array) → trim maxItems → validate → `extra` check. Returns the first candidate
// that passes, or the problem with the best candidate ("no JSON object found", "$.x: …").
Result<QJsonObject, QString> parse(const QString &text, const QJsonObject &schema = {},
                                   const std::function<QString(const QJsonObject &)> &extra = {});

} // namespace ip::llmjson
