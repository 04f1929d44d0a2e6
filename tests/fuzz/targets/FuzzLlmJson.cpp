// JSON from a language model (core/providers/LlmJson*): candidates, repair, and the whole parse
// against a skills-like schema (a bare array is wrapped, long arrays trimmed) and without one.

#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "providers/LlmJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ip::fuzz {

namespace {

const QJsonObject &skillsSchema()
{
    static const QJsonObject schema = QJsonDocument::fromJson(R"({
        "type": "object",
        "properties": {
            "skills": {
                "type": "array", "minItems": 1, "maxItems": 4,
                "items": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string", "minLength": 1},
                        "level": {"enum": ["basic", "advanced"]},
                        "years": {"type": ["integer", "null"]},
                        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2}
                    },
                    "required": ["name"]
                }
            }
        },
        "required": ["skills"]
    })")
                                          .object();
    return schema;
}

} // namespace

void fuzzLlmJson(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = bytesOf(data, size);
    const QString text = QString::fromUtf8(input);
    const QJsonObject &schema = skillsSchema();

    for (const QJsonValue &candidate : llmjson::candidates(text)) {
        IP_FUZZ_CHECK(candidate.isObject() || candidate.isArray());
        (void)llmjson::validate(candidate, schema);
        if (candidate.isObject()) {
            QJsonObject object = candidate.toObject();
            IP_FUZZ_CHECK(llmjson::trimToMaxItems(object, schema) >= 0);
        }
    }

    (void)llmjson::repair(input);

    const auto parsed = llmjson::parse(text, schema);
    if (parsed)
        IP_FUZZ_CHECK(llmjson::validate(parsed.value(), schema).isEmpty());
    else
        IP_FUZZ_CHECK(!parsed.error().isEmpty());

    const auto unconstrained = llmjson::parse(text);
    if (!unconstrained)
        IP_FUZZ_CHECK(!unconstrained.error().isEmpty());
}

} // namespace ip::fuzz
