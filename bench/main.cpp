// interview-prep-bench: how close the pipeline gets to the limits the providers allow.
// See README.md ("Benchmarks") and `interview-prep-bench --help`.

#include "BenchClock.h"
#include "BenchOptions.h"
#include "BenchPhases.h"
#include "BenchReport.h"
#include "CoreInit.h"
#include "FreeTier.h"
#include "FreeTierWindow.h"
#include "PdfSpeed.h"
#include "ServerHost.h"
#include "StartupProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

using namespace ip::bench;

namespace {

void progress(const QString &line)
{
    std::fprintf(stderr, "[%7.1f s] %s\n", benchNowMs() / 1000.0, qUtf8Printable(line));
    std::fflush(stderr);
}

QString fmt(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

QString secs(double ms)
{
    return fmt(ms / 1000.0, 2) + QStringLiteral(" s");
}

} // namespace

int main(int argc, char **argv)
{
    // No GUI: the app under test is launched as a separate process for the startup figure.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("interview-prep-bench"));
    ip::registerCoreTypes();
    // The pipeline's and providers' info lines would drown the progress output.
    QLoggingCategory::setFilterRules(QStringLiteral("ip.*.info=false\nip.*.debug=false\nqt.*=false"));
    benchNowMs(); // the epoch

    const BenchOptions options = parseOptions(QCoreApplication::arguments());
    Figures figures;
    QList<TableRow> rows;
    QStringList notes;
    bool failed = false;

    LatencyModel single = options.model;
    LatencyModel many = options.model;
    many.scale = options.throughputScale;

    ServerHost host(single);
    if (!host.start()) {
        std::fprintf(stderr, "interview-prep-bench: the fake providers could not listen on 127.0.0.1\n");
        return 1;
    }
    int total429 = 0;

    // (1), (2), (4): one resume.
    progress(QStringLiteral("one resume at scale %1: %2").arg(single.scale).arg(options.resume));
    const SingleRun one = runSingleResume(host, options, single);
    total429 += one.http429;
    if (!one.ok) {
        failed = true;
        notes << QStringLiteral("Single-resume run failed: %1").arg(one.problem);
    }
    // Times count from the moment the resume's text is read: reading is the same work for every
    // schedule (its speed is figure 6) and does not scale in quick runs; the bounds are about calls.
    const double reading = one.readingMs;
    const double runMs = one.measuredMs - reading;
    const double firstMs = one.firstQuestionMs - reading;
    const QString from = QStringLiteral("after reading the resume (%1)").arg(secs(reading));
    if (one.bounds.makespanMs > 0 && runMs > 0) {
        figures.scheduleEfficiency = runMs / one.bounds.makespanMs;
        rows << TableRow { QStringLiteral("1. Schedule efficiency (end-to-end ÷ lower bound)"),
                           fmt(*figures.scheduleEfficiency, 3), QStringLiteral("≤ 1.05"),
                           *figures.scheduleEfficiency <= 1.05,
                           QStringLiteral("%1 measured vs %2 critical path of the calls, %3; %4 skills, %5 calls")
                               .arg(secs(runMs), secs(one.bounds.makespanMs), from)
                               .arg(one.run.skills)
                               .arg(one.bounds.calls.size()) };
    }
    if (firstMs > 0 && one.bounds.firstQuestionMs > 0) {
        figures.ttfqRatio = firstMs / one.bounds.firstQuestionMs;
        rows << TableRow { QStringLiteral("2. Time to first question ÷ its bound"), fmt(*figures.ttfqRatio, 3),
                           QStringLiteral("≤ 1.1"), *figures.ttfqRatio <= 1.1,
                           QStringLiteral("%1 measured vs %2 (extraction + one discovery + first token + one "
                                          "question)")
                               .arg(secs(firstMs), secs(one.bounds.firstQuestionMs)) };
    }
    if (one.seed.makespanMs > 0 && runMs > 0) {
        figures.seedMakespanRatio = runMs / one.seed.makespanMs;
        rows << TableRow {
            QStringLiteral("4a. End-to-end ÷ original design"), fmt(*figures.seedMakespanRatio, 3), QString(),
            std::nullopt,
            QStringLiteral("original %1 (0.5 s stagger, no streaming, same calls)").arg(secs(one.seed.makespanMs))
        };
    }
    if (one.seed.firstQuestionMs > 0 && firstMs > 0) {
        figures.seedTtfqRatio = firstMs / one.seed.firstQuestionMs;
        rows << TableRow { QStringLiteral("4b. Time to first question ÷ original design"),
                           fmt(*figures.seedTtfqRatio, 3), QStringLiteral("≤ 0.5"), *figures.seedTtfqRatio <= 0.5,
                           QStringLiteral("original %1").arg(secs(one.seed.firstQuestionMs)) };
    }
    if (options.verbose) {
        std::fprintf(stderr, "%s", qUtf8Printable(timeline(one.bounds, one.run.loadedMs)));
        std::fprintf(stderr, "%s", qUtf8Printable(rateLimitReport(one.log, single)));
    }

    // (3), (5a): many resumes back to back.
    const QStringList resumes = readableResumes(options.resumeDir);
    const auto mode = options.overlapped ? ResumeQueue::Mode::Overlapped : ResumeQueue::Mode::Sequential;
    progress(QStringLiteral("%1 resumes back to back (%2) at scale %3")
                 .arg(options.resumes)
                 .arg(options.overlapped ? QStringLiteral("overlapped") : QStringLiteral("sequential"))
                 .arg(many.scale));
    const ThroughputRun tp = runThroughput(host, options, many, resumes, options.resumes, mode);
    total429 += tp.http429;
    if (options.verbose) {
        std::fprintf(stderr, "%s", qUtf8Printable(rateLimitReport(tp.log, many)));
        QStringList starts; // the bottleneck's accepted requests, in windows since the first
        double first = -1;
        for (const CallRecord &r : tp.log) {
            if (r.api != tp.bottleneck || !r.accepted())
                continue;
            if (first < 0)
                first = r.arrivalMs;
            starts << fmt((r.arrivalMs - first) / many.window(), 3);
        }
        std::fprintf(stderr, "  %s starts (windows): %s\n", qUtf8Printable(toString(tp.bottleneck)),
                     qUtf8Printable(starts.join(QLatin1Char(' '))));
    }
    if (!tp.ok) {
        failed = true;
        notes << QStringLiteral("Throughput run: %1").arg(tp.problem);
    }
    if (tp.utilisation > 0) {
        figures.rpmUtilisation = tp.utilisation;
        const int rpm = tp.bottleneck == Api::Gemini ? many.geminiRpm : many.groqRpm;
        rows << TableRow {
            QStringLiteral("3. Bottleneck RPM used (%1 resumes, %2)").arg(options.resumes).arg(toString(tp.bottleneck)),
            fmt(tp.utilisation, 3), QStringLiteral("≥ 0.95, 0 × 429"), tp.utilisation >= 0.95 && tp.http429 == 0,
            QStringLiteral("%1 of %2 RPM; %3 calls; %4 × 429; %5 wall at scale %6; %7")
                .arg(fmt(tp.achievedPerWindow, 2))
                .arg(rpm)
                .arg(tp.bottleneckCalls)
                .arg(tp.http429)
                .arg(secs(tp.wallMs))
                .arg(many.scale)
                .arg(options.overlapped ? QStringLiteral("next resume starts once the previous one's "
                                                         "discovery calls are queued (≤ 2 at once)")
                                        : QStringLiteral("strictly one after the other"))
        };
    }
    if (tp.ok || tp.complete > 0) {
        figures.cpuSecondsPerResume = tp.clientCpuMs / 1000.0 / double(std::max(1, int(tp.runs.size())));
        rows << TableRow { QStringLiteral("5a. CPU per resume (app side, excluding waits)"),
                           fmt(*figures.cpuSecondsPerResume, 3) + QStringLiteral(" s"), QString(), std::nullopt,
                           QStringLiteral("getrusage of the process minus the fake servers' thread, over %1 resumes")
                               .arg(tp.runs.size()) };
    }
    if (options.compareSequential) {
        progress(QStringLiteral("%1 resumes strictly sequential (for comparison)").arg(options.resumes));
        const ThroughputRun seq
            = runThroughput(host, options, many, resumes, options.resumes, ResumeQueue::Mode::Sequential);
        total429 += seq.http429;
        rows << TableRow { QStringLiteral("3'. Same, strictly sequential (information)"), fmt(seq.utilisation, 3),
                           QString(), std::nullopt,
                           QStringLiteral("%1 of %2 RPM; %3 × 429; %4 wall; %5")
                               .arg(fmt(seq.achievedPerWindow, 2))
                               .arg(seq.bottleneck == Api::Gemini ? many.geminiRpm : many.groqRpm)
                               .arg(seq.http429)
                               .arg(secs(seq.wallMs))
                               .arg(seq.ok ? QStringLiteral("all complete") : seq.problem) };
    }
    figures.http429 = total429;
    rows << TableRow { QStringLiteral("3b. HTTP 429 answers (all runs)"), QString::number(total429),
                       QStringLiteral("0"), total429 == 0, QString() };

    // (7): the free tier (issue 14). One resume, 9 skills, the configured questions per skill, notes of
    // about 250 words a skill, the app's client settings at their defaults, against a Groq server that
    // plays the free tier per model (8,000 tokens and 30 requests a minute, reasoning tokens counted).
    if (!options.skipFreeTier) {
        LatencyModel free = options.model;
        free.scale = options.freeTierScale;
        free.groqTpm = ip::test::FreeTierConfig::groq().tokensPerMinute;
        free.setFreeTierReasoning();
        free.sectionWords = options.notesWords;
        progress(QStringLiteral("one resume on the free tier at scale %1 (Groq %2 tokens/min per model, the "
                                "client at its defaults)")
                     .arg(free.scale)
                     .arg(free.groqTpm));
        const SingleRun ft = runSingleResume(host, options, free, true);
        if (!ft.ok)
            notes << QStringLiteral("Free-tier run: %1").arg(ft.problem);
        const double ftReading = ft.readingMs;
        const double ftRun = ft.measuredMs - ftReading;
        const double ftFirst = ft.firstQuestionMs - ftReading;
        const FreeTierBound bound = freeTierBound(ft.log, free, ft.bounds.makespanMs);
        const QHash<QString, qint64> tokens = groqTokensByModel(ft.log);
        QStringList perModel;
        qint64 groqTokens = 0;
        for (auto it = tokens.begin(); it != tokens.end(); ++it) {
            groqTokens += it.value();
            perModel << QStringLiteral("%1 %2").arg(it.key().section(QLatin1Char('/'), -1)).arg(it.value());
        }
        perModel.sort();
        if (ft.ok && bound.boundMs() > 0 && ftRun > 0) {
            figures.freetierMakespanRatio = ftRun / bound.boundMs();
            rows << TableRow {
                QStringLiteral("7a. Free tier: time to all questions ÷ bound"), fmt(*figures.freetierMakespanRatio, 3),
                QStringLiteral("≤ 1.15"), *figures.freetierMakespanRatio <= 1.15,
                QStringLiteral("%1 measured vs max(critical path %2, token bound %3 for %4) at scale %5; %6 calls")
                    .arg(secs(ftRun), secs(bound.criticalPathMs), secs(bound.tokenMs),
                         bound.tokenModel.isEmpty() ? QStringLiteral("-") : bound.tokenModel)
                    .arg(free.scale)
                    .arg(ft.log.size())
            };
        }
        const double rolling = rollingWindowBoundMs(ft.bounds, free);
        if (ft.ok && rolling > 0 && ftRun > 0) {
            figures.freetierRollingRatio = ftRun / rolling;
            rows << TableRow { QStringLiteral("7a'. Same ÷ the rolling-window schedule (information)"),
                               fmt(*figures.freetierRollingRatio, 3), QString(), std::nullopt,
                               QStringLiteral("the same calls as early as data, RPM and each model's rolling "
                                              "token window allow (actual tokens at start): %1")
                                   .arg(secs(rolling)) };
        }
        if (ft.ok && ftFirst > 0 && ft.bounds.firstQuestionMs > 0) {
            figures.freetierTtfqRatio = ftFirst / ft.bounds.firstQuestionMs;
            rows << TableRow {
                QStringLiteral("7b. Free tier: time to first question ÷ its bound"), fmt(*figures.freetierTtfqRatio, 3),
                QStringLiteral("≤ 1.2"), *figures.freetierTtfqRatio <= 1.2,
                QStringLiteral("%1 measured vs %2").arg(secs(ftFirst), secs(ft.bounds.firstQuestionMs))
            };
        }
        figures.freetier429 = ft.http429;
        rows << TableRow { QStringLiteral("7c. Free tier: HTTP 429 answers"), QString::number(ft.http429),
                           QStringLiteral("0"), ft.http429 == 0, QString() };
        if (groqTokens > 0) {
            figures.tokensPerResume = double(groqTokens);
            const bool haveBefore = kTokensPerResumeBefore > 0;
            rows << TableRow { QStringLiteral("7d. Groq tokens per resume"), QString::number(groqTokens),
                               haveBefore ? QStringLiteral("≤ %1 (0.7 × %2)")
                                                .arg(qint64(0.7 * kTokensPerResumeBefore))
                                                .arg(qint64(kTokensPerResumeBefore))
                                          : QStringLiteral("≤ 0.7 × before"),
                               haveBefore ? std::optional<bool>(double(groqTokens) <= 0.7 * kTokensPerResumeBefore)
                                          : std::nullopt,
                               QStringLiteral("%1; %2 questions for %3 skills; prompt + completion incl. reasoning")
                                   .arg(perModel.join(QStringLiteral(", ")))
                                   .arg(ft.run.questions)
                                   .arg(ft.run.skills) };
        }
        if (ft.ok) {
            const SeedFreeTier seed = seedFreeTier(ft.log, free, ft.batchSize, ft.questionsPerSkill);
            figures.seedFreetierSkillsLost = seed.skillsLost;
            rows << TableRow { QStringLiteral("7e. Original design on the free tier: skills lost per resume"),
                               QString::number(seed.skillsLost), QString(), std::nullopt,
                               QStringLiteral("of %1 skills (%2 batches failed, %3 × 429; retries 1/2/4 s); ours: "
                                              "%4 questions, none lost")
                                   .arg(seed.skills)
                                   .arg(seed.batchesLost)
                                   .arg(seed.http429)
                                   .arg(ft.run.questions) };
        }
        if (options.verbose) {
            std::fprintf(stderr, "free tier:\n%s", qUtf8Printable(timeline(ft.bounds, ft.run.loadedMs)));
            for (const CallRecord &r : ft.log)
                std::fprintf(stderr, "  %s %s %s status %d prompt %d declared %d completion %d reasoning %d\n",
                             qUtf8Printable(toString(r.api)), qUtf8Printable(r.model), qUtf8Printable(toString(r.kind)),
                             r.status, r.promptTokens, r.declaredTokens, r.completionTokens, r.reasoningTokens);
        }

        // (7f): a quarter of the connections dropped mid-answer, no token limit on the server.
        LatencyModel calm = options.model;
        calm.scale = options.dropsScale;
        calm.setFreeTierReasoning();
        calm.sectionWords = options.notesWords;
        LatencyModel flaky = calm;
        flaky.dropEvery = 4;
        progress(QStringLiteral("one resume with and without a quarter of the connections dropped, scale %1")
                     .arg(calm.scale));
        const SingleRun steady = runSingleResume(host, options, calm, true);
        const SingleRun dropped = runSingleResume(host, options, flaky, true);
        int cut = 0, answered = 0;
        for (const CallRecord &r : dropped.log) {
            cut += r.dropped ? 1 : 0;
            answered += r.accepted() ? 1 : 0;
        }
        if (options.verbose)
            for (const SingleRun *run : { &steady, &dropped })
                for (const CallRecord &r : run->log)
                    std::fprintf(stderr, "  drops %s %s %s at %.0f end %.0f status %d%s skills %s\n",
                                 run == &steady ? "steady" : "flaky", qUtf8Printable(toString(r.api)),
                                 qUtf8Printable(toString(r.kind)), r.arrivalMs, r.endMs, r.status,
                                 r.dropped ? " DROPPED" : "", qUtf8Printable(r.skills.join(QLatin1Char(','))));
        const double steadyMs = steady.measuredMs - steady.readingMs;
        const double droppedMs = dropped.measuredMs - dropped.readingMs;
        if (steady.ok && dropped.ok && steadyMs > 0) {
            figures.dropsSlowdown = droppedMs / steadyMs;
            rows << TableRow { QStringLiteral("7f. One resume with ¼ of connections dropped ÷ without"),
                               fmt(*figures.dropsSlowdown, 3), QStringLiteral("≤ 2"), *figures.dropsSlowdown <= 2,
                               QStringLiteral("%1 vs %2 at scale %3; %4 of %5 answers cut mid-way; client defaults")
                                   .arg(secs(droppedMs), secs(steadyMs))
                                   .arg(calm.scale)
                                   .arg(cut)
                                   .arg(answered) };
        } else {
            notes << QStringLiteral("Drops runs: %1 / %2")
                         .arg(steady.ok ? QStringLiteral("ok") : steady.problem,
                              dropped.ok ? QStringLiteral("ok") : dropped.problem);
        }
    }

    // (5b): the real app, headless: its own peak RSS and CPU.
    if (!options.skipApp) {
        progress(QStringLiteral("the app, headless, on one resume"));
        const AppRun a = runAppHeadless(host, options, many);
        if (a.ok) {
            figures.peakRssMb = a.usage.peakRssMb;
            rows << TableRow { QStringLiteral("5b. Peak RSS (interview-prep --headless, one resume)"),
                               fmt(a.usage.peakRssMb, 1) + QStringLiteral(" MiB"), QString(), std::nullopt,
                               QStringLiteral("its CPU: %1 s in %2 wall (includes process start), %3 calls")
                                   .arg(fmt(a.usage.cpuMs / 1000.0, 3), secs(a.usage.wallMs))
                                   .arg(a.calls) };
        } else {
            notes << QStringLiteral("Headless app run: %1").arg(a.problem);
        }
    }

    // (5c): startup.
    if (!options.skipStartup) {
        progress(QStringLiteral("startup to first window"));
        const StartupResult s = measureStartup(options.appBinary, options.startupRepetitions);
        if (s.ok) {
            figures.startupMs = s.medianMs;
            rows << TableRow { QStringLiteral("5c. Startup to first window"),
                               fmt(s.medianMs, 0) + QStringLiteral(" ms"), QString(), std::nullopt,
                               s.method + QStringLiteral("; `--version`: %1 ms").arg(fmt(s.versionMedianMs, 0)) };
        } else {
            notes << QStringLiteral("Startup: %1").arg(s.problem);
        }
    }

    // (6): PDF extraction.
    if (!options.skipPdf) {
        progress(QStringLiteral("PDF extraction vs pdftotext"));
        QTemporaryDir work;
        QStringList pdfs;
        const QDir d(options.resumeDir);
        for (const QString &name : d.entryList({ QStringLiteral("*.pdf") }, QDir::Files, QDir::Name))
            pdfs << d.filePath(name);
        const PdfSpeedResult p = measurePdfSpeed(pdfs, work.path(), options.pdfRounds);
        if (p.ok) {
            figures.pdfSpeedVsPdftotext = p.ratio;
            QStringList perFile;
            for (const PdfFileSpeed &f : p.files)
                perFile << QStringLiteral("%1 %2p %3/%4 ms (CPU %5/%6 ms)")
                               .arg(f.name.left(18))
                               .arg(f.pages)
                               .arg(fmt(f.oursMs, 1), fmt(f.pdftotextMs, 1), fmt(f.oursCpuMs, 1),
                                    fmt(f.pdftotextCpuMs, 1));
            rows << TableRow { QStringLiteral("6. PDF pages/s, ours ÷ pdftotext"), fmt(p.ratio, 2), QString(),
                               std::nullopt,
                               QStringLiteral("%1 vs %2 pages/s over %3 files (%4 pages); per CPU second: %5")
                                   .arg(fmt(p.oursPagesPerSec, 0), fmt(p.pdftotextPagesPerSec, 0))
                                   .arg(p.files.size())
                                   .arg(p.pages)
                                   .arg(fmt(p.cpuRatio, 2)) };
            if (p.ocrPagesPerSec > 0)
                rows << TableRow { QStringLiteral("6b. OCR pages/s (scanned pages)"), fmt(p.ocrPagesPerSec, 2),
                                   QString(), std::nullopt,
                                   QStringLiteral("%1 image-only pages at 300 dpi, Tesseract %2; mean confidence %3")
                                       .arg(p.ocrPages)
                                       .arg(QStringLiteral("eng"))
                                       .arg(p.ocrConfidence) };
            else
                notes << QStringLiteral("OCR: %1").arg(p.ocrProblem);
            figures.ocrPagesPerSec = p.ocrPagesPerSec > 0 ? std::optional<double>(p.ocrPagesPerSec) : std::nullopt;
            if (options.verbose)
                notes << QStringLiteral("PDF files (ours/pdftotext per extraction): ")
                        + perFile.join(QStringLiteral("; "));
        } else {
            notes << QStringLiteral("PDF: %1").arg(p.problem);
        }
    }

    if (options.json) {
        std::fprintf(stdout, "%s\n", toJson(figures).constData());
    } else {
        notes.prepend(QStringLiteral("Latency model: extraction %1 s, discovery %2 s per batch, first token %3 s then "
                                     "%4 tokens/s, Gemini %5 RPM and Groq %6 RPM enforced by the servers, jitter "
                                     "±%7 %, seed %8; single resume at scale %9, throughput at scale %10.")
                          .arg(options.model.skillsMs / 1000.0)
                          .arg(options.model.discoveryMs / 1000.0)
                          .arg(options.model.firstTokenMs / 1000.0)
                          .arg(options.model.tokensPerSecond)
                          .arg(options.model.geminiRpm)
                          .arg(options.model.groqRpm)
                          .arg(options.model.jitter * 100)
                          .arg(options.model.seed)
                          .arg(single.scale)
                          .arg(many.scale));
        if (options.clientWindowGuard > 0)
            notes.prepend(QStringLiteral("EXPERIMENT: the client's rate windows were lengthened by %1 % "
                                         "(--client-window-guard); these are not the product's figures.")
                              .arg(options.clientWindowGuard * 100));
        const QString title = QStringLiteral("Interview Prep benchmark (%1) — %2")
                                  .arg(options.quick ? QStringLiteral("quick") : QStringLiteral("full"), machineLine());
        std::fprintf(stdout, "%s", qUtf8Printable(renderTable(title, rows, notes)));
    }
    return failed ? 1 : 0;
}
