#include "session/RunState.h"

namespace ip {

QString toString(Stage stage)
{
    switch (stage) {
    case Stage::Idle: return QStringLiteral("idle");
    case Stage::ReadingResume: return QStringLiteral("reading-resume");
    case Stage::ExtractingSkills: return QStringLiteral("extracting-skills");
    case Stage::FindingSources: return QStringLiteral("finding-sources");
    case Stage::WritingQuestions: return QStringLiteral("writing-questions");
    case Stage::Finished: return QStringLiteral("finished");
    }
    return {};
}

QString toString(SkillState state)
{
    switch (state) {
    case SkillState::Queued: return QStringLiteral("queued");
    case SkillState::Searching: return QStringLiteral("searching");
    case SkillState::Generating: return QStringLiteral("generating");
    case SkillState::Done: return QStringLiteral("done");
    case SkillState::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString toString(ContextKind kind)
{
    switch (kind) {
    case ContextKind::Grounded: return QStringLiteral("grounded");
    case ContextKind::ContextFree: return QStringLiteral("context-free");
    }
    return {};
}

std::optional<SkillState> skillStateFromString(const QString &text)
{
    for (SkillState s :
         { SkillState::Queued, SkillState::Searching, SkillState::Generating, SkillState::Done, SkillState::Failed })
        if (toString(s) == text)
            return s;
    return std::nullopt;
}

std::optional<ContextKind> contextKindFromString(const QString &text)
{
    for (ContextKind k : { ContextKind::Grounded, ContextKind::ContextFree })
        if (toString(k) == text)
            return k;
    return std::nullopt;
}

bool hasJob(const RunState &run)
{
    return !run.jobText.trimmed().isEmpty();
}

QList<JobGap> keptJobGaps(const RunState &run)
{
    QList<JobGap> kept;
    if (!hasJob(run))
        return kept;
    for (const JobGap &gap : run.jobGaps) {
        if (!gap.skill.trimmed().isEmpty())
            kept.append(gap);
    }
    return kept;
}

} // namespace ip
