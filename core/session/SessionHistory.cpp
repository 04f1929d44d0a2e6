#include "session/SessionHistory.h"

#include <algorithm>

namespace ip {

HistoryEntry historyEntryFor(const Session &session, const QString &id, const QString &filePath)
{
    HistoryEntry entry;
    entry.id = id;
    entry.filePath = filePath;
    entry.sourceFile = session.run.sourceFile;
    entry.createdAt = session.meta.createdAt;
    entry.updatedAt = session.meta.updatedAt;
    for (const SkillResult &skill : session.run.skills) {
        entry.skills.append(skill.name);
        if (skill.state == SkillState::Done && skill.hasQuestions())
            ++entry.skillsDone;
    }
    entry.outcome = session.meta.outcome;
    entry.complete = session.run.isComplete();
    entry.canContinue = session.canContinue();
    return entry;
}

void sortNewestFirst(QList<HistoryEntry> &entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        if (a.updatedAt != b.updatedAt)
            return a.updatedAt > b.updatedAt;
        return a.id > b.id;
    });
}

} // namespace ip
