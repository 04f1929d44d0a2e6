#include "session/SessionJson.h"

#include <QCoreApplication>

namespace ip::sessionjson {

namespace {

// Messages in the context "ip::SessionFile"; lupdate reads Tr::tr() calls under that name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::SessionFile)
};

// Generous bounds: they only catch damage (a negative count, a runaway number).
constexpr qint64 kMaxCount = 1'000'000;
constexpr qint64 kMaxTokens = qint64(1) << 50;

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject mapToJson(const QMap<QString, int> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject usageToJson(const TokenUsage &usage)
{
    return QJsonObject { { QStringLiteral("requests"), usage.requests },
                         { QStringLiteral("prompt_tokens"), usage.promptTokens },
                         { QStringLiteral("completion_tokens"), usage.completionTokens } };
}

TokenUsage usageFromJson(const QJsonObject &usage, JsonReader &reader, const QString &u)
{
    TokenUsage out;
    out.requests = int(reader.integer(usage, QStringLiteral("requests"),
                                      JsonReader::member(u, QStringLiteral("requests")), 0, 0, kMaxCount));
    out.promptTokens = reader.integer(usage, QStringLiteral("prompt_tokens"),
                                      JsonReader::member(u, QStringLiteral("prompt_tokens")), 0, 0, kMaxTokens);
    out.completionTokens = reader.integer(usage, QStringLiteral("completion_tokens"),
                                          JsonReader::member(u, QStringLiteral("completion_tokens")), 0, 0, kMaxTokens);
    return out;
}

} // namespace

QJsonValue dateToJson(const QDateTime &when)
{
    if (!when.isValid())
        return QJsonValue::Null;
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime dateFromJson(const QJsonObject &parent, const QString &key, JsonReader &reader, const QString &path,
                       bool required)
{
    const QString text = reader.string(parent, key, path, required);
    if (text.isEmpty()) {
        // "" would load as an invalid date and be saved as null, which a required date refuses:
        // the file would not open again after the next save.
        if (required && reader.ok())
            reader.fail(Tr::tr("“%1” is not a date").arg(path));
        return {};
    }
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
    // A moment that dateToJson cannot write so that it reads back the same (before the year 1 or
    // after 9999 once in UTC, e.g. "9999-12-31T23:59:59.999-01:00") is refused: saving the session
    // again would change or lose it.
    if (!when.isValid() || QDateTime::fromString(dateToJson(when).toString(), Qt::ISODateWithMs) != when) {
        reader.fail(Tr::tr("“%1” is not a date").arg(path));
        return {};
    }
    return when;
}

QJsonArray toJson(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QStringList stringsFromJson(const QJsonArray &array, JsonReader &reader, const QString &path)
{
    QStringList out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i)
        out.append(reader.string(array.at(i), JsonReader::element(path, i)));
    return reader.ok() ? out : QStringList();
}

QJsonArray toJson(const QList<Question> &questions)
{
    QJsonArray out;
    for (const Question &q : questions) {
        if (!q.hasDetails()) {
            out.append(q.text);
            continue;
        }
        QJsonObject o { { QStringLiteral("text"), q.text } };
        if (q.difficulty != 0)
            o.insert(QStringLiteral("difficulty"), q.difficulty);
        if (q.category != QuestionCategory::None)
            o.insert(QStringLiteral("category"), toString(q.category));
        if (!q.evidence.isEmpty())
            o.insert(QStringLiteral("evidence"), q.evidence);
        if (!q.keyPoints.isEmpty()) {
            QJsonArray points;
            for (const KeyPoint &p : q.keyPoints) {
                QJsonObject point { { QStringLiteral("text"), p.text } };
                if (p.source >= 0)
                    point.insert(QStringLiteral("source"), p.source);
                points.append(point);
            }
            o.insert(QStringLiteral("key_points"), points);
        }
        out.append(o);
    }
    return out;
}

QList<Question> questionsFromJson(const QJsonArray &array, JsonReader &reader, const QString &path)
{
    QList<Question> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString at = JsonReader::element(path, i);
        if (array.at(i).isString()) {
            out.append(Question(array.at(i).toString()));
            continue;
        }
        if (!array.at(i).isObject()) {
            reader.fail(JsonReader::wrongType(at, Tr::tr("text or an object")));
            break;
        }
        const QJsonObject o = array.at(i).toObject();
        const auto member = [&at](const char *key) {
            return JsonReader::member(at, QLatin1String(key));
        };
        Question q(reader.string(o, QStringLiteral("text"), member("text"), true));
        q.difficulty = int(reader.integer(o, QStringLiteral("difficulty"), member("difficulty"), 0, 0, kMaxDifficulty));
        q.category = questionCategoryFromString(reader.string(o, QStringLiteral("category"), member("category")))
                         .value_or(QuestionCategory::None);
        q.evidence = reader.string(o, QStringLiteral("evidence"), member("evidence"));
        const QString pointsPath = member("key_points");
        const QJsonArray points = reader.array(o, QStringLiteral("key_points"), pointsPath, false);
        for (qsizetype k = 0; k < points.size() && reader.ok(); ++k) {
            const QString pointPath = JsonReader::element(pointsPath, k);
            const QJsonObject p = reader.object(points.at(k), pointPath);
            KeyPoint point;
            point.text
                = reader.string(p, QStringLiteral("text"), JsonReader::member(pointPath, QStringLiteral("text")), true);
            point.source
                = int(reader.integer(p, QStringLiteral("source"),
                                     JsonReader::member(pointPath, QStringLiteral("source")), -1, -1, kMaxCount));
            q.keyPoints.append(point);
        }
        out.append(q);
    }
    return reader.ok() ? out : QList<Question>();
}

QJsonArray toJson(const QList<Source> &sources)
{
    QJsonArray array;
    for (const Source &source : sources)
        array.append(QJsonObject { { QStringLiteral("title"), source.title },
                                   { QStringLiteral("url"), QString::fromUtf8(source.url.toEncoded()) } });
    return array;
}

QList<Source> sourcesFromJson(const QJsonArray &array, JsonReader &reader, const QString &path)
{
    QList<Source> out;
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString at = JsonReader::element(path, i);
        const QJsonObject o = reader.object(array.at(i), at);
        Source source;
        source.title = reader.string(o, QStringLiteral("title"), JsonReader::member(at, QStringLiteral("title")));
        const QString url = reader.string(o, QStringLiteral("url"), JsonReader::member(at, QStringLiteral("url")));
        // Read as it will be written again (toEncoded): an address whose written form reads back as
        // another address ("#" inside a fragment is written "%23") is kept in its written form, so a
        // loaded session saves and reads back unchanged (found by the session fuzzer).
        source.url = QUrl::fromEncoded(url.toUtf8());
        for (int pass = 0; pass < 3 && source.url.isValid(); ++pass) {
            const QUrl again = QUrl::fromEncoded(source.url.toEncoded());
            if (again == source.url)
                break;
            source.url = again;
        }
        out.append(source);
    }
    return reader.ok() ? out : QList<Source>();
}

