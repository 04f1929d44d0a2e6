#include "pipeline/StageRequests.h"

#include "pipeline/Prompts.h"
#include "pipeline/QuestionAnswers.h"
#include "pipeline/TokenBudget.h"
#include "resume/Ocr.h"
#include "session/SourceLabel.h"
#include "settings/Language.h"

#include <QJsonArray>

namespace ip {

namespace {

RequestResult fromPrompt(const QString &name, const PromptVars &vars)
{
    auto prompt = loadPrompt(name);
    if (prompt.isError())
        return RequestResult::fail(prompt.error());
    const PromptTemplate &t = prompt.value();
    PromptedRequest out;
    out.promptName = t.name;
    out.promptVersion = t.version;
    if (!t.system.isEmpty())
        out.request.messages.append({ ChatMessage::Role::System, renderTemplate(t.system, vars) });
    out.request.messages.append({ ChatMessage::Role::User, renderTemplate(t.user, vars) });
    return RequestResult::ok(out);
}

QString bulletList(const QStringList &items)
{
    QStringList lines;
    for (const auto &i : items)
        lines.append(QStringLiteral("- ") + i);
    return lines.join(QLatin1Char('\n'));
}

QString headingList(const QStringList &items)
{
    QStringList lines;
    for (const auto &i : items)
        lines.append(QStringLiteral("## ") + i);
    return lines.join(QLatin1Char('\n'));
}

QJsonObject stringArraySchema(int maxItems)
{
    QJsonObject arr { { QStringLiteral("type"), QStringLiteral("array") },
                      { QStringLiteral("items"),
                        QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } } };
    if (maxItems > 0)
        arr.insert(QStringLiteral("maxItems"), maxItems);
    return arr;
}

} // namespace

QString defuseTags(const QString &text, const QString &tag)
{
    QString out = text;
    // "</resume>" (any case, optional spaces) → "</ resume>": no longer a closing tag.
    const QString close = QStringLiteral("</") + tag;
    qsizetype pos = 0;
    while ((pos = out.indexOf(close, pos, Qt::CaseInsensitive)) >= 0) {
        out.insert(pos + 2, QLatin1Char(' '));
        pos += close.size() + 1;
    }
    return out;
}

QString questionLanguageName(const Settings &settings)
{
    return language::questionLanguageName(settings);
}

ResumeLimits resumeLimitsFor(const Settings &settings)
{
    ResumeLimits limits;
    limits.maxBytes = settings.maxFileBytes;
    limits.maxPages = settings.maxPages;
    limits.maxChars = settings.maxTextChars;
    // Scanned resumes: English plus the chosen language, else the interface's and the questions'
    // languages, where Tesseract's data for them is one of ours.
    limits.ocr.enabled = settings.ocrEnabled;
    if (!settings.ocrLanguage.isEmpty()) {
        limits.ocr.languages = defaultOcrLanguages(settings.ocrLanguage);
    } else {
        limits.ocr.languages
            = defaultOcrLanguages(settings.uiLanguage.isEmpty() ? language::currentUiLanguage() : settings.uiLanguage);
        if (!settings.questionLanguage.isEmpty())
            limits.ocr.languages += defaultOcrLanguages(settings.questionLanguage);
        limits.ocr.languages.removeDuplicates();
    }
    return limits;
}

QString levelGuidance(const QString &level)
{
    // Sent to the model in English (like the rest of the prompt); the questions' language is separate.
    if (level == QLatin1String("junior"))
        return QStringLiteral(
            " The candidate is preparing for a junior role: favour foundations and how things work, with some "
            "everyday debugging; expect clear explanations more than production experience.");
    if (level == QLatin1String("mid"))
        return QStringLiteral(" The candidate is preparing for a mid-level role: mix foundations with internals, "
                              "debugging and operating real systems; expect answers from hands-on experience.");
    if (level == QLatin1String("senior"))
        return QStringLiteral(" The candidate is preparing for a senior role: push on internals, design, trade-offs, "
                              "failure modes and operating at scale; expect choices justified against the "
                              "alternatives.");
    if (level == QLatin1String("staff"))
        return QStringLiteral(" The candidate is preparing for a staff-level role: emphasise system design across "
                              "teams, long-term trade-offs, migrations, reliability and technical direction; expect "
                              "depth and breadth.");
    return {};
}

