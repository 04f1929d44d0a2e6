#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ip::llmjson {

// Checking what a language model answered against the request's JSON Schema. Pure functions
// (fuzzable); llmjson::parse() (LlmJson.h) uses both.

// Checks `value` against a JSON Schema subset: type (a name or a list of names: object, array,
// string, integer, number, boolean, null), properties, required, items, minItems, maxItems,
// enum, minLength. Unknown keywords are ignored. Returns an empty string when the value fits,
// else the first problem with its path, e.g. "$.skills[2].name: expected string".
QString validate(const QJsonValue &value, const QJsonObject &schema);

// Arrays longer than their schema's maxItems are trimmed (the extra items are complete, so
// dropping them is better than a repair round trip). Returns the number of items removed.
int trimToMaxItems(QJsonObject &object, const QJsonObject &schema);

} // namespace ip::llmjson
