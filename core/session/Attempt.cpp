#include "session/Attempt.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace ip {

QList<Criterion> criteria()
{
    return { Criterion::Correct, Criterion::Depth, Criterion::TradeOffs, Criterion::Clarity };
}

QString toString(Criterion criterion)
{
    switch (criterion) {
    case Criterion::Correct: return QStringLiteral("correct");
    case Criterion::Depth: return QStringLiteral("depth");
    case Criterion::TradeOffs: return QStringLiteral("trade_offs");
    case Criterion::Clarity: return QStringLiteral("clarity");
    }
    return {};
}

int PracticeGrade::score(Criterion criterion) const
{
    switch (criterion) {
    case Criterion::Correct: return correct;
    case Criterion::Depth: return depth;
    case Criterion::TradeOffs: return tradeOffs;
    case Criterion::Clarity: return clarity;
    }
    return 0;
}

const PracticeAttempt *findAttempt(const QList<PracticeAttempt> &all, const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    const auto it = std::find_if(all.cbegin(), all.cend(), [&id](const PracticeAttempt &a) { return a.id == id; });
    return it == all.cend() ? nullptr : &*it;
}

QString newAttemptId(const QDateTime &now)
{
    return QStringLiteral("a-%1-%2")
        .arg(now.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")))
        .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}

namespace {

// Each attempt's follow-ups by index, in list order.
using Children = QHash<QString, QList<qsizetype>>;

Children childrenOf(const QList<PracticeAttempt> &all)
{
    Children children;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const PracticeAttempt &a = all.at(i);
        if (!a.parentId.isEmpty() && !a.id.isEmpty() && a.id != a.parentId)
            children[a.parentId].append(i);
    }
    return children;
}

// Depth first without recursion (a damaged file may chain thousands), each id expanded once and
// each attempt listed once, never the attempt itself: a cycle in parent ids, or an id used
// twice, cannot loop.
void appendThread(const QList<PracticeAttempt> &all, const Children &children, const QString &attemptId,
                  QList<PracticeAttempt> &out)
{
    QSet<QString> expanded { attemptId };
    QSet<qsizetype> listed;
    QList<qsizetype> stack;
    const auto push = [&](const QString &id) {
        const QList<qsizetype> kids = children.value(id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    };
    push(attemptId);
    while (!stack.isEmpty()) {
        const qsizetype index = stack.takeLast();
        const PracticeAttempt &a = all.at(index);
        if (listed.contains(index) || a.id == attemptId)
            continue;
        listed.insert(index);
        out.append(a);
        if (!expanded.contains(a.id)) {
            expanded.insert(a.id);
            push(a.id);
        }
    }
}

} // namespace

QList<PracticeAttempt> threadOf(const QList<PracticeAttempt> &all, const QString &attemptId)
{
    QList<PracticeAttempt> out;
    if (!attemptId.isEmpty())
        appendThread(all, childrenOf(all), attemptId, out);
    return out;
}

QList<PracticeAttempt> attemptsOn(const QList<PracticeAttempt> &all, const QString &skill, const QString &question)
{
    QList<PracticeAttempt> out;
    const Children children = childrenOf(all);
    for (const PracticeAttempt &a : all) {
        if (!a.parentId.isEmpty() || a.skill != skill || a.question != question)
            continue;
        out.append(a);
        if (!a.id.isEmpty())
            appendThread(all, children, a.id, out);
    }
    return out;
}

} // namespace ip
