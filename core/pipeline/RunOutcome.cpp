#include "pipeline/RunOutcome.h"

#include <QCoreApplication>
#include <QStringList>

namespace ip {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ip::RunOutcome", text, nullptr, n);
}

} // namespace

RunSummary summariseRun(const RunState &state, bool cancelled)
{
    RunSummary s;
    QStringList without;
    for (const auto &skill : state.skills) {
        if (skill.state == SkillState::Done && skill.hasQuestions())
            ++s.skillsDone;
        else {
            ++s.skillsFailed;
            without.append(skill.name);
        }
    }
    const int total = int(state.skills.size());
    const QString missing = without.join(QStringLiteral(", "));

    if (cancelled) {
        s.outcome = RunSummary::Outcome::Cancelled;
        s.message = tr("Cancelled: %1 of %2 skills have questions.").arg(s.skillsDone).arg(total);
    } else if (total == 0 || s.skillsDone == 0) {
        s.outcome = RunSummary::Outcome::Failed;
        if (!state.error.isEmpty())
            s.message = state.error;
        else if (total == 0)
            s.message = tr("No skills to write questions for.");
        else
            s.message = tr("No questions could be written for any of the %n skill(s).", total);
        for (const auto &skill : state.skills) {
            if (!skill.error.isEmpty()) {
                s.message += QLatin1Char(' ') + tr("First error: %1").arg(skill.error);
                break;
            }
        }
    } else if (s.skillsFailed == 0) {
        s.outcome = RunSummary::Outcome::Complete;
        s.message = tr("Questions for all %n skill(s).", total);
    } else {
        s.outcome = RunSummary::Outcome::Partial;
        s.message
            = tr("Questions for %1 of %2 skills; without questions: %3.").arg(s.skillsDone).arg(total).arg(missing);
        if (!state.error.isEmpty())
            s.message += QLatin1Char(' ') + state.error;
    }
    return s;
}

} // namespace ip
