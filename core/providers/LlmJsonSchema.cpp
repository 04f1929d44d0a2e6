#include "providers/LlmJsonSchema.h"

#include <QJsonArray>

#include <cmath>

// The JSON Schema subset of llmjson::validate / trimToMaxItems.
namespace ip::llmjson {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1StringView("integer")) {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        return std::isfinite(d) && std::floor(d) == d;
    }
    if (type == QLatin1StringView("number"))
        return v.isDouble();
    return typeName(v) == type;
}

QStringList allowedTypes(const QJsonObject &schema)
{
    const QJsonValue t = schema.value(QLatin1StringView("type"));
    QStringList types;
    if (t.isString())
        types.append(t.toString());
    for (const QJsonValue x : t.toArray())
        types.append(x.toString());
    return types;
}

QString validateAt(const QJsonValue &v, const QJsonObject &schema, const QString &path)
{
    const QStringList types = allowedTypes(schema);
    if (!types.isEmpty() && std::none_of(types.cbegin(), types.cend(), [&](const QString &t) { return hasType(v, t); }))
        return QStringLiteral("%1: expected %2, got %3").arg(path, types.join(QLatin1StringView(" or ")), typeName(v));

    if (schema.contains(QLatin1StringView("enum"))) {
        const QJsonArray allowed = schema.value(QLatin1StringView("enum")).toArray();
        if (!allowed.contains(v))
            return QStringLiteral("%1: value not allowed by the schema's enum").arg(path);
    }

    if (v.isObject()) {
        const QJsonObject obj = v.toObject();
        for (const QJsonValue r : schema.value(QLatin1StringView("required")).toArray()) {
            const QString key = r.toString();
            if (!obj.contains(key))
                return QStringLiteral("%1: missing required property \"%2\"").arg(path, key);
        }
        const QJsonObject props = schema.value(QLatin1StringView("properties")).toObject();
        for (auto it = props.constBegin(); it != props.constEnd(); ++it) {
            if (!obj.contains(it.key()))
                continue;
            const QString problem
                = validateAt(obj.value(it.key()), it.value().toObject(), path + QLatin1Char('.') + it.key());
            if (!problem.isEmpty())
                return problem;
        }
    } else if (v.isArray()) {
        const QJsonArray arr = v.toArray();
        const int minItems = schema.value(QLatin1StringView("minItems")).toInt(-1);
        const int maxItems = schema.value(QLatin1StringView("maxItems")).toInt(-1);
        if (minItems >= 0 && arr.size() < minItems)
            return QStringLiteral("%1: expected at least %2 items, got %3").arg(path).arg(minItems).arg(arr.size());
        if (maxItems >= 0 && arr.size() > maxItems)
            return QStringLiteral("%1: expected at most %2 items, got %3").arg(path).arg(maxItems).arg(arr.size());
        const QJsonObject items = schema.value(QLatin1StringView("items")).toObject();
        if (!items.isEmpty()) {
            for (qsizetype i = 0; i < arr.size(); ++i) {
                const QString problem = validateAt(arr.at(i), items, QStringLiteral("%1[%2]").arg(path).arg(i));
                if (!problem.isEmpty())
                    return problem;
            }
        }
    } else if (v.isString()) {
        const int minLength = schema.value(QLatin1StringView("minLength")).toInt(-1);
        if (minLength >= 0 && v.toString().size() < minLength)
            return QStringLiteral("%1: expected a string of at least %2 characters").arg(path).arg(minLength);
    }
    return {};
}

int trimValue(QJsonValue &v, const QJsonObject &schema)
{
    int removed = 0;
    if (v.isObject()) {
        QJsonObject obj = v.toObject();
        removed = trimToMaxItems(obj, schema);
        if (removed > 0)
            v = obj;
    } else if (v.isArray()) {
        QJsonArray arr = v.toArray();
        const int maxItems = schema.value(QLatin1StringView("maxItems")).toInt(-1);
        while (maxItems >= 0 && arr.size() > maxItems) {
            arr.removeLast();
            ++removed;
        }
        const QJsonObject items = schema.value(QLatin1StringView("items")).toObject();
        if (!items.isEmpty()) {
            for (qsizetype i = 0; i < arr.size(); ++i) {
                QJsonValue item = arr.at(i);
                const int r = trimValue(item, items);
                if (r > 0) {
                    arr.replace(i, item);
                    removed += r;
                }
            }
        }
        if (removed > 0)
            v = arr;
    }
    return removed;
}

} // namespace

QString validate(const QJsonValue &value, const QJsonObject &schema)
{
    return validateAt(value, schema, QStringLiteral("$"));
}

int trimToMaxItems(QJsonObject &object, const QJsonObject &schema)
{
    int removed = 0;
    const QJsonObject props = schema.value(QLatin1StringView("properties")).toObject();
    for (auto it = props.constBegin(); it != props.constEnd(); ++it) {
        if (!object.contains(it.key()))
            continue;
        QJsonValue v = object.value(it.key());
        const int r = trimValue(v, it.value().toObject());
        if (r > 0) {
            object.insert(it.key(), v);
            removed += r;
        }
    }
    return removed;
}

} // namespace ip::llmjson
