#include "session/PracticeStats.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>
#include <tuple>

namespace ip {

int practiceScore(const PracticeAttempt &attempt)
{
    if (attempt.grade.dontKnow)
        return 0;
    return std::clamp(attempt.grade.overall, kMinScore, kMaxScore);
}

namespace {

QString joinKey(const QStringList &parts)
{
    return parts.join(QChar(0x1f)); // unit separator: never in a skill name or a question
}

// The newest graded answer's score on each skill's question (depth 0), by skill name and text.
QHash<QString, int> latestScores(const QList<PracticeAttempt> &attempts)
{
    QHash<QString, int> scores;
    QHash<QString, QDateTime> when;
    for (const PracticeAttempt &a : attempts) {
        if (!a.graded || !a.parentId.isEmpty())
            continue;
        const QString key = joinKey({ a.skill, a.question });
        const auto found = when.constFind(key);
        // Equal times: the later in the list is the newer (they are saved in the order graded).
        if (found != when.constEnd() && a.at < *found)
            continue;
        when.insert(key, a.at);
        scores.insert(key, practiceScore(a));
    }
    return scores;
}

struct QuestionRank
{
    int question = 0;
    std::optional<int> latest;
};

struct SkillRank
{
    int skill = 0;
    std::optional<double> average; // of its questions' latest scores; none = never practised
    QList<int> questions; // in the order to ask them
};

} // namespace

QList<PlannedQuestion> planPractice(const RunState &run, const QList<PracticeAttempt> &attempts,
                                    const PracticeOptions &options)
{
    if (options.count <= 0)
        return {};
    const QHash<QString, int> latest = latestScores(attempts);

    QList<SkillRank> skills;
    for (int i = 0; i < run.skills.size(); ++i) {
        const SkillResult &skill = run.skills.at(i);
        if (skill.state != SkillState::Done || skill.questions.isEmpty())
            continue;
        if (!options.skills.isEmpty() && !options.skills.contains(skill.name))
            continue;
        QList<QuestionRank> questions;
        double sum = 0;
        int scored = 0;
        for (int q = 0; q < skill.questions.size(); ++q) {
            QuestionRank rank { q, std::nullopt };
            const auto found = latest.constFind(joinKey({ skill.name, skill.questions.at(q).text }));
            if (found != latest.constEnd()) {
                rank.latest = *found;
                sum += *found;
                ++scored;
            }
            questions.append(rank);
        }
        if (options.weakestFirst) {
            // Never answered first (in order), then the lowest latest score; stable: ties keep order.
            std::stable_sort(questions.begin(), questions.end(), [](const QuestionRank &a, const QuestionRank &b) {
                return std::make_tuple(a.latest.has_value(), a.latest.value_or(0))
                    < std::make_tuple(b.latest.has_value(), b.latest.value_or(0));
            });
        }
        SkillRank rank;
        rank.skill = i;
        if (scored > 0)
            rank.average = sum / scored;
        for (const QuestionRank &q : std::as_const(questions))
            rank.questions.append(q.question);
        skills.append(rank);
    }
    if (options.weakestFirst) {
        std::stable_sort(skills.begin(), skills.end(), [](const SkillRank &a, const SkillRank &b) {
            return std::make_tuple(a.average.has_value(), a.average.value_or(0))
                < std::make_tuple(b.average.has_value(), b.average.value_or(0));
        });
    }

    QList<PlannedQuestion> plan;
    for (int round = 0; plan.size() < options.count; ++round) {
        bool any = false;
        for (const SkillRank &skill : std::as_const(skills)) {
            if (round >= skill.questions.size())
                continue;
            any = true;
            plan.append({ skill.skill, skill.questions.at(round) });
            if (plan.size() >= options.count)
                break;
        }
        if (!any)
            break;
    }
    return plan;
}

namespace {

// The skill's question a thread started from: the root of the attempt's parent chain, or the
// attempt's own question when the chain is broken (a parent missing from a damaged file).
QString threadQuestion(const PracticeAttempt &attempt, const QHash<QString, const PracticeAttempt *> &byId)
{
    const PracticeAttempt *at = &attempt;
    for (int guard = 0; !at->parentId.isEmpty() && guard <= byId.size(); ++guard) {
        const auto parent = byId.constFind(at->parentId);
        if (parent == byId.constEnd())
            return attempt.question;
        at = *parent;
    }
    return at->parentId.isEmpty() ? at->question : attempt.question;
}

struct PointTally
{
    WeakPoint point;
    int lowestScore = kMaxScore;
    int skillOrder = 0;
    int questionOrder = 0;
    int pointOrder = 0;
    int firstSeen = 0;
};

bool weaker(const PointTally &a, const PointTally &b)
{
    return std::make_tuple(-a.point.missed, a.lowestScore, a.skillOrder, a.questionOrder, a.pointOrder, a.firstSeen)
        < std::make_tuple(-b.point.missed, b.lowestScore, b.skillOrder, b.questionOrder, b.pointOrder, b.firstSeen);
}

int indexOfQuestion(const SkillResult &skill, const QString &text)
{
    for (int i = 0; i < skill.questions.size(); ++i)
        if (skill.questions.at(i).text == text)
            return i;
    return -1;
}

int indexOfPoint(const SkillResult &skill, int question, const QString &text)
{
    if (question < 0)
        return -1;
    const QList<KeyPoint> &points = skill.questions.at(question).keyPoints;
    for (int i = 0; i < points.size(); ++i)
        if (points.at(i).text == text)
            return i;
    return -1;
}

} // namespace

PracticeSummary summarisePractice(const RunState &run, const QList<PracticeAttempt> &attempts)
{
    PracticeSummary summary;

    QHash<QString, int> runIndex; // skill name -> index in run.skills (the first of that name)
    for (int i = static_cast<int>(run.skills.size()) - 1; i >= 0; --i)
        runIndex.insert(run.skills.at(i).name, i);
    QHash<QString, const PracticeAttempt *> byId;
    for (const PracticeAttempt &a : attempts)
        if (!a.id.isEmpty() && !byId.contains(a.id))
            byId.insert(a.id, &a);

    // Skills' order: the run's, then the others as their first graded attempt appears.
    QHash<QString, int> skillOrder;
    for (int i = 0; i < run.skills.size(); ++i)
        if (!skillOrder.contains(run.skills.at(i).name))
            skillOrder.insert(run.skills.at(i).name, i);
    int nextOrder = static_cast<int>(run.skills.size());

    QHash<QString, double> sums;
    QHash<QString, int> counts;
    QList<PointTally> tallies;
    QHash<QString, int> tallyOf;
    double total = 0;

    for (const PracticeAttempt &a : attempts) {
        if (!a.graded)
            continue;
        const int score = practiceScore(a);
        total += score;
        ++summary.answered;
        sums[a.skill] += score;
        ++counts[a.skill];
        if (!skillOrder.contains(a.skill))
            skillOrder.insert(a.skill, nextOrder++);

        // The points this answer missed (each once), with the source its verdict named.
        QList<QPair<int, int>> missed; // rubric index, verdict's source
        QSet<int> seen;
        if (a.grade.dontKnow) {
            for (int p = 0; p < a.rubric.size(); ++p)
                missed.append({ p, -1 });
        } else {
            for (const KeyPointVerdict &v : a.grade.keyPoints) {
                if (v.covered || v.point < 0 || v.point >= a.rubric.size() || seen.contains(v.point))
                    continue;
                seen.insert(v.point);
                missed.append({ v.point, v.source });
            }
        }
        if (missed.isEmpty())
            continue;

        const auto inRun = runIndex.constFind(a.skill);
        const SkillResult *skill = inRun == runIndex.constEnd() ? nullptr : &run.skills.at(*inRun);
        const QString question = threadQuestion(a, byId);
        const int questionIndex = skill ? indexOfQuestion(*skill, question) : -1;
        const auto validSource = [skill](int source) {
            return skill && source >= 0 && source < skill->sources.size();
        };
        for (const auto &[p, verdictSource] : std::as_const(missed)) {
            const KeyPoint &kp = a.rubric.at(p);
            if (kp.text.trimmed().isEmpty())
                continue;
            const QString key = joinKey({ a.skill, question, kp.text });
            int index = tallyOf.value(key, -1);
            if (index < 0) {
                PointTally tally;
                tally.point.skill = a.skill;
                tally.point.question = question;
                tally.point.point = kp.text;
                tally.skillOrder = skillOrder.value(a.skill);
                tally.questionOrder = questionIndex >= 0 ? questionIndex : std::numeric_limits<int>::max();
                const int pointIndex = skill ? indexOfPoint(*skill, questionIndex, kp.text) : -1;
                tally.pointOrder = pointIndex >= 0 ? pointIndex : std::numeric_limits<int>::max();
                tally.firstSeen = static_cast<int>(tallies.size());
                index = static_cast<int>(tallies.size());
                tallyOf.insert(key, index);
                tallies.append(tally);
            }
            PointTally &tally = tallies[index];
            ++tally.point.missed;
            tally.lowestScore = std::min(tally.lowestScore, score);
            if (tally.point.source < 0) {
                if (validSource(verdictSource))
                    tally.point.source = verdictSource;
                else if (validSource(kp.source))
                    tally.point.source = kp.source;
            }
        }
    }

    if (summary.answered > 0)
        summary.overall = total / summary.answered;

    QList<QString> skillNames = counts.keys();
    std::sort(skillNames.begin(), skillNames.end(),
              [&skillOrder](const QString &a, const QString &b) { return skillOrder.value(a) < skillOrder.value(b); });
    for (const QString &name : std::as_const(skillNames))
        summary.skills.append({ name, sums.value(name) / counts.value(name), counts.value(name) });

    std::stable_sort(tallies.begin(), tallies.end(), weaker);
    QSet<QString> urls;
    for (const PointTally &tally : std::as_const(tallies)) {
        if (summary.weakest.size() < kWeakestPoints)
            summary.weakest.append(tally.point);
        if (tally.point.source < 0)
            continue;
        const SkillResult &skill = run.skills.at(runIndex.value(tally.point.skill));
        const Source &source = skill.sources.at(tally.point.source);
        const QString key = source.url.isEmpty() ? QStringLiteral("title:") + source.title : source.url.toString();
        if (urls.contains(key))
            continue;
        urls.insert(key);
        summary.toRead.append(source);
    }
    return summary;
}

QMap<QString, QList<ScorePoint>> progressBySkill(const QList<PracticeAttempt> &attempts)
{
    QList<const PracticeAttempt *> graded;
    for (const PracticeAttempt &a : attempts)
        if (a.graded)
            graded.append(&a);
    std::stable_sort(graded.begin(), graded.end(),
                     [](const PracticeAttempt *a, const PracticeAttempt *b) { return a->at < b->at; });
    QMap<QString, QList<ScorePoint>> progress;
    for (const PracticeAttempt *a : std::as_const(graded))
        progress[a->skill].append({ a->at, practiceScore(*a) });
    return progress;
}

} // namespace ip
