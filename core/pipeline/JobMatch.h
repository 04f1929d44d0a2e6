#pragma once

#include "session/RunState.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ip {

// A run with a job description: what the skills answer says the candidate has is checked against the
// resume's own text, so that no skill the job asks for is presented as the candidate's unless the
// resume shows it. Deterministic and local.

// Whether the resume's text shows `skill`: every distinctive word of the skill's name (case-folded,
// common aliases applied — "k8s" is "kubernetes" —, light plural/-ing/-ed endings removed; vendor
// prefixes such as "Apache" and generic words such as "engineering" are not distinctive) is a word of
// the resume. A name without a distinctive word ("System design") cannot be checked and counts as shown.
bool resumeShowsSkill(const QString &resumeText, const QString &skill);
// Whether `skill`'s name has a distinctive word (resumeShowsSkill can check it).
bool skillHasDistinctiveWords(const QString &skill);
// The words of `text` as resumeShowsSkill compares them, and the distinctive words of a skill's name.
QSet<QString> comparableWords(const QString &text);
QStringList distinctiveWords(const QString &skill);

struct JobSkills
{
    QStringList skills; // shown by the resume: cleaned, de-duplicated, the model's order, at most maxSkills
    QList<JobGap> gaps; // asked for by the job, not shown by the resume (skill and adjacent only)
    QStringList movedToGaps; // skills the answer gave as the candidate's that the resume does not show
};

// Splits a skills answer for a job: its skills the resume shows stay skills; the others, after the
// answer's own gaps, become gaps. A gap the resume shows, or that is one of the skills, is dropped.
// At most budget::kMaxJobGaps gaps.
JobSkills splitJobSkills(const QStringList &skills, const QList<JobGap> &gaps, const QString &resumeText,
                         int maxSkills);

// The asked gaps with the answered advice and questions (matched by name like answered skills;
// questions cleaned, at most `perGap`); a gap the answer left out gets `missing` as its error.
QList<JobGap> applyGapAnswers(QList<JobGap> asked, const QList<JobGap> &answered, int perGap, const QString &missing);

} // namespace ip
