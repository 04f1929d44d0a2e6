#include "session/Attempt.h"

#include <QRandomGenerator>

namespace ip {

QList<Criterion> criteria()
{
    return { Criterion::Correct, Criterion::Depth, Criterion::TradeOffs, Criterion::Clarity };
}

QString toString(Criterion criterion)
{
    switch (criterion) {
    case Criterion::Correct:
        return QStringLiteral("correct");
    case Criterion::Depth:
        return QStringLiteral("depth");
    case Criterion::TradeOffs:
        return QStringLiteral("trade_offs");
    case Criterion::Clarity:
        return QStringLiteral("clarity");
    }
    return {};
}

int PracticeGrade::score(Criterion criterion) const
{
    switch (criterion) {
    case Criterion::Correct:
        return correct;
    case Criterion::Depth:
        return depth;
    case Criterion::TradeOffs:
        return tradeOffs;
    case Criterion::Clarity:
        return clarity;
    }
    return 0;
}

QString newAttemptId(const QDateTime &now)
{
    return QStringLiteral("a-%1-%2")
        .arg(now.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")))
        .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}

namespace {

void appendThread(const QList<PracticeAttempt> &all, const QString &parentId, QList<PracticeAttempt> &out)
{
    for (const PracticeAttempt &a : all) {
        if (a.parentId != parentId || a.id.isEmpty() || a.id == parentId)
            continue;
        out.append(a);
        if (out.size() > all.size()) // a cycle in a damaged file: stop
            return;
        appendThread(all, a.id, out);
    }
}

} // namespace

QList<PracticeAttempt> threadOf(const QList<PracticeAttempt> &all, const QString &attemptId)
{
    QList<PracticeAttempt> out;
    if (!attemptId.isEmpty())
        appendThread(all, attemptId, out);
    return out;
}

QList<PracticeAttempt> attemptsOn(const QList<PracticeAttempt> &all, const QString &skill, const QString &question)
{
    QList<PracticeAttempt> out;
    for (const PracticeAttempt &a : all) {
        if (!a.parentId.isEmpty() || a.skill != skill || a.question != question)
            continue;
        out.append(a);
        out.append(threadOf(all, a.id));
    }
    return out;
}

} // namespace ip
