#include "pipeline/QuestionAnswers.h"

#include "pipeline/SkillNormaliser.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

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
        for (const auto &q : entry.value(QStringLiteral("questions")).toArray()) {
            if (q.isString())
                continue;
            const QJsonObject question = q.toObject();
            if (!q.isObject()
                || !(question.value(QStringLiteral("question")).isString()
                     || question.value(QStringLiteral("text")).isString()))
                return QStringLiteral("each question must be a string or an object with a \"question\" string");
        }
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
        a.questions = entry.value(QStringLiteral("questions")).toArray();
        for (const auto &c : entry.value(QStringLiteral("claims")).toArray())
            if (c.isString())
                a.claims.append(c.toString());
        out.append(a);
    }
    return out;
}

QString cleanQuestion(const QString &raw)
{
    static const QRegularExpression numbering(
        QStringLiteral(R"(^\s*(?:(?:q(?:uestion)?\s*)?\d{1,3}\s*[.):]|[-*\x{2022}])\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString q = raw.simplified();
    q.remove(numbering);
    return q.trimmed();
}

QStringList cleanQuestions(const QStringList &raw, int maxCount)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &r : raw) {
        const QString q = cleanQuestion(r);
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

namespace {

int difficultyOf(const QJsonValue &v)
{
    int d = 0;
    if (v.isDouble())
        d = v.toDouble() == std::floor(v.toDouble()) ? int(v.toDouble()) : 0;
    else if (v.isString())
        d = v.toString().trimmed().toInt();
    return d >= kMinDifficulty && d <= kMaxDifficulty ? d : 0;
}

} // namespace

AnswerReader::AnswerReader(QList<int> sourceCounts, std::shared_ptr<const ResumeQuotes> quotes,
                           const QStringList &avoid)
    : m_sourceCounts(std::move(sourceCounts))
    , m_quotes(std::move(quotes))
{
    for (const QString &q : avoid)
        m_avoid.insert(cleanQuestion(q).toCaseFolded());
}

std::optional<Question> AnswerReader::question(int askedIndex, const QJsonValue &value) const
{
    if (value.isString()) {
        const QString text = cleanQuestion(value.toString());
        if (text.isEmpty() || m_avoid.contains(text.toCaseFolded()))
            return std::nullopt;
        return Question(text);
    }
    const QJsonObject o = value.toObject();
    const QJsonValue textValue = o.contains(QStringLiteral("question")) ? o.value(QStringLiteral("question"))
                                                                        : o.value(QStringLiteral("text"));
    Question q(cleanQuestion(textValue.toString()));
    if (q.text.isEmpty() || m_avoid.contains(q.text.toCaseFolded()))
        return std::nullopt;
    q.difficulty = difficultyOf(o.value(QStringLiteral("difficulty")));
    q.category
        = questionCategoryFromString(o.value(QStringLiteral("category")).toString()).value_or(QuestionCategory::None);
    // A question that rests on a line the resume does not have would put a claim in the candidate's
    // mouth: it is dropped with its quote.
    const QString evidence = o.value(QStringLiteral("evidence")).toString();
    if (!evidence.trimmed().isEmpty()) {
        const std::optional<QString> found = m_quotes ? m_quotes->find(evidence) : std::nullopt;
        if (!found)
            return std::nullopt;
        q.evidence = *found;
    }
    // "A point a strong answer covers [2]": the number names the skill's second source.
    static const QRegularExpression cite(QStringLiteral(R"(\s*\[(\d{1,2})\]\s*\.?\s*$)"));
    const int sources = askedIndex >= 0 && askedIndex < m_sourceCounts.size() ? m_sourceCounts.at(askedIndex) : 0;
    QSet<QString> seen;
    for (const auto &p : o.value(QStringLiteral("key_points")).toArray()) {
        if (q.keyPoints.size() >= kMaxKeyPoints)
            break;
        QString text = p.isObject() ? p.toObject().value(QStringLiteral("point")).toString() : p.toString();
        text = text.simplified();
        KeyPoint point;
        const auto m = cite.match(text);
        if (m.hasMatch()) {
            const int n = m.captured(1).toInt();
            if (n >= 1 && n <= sources)
                point.source = n - 1;
            text.truncate(m.capturedStart());
        }
        static const QRegularExpression bullet(QStringLiteral(R"(^[-*\x{2022}]\s+)"));
        text.remove(bullet);
        point.text = text.trimmed();
        if (point.text.isEmpty() || seen.contains(point.text.toCaseFolded()))
            continue;
        seen.insert(point.text.toCaseFolded());
        q.keyPoints.append(point);
    }
    return q;
}

QStringList AnswerReader::claims(const QStringList &raw) const
{
    QStringList out;
    if (!m_quotes)
        return out;
    for (const QString &c : raw) {
        if (out.size() >= kMaxClaims)
            break;
        if (const auto found = m_quotes->find(c); found && !out.contains(*found))
            out.append(*found);
    }
    return out;
}

QList<SkillQuestions> matchAnswers(const QList<AnsweredSkill> &answered, const QStringList &asked, int perSkill,
                                   const AnswerReader &reader)
{
    QList<SkillQuestions> out(asked.size());
    QList<bool> used(answered.size(), false);
    for (int strength : { 2, 1 }) {
        for (int s = 0; s < asked.size(); ++s) {
            if (!out.at(s).questions.isEmpty())
                continue;
            for (int a = 0; a < answered.size(); ++a) {
                if (used.at(a) || skillMatchStrength(answered.at(a).skill, asked.at(s)) != strength)
                    continue;
                SkillQuestions read;
                QSet<QString> seen;
                for (const auto &v : answered.at(a).questions) {
                    if (perSkill > 0 && read.questions.size() >= perSkill)
                        break;
                    const auto q = reader.question(s, v);
                    if (!q || seen.contains(q->text.toCaseFolded()))
                        continue;
                    seen.insert(q->text.toCaseFolded());
                    read.questions.append(*q);
                }
                if (read.questions.isEmpty())
                    continue;
                read.claims = reader.claims(answered.at(a).claims);
                used[a] = true;
                out[s] = read;
                break;
            }
        }
    }
    return out;
}

} // namespace ip
