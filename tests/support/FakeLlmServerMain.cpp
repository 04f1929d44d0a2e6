// ip-fake-llm-server: the FakeLlmServer on its own, for checks of an installed binary (scripts/package-check).
// Answers every interview-pipeline call (PipelineFakes.h: nine skills, grounded sources, 8 questions each) on
// loopback, requiring the API keys given on the command line. Prints, once listening:
//   groq=<OpenAI-compatible base URL>
//   gemini=<Gemini base URL>
// logs one line per request on stderr (its route, and for a questions call the prompt's "Write the questions
// in …" sentence), and serves until it is terminated (or, with --stdin, until stdin closes).
//   ip-fake-llm-server [--groq-key KEY] [--gemini-key KEY] [--stdin]

#include "FakeLlmServer.h"
#include "PipelineFakes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace ip::test;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A loopback fake of the Groq and Gemini APIs."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("groq-key"), QStringLiteral("The Groq API key to accept."), QStringLiteral("key"),
                       QStringLiteral("gsk_fake") });
    parser.addOption({ QStringLiteral("gemini-key"), QStringLiteral("The Gemini API key to accept."),
                       QStringLiteral("key"), QStringLiteral("AIza_fake") });
    parser.addOption({ QStringLiteral("stdin"), QStringLiteral("Stop when stdin closes.") });
    parser.process(app);

    FakeLlmServer fake;
    if (!fake.listen()) {
        std::fputs("ip-fake-llm-server: cannot listen on loopback\n", stderr);
        return 1;
    }
    fake.setApiKey(LlmApi::OpenAi, parser.value(QStringLiteral("groq-key")).toUtf8());
    fake.setApiKey(LlmApi::Gemini, parser.value(QStringLiteral("gemini-key")).toUtf8());
    fake.setHandler(
        pipelineHandler({ QStringLiteral("Python"), QStringLiteral("PostgreSQL"), QStringLiteral("Docker"),
                          QStringLiteral("Kubernetes"), QStringLiteral("React"), QStringLiteral("TypeScript"),
                          QStringLiteral("AWS"), QStringLiteral("Redis"), QStringLiteral("GraphQL") }));
    QObject::connect(&fake, &FakeLlmServer::requestReceived, &app, [](const LlmRequest &r) {
        QString line = QString::fromLatin1(r.path);
        if (isQuestionsCall(r)) {
            static const QRegularExpression language(QStringLiteral("Write the questions in [^.\\n]*\\."));
            line += QLatin1Char(' ') + language.match(r.lastUserText).captured();
        }
        std::fprintf(stderr, "%s\n", qPrintable(line));
        std::fflush(stderr);
    });
    std::printf("groq=%s\ngemini=%s\n", qPrintable(fake.openAiBaseUrl().toString()),
                qPrintable(fake.geminiBaseUrl().toString()));
    std::fflush(stdout);

    // --stdin: ends when stdin closes (the parent's pipe, or Ctrl+D in a terminal).
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    input.setEnabled(parser.isSet(QStringLiteral("stdin")));
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&input] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    return app.exec();
}
