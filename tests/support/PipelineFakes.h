#pragma once

// Answers for the interview pipeline's prompts on the FakeLlmServer (end-to-end tests of the
// pipeline and of --headless). The skills asked for are read back from the prompt (its first run of
// "- " lines), so answers follow whatever the pipeline asks.

#include "FakeLlmServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace ip::test {

// The skills a discovery or question prompt lists.
inline QStringList pipelineAskedSkills(const QString &prompt)
{
    QStringList out;
    for (const QString &line : prompt.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("- ")))
            out.append(line.mid(2).trimmed());
        else if (!out.isEmpty())
            break;
    }
    return out;
}

// A JSON call whose schema has `property`: in response_format (json_schema), or in the prompt (a
// streamed JSON call asks for a json_object and carries the schema in its system message, as do
// the weaker JSON modes).
inline bool asksForJsonWith(const LlmRequest &r, const QString &property)
{
    if (r.jsonSchema.value(QStringLiteral("properties")).toObject().contains(property))
        return true;
    return r.systemText.contains(QStringLiteral("\"properties\":{\"") + property + QLatin1Char('"'));
}
inline bool isSkillsCall(const LlmRequest &r)
{
    return asksForJsonWith(r, QStringLiteral("skills"));
}
inline bool isQuestionsCall(const LlmRequest &r)
{
    return asksForJsonWith(r, QStringLiteral("all_questions"));
}
// A run with a job: the questions for the job's skills the resume does not show.
inline bool isJobGapsCall(const LlmRequest &r)
{
    return asksForJsonWith(r, QStringLiteral("job_gaps")) && !asksForJsonWith(r, QStringLiteral("skills"));
}
// The gap skills a job gaps prompt lists ("- Kafka (closest on the resume: …)").
inline QStringList pipelineAskedGaps(const QString &prompt)
{
    QStringList out;
    for (const QString &line : pipelineAskedSkills(prompt)) {
        const qsizetype cut = line.indexOf(QLatin1String(" (closest on the resume"));
        out.append(cut >= 0 ? line.left(cut) : line);
    }
    return out;
}
// {"job_gaps": [{"skill", "advice", "questions": ["How does … carry over to <gap> (question <n>)?"]}]}
inline QJsonObject gapAnswersFor(const QStringList &gaps, int perGap)
{
    QJsonArray all;
    for (const QString &g : gaps) {
        QJsonArray qs;
        for (int i = 1; i <= perGap; ++i)
            qs.append(QStringLiteral("How would what you know carry over to %1 (question %2)?").arg(g).arg(i));
        all.append(
            QJsonObject { { QStringLiteral("skill"), g },
                          { QStringLiteral("advice"), QStringLiteral("Say you have not used %1; bridge.").arg(g) },
                          { QStringLiteral("questions"), qs } });
    }
    return { { QStringLiteral("job_gaps"), all } };
}
inline bool isDiscoveryCall(const LlmRequest &r)
{
    return r.api == LlmApi::Gemini && r.googleSearch;
}

inline QString fakeSourceUrl(const QString &skill)
{
    return QStringLiteral("https://docs.example/%1").arg(QString::fromLatin1(skill.toUtf8().toHex()));
}

// "## Skill" sections with one grounded sentence and one source per skill.
inline LlmReply groundedSections(const QStringList &skills, int extraChars = 0)
{
    QString text = QStringLiteral("Research notes.\n\n");
    QList<FakeCitation> citations;
    QList<FakeSource> sources;
    for (int i = 0; i < skills.size(); ++i) {
        const QString sentence
            = QStringLiteral("%1 has internals, trade-offs and failure modes worth discussing.").arg(skills[i]);
        QString more;
        while (more.size() < extraChars)
            more += QStringLiteral("Further detail on %1 for deep questions. ").arg(skills[i]);
        text += QStringLiteral("## %1\n%2 %3\n\n").arg(skills[i], sentence, more);
        citations.append({ sentence, { i } });
        sources.append({ skills[i] + QStringLiteral(" documentation"), fakeSourceUrl(skills[i]) });
    }
    LlmReply reply = LlmReply::grounded(text, citations, sources, { QStringLiteral("skills interview") });
    // Streamed as one text chunk in one write (FakeLlmServer): every section completes with the end of
    // the answer, so a batch's skills are asked together (exact call counts); tests of early
    // sections set their own chunks.
    reply.chunks = QStringList { text };
    return reply;
}

inline QJsonObject questionsFor(const QStringList &skills, int perSkill)
{
    QJsonArray all;
    for (const auto &s : skills) {
        QJsonArray qs;
        for (int i = 1; i <= perSkill; ++i)
            qs.append(QStringLiteral("Why and when would you use %1 (question %2)?").arg(s).arg(i));
        all.append(QJsonObject { { QStringLiteral("skill"), s }, { QStringLiteral("questions"), qs } });
    }
    return { { QStringLiteral("all_questions"), all } };
}

// The resume lines a questions prompt shows for `skill` (its <resume_lines skill="…"> block).
inline QStringList pipelineResumeLines(const QString &prompt, const QString &skill)
{
    const QString open = QStringLiteral("<resume_lines skill=\"%1\">\n").arg(skill);
    const qsizetype from = prompt.indexOf(open);
    if (from < 0)
        return {};
    const qsizetype start = from + open.size();
    const qsizetype end = prompt.indexOf(QStringLiteral("\n</resume_lines>"), start);
    return end < 0 ? QStringList() : prompt.mid(start, end - start).split(QLatin1Char('\n'));
}