RequestResult buildSkillsRequest(const QString &resumeText, const Settings &settings, const QString &jobText)
{
    const bool forJob = !jobText.trimmed().isEmpty();
    PromptVars vars { { QStringLiteral("skill_count"), QString::number(settings.skillCount) },
                      { QStringLiteral("resume"), defuseTags(resumeText, QStringLiteral("resume")) } };
    if (forJob)
        vars.insert(QStringLiteral("job"),
                    defuseTags(trimToChars(jobText.trimmed(), budget::kJobChars), QStringLiteral("job")));
    auto r = fromPrompt(forJob ? QStringLiteral("extract_skills_job") : QStringLiteral("extract_skills"), vars);
    if (r.isError())
        return r;
    ChatRequest &q = r.value().request;
    q.model = settings.skillModel;
    q.tag = QStringLiteral("skills");
    q.temperature = 0.2;
    q.reasoningEffort = settings.skillReasoningEffort;
    q.maxOutputTokens
        = budget::skillsOutput(settings.skillCount + (forJob ? budget::kMaxJobGaps : 0), settings.skillReasoningEffort);
    q.format = ResponseFormat::Json;
    q.schemaName = QStringLiteral("resume_skills");
    QJsonObject properties { { QStringLiteral("skills"), stringArraySchema(settings.skillCount) } };
    QJsonArray required { QStringLiteral("skills") };
    if (forJob) {
        const QJsonObject text { { QStringLiteral("type"), QStringLiteral("string") } };
        const QJsonObject gap {
            { QStringLiteral("type"), QStringLiteral("object") },
            { QStringLiteral("properties"),
              QJsonObject { { QStringLiteral("skill"), text }, { QStringLiteral("adjacent"), text } } },
            { QStringLiteral("required"), QJsonArray { QStringLiteral("skill"), QStringLiteral("adjacent") } },
            { QStringLiteral("additionalProperties"), false }
        };
        properties.insert(QStringLiteral("job_gaps"),
                          QJsonObject { { QStringLiteral("type"), QStringLiteral("array") },
                                        { QStringLiteral("items"), gap },
                                        { QStringLiteral("maxItems"), budget::kMaxJobGaps } });
        required.append(QStringLiteral("job_gaps"));
    }
    q.jsonSchema = QJsonObject { { QStringLiteral("type"), QStringLiteral("object") },
                                 { QStringLiteral("properties"), properties },
                                 { QStringLiteral("required"), required },
                                 { QStringLiteral("additionalProperties"), false } };
    q.validate = validateSkillsObject;
    return r;
}

int questionsPerGap(const Settings &settings)
{
    return qBound(1, settings.questionsPerSkill, 5);
}

RequestResult buildJobGapsRequest(const QList<JobGap> &gaps, const QString &jobText, const Settings &settings)
{
    QStringList lines;
    for (const JobGap &g : gaps)
        lines.append(g.adjacent.trimmed().isEmpty()
                         ? QStringLiteral("- %1 (closest on the resume: nothing)").arg(g.skill)
                         : QStringLiteral("- %1 (closest on the resume: %2)").arg(g.skill, g.adjacent.trimmed()));
    auto r = fromPrompt(
        QStringLiteral("questions_job_gaps"),
        { { QStringLiteral("questions_per_skill"), QString::number(questionsPerGap(settings)) },
          { QStringLiteral("language"), questionLanguageName(settings) },
          { QStringLiteral("level"), levelGuidance(settings.targetLevel) },
          { QStringLiteral("gaps"), defuseTags(lines.join(QLatin1Char('\n')), QStringLiteral("gaps")) },
          { QStringLiteral("job"),
            defuseTags(trimToChars(jobText.trimmed(), budget::kJobCharsForGaps), QStringLiteral("job")) } });
    if (r.isError())
        return r;
    ChatRequest &q = r.value().request;
    q.model = settings.questionModel;
    q.tag = QStringLiteral("questions");
    q.temperature = 0.5;
    q.reasoningEffort = settings.questionReasoningEffort;
    // One more "question" per gap for its line of advice.
    q.maxOutputTokens = budget::plainQuestionsOutput(int(gaps.size()), questionsPerGap(settings) + 1,
                                                     settings.questionReasoningEffort);
    q.format = ResponseFormat::Json;
    q.schemaName = QStringLiteral("job_gap_questions");
    const QJsonObject text { { QStringLiteral("type"), QStringLiteral("string") } };
    const QJsonObject entry { { QStringLiteral("type"), QStringLiteral("object") },
                              { QStringLiteral("properties"),
                                QJsonObject { { QStringLiteral("skill"), text },
                                              { QStringLiteral("advice"), text },
                                              { QStringLiteral("questions"), stringArraySchema(0) } } },
                              { QStringLiteral("required"),
                                QJsonArray { QStringLiteral("skill"), QStringLiteral("advice"),
                                             QStringLiteral("questions") } },
                              { QStringLiteral("additionalProperties"), false } };
    q.jsonSchema = QJsonObject { { QStringLiteral("type"), QStringLiteral("object") },
                                 { QStringLiteral("properties"),
                                   QJsonObject { { QStringLiteral("job_gaps"),
                                                   QJsonObject { { QStringLiteral("type"), QStringLiteral("array") },
                                                                 { QStringLiteral("items"), entry } } } } },
                                 { QStringLiteral("required"), QJsonArray { QStringLiteral("job_gaps") } },
                                 { QStringLiteral("additionalProperties"), false } };
    q.validate = validateJobGapQuestionsObject;
    return r;
}

