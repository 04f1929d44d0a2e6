#pragma once

#include "pipeline/StageRequests.h"
#include "practice/GradeInput.h"
#include "settings/Settings.h"

namespace ip {

// The grading request of one answer (prompt resource grade_answer): the questions model, a low
// temperature, JSON with the schema "practice_grade" (see readGrade for what is checked), tag
// "practice", written in the question language. The rubric's key points are numbered with their
// "[n]" source numbers, the notes carry their numbered Sources; the answer, the notes, the resume lines
// and a follow-up's previous question and answer are fenced (<answer>, <notes>, <resume_lines skill=…>,
// <previous_question>, <previous_answer>) with their closing tags defused. At the last level
// (depth kMaxPracticeDepth) the follow-up asked for is an empty string.
[[nodiscard]] RequestResult buildGradeRequest(const GradeInput &input, const Settings &settings);

// The grading request's output budget (tokens) for a reasoning effort.
[[nodiscard]] int gradeOutputTokens(const QString &reasoningEffort);

// How much of the notes a grade shows (characters).
constexpr qsizetype kGradeNotesChars = 2400;
// How much of the answer (and a follow-up's previous answer) a grade shows (characters).
constexpr qsizetype kGradeAnswerChars = 6000;

} // namespace ip
