#pragma once

#include "settings/Settings.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace ip {

enum class CacheStage { Skills, Discovery, Questions, Grade };
QString toString(CacheStage stage); // "skills", "discovery", "questions", "grade"

// What a cached result depends on. Two keys are the same entry when every part is equal, so
// changing the model or a prompt version of one stage misses only that stage's entries (and,
// for questions, a changed discovery context misses them too: the context's hash is part of it).
// Build keys with the for…() functions: they pick the settings each stage depends on.
struct CacheKey
{
    CacheStage stage = CacheStage::Skills;
    QString resumeSha256;
    QString skill; // normalised by normaliseSkill() (empty for Skills)
    QString provider; // ChatProvider::name(), case-insensitive
    QString model;
    QMap<QString, int> prompts; // prompt name -> version the result was made with
    QMap<QString, QString> parameters; // the stage's relevant settings and inputs

    // Stable text of every part (sorted JSON); the cache file stores it and checks it on read.
    [[nodiscard]] QByteArray canonical() const;
    // SHA-256 hex of canonical(): the entry's file name.
    [[nodiscard]] QString digest() const;

    // Skill extraction: the resume, skillCount, the skill model, the extraction prompt.
    static CacheKey forSkills(const QString &resumeSha256, const QString &provider, const Settings &settings,
                              const QMap<QString, int> &prompts);
    // Discovery of one skill: the resume, the skill, the discovery model, the discovery prompts
    // (pass both "discover_sources" and "discover_sources_simple").
    static CacheKey forDiscovery(const QString &resumeSha256, const QString &skill, const QString &provider,
                                 const Settings &settings, const QMap<QString, int> &prompts);
    // Questions of one skill: the resume, the skill, the question model, the prompt used
    // (grounded or context-free), questionsPerSkill, questionLanguage, targetLevel, and the context text
    // (empty = context-free).
    static CacheKey forQuestions(const QString &resumeSha256, const QString &skill, const QString &provider,
                                 const Settings &settings, const QMap<QString, int> &prompts,
                                 const QString &contextText);

    // The grade of one practice answer (issue 16): the skill, the question model, the grading prompt, the
    // question language and `inputSha256`, the hash of everything the grader is shown (question, rubric,
    // notes, resume lines, the answer and the thread it follows). The same answer graded again is a hit.
    static CacheKey forGrade(const QString &skill, const QString &provider, const Settings &settings,
                             const QMap<QString, int> &prompts, const QString &inputSha256);

    // Trimmed, inner whitespace simplified, case-folded: "  Node.JS " and "node.js" are one key.
    // (The pipeline may pass its alias-aware skillKey() instead; this is applied on top.)
    static QString normaliseSkill(const QString &name);

    friend bool operator==(const CacheKey &, const CacheKey &) = default;
};

} // namespace ip
