#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace ip {

// What bringing the deck up to date did.
struct DeckSyncReport
{
    int added = 0; // cards new to the deck
    int removed = 0; // cards of deleted runs that left it
    int runs = 0; // saved runs the deck now follows
    QStringList problems; // one sentence per saved run that could not be read (its cards stay)
};

// Makes the deck at `deckPath` match the saved runs in `sessionsDirectory` (Deck::syncWithRuns): every
// saved run's questions are cards, its practice grades reviews; the cards of runs no longer saved
// leave. A run whose file cannot be read keeps its cards (it is named in `problems`). Opens its own
// connection: call it from any one thread (the Study view runs it with QtConcurrent). Error: the deck
// could not be opened or written (a sentence for a person).
Result<DeckSyncReport, QString> syncDeckWithSavedRuns(const QString &deckPath, const QString &sessionsDirectory);

} // namespace ip
