#pragma once

#include "report/StudySheet.h"
#include "study/StudyCard.h"

#include <QList>
#include <QString>

namespace ip {

// The deck as a sheet for the PDF and Anki exports: one section per skill (in the cards' order), each
// card a question with its key points, the resume line and the skill's sources (the first card's of
// that skill; a key point's source is re-indexed into them, and a source only another card names is
// added). Pure.
StudySheet sheetFromCards(const QList<StudyCard> &cards, const QString &title, const QString &subtitle = {});

} // namespace ip
