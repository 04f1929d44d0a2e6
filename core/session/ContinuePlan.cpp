#include "session/ContinuePlan.h"

#include "session/Session.h"

#include <QCoreApplication>

namespace ip {

namespace {

bool needsQuestions(const SkillResult &skill)
{
    return !(skill.state == SkillState::Done && skill.hasQuestions());
}

// Discovery concluded for a skill when it is grounded, or context-free with a reason that is not
// a provider failure (no section found, grounding off). Queued/Searching skills with no reason
// never got an answer.
bool discoveryConcluded(const SkillResult &skill)
{
    if (skill.isGrounded())
        return true;
    return !skill.retryDiscovery && !skill.contextReason.isEmpty();
}

} // namespace

ContinuePlan planContinuation(const RunState &run, bool groundingActive)
{
    ContinuePlan plan;
    if (run.skills.isEmpty()) {
        plan.extractSkills = true;
        return plan;
    }
    for (qsizetype i = 0; i < run.skills.size(); ++i) {
        const SkillResult &skill = run.skills.at(i);
        if (!needsQuestions(skill))
            continue;
        plan.generate.append(int(i));
        if (groundingActive && !discoveryConcluded(skill))
            plan.discover.append(int(i));
    }
    return plan;
}

RunState prepareContinuation(const RunState &run, const ContinuePlan &plan)
{
    RunState next = run;
    next.error.clear();
    if (plan.extractSkills) {
        next.skills.clear();
        return next;
    }
    for (int i : plan.generate) {
        if (i < 0 || i >= next.skills.size())
            continue;
        SkillResult &skill = next.skills[i];
        skill.state = SkillState::Queued;
        skill.questions.clear();
        skill.error.clear();
    }
    for (int i : plan.discover) {
        if (i < 0 || i >= next.skills.size())
            continue;
        SkillResult &skill = next.skills[i];
        skill.context = ContextKind::ContextFree;
        skill.contextReason.clear();
        skill.contextText.clear();
        skill.sources.clear();
        skill.retryDiscovery = false;
    }
    return next;
}

void settleInterruptedRun(RunState &run)
{
    for (SkillResult &skill : run.skills) {
        if (skill.state == SkillState::Done || skill.state == SkillState::Failed)
            continue;
        skill.state = SkillState::Failed;
        skill.error = QCoreApplication::translate("ip::ContinuePlan", "Interrupted before it finished");
    }
}

Result<bool, QString> checkResumeIdentity(const Session &session, const QString &extractedText)
{
    if (session.run.resumeSha256.isEmpty() || resumeTextSha256(extractedText) == session.run.resumeSha256)
        return Result<bool, QString>::ok(true);
    return Result<bool, QString>::fail(
        QCoreApplication::translate("ip::ContinuePlan",
                                    "The resume “%1” has changed since this session was saved; start a new run "
                                    "instead of continuing.")
            .arg(session.run.sourceFile));
}

} // namespace ip