QJsonObject toJson(const SkillResult &skill)
{
    return QJsonObject {
        { QStringLiteral("name"), skill.name },
        { QStringLiteral("state"), toString(skill.state) },
        { QStringLiteral("context"), toString(skill.context) },
        { QStringLiteral("context_reason"), skill.contextReason },
        { QStringLiteral("context_text"), skill.contextText },
        { QStringLiteral("retry_discovery"), skill.retryDiscovery },
        { QStringLiteral("sources"), toJson(skill.sources) },
        { QStringLiteral("questions"), toJson(skill.questions) },
        { QStringLiteral("claims"), toJson(skill.claims) },
        { QStringLiteral("resume_lines"), toJson(skill.resumeLines) },
        { QStringLiteral("error"), skill.error },
    };
}

SkillResult skillFromJson(const QJsonObject &o, JsonReader &reader, const QString &path)
{
    const auto at = [&path](const char *key) {
        return JsonReader::member(path, QLatin1String(key));
    };
    SkillResult skill;
    skill.name = reader.string(o, QStringLiteral("name"), at("name"), true);

    const QString state = reader.string(o, QStringLiteral("state"), at("state"), true);
    if (reader.ok()) {
        if (const auto parsed = skillStateFromString(state))
            skill.state = *parsed;
        else
            reader.fail(JsonReader::unknownValue(at("state"), state));
    }
    const QString context = reader.string(o, QStringLiteral("context"), at("context"));
    if (reader.ok() && !context.isEmpty()) {
        if (const auto parsed = contextKindFromString(context))
            skill.context = *parsed;
        else
            reader.fail(JsonReader::unknownValue(at("context"), context));
    }
    skill.contextReason = reader.string(o, QStringLiteral("context_reason"), at("context_reason"));
    skill.contextText = reader.string(o, QStringLiteral("context_text"), at("context_text"));
    skill.retryDiscovery = reader.boolean(o, QStringLiteral("retry_discovery"), at("retry_discovery"), false);
    skill.sources
        = sourcesFromJson(reader.array(o, QStringLiteral("sources"), at("sources"), false), reader, at("sources"));
    skill.questions = questionsFromJson(reader.array(o, QStringLiteral("questions"), at("questions"), false), reader,
                                        at("questions"));
    skill.claims
        = stringsFromJson(reader.array(o, QStringLiteral("claims"), at("claims"), false), reader, at("claims"));
    skill.resumeLines = stringsFromJson(reader.array(o, QStringLiteral("resume_lines"), at("resume_lines"), false),
                                        reader, at("resume_lines"));
    skill.error = reader.string(o, QStringLiteral("error"), at("error"));
    return skill;
}

