#include "CoreInit.h"
#include "DesktopIntegration.h"
#include "Headless.h"
#include "MainWindow.h"
#include "Translations.h"
#include "common/AppInfo.h"
#include "keys/KeyStore.h"
#include "log/Logging.h"
#include "net/NetworkInit.h"
#include "report/Report.h"
#include "settings/Language.h"
#include "settings/SettingsStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Options that never need a display: decided before any QGuiApplication exists.
bool wantsNoGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--headless") || !std::strcmp(a, "--version") || !std::strcmp(a, "-v")
            || !std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--help-all")
            || !std::strcmp(a, "--forget-keys") || !std::strcmp(a, "--estimate"))
            return true;
    }
    return false;
}

// --headless writing a PDF (--format pdf, or -o FILE.pdf): PDF needs fonts, so a QGuiApplication; on
// the "offscreen" platform unless one is chosen, so that no display is needed.
bool wantsPdf(int argc, char **argv)
{
    const auto isPdf = [](const char *value, bool suffix) {
        const QString v = QString::fromLocal8Bit(value).trimmed();
        return suffix ? v.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                      : v.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    };
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        const bool last = i + 1 >= argc;
        if (!std::strcmp(a, "--format") && !last && isPdf(argv[i + 1], false))
            return true;
        if (!std::strncmp(a, "--format=", 9) && isPdf(a + 9, false))
            return true;
        if ((!std::strcmp(a, "-o") || !std::strcmp(a, "--output")) && !last && isPdf(argv[i + 1], true))
            return true;
        if (!std::strncmp(a, "--output=", 9) && isPdf(a + 9, true))
            return true;
    }
    return false;
}

bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (!std::strcmp(argv[i], "--headless"))
            return true;
    return false;
}

void setApplicationInfo()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(ip::appinfo::kApplicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(ip::appinfo::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(ip::appinfo::kOrganizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ip::appinfo::kVersion));
}

// Messages in the context "main"; lupdate reads Tr::tr() calls under that name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

void printErr(const QString &line)
{
    std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stderr);
}

