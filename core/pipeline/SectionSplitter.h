#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ip {

// One skill's section of a discovery answer.
struct SkillSection
{
    QString heading; // the heading as written
    QString text; // the body (heading excluded), trimmed
    qsizetype start = 0; // [start, end) of the whole section (heading included) in the answer text,
    qsizetype end = 0; // to ask Grounding::sourcesFor(start, end)
    bool exactMatch = true; // false: matched by containment ("Kubernetes (K8s) in production")
};

// Splits a Markdown answer into one section per skill. Headings are ATX lines ("## Skill",
// "### 2. Skill") or lines that are only bold text ("**Skill**"). Headings are matched to skills
// tolerantly: normalised exact match first, then containment (SkillNormaliser). A section runs
// until the next heading of the same or a higher level, or the next heading that matched a skill.
// Result: one entry per skill, in the order of `skills`; nullopt when no section (or an empty one).
QList<std::optional<SkillSection>> splitSkillSections(const QString &text, const QStringList &skills);

} // namespace ip
