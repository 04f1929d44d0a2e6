#pragma once

#include "common/Result.h"
#include "session/Attempt.h"
#include "session/RunState.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ip {

enum class ReportFormat { Text, Markdown, Json };

// "txt"/"text", "md"/"markdown", "json" (case-insensitive); nullopt otherwise.
std::optional<ReportFormat> reportFormatFromName(const QString &name);
QString fileExtension(ReportFormat format); // "txt", "md", "json"

// Pure renderers (UTF-8 bytes).
QByteArray renderText(const RunState &state);
QByteArray renderMarkdown(const RunState &state);
QByteArray renderJson(const RunState &state);
QByteArray renderReport(const RunState &state, ReportFormat format);

// The same with the run's practice attempts (issue 16; Session::attempts): a "Practice" section
// after the skills (TXT, Markdown) and "practice" with schema_version 4 (JSON). With no attempts
// each gives exactly what the overload without them gives.
QByteArray renderText(const RunState &state, const QList<PracticeAttempt> &attempts);
QByteArray renderMarkdown(const RunState &state, const QList<PracticeAttempt> &attempts);
QByteArray renderJson(const RunState &state, const QList<PracticeAttempt> &attempts);
QByteArray renderReport(const RunState &state, ReportFormat format, const QList<PracticeAttempt> &attempts);

// <resume-base-name>_<yyyyMMdd_HHmmss>_results.<ext>
QString defaultReportFileName(const QString &sourceFile, const QDateTime &when, ReportFormat format);

// Written atomically (QSaveFile). Error: a sentence for a person.
Result<bool, QString> writeReport(const QString &path, const RunState &state, ReportFormat format);
Result<bool, QString> writeReport(const QString &path, const RunState &state, ReportFormat format,
                                  const QList<PracticeAttempt> &attempts);

} // namespace ip
