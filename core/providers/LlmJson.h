#pragma once

#include "common/Result.h"

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

// Checks `value` against a JSON Schema subset: type (a name or a list of names: object, array,
// string, integer, number, boolean, null), properties, required, items, minItems, maxItems,
// enum, minLength. Unknown keywords are ignored. Returns an empty string when the value fits,
// else the first problem with its path, e.g. "$.skills[2].name: expected string".
QString validate(const QJsonValue &value, const QJsonObject &schema);

// Arrays longer than their schema's maxItems are trimmed (the extra items are complete, so
// dropping them is better than a repair round trip). Returns the number of items removed.
int trimToMaxItems(QJsonObject &object, const QJsonObject &schema);

// The whole pipeline: candidates → (wrap a bare array when the schema is an object whose only
// property is an array) → trim maxItems → validate → `extra` check. Returns the first candidate
// that passes, or the problem with the best candidate ("no JSON object found", "$.x: …").
Result<QJsonObject, QString> parse(const QString &text, const QJsonObject &schema = {},
                                   const std::function<QString(const QJsonObject &)> &extra = {});

} // namespace ip::llmjson
