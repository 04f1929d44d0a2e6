#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace ip {

// A versioned prompt template, stored as a resource (resources/prompts/<name>.txt):
//
//   version: 3
//   # comment lines are ignored in the header
//   --- system
//   You are …
//   --- user
//   Skills: ${skills}
//
// Placeholders are ${name}; rendering substitutes them in one pass (values are never re-scanned,
// so a resume containing "${x}" stays as it is).
struct PromptTemplate
{
    QString name;
    int version = 0;
    QString system;
    QString user;

    // Every placeholder name used in system + user, in first-use order.
    [[nodiscard]] QStringList placeholders() const;
};

using PromptVars = QHash<QString, QString>;

// Parses the file format above. Errors are for developers (a broken resource), in English.
Result<PromptTemplate, QString> parsePromptTemplate(const QString &name, const QString &fileText);

// Loads ":/prompts/<name>.txt" (cached after the first successful load).
Result<PromptTemplate, QString> loadPrompt(const QString &name);

// Substitutes ${name} with vars[name]; unknown placeholders are left untouched.
QString renderTemplate(const QString &text, const PromptVars &vars);

// Names of every prompt the pipeline uses (tests check that each loads and renders).
QStringList pipelinePromptNames();

} // namespace ip
