// The JSON report for machines. Keys, exactly (schema_version 3):
// {"schema_version", "source_file", "generated_at", "models", "skills": [{"skill", "context", "sources":
//  [{"title", "url", "site"}], "questions": [{"text", "difficulty", "category", "evidence", "key_points":
//  [{"text", "source"}]}], "claims", "error"}], "usage": {"requests", "prompt_tokens", "completion_tokens"},
//  "job": {"text_sha256", "first_line", "gaps": [{"skill", "adjacent", "advice", "questions", "error"}]}}
// "job" only for a run that targets a job. The job text itself is not in the report (it can be long
// and is the user's to share): its SHA-256 (of the UTF-8 text, lowercase hex) identifies it, and
// "first_line" is the line the TXT and Markdown headers show.
// A question (issue 15): "text" verbatim; "difficulty" 1–3 or null (not said); "category" one of
// "concept", "internals", "design", "operations", "trade-off", "project" or null; "evidence" the
// resume line it probes or null; "key_points" with "source" the skill's source the point came from
// ({"title", "url", "site"}, as in "sources") or null. "claims": the resume's lines to defend
// (strings, possibly none). A gap's questions stay strings.
// "practice" (issue 16), only when the report is asked for with practice attempts: the attempts
// as the session file saves them (session/AttemptJson.h: {"id", "skill", "question", "parent_id",
// "depth", "answer", "rubric": [{"text", "source"}], "at", "model", "graded", "error", "grade":
// {"correct", "depth", "trade_offs", "clarity", "overall", "feedback", "key_points": [{"point",
// "covered", "judgement", "source"}], "stronger_answer", "stronger_quotes", "stronger_withheld",
// "follow_up", "dont_know"}}), in the order they were graded; "source" there is an index into the
// skill's "sources" (or null), "point" an index into the attempt's "rubric", "parent_id" the
// attempt whose follow-up it answers ("" for none).
// Version 4: "practice" (a report without attempts stays version 3, byte for byte). Version 3:
// questions are objects, and "claims". Version 2 added "site" in sources and "job"; version 1 had
// neither.

#include "report/Report.h"
#include "report/ReportText.h"
#include "session/AttemptJson.h"
#include "session/SourceLabel.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

namespace ip {

namespace {

constexpr int kSchemaVersion = 3;
constexpr int kSchemaVersionWithPractice = 4;

// ISO 8601 with an explicit offset ("2025-03-04T05:06:07+01:00"), whatever the time spec.
QJsonValue isoWithOffset(const QDateTime &when)
{
    if (!when.isValid())
        return QJsonValue::Null;
    const int offset = when.offsetFromUtc();
    const QDateTime fixed = when.toOffsetFromUtc(offset);
    QString text = fixed.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int absMinutes = std::abs(offset) / 60;
    text += (offset < 0 ? u'-' : u'+');
    text += QStringLiteral("%1:%2")
                .arg(absMinutes / 60, 2, 10, QLatin1Char('0'))
                .arg(absMinutes % 60, 2, 10, QLatin1Char('0'));
    return text;
}

QJsonObject sourceObject(const Source &source)
{
    return QJsonObject { { QStringLiteral("title"), source.title },
                         { QStringLiteral("url"), QString::fromUtf8(source.url.toEncoded()) },
                         { QStringLiteral("site"), sourceSite(source.url) } };
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject questionObject(const SkillResult &skill, const Question &question)
{
    QJsonArray keyPoints;
    for (const KeyPoint &point : question.keyPoints) {
        const Source *source = report::keyPointSource(skill, point);
        keyPoints.append(QJsonObject {
            { QStringLiteral("text"), point.text },
            { QStringLiteral("source"), source != nullptr ? QJsonValue(sourceObject(*source)) : QJsonValue() },
        });
    }
    const bool knownDifficulty = question.difficulty >= kMinDifficulty && question.difficulty <= kMaxDifficulty;
    return QJsonObject {
        { QStringLiteral("text"), question.text },
        { QStringLiteral("difficulty"), knownDifficulty ? QJsonValue(question.difficulty) : QJsonValue() },
        { QStringLiteral("category"), stringOrNull(toString(question.category)) },
        { QStringLiteral("evidence"), stringOrNull(question.evidence) },
        { QStringLiteral("key_points"), keyPoints },
    };
}

QJsonObject skillObject(const SkillResult &skill)
{
    QJsonArray sources;
    for (const Source &source : skill.sources)
        sources.append(sourceObject(source));
    QJsonArray questions;
    for (const Question &question : skill.questions)
        questions.append(questionObject(skill, question));
    return QJsonObject {
        { QStringLiteral("skill"), skill.name },
        { QStringLiteral("context"), skill.isGrounded() ? QStringLiteral("grounded") : QStringLiteral("context-free") },
        { QStringLiteral("sources"), sources },
        { QStringLiteral("questions"), questions },
        { QStringLiteral("claims"), QJsonArray::fromStringList(skill.claims) },
        { QStringLiteral("error"), report::skillFailed(skill) ? QJsonValue(report::skillError(skill)) : QJsonValue() },
    };
}

QJsonObject gapObject(const JobGap &gap)
{
    QJsonArray questions;
    for (const QString &question : gap.questions)
        questions.append(question);
    return QJsonObject {
        { QStringLiteral("skill"), gap.skill },
        { QStringLiteral("adjacent"), gap.adjacent },
        { QStringLiteral("advice"), gap.advice },
        { QStringLiteral("questions"), questions },
        { QStringLiteral("error"), report::gapFailed(gap) ? QJsonValue(report::oneLine(gap.error)) : QJsonValue() },
    };
}

QJsonObject jobObject(const RunState &state)
{
    QJsonArray gaps;
    for (const JobGap &gap : keptJobGaps(state))
        gaps.append(gapObject(gap));
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(state.jobText.toUtf8(), QCryptographicHash::Sha256).toHex());
    return QJsonObject {
        { QStringLiteral("text_sha256"), sha256 },
        { QStringLiteral("first_line"), report::jobTitle(state) },
        { QStringLiteral("gaps"), gaps },
    };
}

} // namespace

QByteArray renderJson(const RunState &state)
{
    return renderJson(state, {});
}

QByteArray renderJson(const RunState &state, const QList<PracticeAttempt> &attempts)
{
    QJsonObject models;
    for (auto it = state.models.cbegin(); it != state.models.cend(); ++it)
        models.insert(it.key(), it.value());

    QJsonArray skills;
    for (const SkillResult &skill : state.skills)
        skills.append(skillObject(skill));

    const QJsonObject usage {
        { QStringLiteral("requests"), state.usage.requests },
        { QStringLiteral("prompt_tokens"), state.usage.promptTokens },
        { QStringLiteral("completion_tokens"), state.usage.completionTokens },
    };

    QJsonObject root {
        { QStringLiteral("schema_version"), kSchemaVersion },
        { QStringLiteral("source_file"), state.sourceFile },
        { QStringLiteral("generated_at"), isoWithOffset(state.generatedAt) },
        { QStringLiteral("models"), models },
        { QStringLiteral("skills"), skills },
        { QStringLiteral("usage"), usage },
    };
    if (hasJob(state))
        root.insert(QStringLiteral("job"), jobObject(state));
    if (!attempts.isEmpty()) {
        root.insert(QStringLiteral("schema_version"), kSchemaVersionWithPractice);
        root.insert(QStringLiteral("practice"), toJson(attempts));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ip
