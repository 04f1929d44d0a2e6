#pragma once

#include "session/Attempt.h"
#include "session/RunState.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ip {

// Everything one grade needs: the question, its rubric, the skill's notes and sources, the resume's
// lines about the skill (what a stronger answer may rest on) and the candidate's answer (untrusted).
struct GradeInput
{
    QString skill;
    QString question;
    QList<KeyPoint> rubric; // KeyPoint::source indexes `sources`
    QString notes; // the skill's grounded notes (SkillResult::contextText); empty = context-free
    QList<Source> sources;
    QStringList resumeLines; // SkillResult::resumeLines
    QString answer;
    // The person chose "I don't know" (or the answer says only that, see isDontKnow): graded locally.
    bool dontKnow = false;
    QString parentId; // a follow-up: the attempt whose follow-up is answered
    int depth = 0;
    // A follow-up: the question and answer it follows (shown to the grader as context).
    QString previousQuestion;
    QString previousAnswer;
    // The kept recording of a spoken answer (issue 17), saved with the attempt; empty = none.
    QString recording;
};

// An answer to one of the skill's questions: the rubric is the question's key points.
[[nodiscard]] GradeInput gradeInputFor(const SkillResult &skill, const Question &question, const QString &answer);
// An answer to `parent`'s follow-up: the rubric is the parent's missed key points (all of its rubric
// when it missed none), depth one more. Callers check parent.grade.followUp is not empty and
// parent.depth < kMaxPracticeDepth.
[[nodiscard]] GradeInput followUpInputFor(const SkillResult &skill, const PracticeAttempt &parent,
                                          const QString &answer);

} // namespace ip