RequestResult buildDiscoveryRequest(const QStringList &skills, bool simple, const Settings &settings)
{
    auto r = fromPrompt(simple ? QStringLiteral("discover_sources_simple") : QStringLiteral("discover_sources"),
                        { { QStringLiteral("skill_count"), QString::number(skills.size()) },
                          { QStringLiteral("skill_list"), bulletList(skills) },
                          { QStringLiteral("skill_headings"), headingList(skills) } });
    if (r.isError())
        return r;
    ChatRequest &q = r.value().request;
    q.model = settings.discoveryModel;
    q.tag = QStringLiteral("discovery");
    // Streamed where the provider can: DiscoveryStage hands each section on as soon as it is complete.
    q.stream = true;
    q.temperature = 0.3;
    q.maxOutputTokens = budget::kDiscoveryOutput;
    q.format = ResponseFormat::Text;
    q.googleSearch = true;
    return r;
}

int questionsWanted(const GenerationJob &job, const Settings &settings)
{
    return job.followUp == FollowUp::None ? settings.questionsPerSkill
                                          : qBound(1, settings.questionsPerSkill, kFollowUpQuestions);
}

QStringList followUpAvoidList(const QStringList &own, const QStringList &earlier)
{
    QStringList out;
    QSet<QString> seen;
    for (const QStringList *list : { &own, &earlier }) {
        for (const QString &q : *list) {
            const QString text = q.simplified();
            if (out.size() >= kMaxAvoidQuestions)
                return out;
            if (text.isEmpty() || seen.contains(text.toCaseFolded()))
                continue;
            seen.insert(text.toCaseFolded());
            out.append(text);
        }
    }
    return out;
}

namespace {

// What the questions prompt says of a follow-up (empty for a first request): starts with a blank line.
QString followUpText(const GenerationJob &job)
{
    if (job.followUp == FollowUp::None || job.items.isEmpty())
        return {};
    QStringList numbered;
    for (qsizetype i = 0; i < job.avoid.size(); ++i)
        numbered.append(QStringLiteral("%1. %2").arg(i + 1).arg(job.avoid.at(i)));
    QString text
        = QStringLiteral("\n\nThe candidate already has the questions between the <asked> tags. Write new ones: "
                         "repeat none of them and do not ask the same thing in other words.");
    if (job.followUp == FollowUp::Harder)
        text += QStringLiteral(" Make every new question harder than those: difficulty 3 only — edge cases, failure "
                               "modes, internals under load and the trade-offs an experienced engineer weighs.");
    if (!numbered.isEmpty())
        text += QStringLiteral("\n<asked>\n%1\n</asked>")
                    .arg(defuseTags(numbered.join(QLatin1Char('\n')), QStringLiteral("asked")));
    return text;
}

// What the questions prompt asks of key points (Settings::keyPoints): empty when off.
QString keyPointsText(const GenerationJob &job, const Settings &settings)
{
    if (!settings.keyPoints)
        return {};
    return job.grounded ? QStringLiteral("\"key_points\": [3 points of at most 8 words that a strong answer covers, "
                                         "ending in [n] when taken from the notes' source n], ")
                        : QStringLiteral("\"key_points\": [3 points of at most 8 words that a strong answer covers], ");
}

} // namespace

