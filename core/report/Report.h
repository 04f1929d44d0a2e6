#pragma once

#include "common/Result.h"
#include "session/Attempt.h"
#include "session/RunState.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ip {

// Pdf and Anki (issue 18) print the run's questions to study (StudySheet.h): an A4 PDF, and a text
// file Anki's "Import File" reads as it is.
enum class ReportFormat { Text, Markdown, Json, Pdf, Anki };

// "txt"/"text", "md"/"markdown", "json", "pdf", "anki" (case-insensitive); nullopt otherwise.
std::optional<ReportFormat> reportFormatFromName(const QString &name);
QString fileExtension(ReportFormat format); // "txt", "md", "json", "pdf", "txt" (Anki)

// Pure renderers (UTF-8 bytes).
QByteArray renderText(const RunState &state);
QByteArray renderMarkdown(const RunState &state);
QByteArray renderJson(const RunState &state);
// Pdf: the PDF's bytes, empty when it could not be made (renderReportBytes says why).
QByteArray renderReport(const RunState &state, ReportFormat format);

// The same with the run's practice attempts (issue 16; Session::attempts): a "Practice" section
// after the skills (TXT, Markdown) and "practice" with schema_version 4 (JSON). With no attempts
// each gives exactly what the overload without them gives.
QByteArray renderText(const RunState &state, const QList<PracticeAttempt> &attempts);
QByteArray renderMarkdown(const RunState &state, const QList<PracticeAttempt> &attempts);
QByteArray renderJson(const RunState &state, const QList<PracticeAttempt> &attempts);
QByteArray renderReport(const RunState &state, ReportFormat format, const QList<PracticeAttempt> &attempts);
// The same, or why it could not be made (a PDF needs a QGuiApplication): a sentence for a person.
Result<QByteArray, QString> renderReportBytes(const RunState &state, ReportFormat format,
                                              const QList<PracticeAttempt> &attempts = {});

// <resume-base-name>_<yyyyMMdd_HHmmss>_results.<ext>; Anki: <base>_<stamp>_anki.txt (the text
// report's name is taken).
QString defaultReportFileName(const QString &sourceFile, const QDateTime &when, ReportFormat format);

// Written atomically (QSaveFile). Error: a sentence for a person.
Result<bool, QString> writeReport(const QString &path, const RunState &state, ReportFormat format);
Result<bool, QString> writeReport(const QString &path, const RunState &state, ReportFormat format,
                                  const QList<PracticeAttempt> &attempts);

} // namespace ip
