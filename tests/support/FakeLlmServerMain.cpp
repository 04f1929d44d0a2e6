// ip-fake-llm-server: the FakeLlmServer on its own, for checks of an installed binary (scripts/package-check).
// Answers every interview-pipeline call (PipelineFakes.h: nine skills, grounded sources, 8 questions each) on
// loopback, requiring the API keys given on the command line. Prints, once listening:
//   groq=<OpenAI-compatible base URL>
//   gemini=<Gemini base URL>
// logs one line per request on stderr (its route, and for a questions call the prompt's "Write the questions
// in …" sentence), and serves until it is terminated (or, with --stdin, until stdin closes).
//   ip-fake-llm-server [--groq-key KEY] [--gemini-key KEY] [--stdin]
//                      [--free-tier [--groq-tpm N] [--window-seconds S]
//                                   [--reasoning-low N] [--reasoning-medium N] [--reasoning-high N]]
// --free-tier plays Groq's and Gemini's free tiers (FreeTierWindow.h): 8,000 tokens and 30 requests per
// minute per Groq model, 5 requests per minute and 20 per day per Gemini model, 429s with the real
// bodies and headers beyond, and hidden reasoning tokens in the gpt-oss answers' usage.

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
    parser.addOption({ QStringLiteral("free-tier"),
                       QStringLiteral("Play the free tiers: per-model token and request windows, 429s beyond.") });
    parser.addOption({ QStringLiteral("groq-tpm"), QStringLiteral("Free tier: Groq tokens per minute per model."),
                       QStringLiteral("n"), QStringLiteral("8000") });
    parser.addOption({ QStringLiteral("window-seconds"),
                       QStringLiteral("Free tier: length of the \"minute\" windows in seconds."), QStringLiteral("s"),
                       QStringLiteral("60") });
    parser.addOption({ QStringLiteral("reasoning-low"),
                       QStringLiteral("Free tier: hidden reasoning tokens per gpt-oss answer at low effort."),
                       QStringLiteral("n"), QStringLiteral("200") });
    parser.addOption({ QStringLiteral("reasoning-medium"),
                       QStringLiteral("Free tier: … at medium effort (also when reasoning_effort is absent)."),
                       QStringLiteral("n"), QStringLiteral("800") });
    parser.addOption({ QStringLiteral("reasoning-high"), QStringLiteral("Free tier: … at high effort."),
                       QStringLiteral("n"), QStringLiteral("2000") });
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
    if (parser.isSet(QStringLiteral("free-tier"))) {
        const double windowMs = parser.value(QStringLiteral("window-seconds")).toDouble() * 1000.0;
        FreeTierConfig groq = FreeTierConfig::groq();
        groq.tokensPerMinute = parser.value(QStringLiteral("groq-tpm")).toLongLong();
        groq.reasoningLow = parser.value(QStringLiteral("reasoning-low")).toInt();
        groq.reasoningMedium = parser.value(QStringLiteral("reasoning-medium")).toInt();
        groq.reasoningHigh = parser.value(QStringLiteral("reasoning-high")).toInt();
        FreeTierConfig gemini = FreeTierConfig::gemini();
        if (windowMs > 0) {
            groq.windowMs = windowMs;
            gemini.windowMs = windowMs;
        }
        fake.setFreeTier(LlmApi::OpenAi, groq);
        fake.setFreeTier(LlmApi::Gemini, gemini);
    }
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
