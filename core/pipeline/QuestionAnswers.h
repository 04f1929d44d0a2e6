#pragma once

#include "session/RunState.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ip {

// Shape checks and parsing of the JSON answers of skill extraction and question generation
// (the provider layer has already extracted the object from the model's text).

// Empty when `o` has "skills": [string, …] (and, when present, "job_gaps": [{"skill": string,
// "adjacent": string (optional)}, …]); else what is wrong.
QString validateSkillsObject(const QJsonObject &o);
QStringList skillsFromObject(const QJsonObject &o);
// The "job_gaps" of a skills answer for a job (skill and adjacent only); empty when absent.
QList<JobGap> jobGapsFromObject(const QJsonObject &o);

// Empty when `o` has "job_gaps": [{"skill": string, "advice": string, "questions": [string, …]}, …].
QString validateJobGapQuestionsObject(const QJsonObject &o);
// Those entries as gaps (skill, advice, questions as answered: not cleaned, not matched).
QList<JobGap> jobGapAnswersFromObject(const QJsonObject &o);

// Empty when `o` has "all_questions": [{"skill": string, "questions": [string, …]}, …].
QString validateQuestionsObject(const QJsonObject &o);

struct AnsweredSkill
{
    QString skill;
    QStringList questions;
};
QList<AnsweredSkill> questionsFromObject(const QJsonObject &o);

// Trims, strips list numbering ("1. ", "Q3: ", "- "), drops empties and duplicates, keeps at most
// maxCount (no limit when <= 0).
QStringList cleanQuestions(const QStringList &raw, int maxCount);

// Assigns answered entries to the asked skills (normalised exact match first, then containment),
// ignoring skills that were not asked. One entry per asked skill, in order; empty = not answered.
QList<QStringList> matchAnswers(const QList<AnsweredSkill> &answered, const QStringList &asked, int perSkill);

} // namespace ip