// --forget-keys: delete every stored API key from the keychain.
int forgetKeys()
{
    ip::KeyStore store;
    int code = 1;
    QObject::connect(&store, &ip::KeyStore::forgotAll, &store, [&code](const ip::ForgetResult &r) {
        if (r.ok()) {
            printErr(r.forgotten.isEmpty()
                         ? Tr::tr("No stored API keys.")
                         : Tr::tr("Deleted the stored API keys: %1.").arg(r.forgotten.join(QStringLiteral(", "))));
            code = 0;
        } else {
            printErr(Tr::tr("interview-prep: error: %1").arg(r.message));
        }
        QCoreApplication::exit(code);
    });
    store.forgetAll();
    QCoreApplication::exec();
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (isHeadless(argc, argv) && wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else if (wantsNoGui(argc, argv)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    setApplicationInfo();
    ip::registerCoreTypes();
    // The system's language, or the one chosen in Settings; before any text is made (--help too).
    ip::i18n::installTranslation(ip::i18n::uiLanguageFor(ip::SettingsStore().load()));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Interview Prep: deep technical interview questions from a resume."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("resume"),
                                 Tr::tr("A resume (PDF, .txt or .md) to open; with --headless, one or more."),
                                 QStringLiteral("[resume...]"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        Tr::tr("Run without a window: progress on stderr, the report on stdout (or --output). "
               "Exit code 0 = every skill has questions, 2 = partial, 1 = nothing produced."));
    const QCommandLineOption outputOption(
        { QStringLiteral("o"), QStringLiteral("output") },
        Tr::tr("Write the report to <file> (headless); with several resumes, a folder for one report each."),
        Tr::tr("file"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Tr::tr("Report format: txt, md, json, pdf or anki (Anki cards to import) (headless)."), Tr::tr("format"));
    const QCommandLineOption questionLanguageOption(
        QStringLiteral("question-language"),
        Tr::tr("Write the questions in <language>: a code such as de or pt_BR, or an English name such as German "
               "(headless; default: the setting, else the interface language)."),
        Tr::tr("language"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), Tr::tr("Log debug messages too."));
    const QCommandLineOption resumeOption(
        QStringLiteral("resume"),
        Tr::tr("Continue a saved run (headless): a session id or file; only missing work is requested."),
        Tr::tr("session"));
    const QCommandLineOption noCacheOption(
        QStringLiteral("no-cache"), Tr::tr("Ask the providers again instead of reusing cached results (headless)."));
    const QCommandLineOption noRedactOption(
        QStringLiteral("no-redact"),
        Tr::tr("Send the resume's personal data (name, contact details, date of birth, ids) as it is instead of "
               "placeholders (headless)."));
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"),
        Tr::tr("Offline mode for this run: skills and questions from the server on this computer set in Settings ▸ "
               "Privacy, no web research; nothing leaves this computer (headless)."));
    const QCommandLineOption skillsOption(
        QStringLiteral("skills"),
        Tr::tr("Write questions for these skills (comma-separated) instead of extracting them from the resume "
               "(headless)."),
        Tr::tr("list"));
    const QCommandLineOption jobOption(
        QStringLiteral("job"),
        Tr::tr("Target the job described in <file> (.txt, .md or .pdf): skills ranked by it, and questions for the "
               "skills it asks for that the resume does not show (headless)."),
        Tr::tr("file"));
    const QCommandLineOption levelOption(
        QStringLiteral("level"),
        Tr::tr("The level of the role: junior, mid, senior or staff; shapes the questions' depth (headless; default: "
               "the setting)."),
        Tr::tr("level"));
    const QCommandLineOption showSentOption(
        QStringLiteral("show-sent"),
        Tr::tr("Print every request to stderr as it is sent, exactly as the provider receives it (headless)."));
    const QCommandLineOption forgetKeysOption(QStringLiteral("forget-keys"),
                                              Tr::tr("Delete every API key stored in the system keychain."));
    const QCommandLineOption estimateOption(
        QStringLiteral("estimate"),
        Tr::tr("Print what a run of each resume would take under the configured limits (requests, tokens, "
               "time) and send nothing."));
    parser.addOptions({ headlessOption, outputOption, formatOption, questionLanguageOption, resumeOption, noCacheOption,
                        noRedactOption, offlineOption, skillsOption, jobOption, levelOption, showSentOption,
                        verboseOption, forgetKeysOption, estimateOption });
    parser.process(*app);

    const bool headless = parser.isSet(headlessOption);
    ip::LogOptions log;
    log.verbose = parser.isSet(verboseOption);
    // Headless: stderr carries the progress lines; log lines join them only with --verbose.
    log.toStderr = !(headless || parser.isSet(estimateOption)) || log.verbose;
    ip::installLogging(log);

    if (parser.isSet(forgetKeysOption))
        return forgetKeys();

    if (parser.isSet(estimateOption)) {
        const QStringList args = parser.positionalArguments();
        if (args.isEmpty()) {
            printErr(Tr::tr("interview-prep: error: --estimate needs a resume file."));
            return ip::headless::kExitFailed;
        }
        QString language;
        if (parser.isSet(questionLanguageOption))
            language = ip::language::parseLanguage(parser.value(questionLanguageOption));
        return ip::printEstimates(args, language);
    }

    if (headless) {
        const QStringList args = parser.positionalArguments();
        ip::HeadlessOptions options;
        options.resumeSession = parser.value(resumeOption);
        options.useCache = !parser.isSet(noCacheOption);
        options.redact = !parser.isSet(noRedactOption);
        options.showSent = parser.isSet(showSentOption);
        options.offline = parser.isSet(offlineOption);
        if (parser.isSet(skillsOption)) {
            for (const QString &skill : parser.value(skillsOption).split(QRegularExpression(QStringLiteral("[,;\n]"))))
                if (!skill.trimmed().isEmpty())
                    options.skills.append(skill.trimmed());
            if (!options.resumeSession.isEmpty()) {
                printErr(
                    Tr::tr("interview-prep: error: --skills starts a new run; it cannot continue one (--resume)."));
                return ip::headless::kExitFailed;
            }
            if (options.skills.isEmpty()) {
                printErr(
                    Tr::tr("interview-prep: error: --skills needs at least one skill, e.g. --skills \"Go, SQL\"."));
                return ip::headless::kExitFailed;
            }
        }
        if (options.resumeSession.isEmpty() ? args.isEmpty() : !args.isEmpty()) {
            printErr(options.resumeSession.isEmpty()
                         ? Tr::tr("interview-prep: error: --headless needs a resume file.")
                         : Tr::tr("interview-prep: error: --resume continues a session; give no resume file."));
            return ip::headless::kExitFailed;
        }
        options.resumePaths = args;
        options.outputPath = parser.value(outputOption);
        if (parser.isSet(formatOption)) {
            options.format = ip::reportFormatFromName(parser.value(formatOption));
            if (!options.format) {
                printErr(Tr::tr("interview-prep: error: unknown report format \"%1\" (use txt, md, json, pdf or anki).")
                             .arg(parser.value(formatOption)));
                return ip::headless::kExitFailed;
            }
        }
        if (parser.isSet(questionLanguageOption)) {
            options.questionLanguage = ip::language::parseLanguage(parser.value(questionLanguageOption));
            if (options.questionLanguage.isEmpty()) {
                printErr(Tr::tr("interview-prep: error: unknown language \"%1\" (use a code such as de, or a name "
                                "such as German).")
                             .arg(parser.value(questionLanguageOption)));
                return ip::headless::kExitFailed;
            }
        }
        if (parser.isSet(jobOption)) {
            options.jobPath = parser.value(jobOption);
            if (!options.resumeSession.isEmpty()) {
                printErr(Tr::tr("interview-prep: error: --job starts a new run; continuing one (--resume) keeps its "
                                "job."));
                return ip::headless::kExitFailed;
            }
            if (!options.skills.isEmpty()) {
                printErr(Tr::tr("interview-prep: error: --job ranks the skills found in the resume; with --skills "
                                "none are looked for."));
                return ip::headless::kExitFailed;
            }
        }
        if (parser.isSet(levelOption)) {
            options.level = parser.value(levelOption).trimmed().toLower();
            if (!ip::isTargetLevel(options.level)) {
                printErr(Tr::tr("interview-prep: error: unknown level \"%1\" (use junior, mid, senior or staff).")
                             .arg(parser.value(levelOption)));
                return ip::headless::kExitFailed;
            }
        }
        return ip::runHeadless(options);
    }

    if (!qobject_cast<QApplication *>(app.get()))
        return 0;

    QApplication::setApplicationDisplayName(QString::fromLatin1(ip::appinfo::kDisplayName));
    QApplication::setWindowIcon(ip::desktop::applicationIcon());
    QGuiApplication::setDesktopFileName(ip::desktop::desktopFileName());
    ip::initNetwork();
    ip::MainWindow window;
    window.show();
    // "Open with Interview Prep" from a file manager, or a path typed after the command.
    const QStringList resumes = parser.positionalArguments();
    if (!resumes.isEmpty())
        window.openResume(resumes.first());
    return app->exec();
}
