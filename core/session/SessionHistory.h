#pragma once

#include "session/Session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ip {

// One line of the history panel.
struct HistoryEntry
{
    QString id; // the file's base name: what SessionStore::load/remove take
    QString filePath; // absolute
    QString sourceFile;
    QDateTime createdAt;
    QDateTime updatedAt;
    QStringList skills;
    int skillsDone = 0; // skills with questions
    SessionOutcome outcome = SessionOutcome::InProgress;
    bool complete = false; // every skill done with questions (RunState::isComplete)
    bool canContinue = false; // Session::canContinue: show a "Continue" action

    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

struct HistoryListing
{
    QList<HistoryEntry> entries; // newest first (created, then updated, then id)
    QStringList problems; // one sentence per file that could not be read, naming it
};

// Pure.
HistoryEntry historyEntryFor(const Session &session, const QString &id, const QString &filePath);
void sortNewestFirst(QList<HistoryEntry> &entries);

} // namespace ip
