#include "BenchReport.h"

#include <QDateTime>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <cmath>

namespace ip::bench {

namespace {

// A JSON number with `decimals` decimals, or null.
QByteArray number(const std::optional<double> &v, int decimals)
{
    if (!v || !std::isfinite(*v))
        return "null";
    const double p = std::pow(10.0, decimals);
    return QByteArray::number(std::round(*v * p) / p, 'g', 12);
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

QByteArray toJson(const Figures &f)
{
    // Written by hand to keep the keys in the documented order (QJsonObject sorts them).
    const QList<QPair<const char *, QByteArray>> fields {
        { "schedule_efficiency", number(f.scheduleEfficiency, 3) },
        { "ttfq_ratio", number(f.ttfqRatio, 3) },
        { "rpm_utilisation", number(f.rpmUtilisation, 3) },
        { "http_429", f.http429 ? QByteArray::number(*f.http429) : QByteArray("null") },
        { "seed_makespan_ratio", number(f.seedMakespanRatio, 3) },
        { "seed_ttfq_ratio", number(f.seedTtfqRatio, 3) },
        { "cpu_s_per_resume", number(f.cpuSecondsPerResume, 4) },
        { "peak_rss_mb", number(f.peakRssMb, 1) },
        { "startup_ms", number(f.startupMs, 1) },
        { "pdf_speed_vs_pdftotext", number(f.pdfSpeedVsPdftotext, 3) },
        { "ocr_pages_per_s", number(f.ocrPagesPerSec, 2) },
        { "freetier_makespan_ratio", number(f.freetierMakespanRatio, 3) },
        { "freetier_429", f.freetier429 ? QByteArray::number(*f.freetier429) : QByteArray("null") },
        { "tokens_per_resume", number(f.tokensPerResume, 0) },
        { "tokens_per_resume_before",
          number(kTokensPerResumeBefore > 0 ? std::optional<double>(kTokensPerResumeBefore) : std::nullopt, 0) },
        { "freetier_ttfq_ratio", number(f.freetierTtfqRatio, 3) },
        { "seed_freetier_skills_lost", number(f.seedFreetierSkillsLost, 2) },
        { "drops_slowdown", number(f.dropsSlowdown, 3) },
        { "freetier_rolling_bound_ratio", number(f.freetierRollingRatio, 3) },
    };
    QByteArray out = "{";
    for (const auto &[key, value] : fields) {
        if (out.size() > 1)
            out += ", ";
        out += '"' + QByteArray(key) + "\": " + value;
    }
    return out + '}';
}

QString renderTable(const QString &title, const QList<TableRow> &rows, const QStringList &notes)
{
    int w0 = 6, w1 = 8, w2 = 4;
    for (const TableRow &r : rows) {
        w0 = std::max(w0, int(r.figure.size()));
        w1 = std::max(w1, int(r.value.size()));
        w2 = std::max(w2, int(r.goal.size()));
    }
    auto line = [&](const QString &a, const QString &b, const QString &c, const QString &d, const QString &e) {
        return QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n").arg(a, -w0).arg(b, -w1).arg(c, -w2).arg(d, -4).arg(e);
    };
    QString out = title + QStringLiteral("\n\n");
    out += line(QStringLiteral("Figure"), QStringLiteral("Measured"), QStringLiteral("Goal"), QStringLiteral("Met"),
                QStringLiteral("Details"));
    out += QStringLiteral("|%1|%2|%3|------|---------|\n")
               .arg(QString(w0 + 2, QLatin1Char('-')), QString(w1 + 2, QLatin1Char('-')),
                    QString(w2 + 2, QLatin1Char('-')));
    for (const TableRow &r : rows) {
        const QString met = !r.met ? QStringLiteral("") : *r.met ? QStringLiteral("yes") : QStringLiteral("NO");
        out += line(r.figure, r.value, r.goal, met, r.detail);
    }
    if (!notes.isEmpty()) {
        out += QLatin1Char('\n');
        for (const QString &n : notes)
            out += QStringLiteral("- ") + n + QLatin1Char('\n');
    }
    return out;
}

QString machineLine()
{
    return QStringLiteral("nproc %1, %2, %3 %4, load average %5, %6")
        .arg(QThread::idealThreadCount())
        .arg(cpuModel(), QSysInfo::prettyProductName(), QSysInfo::kernelVersion())
        .arg([] {
            QFile f(QStringLiteral("/proc/loadavg"));
            return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').value(0)) : QString();
        }())
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

} // namespace ip::bench
