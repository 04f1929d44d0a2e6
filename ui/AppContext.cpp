#include "AppContext.h"

#include "run/RunService.h"

namespace ip {

SessionStore *AppContext::sessionStore()
{
    return runService().sessionStore();
}

ResultCache *AppContext::resultCache()
{
    return runService().resultCache();
}

Result<Run *, QString> AppContext::createRun(const QString &resumePath, QObject *parent)
{
    auto run = runService().createRun(resumePath, settings(), parent);
    if (run.isError())
        return runProblemMessage(run.error());
    return run.value();
}

Result<Run *, QString> AppContext::createContinuation(const Session &session, QObject *parent)
{
    auto run = runService().createContinuation(session, settings(), parent);
    if (run.isError())
        return runProblemMessage(run.error());
    return run.value();
}

QString AppContext::runProblemMessage(const RunProblem &problem) const
{
    switch (problem.kind) {
    case RunProblem::Kind::KeysUnknown:
        return tr("The API keys are still being read from the keychain. Try again in a moment.");
    case RunProblem::Kind::MissingQuestionsKey:
        return tr("No Groq API key is set. Enter one in Settings: Groq's models pick the skills and write the "
                  "questions.");
    case RunProblem::Kind::NoProviders: break;
    }
    return problem.detail;
}

} // namespace ip
