#pragma once

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

} // namespace ip::report
