#pragma once

#include "session/Attempt.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace ip {

// Practice attempts (issue 16) as JSON: the session file's "practice" list, the JSON report's
// "practice" list and (the grade alone) the result cache. Keys, exactly:
//
// { "id", "skill", "question", "parent_id", "depth", "answer",
//   "rubric": [{"text", "source"}], "at", "model", "graded", "error",
//   "grade": { "correct", "depth", "trade_offs", "clarity", "overall", "feedback",
//              "key_points": [{"point", "covered", "judgement", "source"}],
//              "stronger_answer", "stronger_quotes": [], "stronger_withheld", "follow_up", "dont_know" } }
//
// plus "recording" (the kept recording's file, issue 17) only when there is one.
//
// Every other member is written. "source" (a rubric point's or a verdict's index into the skill's
// sources) is null when none is named; "at" is UTC ISO 8601 with milliseconds, null when unknown.
// "parent_id" is "" for an answer to one of the skill's own questions.
//
// Reading is lenient per attempt: an attempt with a missing or empty id, a wrong type, a score
// outside kMinScore..kMaxScore or a depth outside 0..kMaxPracticeDepth is unreadable (nullopt) and
// its reader skips it, never the whole session. Absent optional members read as their defaults
// (an attempt without "grade" reads as ungraded scores of 0). A verdict's "point" is not checked
// against the rubric's size: users index the rubric with bounds checks.
[[nodiscard]] QJsonObject toJson(const PracticeAttempt &attempt);
[[nodiscard]] std::optional<PracticeAttempt> attemptFromJson(const QJsonObject &object);

// The grade alone (the "grade" member above). Reading needs the five scores, each in range.
[[nodiscard]] QJsonObject toJson(const PracticeGrade &grade);
[[nodiscard]] std::optional<PracticeGrade> gradeFromJson(const QJsonObject &object);

// A list of attempts, and back: each element that is not a readable attempt object is skipped, and
// so is an attempt whose id an earlier one already has (ids are unique within a session). Not a
// list (absent, null, anything else): no attempts.
[[nodiscard]] QJsonArray toJson(const QList<PracticeAttempt> &attempts);
[[nodiscard]] QList<PracticeAttempt> attemptsFromJson(const QJsonValue &value);

} // namespace ip
