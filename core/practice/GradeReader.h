#pragma once

#include "common/Result.h"
#include "practice/GradeInput.h"
#include "session/Attempt.h"

#include <QJsonObject>
#include <QString>

namespace ip {

// Reads the questions model's grade of one answer (the JSON object buildGradeRequest asks for),
// strictly: a missing field, a score that is not a whole number from kMinScore to kMaxScore, a key point
// the rubric does not have, a rubric point judged twice or not at all is an error sentence for people
// that names the problem, never a silent 0. Lenient only where nothing is lost: a source number the
// skill does not have reads as none (-1). Text fields are trimmed and cut to a length.
// The stronger answer must be honest: every resume quote it rests on is found in the resume lines
// (the resume's own text is kept), and every number in it is given by the resume lines, the notes,
// the question, the rubric or the candidate's answer; otherwise it is withheld
// (PracticeGrade::strongerWithheld says why). The follow-up is cleared at the last level.
[[nodiscard]] Result<PracticeGrade, QString> readGrade(const QJsonObject &object, const GradeInput &input);

// readGrade's error, or an empty string: usable as ChatRequest::validate (the provider asks the model
// once to repair a grade that fails it).
[[nodiscard]] QString validateGrade(const QJsonObject &object, const GradeInput &input);

// True when the answer says only that the candidate does not know ("I don't know", "idk", "no idea",
// "not sure", "weiß nicht", "keine Ahnung", "لا أعرف", …), case and punctuation ignored.
[[nodiscard]] bool isDontKnow(const QString &answer);

// The grade of an "I don't know": every score 0, every rubric point missed ("Not answered."),
// dontKnow set, no stronger answer and no follow-up. No request is made for it.
[[nodiscard]] PracticeGrade dontKnowGrade(const GradeInput &input);

// Caps of the grade's text fields (characters).
namespace grade_limits {
constexpr qsizetype kFeedbackChars = 1500;
constexpr qsizetype kJudgementChars = 400;
constexpr qsizetype kStrongerChars = 4000;
constexpr qsizetype kQuoteChars = 600;
constexpr qsizetype kFollowUpChars = 600;
constexpr int kMaxQuotes = 5;
} // namespace grade_limits

} // namespace ip
