#pragma once

#include "session/Question.h"
#include "session/RunState.h"
#include "study/Scheduler.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ip {

struct Session;

// One card of the study deck (issue 18): a question of a saved run with what helps answer it, and
// when it comes back. Plain value type: the deck stores it, the Study view shows it.
struct StudyCard
{
    QString id; // cardIdFor(...)
    QString skill;
    QString question;
    QList<KeyPoint> keyPoints; // KeyPoint::source indexes `sources`
    QList<Source> sources; // the skill's sources in that run
    QString evidence; // the resume line the question probes (may be empty)
    QString resumeSha256;
    QString sourceFile; // the resume's file name, for display
    QStringList runIds; // saved runs (SessionMeta::id) this card comes from
    CardSchedule schedule;
    int reviews = 0;
    int lapses = 0; // Again ratings
    QDateTime lastReviewed; // invalid when never
    friend bool operator==(const StudyCard &, const StudyCard &) = default;
};

// Stable identity: the same question (whitespace collapsed, case-folded) of the same skill (case-folded) of
// the same resume text (resumeSha256) is one card, whichever run it came from: hex SHA-256 of those three.
QString cardIdFor(const QString &resumeSha256, const QString &skill, const QString &questionText);
// One per question of each skill (runIds = {meta.id}), in the run's order; a question that is the same
// card as an earlier one of the run (cardIdFor) is left out.
QList<StudyCard> cardsFromSession(const Session &session);

struct SkillDue
{
    QString skill;
    int due = 0; // overdue + today, not new
    int fresh = 0; // new: never reviewed
    int total = 0;
    friend bool operator==(const SkillDue &, const SkillDue &) = default;
};

} // namespace ip

Q_DECLARE_METATYPE(ip::StudyCard)
