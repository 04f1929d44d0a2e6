#include "practice/GradeInput.h"

#include "practice/GradeReader.h"

namespace ip {

namespace {

// What every grade of one skill shares: its notes and sources (grounded skills only) and its resume lines.
GradeInput skillPart(const SkillResult &skill)
{
    GradeInput in;
    in.skill = skill.name;
    if (skill.isGrounded()) {
        in.notes = skill.contextText;
        in.sources = skill.sources;
    }
    in.resumeLines = skill.resumeLines;
    return in;
}

} // namespace

GradeInput gradeInputFor(const SkillResult &skill, const Question &question, const QString &answer)
{
    GradeInput in = skillPart(skill);
    in.question = question.text;
    in.rubric = question.keyPoints;
    in.answer = answer;
    in.dontKnow = isDontKnow(answer);
    return in;
}

GradeInput followUpInputFor(const SkillResult &skill, const PracticeAttempt &parent, const QString &answer)
{
    GradeInput in = skillPart(skill);
    in.question = parent.grade.followUp;
    for (const KeyPointVerdict &v : parent.grade.keyPoints)
        if (!v.covered && v.point >= 0 && v.point < parent.rubric.size())
            in.rubric.append(parent.rubric.at(v.point));
    if (in.rubric.isEmpty())
        in.rubric = parent.rubric;
    in.answer = answer;
    in.dontKnow = isDontKnow(answer);
    in.parentId = parent.id;
    in.depth = parent.depth + 1;
    in.previousQuestion = parent.question;
    in.previousAnswer = parent.answer;
    return in;
}

} // namespace ip