QJsonObject toJson(const JobGap &gap)
{
    return QJsonObject {
        { QStringLiteral("skill"), gap.skill },   { QStringLiteral("adjacent"), gap.adjacent },
        { QStringLiteral("advice"), gap.advice }, { QStringLiteral("questions"), toJson(gap.questions) },
        { QStringLiteral("error"), gap.error },
    };
}

JobGap jobGapFromJson(const QJsonObject &o, JsonReader &reader, const QString &path)
{
    const auto at = [&path](const char *key) {
        return JsonReader::member(path, QLatin1String(key));
    };
    JobGap gap;
    gap.skill = reader.string(o, QStringLiteral("skill"), at("skill"), true);
    gap.adjacent = reader.string(o, QStringLiteral("adjacent"), at("adjacent"));
    gap.advice = reader.string(o, QStringLiteral("advice"), at("advice"));
    gap.questions = stringsFromJson(reader.array(o, QStringLiteral("questions"), at("questions"), false), reader,
                                    at("questions"));
    gap.error = reader.string(o, QStringLiteral("error"), at("error"));
    return gap;
}

QJsonObject toJson(const RunState &run)
{
    QJsonArray skills;
    for (const SkillResult &skill : run.skills)
        skills.append(toJson(skill));
    QJsonObject stageUsage;
    for (auto it = run.stageUsage.constBegin(); it != run.stageUsage.constEnd(); ++it)
        stageUsage.insert(it.key(), usageToJson(it.value()));
    QJsonObject out {
        { QStringLiteral("generated_at"), dateToJson(run.generatedAt) },
        { QStringLiteral("models"), mapToJson(run.models) },
        { QStringLiteral("prompt_versions"), mapToJson(run.promptVersions) },
        { QStringLiteral("skills"), skills },
        { QStringLiteral("usage"), usageToJson(run.usage) },
        { QStringLiteral("usage_by_stage"), stageUsage },
        { QStringLiteral("error"), run.error },
    };
    // Only for a run with a job: the files of runs without one stay as they were.
    if (hasJob(run)) {
        QJsonArray gaps;
        for (const JobGap &gap : keptJobGaps(run))
            gaps.append(toJson(gap));
        out.insert(QStringLiteral("job"),
                   QJsonObject { { QStringLiteral("text"), run.jobText }, { QStringLiteral("gaps"), gaps } });
    }
    return out;
}

