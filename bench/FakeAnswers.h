#pragma once

// What the benchmark's fake providers answer: deterministic, realistic-sized content for the three
// kinds of calls, and the few facts the servers read from a request's prompt. Pure functions.

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

struct QuestionsAnswer
{
    QString text; // {"all_questions": [{"skill", "questions": [...]}]}
    qsizetype firstQuestionStart = 0; // the first question's text in `text`
    qsizetype firstQuestionEnd = 0;
};
QuestionsAnswer questionsAnswer(const QStringList &skills, int perSkill, int questionTokens);

// Cuts `text` into pieces of about `chars` characters (the last one may be shorter).
QStringList cutText(const QString &text, int chars);

} // namespace ip::bench
