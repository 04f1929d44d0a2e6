#pragma once

// What the benchmark's fake providers answer: deterministic, realistic-sized content for the three
// kinds of calls, and the few facts the servers read from a request's prompt. Pure functions.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ip::bench {

enum class CallKind { Skills, Discovery, Questions, Other };

QString toString(CallKind kind);

// The prompt's shape: which call this is.
CallKind classifyPrompt(bool gemini, bool googleSearch, const QString &userText);

// --- skill extraction
// `count` distinct skill names chosen by the resume text (different resumes, different skills).
QStringList skillsFor(const QString &resumeText, int count);
// "Pick exactly N …" (default 9).
int requestedSkillCount(const QString &userText);
QString skillsAnswer(const QStringList &skills); // {"skills": [...]}

// --- grounded discovery
// The skills of "## <Skill>" heading lines, in order.
QStringList discoverySkills(const QString &userText);

struct FakeSection
{
    QString skill;
    qsizetype start = 0; // [start, end) in the answer text, heading included
    qsizetype end = 0;
};

struct DiscoveryAnswer
{
    QString text;
    QList<FakeSection> sections;
    struct Citation
    {
        QString segment;
        int source = 0;
    };
    QList<Citation> citations;
    QList<QPair<QString, QString>> sources; // title, uri
};
DiscoveryAnswer discoveryAnswer(const QStringList &skills, int sectionWords);

// --- question generation
// The "- <Skill>" lines of the prompt's skill list (before the research notes), in order.
QStringList questionSkills(const QString &userText);
// "Write exactly N interview questions …" (default 8).
int requestedQuestionsPerSkill(const QString &userText);

// What the questions prompt shows of one skill: its notes' numbered sources and its resume lines.
struct SkillContext
{
    int sources = 2; // "[n] …" lines under the notes (0: no notes, so key points cite nothing)
    QStringList resumeLines; // the <resume_lines> block (empty: nothing is quoted)
    bool keyPoints = true; // the prompt asks for key points (Settings::keyPoints)
};
// The prompt's <notes skill="…"> and <resume_lines skill="…"> blocks, by skill.
QHash<QString, SkillContext> questionContexts(const QString &userText);

// The answer to a questions prompt (questions_grounded v3): per skill
//   {"skill", "questions": [{"question", "difficulty", "category", "key_points": [3], "evidence"}], "claims"}
// Sizes (chars / 4 tokens): a question's text `questionTokens` (32 = 128 characters); the object's keys,
// difficulty and category about 21; three key points of at most 8 words about 32 ("[n]" on the first and
// third when the notes have sources); so about 85 a question. The last one or two questions of a skill
// are "project" questions quoting the skill's first one or two resume lines as their evidence (~27
// tokens more each), and those lines are its claims; a skill the prompt shows without resume lines
// quotes nothing (the pipeline would drop a question whose quote is not on the resume). A skill
// without an entry in `contexts` (the simulations of the original design) counts as grounded with 2
// sources and two made-up lines of ~100 characters, the size of real quotes.
struct QuestionsAnswer
{
    QString text; // {"all_questions": [{"skill", "questions": [{…}, …], "claims": […]}]}
    qsizetype firstQuestionStart = 0; // the first question's object in `text` ('{' to '}' inclusive)
    qsizetype firstQuestionEnd = 0;
    int evidence = 0; // questions with a resume line
    int claims = 0;
};
QuestionsAnswer questionsAnswer(const QStringList &skills, int perSkill, int questionTokens,
                                const QHash<QString, SkillContext> &contexts = {});

// Cuts `text` into pieces of about `chars` characters (the last one may be shorter).
QStringList cutText(const QString &text, int chars);

} // namespace ip::bench
