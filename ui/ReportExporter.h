#pragma once

#include "report/Report.h"
#include "session/Attempt.h"

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace ip {

struct RunState;

// Where a report goes: the path the save dialog returned, with the format its suffix names or,
// without a known suffix, the one of the chosen filter (its suffix then added to the path).
struct ReportTarget
{
    QString path;
    ReportFormat format = ReportFormat::Text;
    bool suffixAdded = false;
};

// `filterIndex`: 0 text, 1 Markdown, 2 JSON, 3 PDF, 4 Anki cards (the order of the save dialog's
// filters). A .txt name with the Anki filter is Anki cards.
[[nodiscard]] ReportTarget reportTarget(const QString &chosenPath, int filterIndex);

// Saving and copying the report of what the window shows: the save dialog (named after the resume
// and the run's date, in the folder last saved to), the format, the question before replacing a
// file the dialog did not ask about, and the writing.
class ReportExporter : public QObject
{
    Q_OBJECT
public:
    // What is shown when the report is written (null: nothing).
    using StateSource = std::function<const RunState *()>;

    // Dialogs open over `window`.
    ReportExporter(QWidget *window, StateSource shown);
    // The practice attempts of what is shown: Markdown and JSON reports include them (the text report
    // keeps the original layout, without them).
    using AttemptsSource = std::function<QList<PracticeAttempt>()>;
    void setAttemptsSource(AttemptsSource attempts) { m_attempts = std::move(attempts); }

    void save();
    // Every skill's questions on the clipboard, as Markdown.
    void copyAllAsMarkdown();

Q_SIGNALS:
    // Done (status bar).
    void notice(const QString &text);
    // The report could not be written.
    void failed(const QString &message);

private:
    void write(const ReportTarget &target);

    QWidget *m_window;
    StateSource m_shown;
    AttemptsSource m_attempts;
};

} // namespace ip