RunState runStateFromJson(const QJsonObject &o, JsonReader &reader, const QString &path)
{
    const auto at = [&path](const char *key) {
        return JsonReader::member(path, QLatin1String(key));
    };
    RunState run;
    run.generatedAt = dateFromJson(o, QStringLiteral("generated_at"), reader, at("generated_at"), false);

    const QJsonObject models = reader.object(o, QStringLiteral("models"), at("models"), false);
    for (auto it = models.constBegin(); it != models.constEnd() && reader.ok(); ++it)
        run.models.insert(it.key(), reader.string(it.value(), JsonReader::member(at("models"), it.key())));

    const QJsonObject prompts = reader.object(o, QStringLiteral("prompt_versions"), at("prompt_versions"), false);
    for (auto it = prompts.constBegin(); it != prompts.constEnd() && reader.ok(); ++it)
        run.promptVersions.insert(
            it.key(),
            int(reader.integer(it.value(), JsonReader::member(at("prompt_versions"), it.key()), 0, kMaxCount)));

    const QJsonArray skills = reader.array(o, QStringLiteral("skills"), at("skills"), true);
    for (qsizetype i = 0; i < skills.size() && reader.ok(); ++i) {
        const QString where = JsonReader::element(at("skills"), i);
        const QJsonObject skill = reader.object(skills.at(i), where);
        if (reader.ok())
            run.skills.append(skillFromJson(skill, reader, where));
    }

    run.usage = usageFromJson(reader.object(o, QStringLiteral("usage"), at("usage"), false), reader, at("usage"));
    const QJsonObject byStage = reader.object(o, QStringLiteral("usage_by_stage"), at("usage_by_stage"), false);
    for (auto it = byStage.constBegin(); it != byStage.constEnd() && reader.ok(); ++it) {
        const QString where = JsonReader::member(at("usage_by_stage"), it.key());
        run.stageUsage.insert(it.key(), usageFromJson(reader.object(it.value(), where), reader, where));
    }
    run.error = reader.string(o, QStringLiteral("error"), at("error"));

    // Optional (files without it, or older ones, read as a run without a job). Every member is
    // checked; then, as when saving, gaps without a job text or without a skill name are left out.
    const QJsonObject job = reader.object(o, QStringLiteral("job"), at("job"), false);
    run.jobText = reader.string(job, QStringLiteral("text"), JsonReader::member(at("job"), QStringLiteral("text")));
    const QString gapsPath = JsonReader::member(at("job"), QStringLiteral("gaps"));
    const QJsonArray gaps = reader.array(job, QStringLiteral("gaps"), gapsPath, false);
    for (qsizetype i = 0; i < gaps.size() && reader.ok(); ++i) {
        const QString where = JsonReader::element(gapsPath, i);
        const QJsonObject gap = reader.object(gaps.at(i), where);
        if (reader.ok())
            run.jobGaps.append(jobGapFromJson(gap, reader, where));
    }
    run.jobGaps = keptJobGaps(run);
    if (!hasJob(run))
        run.jobText.clear();
    return reader.ok() ? run : RunState();
}

QJsonObject toJson(const RunSettings &s)
{
    return QJsonObject {
        { QStringLiteral("skill_count"), s.skillCount },
        { QStringLiteral("batch_size"), s.batchSize },
        { QStringLiteral("questions_per_skill"), s.questionsPerSkill },
        { QStringLiteral("grounding_enabled"), s.groundingEnabled },
        { QStringLiteral("question_language"), s.questionLanguage },
        { QStringLiteral("target_level"), s.targetLevel },
        { QStringLiteral("skill_model"), s.skillModel },
        { QStringLiteral("discovery_model"), s.discoveryModel },
        { QStringLiteral("question_model"), s.questionModel },
    };
}

RunSettings runSettingsFromJson(const QJsonObject &o, JsonReader &reader, const QString &path)
{
    const auto at = [&path](const char *key) {
        return JsonReader::member(path, QLatin1String(key));
    };
    const auto text = [&](const char *key, const QString &fallback) {
        const QString value = reader.string(o, QLatin1String(key), at(key));
        return value.isEmpty() ? fallback : value;
    };
    RunSettings s;
    // The ranges of SettingsStore's validation.
    s.skillCount = int(reader.integer(o, QStringLiteral("skill_count"), at("skill_count"), s.skillCount, 1, 30));
    s.batchSize = int(reader.integer(o, QStringLiteral("batch_size"), at("batch_size"), s.batchSize, 1, 10));
    s.questionsPerSkill = int(reader.integer(o, QStringLiteral("questions_per_skill"), at("questions_per_skill"),
                                             s.questionsPerSkill, 1, 30));
    s.groundingEnabled
        = reader.boolean(o, QStringLiteral("grounding_enabled"), at("grounding_enabled"), s.groundingEnabled);
    s.questionLanguage = reader.string(o, QStringLiteral("question_language"), at("question_language"));
    // Absent in files of earlier versions; a level this version does not know is "not said".
    if (const QString level = reader.string(o, QStringLiteral("target_level"), at("target_level"));
        isTargetLevel(level))
        s.targetLevel = level;
    s.skillModel = text("skill_model", s.skillModel);
    s.discoveryModel = text("discovery_model", s.discoveryModel);
    s.questionModel = text("question_model", s.questionModel);
    return s;
}

} // namespace ip::sessionjson