RequestResult buildQuestionsRequest(const GenerationJob &job, const Settings &settings)
{
    QStringList names;
    QStringList contexts;
    for (const auto &item : job.items) {
        names.append(item.name);
        if (job.grounded) {
            // The notes' sources are numbered so that a key point can name the one it came from.
            QString notes = trimToChars(item.context, budget::kNotesCharsPerSkill);
            if (!item.sources.isEmpty()) {
                notes += QStringLiteral("\nSources:");
                for (qsizetype i = 0; i < item.sources.size(); ++i)
                    notes += QStringLiteral("\n[%1] %2").arg(i + 1).arg(sourceLabel(item.sources.at(i)));
            }
            contexts.append(QStringLiteral("<notes skill=\"%1\">\n%2\n</notes>")
                                .arg(item.name, defuseTags(notes, QStringLiteral("notes"))));
        }
        if (!item.resumeLines.isEmpty())
            contexts.append(
                QStringLiteral("<resume_lines skill=\"%1\">\n%2\n</resume_lines>")
                    .arg(item.name,
                         defuseTags(item.resumeLines.join(QLatin1Char('\n')), QStringLiteral("resume_lines"))));
    }
    PromptVars vars { { QStringLiteral("questions_per_skill"), QString::number(questionsWanted(job, settings)) },
                      { QStringLiteral("language"), questionLanguageName(settings) },
                      { QStringLiteral("level"), levelGuidance(settings.targetLevel) },
                      { QStringLiteral("follow_up"), followUpText(job) },
                      { QStringLiteral("key_points"), keyPointsText(job, settings) },
                      { QStringLiteral("skill_list"), bulletList(names) },
                      { QStringLiteral("contexts"), contexts.join(QStringLiteral("\n\n")) } };
    auto r = fromPrompt(job.grounded ? QStringLiteral("questions_grounded") : QStringLiteral("questions_context_free"),
                        vars);
    if (r.isError())
        return r;
    ChatRequest &q = r.value().request;
    q.model = settings.questionModel;
    q.tag = QStringLiteral("questions");
    // Streamed where the provider can: GenerationStage publishes each question as it completes.
    q.stream = true;
    q.temperature = 0.5;
    q.reasoningEffort = settings.questionReasoningEffort;
    q.maxOutputTokens = budget::questionsOutput(int(job.items.size()), questionsWanted(job, settings),
                                                settings.questionReasoningEffort, settings.keyPoints);
    q.format = ResponseFormat::Json;
    q.schemaName = QStringLiteral("interview_questions");
    const QJsonObject text { { QStringLiteral("type"), QStringLiteral("string") } };
    // A question is an object with what it says about itself; a plain string is still taken (a
    // model that ignores the details loses them, not the question). Only the text is required:
    // AnswerReader checks the rest when it reads the answer.
    const QJsonObject question {
        { QStringLiteral("type"), QJsonArray { QStringLiteral("object"), QStringLiteral("string") } },
        { QStringLiteral("properties"),
          QJsonObject {
              { QStringLiteral("question"), text },
              { QStringLiteral("difficulty"), QJsonObject { { QStringLiteral("type"), QStringLiteral("integer") } } },
              { QStringLiteral("category"), text },
              { QStringLiteral("key_points"), stringArraySchema(AnswerReader::kMaxKeyPoints) },
              { QStringLiteral("evidence"), text } } },
        { QStringLiteral("required"), QJsonArray { QStringLiteral("question") } }
    };
    const QJsonObject entry {
        { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("properties"),
          QJsonObject { { QStringLiteral("skill"), text },
                        { QStringLiteral("questions"),
                          QJsonObject { { QStringLiteral("type"), QStringLiteral("array") },
                                        { QStringLiteral("items"), question } } },
                        { QStringLiteral("claims"), stringArraySchema(AnswerReader::kMaxClaims) } } },
        { QStringLiteral("required"), QJsonArray { QStringLiteral("skill"), QStringLiteral("questions") } },
        { QStringLiteral("additionalProperties"), false }
    };
    q.jsonSchema = QJsonObject { { QStringLiteral("type"), QStringLiteral("object") },
                                 { QStringLiteral("properties"),
                                   QJsonObject { { QStringLiteral("all_questions"),
                                                   QJsonObject { { QStringLiteral("type"), QStringLiteral("array") },
                                                                 { QStringLiteral("items"), entry } } } } },
                                 { QStringLiteral("required"), QJsonArray { QStringLiteral("all_questions") } },
                                 { QStringLiteral("additionalProperties"), false } };
    q.validate = validateQuestionsObject;
    return r;
}

} // namespace ip
