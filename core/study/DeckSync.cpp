#include "DeckSync.h"

#include "session/SessionStore.h"
#include "study/Deck.h"

#include <QFileInfo>

namespace ip {

Result<DeckSyncReport, QString> syncDeckWithSavedRuns(const QString &deckPath, const QString &sessionsDirectory)
{
    Deck deck(deckPath);
    if (const auto opened = deck.open(); opened.isError())
        return Result<DeckSyncReport, QString>::fail(opened.error());

    DeckSyncReport report;
    const SessionStore store(sessionsDirectory);
    const HistoryListing listing = store.list();
    report.problems = listing.problems;
    for (const HistoryEntry &entry : listing.entries) {
        const auto loaded = store.load(entry.id);
        if (loaded.isError()) {
            report.problems << loaded.error().message;
            continue;
        }
        const auto synced = deck.syncRun(loaded.value());
        if (synced.isError())
            return Result<DeckSyncReport, QString>::fail(synced.error());
        report.added += synced.value();
        ++report.runs;
    }
    // Only runs whose file is gone leave the deck: a run that is there but could not be read (damaged,
    // written by a newer app) keeps its cards.
    for (const QString &id : deck.runIds()) {
        if (QFileInfo::exists(store.filePath(id)))
            continue;
        const auto removed = deck.removeRun(id);
        if (removed.isError())
            return Result<DeckSyncReport, QString>::fail(removed.error());
        report.removed += removed.value();
    }
    return Result<DeckSyncReport, QString>::ok(report);
}

} // namespace ip
