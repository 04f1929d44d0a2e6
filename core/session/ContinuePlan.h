#pragma once

#include "common/Result.h"
#include "session/RunState.h"

#include <QList>
#include <QString>

namespace ip {

struct Session;

// The work a saved run still needs: continuing it requests only this, nothing already done.
struct ContinuePlan
{
    // No skills yet (stopped or crashed before extraction): read the resume again from the
    // session's original path (check its text's SHA-256) and run everything.
    bool extractSkills = false;
    // Skills (indices into RunState::skills) that need source discovery before their questions:
    // grounding is on, the skill is not grounded, and discovery never concluded for it (still
    // queued or searching, or marked retryDiscovery).
    QList<int> discover;
    // Skills that need questions: not Done with questions (queued, in flight, failed, cancelled).
    // Every index of `discover` is here too.
    QList<int> generate;

    [[nodiscard]] bool isEmpty() const { return !extractSkills && generate.isEmpty(); }
    friend bool operator==(const ContinuePlan &, const ContinuePlan &) = default;
};

// Pure. `groundingActive`: discovery would run now (the session's grounding setting and a
// discovery provider being available).
ContinuePlan planContinuation(const RunState &run, bool groundingActive);

// The state a continuation starts from: the planned skills back to Queued with their error and
// questions cleared (and their context cleared when they are rediscovered); the run error
// cleared; everything else (done skills, usage, models) kept. With extractSkills, the skills
// list is emptied.
RunState prepareContinuation(const RunState &run, const ContinuePlan &plan);

// A run saved as in progress by a process that is gone (crash, kill) shows skills that are
// still "searching" or "generating". For display, this marks every unfinished skill Failed with
// "Interrupted before it finished" (planContinuation gives the same plan before and after).
void settleInterruptedRun(RunState &run);

// Continuing needs the same resume: error (a translated sentence) when the text read again does
// not match the session's SHA-256.
Result<bool, QString> checkResumeIdentity(const Session &session, const QString &extractedText);

} // namespace ip
