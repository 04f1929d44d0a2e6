#include "pipeline/SectionSplitter.h"

#include "pipeline/SkillNormaliser.h"

#include <QRegularExpression>

namespace ip {

namespace {

struct Heading
{
    int level = 2; // 1..6 for '#', 7 for a bold-only line
    QString title;
    qsizetype lineStart = 0; // start of the heading line
    qsizetype bodyStart = 0; // just after the heading line
    int skill = -1; // matched skill index
    bool exact = false;
};

QList<Heading> findHeadings(const QString &text)
{
    static const QRegularExpression atx(QStringLiteral(R"(^ {0,3}(#{1,6})[ \t]+(.+?)[ \t#]*$)"));
    static const QRegularExpression bold(QStringLiteral(R"(^[ \t]*\*\*([^*]+?)\*\*[ \t]*:?[ \t]*$)"));
    QList<Heading> out;
    qsizetype pos = 0;
    bool inFence = false;
    while (pos <= text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), pos);
        if (nl < 0)
            nl = text.size();
        QString line = text.mid(pos, nl - pos);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            inFence = !inFence;
        } else if (!inFence) {
            Heading h;
            h.lineStart = pos;
            h.bodyStart = std::min(text.size(), nl + 1);
            if (const auto m = atx.match(line); m.hasMatch()) {
                h.level = int(m.capturedLength(1));
                h.title = m.captured(2).trimmed();
                out.append(h);
            } else if (const auto b = bold.match(line); b.hasMatch()) {
                h.level = 7;
                h.title = b.captured(1).trimmed();
                out.append(h);
            }
        }
        if (nl >= text.size())
            break;
        pos = nl + 1;
    }
    return out;
}

} // namespace

QList<std::optional<SkillSection>> splitSkillSections(const QString &text, const QStringList &skills)
{
    QList<std::optional<SkillSection>> result(skills.size());
    QList<Heading> headings = findHeadings(text);
    QList<bool> skillTaken(skills.size(), false);

    // Phase 1: normalised exact matches.
    int matchedLevel = 8;
    for (auto &h : headings) {
        for (int s = 0; s < skills.size(); ++s) {
            if (!skillTaken[s] && skillMatchStrength(h.title, skills.at(s)) == 2) {
                h.skill = s;
                h.exact = true;
                skillTaken[s] = true;
                matchedLevel = std::min(matchedLevel, h.level);
                break;
            }
        }
    }
    // Phase 2: containment, only among headings no deeper than the exact matches (so a sub-heading
    // inside another skill's section is not taken for a section of its own when real ones exist).
    const int maxLevel = matchedLevel <= 7 ? matchedLevel : 7;
    for (auto &h : headings) {
        if (h.skill >= 0 || h.level > maxLevel)
            continue;
        for (int s = 0; s < skills.size(); ++s) {
            if (!skillTaken[s] && skillMatchStrength(h.title, skills.at(s)) == 1) {
                h.skill = s;
                skillTaken[s] = true;
                break;
            }
        }
    }

    for (qsizetype i = 0; i < headings.size(); ++i) {
        const Heading &h = headings.at(i);
        if (h.skill < 0)
            continue;
        qsizetype end = text.size();
        for (qsizetype j = i + 1; j < headings.size(); ++j) {
            const Heading &next = headings.at(j);
            if (next.level <= h.level || next.skill >= 0) {
                end = next.lineStart;
                break;
            }
        }
        const QString body = text.mid(h.bodyStart, std::max<qsizetype>(0, end - h.bodyStart)).trimmed();
        if (body.isEmpty())
            continue;
        SkillSection section;
        section.heading = h.title;
        section.text = body;
        section.start = h.lineStart;
        section.end = end;
        section.exactMatch = h.exact;
        result[h.skill] = section;
    }
    return result;
}

} // namespace ip
