#pragma once

#include "session/Question.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ip {

// Practice (issue 16): the candidate answers a question and the questions model grades the answer
// against a rubric of the question's key points and the skill's notes. Plain value types, like
// Question: core/practice fills them from a validated grade, the window shows them, the session file
// stores them with the run (they live in session/ because the session file saves them).

constexpr int kMinScore = 0;
constexpr int kMaxScore = 10;
// A thread: the answer to a question (depth 0) and answers to follow-ups aimed at its biggest gap
// (depth 1, 2, …). The last level offers no follow-up.
constexpr int kMaxPracticeDepth = 3;

// What a key point of the rubric came out as in one answer.
struct KeyPointVerdict
{
    int point = -1; // index into the rubric's key points (GradeInput::keyPoints)
    bool covered = false;
    QString judgement; // why covered or missed, in a sentence
    int source = -1; // index into the skill's sources the judgement rests on; -1 = none named
    friend bool operator==(const KeyPointVerdict &, const KeyPointVerdict &) = default;
};

// The four criteria, 0..kMaxScore each.
enum class Criterion { Correct, Depth, TradeOffs, Clarity };
[[nodiscard]] QList<Criterion> criteria(); // in the order shown
[[nodiscard]] QString toString(Criterion criterion); // "correct", "depth", "trade_offs", "clarity"

struct PracticeGrade
{
    int correct = 0;
    int depth = 0;
    int tradeOffs = 0;
    int clarity = 0;
    int overall = 0; // the model's overall score, 0..10
    QString feedback; // two or three sentences: what was good, what was missing
    QList<KeyPointVerdict> keyPoints; // one per rubric key point, in rubric order
    // A stronger version of the candidate's answer using only what the resume shows and what the
    // sources say. Empty when the model gave none or it was withheld (see strongerWithheld).
    QString strongerAnswer;
    // Lines of the resume the stronger answer rests on, each found in the resume's text.
    QStringList strongerQuotes;
    // Why a stronger answer was left out (it cited a line the resume does not have, or a number
    // neither the resume, the sources nor the answer gives); empty when none was withheld.
    QString strongerWithheld;
    QString followUp; // one question aimed at the biggest gap; empty at the thread's last level
    // The candidate said they do not know: graded locally (no request), every score 0, every key
    // point missed, no stronger answer and no follow-up.
    bool dontKnow = false;

    [[nodiscard]] int score(Criterion criterion) const;
    friend bool operator==(const PracticeGrade &, const PracticeGrade &) = default;
};

// One graded answer, saved with the run.
struct PracticeAttempt
{
    QString id; // unique within the session ("20261207-093000-1a2b" style, see newAttemptId)
    QString skill; // the skill's name (questions are found by skill and text: indices move)
    // The question answered: the skill's question, or for a follow-up the follow-up's text.
    QString question;
    // The attempt whose follow-up this answers; empty for an answer to one of the skill's questions.
    QString parentId;
    int depth = 0; // 0 = the skill's question; 1.. = follow-ups
    QString answer; // what the candidate wrote, as written
    // The rubric's key points: the question's (depth 0) or the parent's missed ones (a follow-up).
    // KeyPointVerdict::point indexes this list; KeyPoint::source the skill's sources.
    QList<KeyPoint> rubric;
    QDateTime at; // UTC: when it was submitted, then when it was graded
    QString model; // the model that graded it (empty for "I don't know" and until graded)
    // Saved the moment it is submitted (a window closed mid-grade loses nothing): false until the
    // grade is in. `error` says why grading failed (then it can be graded again).
    bool graded = false;
    QString error;
    PracticeGrade grade;
    // A spoken answer's recording kept at the person's choice (Settings ▸ Voice): its file; empty = none.
    QString recording;
    friend bool operator==(const PracticeAttempt &, const PracticeAttempt &) = default;
};

// The attempt of this id in `all`, or null (an empty id is never found).
[[nodiscard]] const PracticeAttempt *findAttempt(const QList<PracticeAttempt> &all, const QString &id);

// "a-20261207093000-1a2b3c4d": sorts by time, 32 random bits.
[[nodiscard]] QString newAttemptId(const QDateTime &now);

// The attempts on one question of one skill: its answers (depth 0), newest last, each followed by
// its follow-up thread in order.
[[nodiscard]] QList<PracticeAttempt> attemptsOn(const QList<PracticeAttempt> &all, const QString &skill,
                                                const QString &question);
// The follow-ups of `attemptId`, in order (the thread under it, depth first).
[[nodiscard]] QList<PracticeAttempt> threadOf(const QList<PracticeAttempt> &all, const QString &attemptId);

} // namespace ip

Q_DECLARE_METATYPE(ip::PracticeAttempt)
