#include "ReportExporter.h"

#include "FileDialogs.h"
#include "Prompt.h"
#include "session/RunState.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

#include <utility>

namespace ip {
namespace {

const auto kSaveDirKey = QStringLiteral("window/lastSaveDirectory");

} // namespace

ReportTarget reportTarget(const QString &chosenPath, int filterIndex)
{
    ReportTarget target { chosenPath, ReportFormat::Text, false };
    const ReportFormat filtered = filterIndex == 1 ? ReportFormat::Markdown
        : filterIndex == 2                         ? ReportFormat::Json
        : filterIndex == 3                         ? ReportFormat::Pdf
        : filterIndex == 4                         ? ReportFormat::Anki
                                                   : ReportFormat::Text;
    if (const auto named = reportFormatFromName(QFileInfo(chosenPath).suffix())) {
        // Anki cards are a .txt file too: the Anki filter picks them for that suffix.
        target.format = filtered == ReportFormat::Anki && *named == ReportFormat::Text ? ReportFormat::Anki : *named;
        return target;
    }
    target.format = filtered;
    target.path += QLatin1Char('.') + fileExtension(target.format);
    target.suffixAdded = true;
    return target;
}

ReportExporter::ReportExporter(QWidget *window, StateSource shown)
    : QObject(window)
    , m_window(window)
    , m_shown(std::move(shown))
{ }

void ReportExporter::save()
{
    const RunState *state = m_shown();
    if (!state || state->skills.isEmpty())
        return;
    const QDateTime when = state->generatedAt.isValid() ? state->generatedAt : QDateTime::currentDateTime();
    const QString name = defaultReportFileName(state->sourceFile, when, ReportFormat::Text);
    const QString dir = QSettings()
                            .value(kSaveDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QStringList filters = { tr("Text report (*.txt)"), tr("Markdown (*.md)"), tr("JSON (*.json)"),
                                  tr("PDF (*.pdf)"), tr("Anki cards (*.txt)") };
    FileDialogs::saveFile(m_window, tr("Save report"), QDir(dir).filePath(name), filters, filters.first(),
                          [this, filters](const QString &chosen, const QString &filter) {
                              if (chosen.isEmpty() || !m_shown())
                                  return;
                              const ReportTarget target = reportTarget(chosen, int(filters.indexOf(filter)));
                              // The dialog confirmed replacing the name it returned; a suffix added here
                              // needs its own question.
                              if (target.suffixAdded && QFileInfo::exists(target.path)) {
                                  Prompt::question(
                                      m_window, tr("Replace the file?"),
                                      tr("“%1” already exists. Replace it?").arg(QFileInfo(target.path).fileName()),
                                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                                      [this, target](QMessageBox::StandardButton answer) {
                                          if (answer == QMessageBox::Yes)
                                              write(target);
                                      });
                                  return;
                              }
                              write(target);
                          });
}

void ReportExporter::write(const ReportTarget &target)
{
    const RunState *state = m_shown();
    if (!state)
        return;
    const QList<PracticeAttempt> attempts
        = target.format != ReportFormat::Text && m_attempts ? m_attempts() : QList<PracticeAttempt>();
    const auto written = writeReport(target.path, *state, target.format, attempts);
    if (written.isError()) {
        Q_EMIT failed(written.error());
        return;
    }
    QSettings().setValue(kSaveDirKey, QFileInfo(target.path).absolutePath());
    Q_EMIT notice(tr("Saved the report to %1").arg(QDir::toNativeSeparators(target.path)));
}

void ReportExporter::copyAllAsMarkdown()
{
    const RunState *state = m_shown();
    if (!state || state->skills.isEmpty())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(renderMarkdown(*state)));
    Q_EMIT notice(tr("Copied every question to the clipboard, as Markdown."));
}

} // namespace ip
