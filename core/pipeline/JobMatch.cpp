#include "pipeline/JobMatch.h"

#include "pipeline/QuestionAnswers.h"
#include "pipeline/SkillNormaliser.h"
#include "pipeline/TextSimilarity.h"
#include "pipeline/TokenBudget.h"

#include <QSet>

namespace ip {
namespace {

// Words that say nothing about which skill it is: a name made of them cannot be checked.
const QSet<QString> &generic()
{
    static const QSet<QString> words {
        QStringLiteral("and"),      QStringLiteral("the"),         QStringLiteral("with"),
        QStringLiteral("for"),      QStringLiteral("of"),          QStringLiteral("in"),
        QStringLiteral("on"),       QStringLiteral("to"),          QStringLiteral("using"),
        QStringLiteral("apache"),   QStringLiteral("google"),      QStringLiteral("microsoft"),
        QStringLiteral("amazon"),   QStringLiteral("framework"),   QStringLiteral("language"),
        QStringLiteral("programm"), QStringLiteral("development"), QStringLiteral("engineer"),
        QStringLiteral("software"), QStringLiteral("tool"),        QStringLiteral("system"),
        QStringLiteral("platform"), QStringLiteral("service"),     QStringLiteral("design"),
        QStringLiteral("based"),    QStringLiteral("modern"),      QStringLiteral("advanced"),
        QStringLiteral("basic"),    QStringLiteral("practice"),    QStringLiteral("concept"),
    };
    return words;
}

QStringList words(const QString &text)
{
    QStringList out;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            out.append(lightStem(skillKey(word)));
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u'+' || c == u'#')
            word.append(c.toCaseFolded());
        else
            flush();
    }
    flush();
    return out;
}

} // namespace

QStringList distinctiveWords(const QString &skill)
{
    QStringList out;
    for (const QString &w : words(cleanSkillName(skill)))
        if (!w.isEmpty() && !generic().contains(w))
            out.append(w);
    return out;
}

bool skillHasDistinctiveWords(const QString &skill)
{
    return !distinctiveWords(skill).isEmpty();
}

QSet<QString> comparableWords(const QString &text)
{
    const QStringList list = words(text);
    return QSet<QString>(list.cbegin(), list.cend());
}

bool resumeShowsSkill(const QString &resumeText, const QString &skill)
{
    const QStringList distinctive = distinctiveWords(skill);
    if (distinctive.isEmpty())
        return true;
    const QSet<QString> present = comparableWords(resumeText);
    for (const QString &w : distinctive)
        if (!present.contains(w))
            return false;
    return true;
}

JobSkills splitJobSkills(const QStringList &skills, const QList<JobGap> &gaps, const QString &resumeText, int maxSkills)
{
    JobSkills out;
    QSet<QString> kept;
    for (const QString &raw : skills) {
        const QString name = cleanSkillName(raw);
        const QString key = skillKey(name);
        if (name.isEmpty() || key.isEmpty() || kept.contains(key) || out.movedToGaps.contains(name))
            continue;
        if (!resumeShowsSkill(resumeText, name)) {
            out.movedToGaps.append(name);
            continue;
        }
        if (maxSkills <= 0 || out.skills.size() < maxSkills) {
            out.skills.append(name);
            kept.insert(key);
        }
    }
    QList<JobGap> candidates = gaps;
    for (const QString &name : std::as_const(out.movedToGaps))
        candidates.append(JobGap { name, {}, {}, {}, {} });
    QSet<QString> gapKeys;
    for (const JobGap &g : std::as_const(candidates)) {
        if (out.gaps.size() >= budget::kMaxJobGaps)
            break;
        JobGap gap;
        gap.skill = cleanSkillName(g.skill);
        gap.adjacent = g.adjacent.simplified();
        const QString key = skillKey(gap.skill);
        if (gap.skill.isEmpty() || key.isEmpty() || kept.contains(key) || gapKeys.contains(key)
            || resumeShowsSkill(resumeText, gap.skill))
            continue;
        gapKeys.insert(key);
        out.gaps.append(gap);
    }
    return out;
}

QList<JobGap> applyGapAnswers(QList<JobGap> asked, const QList<JobGap> &answered, int perGap, const QString &missing)
{
    QList<bool> used(answered.size(), false);
    for (JobGap &gap : asked) {
        int best = -1;
        int bestStrength = 0;
        for (qsizetype i = 0; i < answered.size(); ++i) {
            if (used.at(i))
                continue;
            const int strength = skillMatchStrength(answered.at(i).skill, gap.skill);
            if (strength > bestStrength) {
                best = int(i);
                bestStrength = strength;
            }
        }
        const QStringList questions = best >= 0 ? cleanQuestions(answered.at(best).questions, perGap) : QStringList();
        if (questions.isEmpty()) {
            gap.error = missing;
            continue;
        }
        used[best] = true;
        gap.questions = questions;
        gap.advice = answered.at(best).advice;
        gap.error.clear();
    }
    return asked;
}

} // namespace ip
