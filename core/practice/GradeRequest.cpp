#include "practice/GradeRequest.h"

#include "pipeline/Prompts.h"
#include "pipeline/TokenBudget.h"
#include "practice/GradeReader.h"
#include "session/SourceLabel.h"

#include <QJsonArray>

namespace ip {

namespace {

QString attribute(const QString &value)
{
    QString v = value.simplified();
    v.replace(QLatin1Char('"'), QLatin1Char('\''));
    v.replace(QLatin1Char('<'), QLatin1Char('('));
    v.replace(QLatin1Char('>'), QLatin1Char(')'));
    return v;
}

QString fenced(const QString &tag, const QString &text)
{
    return QStringLiteral("<%1>\n%2\n</%1>").arg(tag, defuseTags(text, tag));
}

QString rubricText(const GradeInput &input)
{
    if (input.rubric.isEmpty())
        return QStringLiteral("(No key points: the notes are the rubric.)");
    QStringList lines;
    for (qsizetype i = 0; i < input.rubric.size(); ++i) {
        const KeyPoint &p = input.rubric.at(i);
        QString line = QStringLiteral("%1. %2").arg(i + 1).arg(p.text.simplified());
        if (p.source >= 0 && p.source < input.sources.size())
            line += QStringLiteral(" [%1]").arg(p.source + 1);
        lines.append(line);
    }
    // The rubric came from a model: fenced like the rest, so a point cannot close a tag either.
    return fenced(QStringLiteral("rubric"), lines.join(QLatin1Char('\n')));
}

QString notesText(const GradeInput &input)
{
    if (input.notes.trimmed().isEmpty() && input.sources.isEmpty())
        return QStringLiteral("(No notes: this skill was not researched.)");
    QString notes = trimToChars(input.notes.trimmed(), kGradeNotesChars);
    if (!input.sources.isEmpty()) {
        notes += QStringLiteral("\nSources:");
        for (qsizetype i = 0; i < input.sources.size(); ++i)
            notes += QStringLiteral("\n[%1] %2").arg(i + 1).arg(sourceLabel(input.sources.at(i)));
    }
    return QStringLiteral("<notes skill=\"%1\">\n%2\n</notes>")
        .arg(attribute(input.skill), defuseTags(notes, QStringLiteral("notes")));
}

QString resumeText(const GradeInput &input)
{
    if (input.resumeLines.isEmpty())
        return QStringLiteral("(The resume has no lines about this skill.)");
    return QStringLiteral("<resume_lines skill=\"%1\">\n%2\n</resume_lines>")
        .arg(attribute(input.skill),
             defuseTags(input.resumeLines.join(QLatin1Char('\n')), QStringLiteral("resume_lines")));
}

QString previousText(const GradeInput &input)
{
    if (input.depth <= 0 && input.previousQuestion.isEmpty() && input.previousAnswer.isEmpty())
        return {};
    return QStringLiteral("\n\nThis question follows up on the candidate's earlier answer (context only: grade the "
                          "new answer):\n%1\n%2")
        .arg(fenced(QStringLiteral("previous_question"), input.previousQuestion.trimmed()),
             fenced(QStringLiteral("previous_answer"), trimToChars(input.previousAnswer.trimmed(), kGradeAnswerChars)));
}

QJsonObject gradeSchema()
{
    const QJsonObject text { { QStringLiteral("type"), QStringLiteral("string") } };
    const QJsonObject integer { { QStringLiteral("type"), QStringLiteral("integer") } };
    const QJsonObject scores { { QStringLiteral("type"), QStringLiteral("object") },
                               { QStringLiteral("properties"),
                                 QJsonObject { { QStringLiteral("correct"), integer },
                                               { QStringLiteral("depth"), integer },
                                               { QStringLiteral("trade_offs"), integer },
                                               { QStringLiteral("clarity"), integer } } },
                               { QStringLiteral("required"),
                                 QJsonArray { QStringLiteral("correct"), QStringLiteral("depth"),
                                              QStringLiteral("trade_offs"), QStringLiteral("clarity") } },
                               { QStringLiteral("additionalProperties"), false } };
    const QJsonObject point {
        { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("properties"),
          QJsonObject {
              { QStringLiteral("point"), integer },
              { QStringLiteral("covered"), QJsonObject { { QStringLiteral("type"), QStringLiteral("boolean") } } },
              { QStringLiteral("judgement"), text },
              { QStringLiteral("source"),
                QJsonObject { { QStringLiteral("type"),
                                QJsonArray { QStringLiteral("integer"), QStringLiteral("null") } } } } } },
        { QStringLiteral("required"),
          QJsonArray { QStringLiteral("point"), QStringLiteral("covered"), QStringLiteral("judgement"),
                       QStringLiteral("source") } },
        { QStringLiteral("additionalProperties"), false }
    };
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("object") },
                         { QStringLiteral("properties"),
                           QJsonObject { { QStringLiteral("scores"), scores },
                                         { QStringLiteral("overall"), integer },
                                         { QStringLiteral("feedback"), text },
                                         { QStringLiteral("key_points"),
                                           QJsonObject { { QStringLiteral("type"), QStringLiteral("array") },
                                                         { QStringLiteral("items"), point } } },
                                         { QStringLiteral("stronger_answer"), text },
                                         { QStringLiteral("resume_quotes"),
                                           QJsonObject { { QStringLiteral("type"), QStringLiteral("array") },
                                                         { QStringLiteral("items"), text } } },
                                         { QStringLiteral("follow_up"), text } } },
                         { QStringLiteral("required"),
                           QJsonArray { QStringLiteral("scores"), QStringLiteral("overall"), QStringLiteral("feedback"),
                                        QStringLiteral("key_points"), QStringLiteral("stronger_answer"),
                                        QStringLiteral("resume_quotes"), QStringLiteral("follow_up") } },
                         { QStringLiteral("additionalProperties"), false } };
}

} // namespace

