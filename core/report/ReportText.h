#pragma once

#include "session/Attempt.h"
#include "session/RunState.h"

#include <QString>
#include <QUrl>

// Helpers shared by the report renderers (internal to core/report).
namespace ip::report {

// Line breaks (and the spaces around them) folded into single spaces, ends trimmed:
// every question, name and reason is printed on one line.
QString oneLine(const QString &text);

// "yyyy-MM-dd HH:mm:ss" in the time's own zone/offset, or "unknown".
QString displayDate(const QDateTime &when);

// A skill's printable name ("(unnamed skill)" when empty).
QString skillTitle(const SkillResult &skill);

// True when the skill failed (state Failed or an error recorded).
bool skillFailed(const SkillResult &skill);
// The error to print for a failed skill (never empty).
QString skillError(const SkillResult &skill);

// "general knowledge — no web sources[: reason]" (translated).
QString contextFreeText(const SkillResult &skill);

// Inline Markdown: every character CommonMark could read as markup is backslash-escaped, and a
// line start that would open a block (list item, heading, quote, thematic break) is neutralised.
QString escapeMarkdown(const QString &text);

// A URL for a Markdown link target: http(s) only, fully percent-encoded including parentheses.
// Empty when the URL is not a safe web link (it is then printed as text, not as a link).
QString markdownLinkTarget(const QUrl &url);

// Issue 15's details of a question, for people (translated). A difficulty in words: "foundations",
// "how it works", "edge cases and trade-offs"; empty when not said (0) or out of range.
QString difficultyText(int difficulty);
// "Difficulty 2 of 3 (how it works)"; empty when not said or out of range.
QString difficultyLine(int difficulty);
// A category's name: "Concept", "Internals", "Design", "Debugging & operations", "Trade-off",
// "Project deep-dive"; empty for None.
QString categoryText(QuestionCategory category);
// The source a key point names, or nullptr when it names none or its index is out of range.
const Source *keyPointSource(const SkillResult &skill, const KeyPoint &point);
// Whether a printed question has anything to print beyond its text: a difficulty in range, a
// category, evidence or a key point with text (all judged on one line; an older run has none).
bool hasPrintableDetails(const Question &question);
// "From the resume: “%1”" for a question's evidence; the claims' heading (with and without a colon).
QString evidenceText(const QString &evidence);
QString claimsHeading();
QString claimsHeadingWithColon();

// Human-readable texts (translated, through QCoreApplication::translate).
QString noSkillsText();
QString noQuestionsText();

// The job a run targets, for a header: the first line of the job text with more than white space,
// on one line, at most 80 characters (cut with "…"). Empty when the run has no job.
QString jobTitle(const RunState &state);

// A job gap's printable name (keptJobGaps gives only named ones), whether writing its questions
// failed, and the sentence saying so (translated, never with an empty reason).
QString gapTitle(const JobGap &gap);
bool gapFailed(const JobGap &gap);
QString gapFailedText(const JobGap &gap);

// The line under the job gaps' heading: what they are, and that they are not the candidate's
// skills (translated).
QString jobGapsIntroText();

// Practice (issue 16), shared by the three renderers.
// One attempt as printed: `level` 0 for an answer to a question, 1.. for follow-ups under it (its
// place in the thread, not the attempt's saved depth); `followUpAnswered` when an attempt answers
// its follow-up (the follow-up is then that attempt's heading, not a line of its own).
struct PracticeEntry
{
    const PracticeAttempt *attempt = nullptr;
    int level = 0;
    bool followUpAnswered = false;
};
// The attempts of one skill: `skill` is the run's skill of that name (its sources name the key
// points' sources), or nullptr when the run has none.
struct PracticeGroup
{
    QString name; // printable (skillTitle rules)
    const SkillResult *skill = nullptr;
    QList<PracticeEntry> entries; // each answer in the order given, then its thread depth first
};
// Grouped by skill: the run's skills in order, then skills the run does not have in the order
// their first attempt comes. An attempt whose parent is not in the list is printed as an answer;
// one only reachable through a cycle of parent ids (a damaged file) is left out. `attempts` must
// outlive the result.
QList<PracticeGroup> practiceGroups(const RunState &state, const QList<PracticeAttempt> &attempts);
// "Correct 7 · Depth 5 · Trade-offs 4 · Clarity 8 · Overall 6/10" (translated).
QString scoresLine(const PracticeGrade &grade);
// The rubric point a verdict judges, or nullptr when its index is out of range.
const KeyPoint *verdictPoint(const PracticeAttempt &attempt, const KeyPointVerdict &verdict);
// The source of a judged point: the rubric point's, else the one the judgement names; nullptr
// when neither names one of the skill's sources.
const Source *verdictSource(const SkillResult *skill, const PracticeAttempt &attempt, const KeyPointVerdict &verdict);
// Words (translated): "Practice", "Not graded" / "Not graded: %1", "Follow-up: %1", "Covered",
// "Missed", "Feedback:", "Stronger answer", "Stronger answer withheld: %1", "Follow-up question:",
// "You said you did not know."
QString practiceHeading();
QString notGradedText(const PracticeAttempt &attempt);
QString followUpTitle(const QString &question);
QString coveredHeading();
QString missedHeading();
QString feedbackLabel();
QString strongerAnswerHeading();
QString strongerWithheldText(const QString &reason);
QString nextFollowUpLabel();
QString dontKnowText();
// The lines of a multi-line text (an answer), each trimmed, runs of blank lines folded into one
// and none at either end.
QStringList paragraphLines(const QString &text);

} // namespace ip::report