// A question that quotes a line no resume has: every reader must drop it.
inline QString plantedFalseQuote()
{
    return QStringLiteral("Led a team of 40 engineers at NASA to land a rover");
}

// Answers a questions prompt as question objects (issue 15): question i has difficulty 1, 2, 3, …,
// a category in turn, three key points (the first naming source [1], the second source [99], which
// does not exist); a skill with resume lines gets one question quoting its first line exactly, one
// quoting plantedFalseQuote() (to be dropped), and claims: its first line and the false quote.
inline QJsonObject detailedQuestionsFor(const LlmRequest &r, int perSkill)
{
    static const QStringList categories { QStringLiteral("concept"),   QStringLiteral("internals"),
                                          QStringLiteral("design"),    QStringLiteral("operations"),
                                          QStringLiteral("trade-off"), QStringLiteral("project") };
    QJsonArray all;
    for (const QString &s : pipelineAskedSkills(r.lastUserText)) {
        const QStringList lines = pipelineResumeLines(r.lastUserText, s);
        QJsonArray qs;
        for (int i = 1; i <= perSkill; ++i) {
            QJsonObject q { { QStringLiteral("question"),
                              QStringLiteral("Why and when would you use %1 (question %2)?").arg(s).arg(i) },
                            { QStringLiteral("difficulty"), (i - 1) % 3 + 1 },
                            { QStringLiteral("category"), categories.at((i - 1) % categories.size()) },
                            { QStringLiteral("key_points"),
                              QJsonArray { QStringLiteral("%1 point from the notes [1]").arg(s),
                                           QStringLiteral("%1 point naming a missing source [99]").arg(s),
                                           QStringLiteral("%1 point of experience").arg(s) } },
                            { QStringLiteral("evidence"), QString() } };
            if (i == 1 && !lines.isEmpty()) {
                q.insert(QStringLiteral("category"), QStringLiteral("project"));
                q.insert(QStringLiteral("evidence"), lines.first());
            }
            if (i == 2 && !lines.isEmpty())
                q.insert(QStringLiteral("evidence"), plantedFalseQuote());
            qs.append(q);
        }
        QJsonObject entry { { QStringLiteral("skill"), s }, { QStringLiteral("questions"), qs } };
        if (!lines.isEmpty())
            entry.insert(QStringLiteral("claims"), QJsonArray { lines.first(), plantedFalseQuote() });
        all.append(entry);
    }
    return { { QStringLiteral("all_questions"), all } };
}

// A handler answering every pipeline call: `skills` for extraction, grounded sections for
// discovery, `perSkill` questions per asked skill (`detailed`: as detailedQuestionsFor answers).
inline FakeLlmServer::Handler pipelineHandler(const QStringList &skills, int perSkill = 8, bool detailed = false)
{
    return [skills, perSkill, detailed](const LlmRequest &r) {
        if (isSkillsCall(r))
            return LlmReply::json({ { QStringLiteral("skills"), QJsonArray::fromStringList(skills) } });
        const QStringList asked = pipelineAskedSkills(r.lastUserText);
        if (isDiscoveryCall(r))
            return groundedSections(asked);
        if (isQuestionsCall(r))
            return LlmReply::json(detailed ? detailedQuestionsFor(r, perSkill) : questionsFor(asked, perSkill));
        return LlmReply::ofText(QStringLiteral("unexpected request"));
    };
}

// --- Practice (issue 16): the grade of one answer ---
inline bool isGradeCall(const LlmRequest &r)
{
    return asksForJsonWith(r, QStringLiteral("stronger_answer"));
}
// How many key points a grade prompt's rubric numbers ("1. …" lines between <rubric> and </rubric>).
inline int gradeRubricSize(const QString &prompt)
{
    const qsizetype from = prompt.indexOf(QStringLiteral("<rubric>\n"));
    const qsizetype to = prompt.indexOf(QStringLiteral("\n</rubric>"));
    if (from < 0 || to < from)
        return 0;
    return int(prompt.mid(from, to - from).count(QStringLiteral("\n")));
}
// A valid grade for a prompt: every rubric point judged (the first covered, the rest missed), scores 6,
// no stronger answer, and `followUp` as the follow-up question.
inline QJsonObject gradeAnswerFor(const LlmRequest &r,
                                  const QString &followUp = QStringLiteral("What breaks first under load?"))
{
    QJsonArray points;
    const int n = gradeRubricSize(r.userText);
    for (int i = 1; i <= n; ++i)
        points.append(QJsonObject { { QStringLiteral("point"), i },
                                    { QStringLiteral("covered"), i == 1 },
                                    { QStringLiteral("judgement"), QStringLiteral("Judged point %1.").arg(i) },
                                    { QStringLiteral("source"), QJsonValue::Null } });
    const QJsonObject scores { { QStringLiteral("correct"), 6 },
                               { QStringLiteral("depth"), 6 },
                               { QStringLiteral("trade_offs"), 6 },
                               { QStringLiteral("clarity"), 6 } };
    return { { QStringLiteral("scores"), scores },
             { QStringLiteral("overall"), 6 },
             { QStringLiteral("feedback"), QStringLiteral("Good start; the trade-offs are missing.") },
             { QStringLiteral("key_points"), points },
             { QStringLiteral("stronger_answer"), QString() },
             { QStringLiteral("resume_quotes"), QJsonArray() },
             { QStringLiteral("follow_up"), followUp } };
}

} // namespace ip::test