int gradeOutputTokens(const QString &reasoningEffort)
{
    // Scores, a verdict per key point, feedback, a stronger answer and a follow-up: about 900 tokens.
    return budget::reasoningAllowance(reasoningEffort) + 1400;
}

RequestResult buildGradeRequest(const GradeInput &input, const Settings &settings)
{
    auto prompt = loadPrompt(QStringLiteral("grade_answer"));
    if (prompt.isError())
        return RequestResult::fail(prompt.error());
    const bool last = input.depth >= kMaxPracticeDepth;
    const PromptVars vars {
        { QStringLiteral("language"), questionLanguageName(settings) },
        { QStringLiteral("skill"), attribute(input.skill) },
        { QStringLiteral("question"), defuseTags(input.question.trimmed(), QStringLiteral("question")) },
        { QStringLiteral("rubric"), rubricText(input) },
        { QStringLiteral("notes"), notesText(input) },
        { QStringLiteral("resume_lines"), resumeText(input) },
        { QStringLiteral("previous"), previousText(input) },
        { QStringLiteral("follow_up_rule"),
          last ? QStringLiteral("an empty string \"\" (this is the last follow-up).")
               : QStringLiteral("one interview question, one or two sentences, aimed at the biggest gap in the "
                                "answer.") },
        { QStringLiteral("answer"),
          defuseTags(trimToChars(input.answer.trimmed(), kGradeAnswerChars), QStringLiteral("answer")) }
    };
    const PromptTemplate &t = prompt.value();
    PromptedRequest out;
    out.promptName = t.name;
    out.promptVersion = t.version;
    ChatRequest &q = out.request;
    if (!t.system.isEmpty())
        q.messages.append({ ChatMessage::Role::System, renderTemplate(t.system, vars) });
    q.messages.append({ ChatMessage::Role::User, renderTemplate(t.user, vars) });
    q.model = settings.questionModel;
    q.tag = QStringLiteral("practice");
    q.temperature = 0.1;
    q.reasoningEffort = settings.questionReasoningEffort;
    q.maxOutputTokens = gradeOutputTokens(settings.questionReasoningEffort);
    q.format = ResponseFormat::Json;
    q.schemaName = QStringLiteral("practice_grade");
    q.jsonSchema = gradeSchema();
    q.validate = [input](const QJsonObject &o) {
        return validateGrade(o, input);
    };
    return RequestResult::ok(out);
}

} // namespace ip
