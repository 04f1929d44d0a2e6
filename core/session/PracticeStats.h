#pragma once

#include "session/Attempt.h"
#include "session/RunState.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ip {

// Practice (issue 16): what to practise next and how practice went, worked out from a run and its
// saved attempts. Pure functions of session values: no provider, no clock, no settings.
//
// An attempt's score is its grade's overall score (0..kMaxScore, clamped), 0 for "I don't know".
// Only graded attempts count anywhere here; an attempt still waiting for its grade, or whose grading
// failed, is left out.

// What a practice round asks for.
struct PracticeOptions
{
    QStringList skills; // skill names to practise; empty = every skill
    bool weakestFirst = false;
    int count = 5; // questions at most (0 or less: none)
    int secondsPerAnswer = 0; // 0 = no limit (the round's timer; planning ignores it)

    friend bool operator==(const PracticeOptions &, const PracticeOptions &) = default;
};

// A question to practise: indices into RunState::skills and that skill's questions.
struct PlannedQuestion
{
    int skill = -1;
    int question = -1;

    friend bool operator==(const PlannedQuestion &, const PlannedQuestion &) = default;
};

// The questions of the chosen skills (Done skills only), at most `count`, taken round-robin across
// the skills: the first question of each skill, then the second of each, and so on.
// Default order: skills in run order, each skill's questions in order.
// weakestFirst: skills by their average latest score ascending (a skill with no graded answer on any
// of its questions first: never practised counts as weakest), and inside a skill the questions never
// answered first (in order), then by their latest score ascending. The round-robin stays, so the
// first questions planned are the weakest question of each skill, weakest skill first.
// A question's latest score: its newest graded answer (depth 0, found by skill name and question
// text; by time, then list order). Ties always go to run order, so the plan is deterministic.
[[nodiscard]] QList<PlannedQuestion> planPractice(const RunState &run, const QList<PracticeAttempt> &attempts,
                                                  const PracticeOptions &options);

struct SkillScore
{
    QString skill;
    double average = 0; // unrounded: round to one decimal only when shown
    int answered = 0; // graded attempts, follow-ups included

    friend bool operator==(const SkillScore &, const SkillScore &) = default;
};

// A key point of the rubric that answers missed.
struct WeakPoint
{
    QString skill;
    // The skill's question the point belongs to: for a follow-up, the question its thread started from.
    QString question;
    QString point; // the key point's text
    int missed = 0; // how many graded attempts missed it (an answer and its follow-ups each count)
    int source = -1; // index into that skill's sources (RunState's SkillResult); -1 = none known

    friend bool operator==(const WeakPoint &, const WeakPoint &) = default;
};

struct PracticeSummary
{
    // The skills with a graded attempt: the run's skills in run order, then skills the run no longer
    // has (a regenerated run) in the order their first attempt appears.
    QList<SkillScore> skills;
    QList<WeakPoint> weakest; // at most kWeakestPoints, weakest first
    // The sources behind every missed point, weakest point first, de-duplicated by URL.
    QList<Source> toRead;
    double overall = 0; // the average over every graded attempt (not an average of skill averages)
    int answered = 0; // graded attempts

    friend bool operator==(const PracticeSummary &, const PracticeSummary &) = default;
};

constexpr int kWeakestPoints = 3;

// Over the graded attempts: the average score per skill and overall ("I don't know" counts as 0,
// follow-ups count toward their skill) and the weakest key points. A point is missed when its
// verdict says not covered, or every point of the rubric when the answer was "I don't know". Points
// are the same point when skill, thread question and text match. Weakest: missed most often, then
// the lowest score of an attempt that missed it, then run order (skill, question, point's place in
// the rubric). A point's source is the verdict's source, else the rubric point's, when it names one
// of the skill's sources; a skill the run no longer has gives no source.
[[nodiscard]] PracticeSummary summarisePractice(const RunState &run, const QList<PracticeAttempt> &attempts);

struct ScorePoint
{
    QDateTime at;
    int overall = 0;

    friend bool operator==(const ScorePoint &, const ScorePoint &) = default;
};

// Per skill name, each graded attempt's score in time order (equal times: list order), answers and
// follow-ups alike.
[[nodiscard]] QMap<QString, QList<ScorePoint>> progressBySkill(const QList<PracticeAttempt> &attempts);

// The score the statistics use for one attempt: 0 for "I don't know", else overall clamped to
// kMinScore..kMaxScore.
[[nodiscard]] int practiceScore(const PracticeAttempt &attempt);

} // namespace ip
