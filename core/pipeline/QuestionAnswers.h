#pragma once

#include "pipeline/ResumeEvidence.h"
#include "session/RunState.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

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

// Empty when `o` has "all_questions": [{"skill": string, "questions": [question, …]}, …], where a
// question is a string or an object with a "question" (or "text") string. Everything else an entry
// or a question object says is optional and checked when it is read (AnswerReader).
QString validateQuestionsObject(const QJsonObject &o);

// One entry of a questions answer, as the model wrote it.
struct AnsweredSkill
{
    QString skill;
    QJsonArray questions; // strings or objects, unchecked
    QStringList claims; // unchecked quotes
};
QList<AnsweredSkill> questionsFromObject(const QJsonObject &o);

// Reads answered questions into Questions for the skills of one request, checking each field:
// the text is cleaned (cleanQuestion); a difficulty outside 1–3 and a category this version does
// not know are dropped; at most kMaxKeyPoints key points, each with a source only when its "[n]"
// names one of the skill's numbered sources. Evidence must be found in the resume (the resume's text
// is kept): a question whose quote is not there rests on a claim the resume does not make and is
// dropped. Claims are kept only when found, at most kMaxClaims.
class AnswerReader
{
public:
    static constexpr int kMaxKeyPoints = 5;
    static constexpr int kMaxClaims = 3;

    AnswerReader() = default; // no sources, no resume: no key point has a source, no quote is kept
    // `avoid`: questions asked for already (a follow-up's), read as none when they come back.
    AnswerReader(QList<int> sourceCounts, std::shared_ptr<const ResumeQuotes> quotes, const QStringList &avoid = {});

    // nullopt when the value has no question text, or quotes what the resume does not say.
    [[nodiscard]] std::optional<Question> question(int askedIndex, const QJsonValue &value) const;
    [[nodiscard]] QStringList claims(const QStringList &raw) const;

private:
    QList<int> m_sourceCounts; // per asked skill
    std::shared_ptr<const ResumeQuotes> m_quotes;
    QSet<QString> m_avoid; // case-folded
};

// Trims, strips list numbering ("1. ", "Q3: ", "- "); empty when nothing is left.
QString cleanQuestion(const QString &raw);
// cleanQuestion on each, drops empties and duplicates, keeps at most maxCount (no limit when <= 0).
QStringList cleanQuestions(const QStringList &raw, int maxCount);

// Assigns answered entries to the asked skills (normalised exact match first, then containment),
// ignoring skills that were not asked, and reads them (`reader`; duplicates dropped, at most
// perSkill questions). One entry per asked skill, in order; no questions = not answered.
QList<SkillQuestions> matchAnswers(const QList<AnsweredSkill> &answered, const QStringList &asked, int perSkill,
                                   const AnswerReader &reader = {});

} // namespace ip
