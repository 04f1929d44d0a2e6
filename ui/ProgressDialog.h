#pragma once

#include "session/Attempt.h"
#include "session/RunState.h"

#include <QDialog>
#include <QList>

class QChart;
class QChartView;
class QDialogButtonBox;
class QLabel;
class QSplitter;
class QTreeWidget;

namespace ip {

// Practice Progress (issue 16): how practice went on a run. A chart of each skill's score over
// time (one line per skill, 0–10), under it every graded answer, newest first (date, skill,
// question, score, and whether it was a follow-up or "I don't know"), and a summary line (answers
// graded, their average). With no graded answer it says how to practise instead of an empty chart.
// Non-modal; follows the palette (a dark chart on a dark window) and the layout direction (time
// runs right to left, the score axis on the right, in a right-to-left language).
class ProgressDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProgressDialog(QWidget *parent);

    // Shows these attempts on this run's skills (graded ones only; the others are left out).
    void setAttempts(const RunState &run, const QList<PracticeAttempt> &attempts);

    [[nodiscard]] QChartView *chartView() const { return m_chartView; }
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] bool isEmptyShown() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void rebuildChart();
    void rebuildList();
    void applyTheme();
    void retranslate();

    RunState m_run;
    QList<PracticeAttempt> m_graded; // newest first
    QLabel *m_summary;
    QLabel *m_empty;
    QSplitter *m_splitter;
    QChart *m_chart;
    QChartView *m_chartView;
    QTreeWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace ip
