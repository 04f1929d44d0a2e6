#include "pipeline/QuestionAnswers.h"

#include "pipeline/SkillNormaliser.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace ip {

QString validateSkillsObject(const QJsonObject &o)
{
    const auto v = o.value(QStringLiteral("skills"));
    if (!v.isArray())
        return QStringLiteral("\"skills\" must be an array of strings");
    for (const auto &s : v.toArray())
        if (!s.isString())
            return QStringLiteral("\"skills\" must contain only strings");
    if (o.contains(QStringLiteral("job_gaps"))) {
        const auto gaps = o.value(QStringLiteral("job_gaps"));
        if (!gaps.isArray())
            return QStringLiteral("\"job_gaps\" must be an array");
        for (const auto &g : gaps.toArray()) {
            const QJsonObject gap = g.toObject();
            if (!g.isObject() || !gap.value(QStringLiteral("skill")).isString())
                return QStringLiteral("each \"job_gaps\" entry needs a \"skill\" string");
            if (gap.contains(QStringLiteral("adjacent")) && !gap.value(QStringLiteral("adjacent")).isString())
                return QStringLiteral("a \"job_gaps\" entry's \"adjacent\" must be a string");
        }
    }
    return {};
}

QList<JobGap> jobGapsFromObject(const QJsonObject &o)
{
    QList<JobGap> out;
    for (const auto &g : o.value(QStringLiteral("job_gaps")).toArray()) {
        JobGap gap;
        gap.skill = g.toObject().value(QStringLiteral("skill")).toString();
        gap.adjacent = g.toObject().value(QStringLiteral("adjacent")).toString().simplified();
        out.append(gap);
    }
    return out;
}

QString validateJobGapQuestionsObject(const QJsonObject &o)
{
    const auto v = o.value(QStringLiteral("job_gaps"));
    if (!v.isArray())
        return QStringLiteral("\"job_gaps\" must be an array");
    for (const auto &e : v.toArray()) {
        const QJsonObject entry = e.toObject();
        if (!e.isObject() || !entry.value(QStringLiteral("skill")).isString())
            return QStringLiteral("each \"job_gaps\" entry needs a \"skill\" string");
        if (!entry.value(QStringLiteral("advice")).isString())
            return QStringLiteral("each \"job_gaps\" entry needs an \"advice\" string");
        if (!entry.value(QStringLiteral("questions")).isArray())
            return QStringLiteral("each \"job_gaps\" entry needs a \"questions\" array");
        for (const auto &q : entry.value(QStringLiteral("questions")).toArray())
            if (!q.isString())
                return QStringLiteral("\"questions\" must contain only strings");
    }
    return {};
}

QList<JobGap> jobGapAnswersFromObject(const QJsonObject &o)
{
    QList<JobGap> out;
    for (const auto &e : o.value(QStringLiteral("job_gaps")).toArray()) {
        const QJsonObject entry = e.toObject();
        JobGap gap;
        gap.skill = entry.value(QStringLiteral("skill")).toString();
        gap.advice = entry.value(QStringLiteral("advice")).toString().simplified();
        for (const auto &q : entry.value(QStringLiteral("questions")).toArray())
            gap.questions.append(q.toString());
        out.append(gap);
    }
    return out;
}

QStringList skillsFromObject(const QJsonObject &o)
{
    QStringList out;
    for (const auto &s : o.value(QStringLiteral("skills")).toArray())
        out.append(s.toString());
    return out;
}

QString validateQuestionsObject(const QJsonObject &o)
{
    const auto v = o.value(QStringLiteral("all_questions"));
    if (!v.isArray())
        return QStringLiteral("\"all_questions\" must be an array");
    for (const auto &e : v.toArray()) {
        const QJsonObject entry = e.toObject();
        if (!e.isObject() || !entry.value(QStringLiteral("skill")).isString())
            return QStringLiteral("each \"all_questions\" entry needs a \"skill\" string");
        if (!entry.value(QStringLiteral("questions")).isArray())
            return QStringLiteral("each \"all_questions\" entry needs a \"questions\" array");
    }
    return {};
}

QList<AnsweredSkill> questionsFromObject(const QJsonObject &o)
{
    QList<AnsweredSkill> out;
    for (const auto &e : o.value(QStringLiteral("all_questions")).toArray()) {
        const QJsonObject entry = e.toObject();
        AnsweredSkill a;
        a.skill = entry.value(QStringLiteral("skill")).toString();
        for (const auto &q : entry.value(QStringLiteral("questions")).toArray())
            if (q.isString())
                a.questions.append(q.toString());
        out.append(a);
    }
    return out;
}

QStringList cleanQuestions(const QStringList &raw, int maxCount)
{
    static const QRegularExpression numbering(
        QStringLiteral(R"(^\s*(?:(?:q(?:uestion)?\s*)?\d{1,3}\s*[.):]|[-*\x{2022}])\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    QSet<QString> seen;
    for (const QString &r : raw) {
        QString q = r.simplified();
        q.remove(numbering);
        q = q.trimmed();
        if (q.isEmpty())
            continue;
        const QString key = q.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.append(q);
        if (maxCount > 0 && out.size() >= maxCount)
            break;
    }
    return out;
}

QList<QStringList> matchAnswers(const QList<AnsweredSkill> &answered, const QStringList &asked, int perSkill)
{
    QList<QStringList> out(asked.size());
    QList<bool> used(answered.size(), false);
    for (int strength : { 2, 1 }) {
        for (int s = 0; s < asked.size(); ++s) {
            if (!out.at(s).isEmpty())
                continue;
            for (int a = 0; a < answered.size(); ++a) {
                if (used.at(a) || skillMatchStrength(answered.at(a).skill, asked.at(s)) != strength)
                    continue;
                const QStringList qs = cleanQuestions(answered.at(a).questions, perSkill);
                if (qs.isEmpty())
                    continue;
                used[a] = true;
                out[s] = qs;
                break;
            }
        }
    }
    return out;
}

} // namespace ip
