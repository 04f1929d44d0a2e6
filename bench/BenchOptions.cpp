#include "BenchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <cstdlib>

namespace ip::bench {

namespace {

double numberOf(const QCommandLineParser &p, const QString &name, double fallback)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v < 0) {
        std::fprintf(stderr, "interview-prep-bench: --%s needs a number >= 0\n", qPrintable(name));
        std::exit(2);
    }
    return v;
}

} // namespace

BenchOptions parseOptions(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Interview Prep benchmark: drives the real pipeline (real providers over QNAM) against fake Groq and "
        "Gemini servers that play a latency model, and prints one table of figures."));
    p.addHelpOption();
    const auto opt = [&p](const QString &name, const QString &help, const QString &value = {}) {
        p.addOption(value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value));
    };
    opt(QStringLiteral("quick"),
        QStringLiteral("Scale every duration and rate window by 0.08 (whole run about 2 min; the drop runs at 0.25)."));
    opt(QStringLiteral("json"), QStringLiteral("Print only the JSON object of the figures on stdout."));
    opt(QStringLiteral("verbose"), QStringLiteral("Also print the call timeline of the single-resume run."));
    opt(QStringLiteral("scale"), QStringLiteral("Scale of the single-resume run (default 1, quick 0.08)."),
        QStringLiteral("factor"));
    opt(QStringLiteral("throughput-scale"), QStringLiteral("Scale of the many-resume runs (default 0.2, quick 0.08)."),
        QStringLiteral("factor"));
    opt(QStringLiteral("resumes"), QStringLiteral("Resumes in the throughput run (default 20)."), QStringLiteral("n"));
    opt(QStringLiteral("sequential"),
        QStringLiteral("Throughput queue: start each resume only when the previous finished."));
    opt(QStringLiteral("no-compare"), QStringLiteral("Skip the informative strictly-sequential throughput run."));
    opt(QStringLiteral("seed"), QStringLiteral("Jitter seed."), QStringLiteral("n"));
    opt(QStringLiteral("jitter"), QStringLiteral("Jitter as a fraction (default 0.2)."), QStringLiteral("x"));
    opt(QStringLiteral("skills-ms"), QStringLiteral("Skill extraction call (default 1500)."), QStringLiteral("ms"));
    opt(QStringLiteral("discovery-ms"), QStringLiteral("Grounded discovery call (default 8000)."),
        QStringLiteral("ms"));
    opt(QStringLiteral("first-token-ms"), QStringLiteral("Question generation first token (default 400)."),
        QStringLiteral("ms"));
    opt(QStringLiteral("tokens-per-second"), QStringLiteral("Question generation rate (default 250)."),
        QStringLiteral("n"));
    opt(QStringLiteral("question-tokens"), QStringLiteral("Tokens of one question (default 32)."), QStringLiteral("n"));
    opt(QStringLiteral("gemini-rpm"), QStringLiteral("Gemini requests per window (default 5)."), QStringLiteral("n"));
    opt(QStringLiteral("groq-rpm"), QStringLiteral("Groq requests per window (default 30)."), QStringLiteral("n"));
    opt(QStringLiteral("groq-tpm"), QStringLiteral("Client Groq tokens-per-minute limit (default 0 = off)."),
        QStringLiteral("n"));
    opt(QStringLiteral("client-window-guard"),
        QStringLiteral("Experiment: lengthen the client's rate windows by this fraction (default 0)."),
        QStringLiteral("x"));
    opt(QStringLiteral("startup-runs"), QStringLiteral("Launches for the startup figure (default 5, quick 3)."),
        QStringLiteral("n"));
    opt(QStringLiteral("pdf-rounds"), QStringLiteral("Rounds over the PDFs (default 5, quick 3)."),
        QStringLiteral("n"));
    opt(QStringLiteral("skip-startup"), QStringLiteral("Do not measure startup."));
    opt(QStringLiteral("skip-pdf"), QStringLiteral("Do not measure PDF extraction."));
    opt(QStringLiteral("skip-app"), QStringLiteral("Do not run the app headless (peak RSS)."));
    opt(QStringLiteral("no-redact"),
        QStringLiteral("The client sends the resume unredacted (the fake's skills follow the text it is sent)."));
    opt(QStringLiteral("no-key-points"),
        QStringLiteral("The client asks for no key points with the questions (Settings::keyPoints off)."));
    opt(QStringLiteral("skip-freetier"), QStringLiteral("Do not measure the free-tier figures."));
    opt(QStringLiteral("freetier-scale"),
        QStringLiteral("Scale of the free-tier run, its token windows included (default: the throughput scale)."),
        QStringLiteral("factor"));
    opt(QStringLiteral("drops-scale"),
        QStringLiteral("Scale of the runs with and without dropped connections (default 1, quick 0.25: the "
                       "client's backoffs are real seconds)."),
        QStringLiteral("factor"));
    opt(QStringLiteral("notes-words"), QStringLiteral("Free tier: words of discovery notes per skill (default 250)."),
        QStringLiteral("n"));
    opt(QStringLiteral("app"), QStringLiteral("The interview-prep binary."), QStringLiteral("path"));
    opt(QStringLiteral("resume-dir"), QStringLiteral("Folder of resume PDFs."), QStringLiteral("dir"));
    opt(QStringLiteral("resume"), QStringLiteral("The single-resume run's PDF."), QStringLiteral("path"));
    p.process(arguments);

    BenchOptions o;
    o.quick = p.isSet(QStringLiteral("quick"));
    o.json = p.isSet(QStringLiteral("json"));
    o.verbose = p.isSet(QStringLiteral("verbose"));
    const double quickScale = 0.08;
    o.model.scale = numberOf(p, QStringLiteral("scale"), o.quick ? quickScale : 1.0);
    o.throughputScale = numberOf(p, QStringLiteral("throughput-scale"), o.quick ? quickScale : 0.2);
    o.resumes = int(numberOf(p, QStringLiteral("resumes"), 20));
    o.overlapped = !p.isSet(QStringLiteral("sequential"));
    o.compareSequential = !o.quick && o.overlapped && !p.isSet(QStringLiteral("no-compare"));
    o.model.seed = quint64(numberOf(p, QStringLiteral("seed"), double(o.model.seed)));
    o.model.jitter = numberOf(p, QStringLiteral("jitter"), o.model.jitter);
    o.model.skillsMs = numberOf(p, QStringLiteral("skills-ms"), o.model.skillsMs);
    o.model.discoveryMs = numberOf(p, QStringLiteral("discovery-ms"), o.model.discoveryMs);
    o.model.firstTokenMs = numberOf(p, QStringLiteral("first-token-ms"), o.model.firstTokenMs);
    o.model.tokensPerSecond = std::max(1.0, numberOf(p, QStringLiteral("tokens-per-second"), o.model.tokensPerSecond));
    o.model.questionTokens = int(numberOf(p, QStringLiteral("question-tokens"), o.model.questionTokens));
    o.model.geminiRpm = int(numberOf(p, QStringLiteral("gemini-rpm"), o.model.geminiRpm));
    o.model.groqRpm = int(numberOf(p, QStringLiteral("groq-rpm"), o.model.groqRpm));
    o.groqTpm = qint64(numberOf(p, QStringLiteral("groq-tpm"), 0));
    o.clientWindowGuard = numberOf(p, QStringLiteral("client-window-guard"), 0);
    o.startupRepetitions = std::max(1, int(numberOf(p, QStringLiteral("startup-runs"), o.quick ? 3 : 5)));
    o.pdfRounds = std::max(1, int(numberOf(p, QStringLiteral("pdf-rounds"), o.quick ? 3 : 5)));
    o.skipStartup = p.isSet(QStringLiteral("skip-startup"));
    o.skipPdf = p.isSet(QStringLiteral("skip-pdf"));
    o.skipApp = p.isSet(QStringLiteral("skip-app"));
    o.noRedact = p.isSet(QStringLiteral("no-redact"));
    o.noKeyPoints = p.isSet(QStringLiteral("no-key-points"));
    o.skipFreeTier = p.isSet(QStringLiteral("skip-freetier"));
    o.freeTierScale = numberOf(p, QStringLiteral("freetier-scale"), o.throughputScale);
    o.dropsScale = numberOf(p, QStringLiteral("drops-scale"),
                            o.quick ? 0.25 : (p.isSet(QStringLiteral("scale")) ? o.model.scale : 1.0));
    o.notesWords = int(numberOf(p, QStringLiteral("notes-words"), 250));
    o.appBinary = p.isSet(QStringLiteral("app")) ? p.value(QStringLiteral("app")) : QStringLiteral(IP_BENCH_APP_BINARY);
    o.resumeDir = p.isSet(QStringLiteral("resume-dir")) ? p.value(QStringLiteral("resume-dir"))
                                                        : QStringLiteral(IP_BENCH_RESUME_DIR);
    o.resume = p.isSet(QStringLiteral("resume")) ? p.value(QStringLiteral("resume"))
                                                 : QDir(o.resumeDir).filePath(QStringLiteral("awesome-cv_cv.pdf"));
    return o;
}

} // namespace ip::bench
