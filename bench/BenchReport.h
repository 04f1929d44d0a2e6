#pragma once

// The benchmark's figures, one table for people and one JSON object for machines.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ip::bench {

struct Figures
{
    std::optional<double> scheduleEfficiency; // measured end-to-end ÷ lower bound (goal ≤ 1.05)
    std::optional<double> ttfqRatio; // time to first question ÷ its physical bound (goal ≤ 1.1)
    std::optional<double> rpmUtilisation; // bottleneck provider (goal ≥ 0.95)
    std::optional<int> http429; // goal 0
    std::optional<double> seedMakespanRatio; // ours ÷ the original design's
    std::optional<double> seedTtfqRatio; // goal ≤ 0.5
    std::optional<double> cpuSecondsPerResume;
    std::optional<double> peakRssMb;
    std::optional<double> startupMs;
    std::optional<double> pdfSpeedVsPdftotext;
    std::optional<double> ocrPagesPerSec; // scanned pages read with OCR per second (issue 20)
    // Free tier (issue 14)
    std::optional<double> freetierMakespanRatio; // goal ≤ 1.15
    std::optional<double> freetierRollingRatio; // information: ÷ the rolling-window schedule
    std::optional<int> freetier429; // goal 0
    std::optional<double> tokensPerResume; // goal ≤ 0.7 × kTokensPerResumeBefore
    std::optional<double> freetierTtfqRatio; // goal ≤ 1.2
    std::optional<double> seedFreetierSkillsLost; // the original design, per resume
    std::optional<double> dropsSlowdown; // goal ≤ 2
};

// Groq tokens per resume (prompt + completion incl. reasoning, 9 skills × 8 questions, 250-word
// notes, the free-tier run) measured on main before the client's token work of issue 14: the
// "before" of the tokens_per_resume goal.
inline constexpr double kTokensPerResumeBefore = 19'001;

// One line of the table: what, the measured value, the goal, and the numbers behind it.
struct TableRow
{
    QString figure;
    QString value;
    QString goal; // empty: no goal
    std::optional<bool> met; // nullopt: no goal, or not measured
    QString detail;
};

QByteArray toJson(const Figures &f);
QString renderTable(const QString &title, const QList<TableRow> &rows, const QStringList &notes);

// "nproc 2, AMD EPYC …, 2026-…" for the table's header.
QString machineLine();

} // namespace ip::bench
