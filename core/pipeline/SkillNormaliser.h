#pragma once

#include <QString>
#include <QStringList>

namespace ip {

// Skill names as models return them are messy: "JS" and "JavaScript", "K8s" and "Kubernetes",
// "postgres" and "PostgreSQL", "C++" and "cpp", bullets, quotes, numbering, trailing dots.

// A display name cleaned of list markers, quotes, markdown emphasis and surrounding punctuation.
QString cleanSkillName(const QString &raw);

// The comparison key: case-folded, punctuation removed (keeping '+' and '#', so "C++", "C#" and
// "C" stay distinct), common aliases mapped to one spelling. Equal keys = the same skill.
QString skillKey(const QString &name);

// Cleans, drops empties, de-duplicates by key keeping the first spelling and the model's order,
// and keeps at most `maxCount` (no limit when maxCount <= 0).
QStringList normaliseSkills(const QStringList &raw, int maxCount);

// Tolerant name matching used for section headings and answered skill names:
// 2 = same key, 1 = one name contains the other as whole words ("Kubernetes (K8s)" and
// "Kubernetes"; "Go" is not in "Google Cloud"), 0 = no match.
int skillMatchStrength(const QString &candidate, const QString &skill);

} // namespace ip
