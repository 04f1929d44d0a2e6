#include "pipeline/RunOutcome.h"

#include <QCoreApplication>
#include <QStringList>

namespace ip {

namespace {

// Messages in the context "ip::RunOutcome"; lupdate reads Tr::tr() calls under that name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::RunOutcome)
};

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
        s.message = total == 0
            ? Tr::tr("Cancelled before any question was written.")
            : Tr::tr("Cancelled: %1 of %n skill(s) have questions.", nullptr, total).arg(s.skillsDone);
    } else if (total == 0 || s.skillsDone == 0) {
        s.outcome = RunSummary::Outcome::Failed;
        if (!state.error.isEmpty())
            s.message = state.error;
        else if (total == 0)
            s.message = Tr::tr("No skills to write questions for.");
        else
            s.message = Tr::tr("No questions could be written for any of the %n skill(s).", nullptr, total);
        for (const auto &skill : state.skills) {
            if (!skill.error.isEmpty()) {
                s.message += QLatin1Char(' ') + Tr::tr("First error: %1").arg(skill.error);
                break;
            }
        }
    } else if (s.skillsFailed == 0) {
        s.outcome = RunSummary::Outcome::Complete;
        s.message = Tr::tr("Questions for all %n skill(s).", nullptr, total);
    } else {
        s.outcome = RunSummary::Outcome::Partial;
        s.message = Tr::tr("Questions for %1 of %n skill(s); without questions: %2.", nullptr, total)
                        .arg(s.skillsDone)
                        .arg(missing);
        if (!state.error.isEmpty())
            s.message += QLatin1Char(' ') + state.error;
    }
    return s;
}

} // namespace ip
