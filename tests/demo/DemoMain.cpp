// A developer tool, not part of the shipped app: the real MainWindow over scripted providers,
// paced like a real run, for screenshots and for looking at every screen without API keys.
//
//   ui-demo [--scene
//   empty|firstrun|firstrun-servers|running|finished|partial|error|settings|limits|prices|privacy|storage|storage-confirm|languages|
//   history|history-open|sent-preview|sent-log|offline|skill-review|empty-options|job|job-dialog|job-results|
//   rich-questions|rich-filtered|practice|practice-session|progress|study|study-card|practice-voice|voice]
//           [--dark] [--language CODE] [--resume PATH]

#include "CoreInit.h"
#include "HistoryDialog.h"
#include "JobDialog.h"
#include "JobGapSection.h"
#include "MainWindow.h"
#include "PracticePanel.h"
#include "PracticeSessionDialog.h"
#include "QuestionRow.h"
#include "ResultsView.h"
#include "RunPage.h"
#include "ScriptedAppContext.h"
#include "SettingsDialog.h"
#include "SkillSectionWidget.h"
#include "StoragePage.h"
#include "StudyDialog.h"
#include "Translations.h"
#include "VoiceAnswer.h"
#include "VoiceService.h"
#include "audio/WavFile.h"
#include "keys/KeyStore.h"
#include "pipeline/InterviewPipeline.h"
#include "session/SessionStore.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <cmath>
#include <memory>

using namespace ip;
using ip::test::ScriptedAnswer;
using ip::test::ScriptedCall;

namespace {

const QStringList kSkills = { QStringLiteral("Transformer inference optimization"),
                              QStringLiteral("Sparse attention"),
                              QStringLiteral("Neural architecture search"),
                              QStringLiteral("Distributed training with PyTorch"),
                              QStringLiteral("CUDA kernels"),
                              QStringLiteral("Kubernetes"),
                              QStringLiteral("API reliability engineering"),
                              QStringLiteral("Python"),
                              QStringLiteral("Technical leadership") };

QStringList questionsFor(const QString &skill)
{
    static const QHash<QString, QStringList> written = {
        { kSkills[0],
          { QStringLiteral("Walk through how KV-cache memory grows with sequence length and batch size. At what point "
                           "does paged attention pay off, and what does it cost in kernel complexity?"),
            QStringLiteral("You cut p50 latency by 73%. Which share came from quantization, batching and kernel "
                           "fusion respectively, and how did you keep p99 from regressing?"),
            QStringLiteral("Compare continuous batching with static batching for a mixed workload of short chat "
                           "turns and long summaries. How do you schedule prefill against decode?"),
            QStringLiteral("When does speculative decoding slow a system down? Describe the acceptance-rate "
                           "break-even and how you would measure it in production."),
            QStringLiteral("How would you validate that an INT8 or FP8 quantized model is good enough to ship, "
                           "beyond a single aggregate benchmark score?") } },
        { kSkills[1],
          { QStringLiteral("Your sparse attention cut memory by 4.2x. Which sparsity pattern did you use, and which "
                           "long-range dependencies does it lose compared with dense attention?"),
            QStringLiteral("Sparse patterns often lose their speedup on GPUs. How do block size and memory "
                           "coalescing decide whether a sparse kernel beats FlashAttention?"),
            QStringLiteral("How would you detect, in evaluation, that a model relies on tokens a fixed sparse "
                           "pattern never lets it attend to?"),
            QStringLiteral("Contrast learned (routing-based) sparsity with fixed patterns for training stability "
                           "and for inference cost."),
            QStringLiteral("What changes in the backward pass of a block-sparse attention kernel, and where do "
                           "numerical issues show up first?") } },
        { kSkills[2],
          { QStringLiteral("Your thesis targeted resource-constrained deployment. How did you make hardware latency "
                           "part of the search objective without measuring every candidate on device?"),
            QStringLiteral("Weight-sharing supernets are known to rank architectures poorly. How did you check the "
                           "correlation between supernet and stand-alone accuracy?"),
            QStringLiteral("Compare evolutionary search, reinforcement learning and differentiable NAS on search "
                           "cost and on the failure modes you have seen."),
            QStringLiteral("How would you design a search space so that a strong random-search baseline cannot "
                           "match your method's results?"),
            QStringLiteral("Which parts of a NAS result would you expect to transfer to a new accelerator, and "
                           "which would you re-search?") } },
    };
    if (written.contains(skill))
        return written.value(skill);
    return {
        QStringLiteral("Describe the hardest %1 problem you have debugged in production and how you found the "
                       "root cause.")
            .arg(skill),
        QStringLiteral("Which trade-offs in %1 do teams most often get wrong, and how would you spot that in "
                       "a design review?")
            .arg(skill),
        QStringLiteral("How would you explain the limits of %1 to a product manager planning a launch?").arg(skill),
        QStringLiteral("What would you measure first to tell whether a %1 change made things better?").arg(skill),
        QStringLiteral("Where does %1 stop scaling, and what would you change at ten times today's load?").arg(skill)
    };
}

// Issue 15: what the model says about each question of questionsFor(skill), in the order of the
// questions: difficulty (1–3), category, the resume line it probes (quoted from the demo resume,
// rendercv_classic.pdf) and the key points, "[n]" naming the skill's n-th source.
struct RichDetails
{
    int difficulty;
    const char *category;
    const char *evidence;
    QStringList keyPoints;
};

QList<RichDetails> richDetailsFor(const QString &skill)
{
    if (skill == kSkills[0])
        return {
            { 2,
              "internals",
              "",
              { QStringLiteral("Per token: 2 (K and V) × layers × KV heads × head size × bytes per value [1]"),
                QStringLiteral("Contiguous preallocation wastes memory to fragmentation; fixed-size blocks do not [1]"),
                QStringLiteral("The block table adds an indirection to every attention read"),
                QStringLiteral("Copy-on-write blocks share prompts across parallel samples [1]") } },
            { 3,
              "project",
              "Developed proprietary inference optimization reducing latency by 73%",
              { QStringLiteral("Ablate one change at a time on the same traffic replay"),
                QStringLiteral("Report p50 and p99 together, per request length bucket"),
                QStringLiteral("Quantization was gated on task-level evaluations, not perplexity alone") } },
            { 3,
              "trade-off",
              "",
              { QStringLiteral("Continuous batching admits requests at every decode step"),
                QStringLiteral("Chunked prefill keeps long prompts from stalling decode"),
                QStringLiteral("Memory headroom decides how many sequences fit [1]") } },
            { 3,
              "operations",
              "",
              { QStringLiteral("Speed-up depends on the draft model's acceptance rate [2]"),
                QStringLiteral("At large batch sizes decoding is compute-bound and drafts cost more than they save"),
                QStringLiteral("Measure accepted tokens per step in production, not offline") } },
            { 2, "design", "", {} },
        };
    if (skill == kSkills[1])
        return {
            { 3,
              "project",
              "Designed sparse attention mechanism reducing transformer memory footprint by 4.2x",
              { QStringLiteral("Name the pattern: local windows, strided, or global tokens [1]"),
                QStringLiteral("Which dependencies the pattern cannot see, and the evaluation that showed it"),
                QStringLiteral("Memory measured at the sequence lengths actually served") } },
            { 2,
              "internals",
              "",
              { QStringLiteral("Tiling keeps blocks in on-chip memory; IO, not FLOPs, dominates [2]"),
                QStringLiteral("Small blocks break memory coalescing") } },
            { 3, "operations", "", {} },
            { 1, "concept", "", {} },
            { 3, "internals", "", {} },
        };
    if (skill == kSkills[2])
        return {
            { 2,
              "design",
              "Efficient Neural Architecture Search for Resource-Constrained Deployment",
              { QStringLiteral("A latency predictor trained on measured samples, checked for rank correlation [1]"),
                QStringLiteral("Latency as a constraint or as a weighted term in the objective") } },
            { 3, "internals", "", {} },
            { 2, "trade-off", "", {} },
            { 3, "design", "", {} },
            { 1, "concept", "", {} },
        };
    return { { 2, "operations", "", {} },
             { 3, "trade-off", "", {} },
             { 1, "concept", "", {} },
             { 2, "operations", "", {} },
             { 3, "design", "", {} } };
}

QStringList claimsFor(const QString &skill)
{
    if (skill == kSkills[0])
        return { QStringLiteral("Developed proprietary inference optimization reducing latency by 73%"),
                 QStringLiteral("Built foundation model infrastructure serving 2M+ monthly API requests") };
    if (skill == kSkills[1])
        return { QStringLiteral("Designed sparse attention mechanism reducing transformer memory footprint by 4.2x") };
    return {};
}

QJsonObject answerJson(const QStringList &skills, bool rich)
{
    QJsonArray all;
    for (const QString &s : skills) {
        if (!rich) {
            all.append(QJsonObject { { QStringLiteral("skill"), s },
                                     { QStringLiteral("questions"), QJsonArray::fromStringList(questionsFor(s)) } });
            continue;
        }
        const QStringList texts = questionsFor(s);
        const QList<RichDetails> details = richDetailsFor(s);
        QJsonArray questions;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QJsonObject q { { QStringLiteral("question"), texts.at(i) } };
            if (i < details.size()) {
                const RichDetails &d = details.at(i);
                q.insert(QStringLiteral("difficulty"), d.difficulty);
                q.insert(QStringLiteral("category"), QString::fromUtf8(d.category));
                if (*d.evidence)
                    q.insert(QStringLiteral("evidence"), QString::fromUtf8(d.evidence));
                q.insert(QStringLiteral("key_points"), QJsonArray::fromStringList(d.keyPoints));
            }
            questions.append(q);
        }
        all.append(QJsonObject { { QStringLiteral("skill"), s },
                                 { QStringLiteral("questions"), questions },
                                 { QStringLiteral("claims"), QJsonArray::fromStringList(claimsFor(s)) } });
    }
    return { { QStringLiteral("all_questions"), all } };
}

// How many key points the grading request's rubric lists ("<rubric>" one point per line).
int rubricSize(const QString &prompt)
{
    const qsizetype from = prompt.indexOf(QStringLiteral("<rubric>\n"));
    const qsizetype to = prompt.indexOf(QStringLiteral("\n</rubric>"));
    return from < 0 || to < from ? 0 : int(prompt.mid(from, to - from).count(QLatin1Char('\n')));
}

// A grade for any other question: the first point covered, the rest missed.
QJsonObject plainGrade(int points, int overall)
{
    QJsonArray verdicts;
    for (int i = 1; i <= points; ++i)
        verdicts.append(QJsonObject { { QStringLiteral("point"), i },
                                      { QStringLiteral("covered"), i == 1 },
                                      { QStringLiteral("judgement"),
                                        i == 1 ? QStringLiteral("Stated clearly.") : QStringLiteral("Not mentioned.") },
                                      { QStringLiteral("source"), i == 1 ? QJsonValue(1) : QJsonValue() } });
    return { { QStringLiteral("scores"),
               QJsonObject { { QStringLiteral("correct"), overall + 1 },
                             { QStringLiteral("depth"), overall - 1 },
                             { QStringLiteral("trade_offs"), overall - 2 },
                             { QStringLiteral("clarity"), overall + 2 } } },
             { QStringLiteral("overall"), overall },
             { QStringLiteral("feedback"), QStringLiteral("A sound start; name the trade-offs and how you measured.") },
             { QStringLiteral("key_points"), verdicts },
             { QStringLiteral("stronger_answer"), QString() },
             { QStringLiteral("resume_quotes"), QJsonArray {} },
             { QStringLiteral("follow_up"), QString() } };
}

// The grade of the "practice" scene's answer to the first question (four key points).
QJsonObject demoGrade()
{
    auto verdict = [](int point, bool covered, const char *judgement, int source) {
        return QJsonObject { { QStringLiteral("point"), point },
                             { QStringLiteral("covered"), covered },
                             { QStringLiteral("judgement"), QString::fromUtf8(judgement) },
                             { QStringLiteral("source"), source > 0 ? QJsonValue(source) : QJsonValue() } };
    };
    return {
        { QStringLiteral("scores"),
          QJsonObject { { QStringLiteral("correct"), 7 },
                        { QStringLiteral("depth"), 5 },
                        { QStringLiteral("trade_offs"), 4 },
                        { QStringLiteral("clarity"), 8 } } },
        { QStringLiteral("overall"), 6 },
        { QStringLiteral("feedback"),
          QStringLiteral(
              "You sized the cache correctly and named fragmentation as the problem paging solves. You did "
              "not say what the block table costs at read time, nor how blocks are shared between samples.") },
        { QStringLiteral("key_points"),
          QJsonArray {
              verdict(1, true, "You gave the per-token size with K and V for every layer.", 1),
              verdict(2, true, "You explained why contiguous preallocation wastes memory.", 1),
              verdict(3, false, "The extra lookup through the block table was not mentioned.", 0),
              verdict(4, false, "Sharing prompt blocks between samples with copy-on-write was missing.", 1) } },
        { QStringLiteral("stronger_answer"),
          QStringLiteral("Each token keeps a key and a value vector for every layer and KV head, so the cache grows "
                         "with the sequence. Reserving the longest sequence up front strands memory; PagedAttention "
                         "stores the cache in fixed-size blocks found through a block table, which costs one "
                         "indirection per attention read but lets parallel samples share their prompt's blocks "
                         "copy-on-write.") },
        { QStringLiteral("resume_quotes"), QJsonArray {} },
        { QStringLiteral("follow_up"),
          QStringLiteral("The block table adds a lookup to every attention read. How would you keep that cost off the "
                         "critical path?") },
    };
}

ScriptedAnswer discovery(const QStringList &skills)
{
    static const QHash<QString, QList<Source>> sources = {
        { kSkills[0],
          { { QStringLiteral("Efficient Memory Management for LLM Serving with PagedAttention"),
              QUrl(QStringLiteral("https://arxiv.org/abs/2309.06180")) },
            { QStringLiteral("Fast Inference from Transformers via Speculative Decoding"),
              QUrl(QStringLiteral("https://arxiv.org/abs/2211.17192")) } } },
        { kSkills[1],
          { { QStringLiteral("Generating Long Sequences with Sparse Transformers"),
              QUrl(QStringLiteral("https://arxiv.org/abs/1904.10509")) },
            { QStringLiteral("FlashAttention: Fast and Memory-Efficient Exact Attention"),
              QUrl(QStringLiteral("https://arxiv.org/abs/2205.14135")) } } },
        { kSkills[2],
          { { QStringLiteral("Once-for-All: Train One Network and Specialize it"),
              QUrl(QStringLiteral("https://arxiv.org/abs/1908.09791")) } } },
    };
    QString text;
    Grounding g;
    for (const QString &skill : skills) {
        const qsizetype start = text.size();
        text += QStringLiteral("## %1\nCurrent practice, trade-offs and known pitfalls of %1, with the papers and "
                               "engineering write-ups that define them.\n\n")
                    .arg(skill);
        QList<int> indices;
        const QList<Source> own
            = sources.value(skill,
                            { { skill + QStringLiteral(" — overview"),
                                QUrl(QStringLiteral("https://en.wikipedia.org/wiki/%1")
                                         .arg(QString(skill).replace(QLatin1Char(' '), QLatin1Char('_')))) } });
        for (const Source &s : own) {
            indices << int(g.sources.size());
            g.sources.append({ s.title, s.url });
        }
        g.spans.append({ start + 3, text.size() - 2, indices });
    }
    return ScriptedAnswer::ofText(text, g);
}

// The job the "job" scenes target, and what a run against it finds missing from the resume.
const QString kJob
    = QStringLiteral("Staff Machine Learning Engineer, Inference Platform\n\n"
                     "You will lead the team that serves our large language models to millions of users.\n\n"
                     "What you bring:\n"
                     "- Deep experience optimizing transformer inference (batching, quantization, KV-cache)\n"
                     "- CUDA and Triton kernels\n"
                     "- Kubernetes and Ray Serve in production\n"
                     "- Rust or C++ for latency-critical services\n"
                     "- On-call ownership of a high-traffic API\n");

QList<JobGap> demoGaps()
{
    JobGap ray;
    ray.skill = QStringLiteral("Ray Serve");
    ray.adjacent = QStringLiteral("Kubernetes deployments of PyTorch models; distributed training");
    ray.advice = QStringLiteral("Say plainly that you have not run Ray Serve; reason from the model serving you did on "
                                "Kubernetes and name what you would check first.");
    ray.questions = {
        QStringLiteral("You served models on Kubernetes. How would autoscaling replicas on queue depth differ from "
                       "scaling on GPU utilization, and which would you trust for bursty chat traffic?"),
        QStringLiteral("Where would a serving framework's own scheduler conflict with Kubernetes' scheduling, and "
                       "how would you find out before production?"),
        QStringLiteral("How would you roll out a new model version with no dropped requests and a quick way back?")
    };
    JobGap rust;
    rust.skill = QStringLiteral("Go");
    rust.adjacent = QStringLiteral("Python; CUDA kernels");
    rust.advice = QStringLiteral("Be honest that Go is new to you; show how your services and kernel work taught you "
                                 "concurrency, and where goroutines and channels would have helped.");
    rust.questions
        = { QStringLiteral("In your inference services, which concurrency bugs cost you the most time, and how would "
                           "channels instead of shared state have changed them?"),
            QStringLiteral("A Python inference service misses its p99. When is rewriting the hot path in a compiled "
                           "language worth it, and what would you measure first?") };
    JobGap oncall;
    oncall.skill = QStringLiteral("On-call ownership");
    oncall.adjacent = QStringLiteral("99.97% uptime for 2M+ monthly API requests");
    oncall.advice
        = QStringLiteral("Say you have not carried a pager in a large rotation; talk about how you kept the API "
                         "at 99.97% and what you would change with a rotation behind it.");
    oncall.questions = { QStringLiteral("Your API ran at 99.97% uptime. Which alerts would you page a person for, and "
                                        "which would you leave to a dashboard?"),
                         QStringLiteral("How would you write a runbook for a model-serving outage so that someone who "
                                        "did not build the system can act on it at 3 a.m.?") };
    return { ray, rust, oncall };
}

void setDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 38, 41));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(28, 29, 31));
    p.setColor(QPalette::AlternateBase, QColor(45, 46, 50));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(50, 51, 55));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(61, 142, 220));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 240));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 155));
    p.setColor(QPalette::Mid, QColor(90, 90, 95));
    p.setColor(QPalette::ToolTipBase, QColor(50, 51, 55));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
    QApplication::setPalette(p);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("interview-prep-demo"));
    QCoreApplication::setApplicationName(QStringLiteral("ui-demo"));
    QApplication::setApplicationDisplayName(QStringLiteral("Interview Prep"));
    QStandardPaths::setTestModeEnabled(true); // never touch the real settings
    registerCoreTypes();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("scene"),
          QStringLiteral(
              "empty, firstrun, firstrun-servers, running, finished, partial, error, settings, limits, prices, "
              "privacy, storage, "
              "storage-confirm, languages, history, history-open, sent-preview, sent-log, offline, skill-review, "
              "empty-options, job, job-dialog, job-results, rich-questions, rich-filtered, practice, practice-session, "
              "progress, study, study-card, practice-voice, voice"),
          QStringLiteral("scene"), QStringLiteral("finished") });
    parser.addOption({ QStringLiteral("dark"), QStringLiteral("Use a dark palette.") });
    parser.addOption({ QStringLiteral("language"), QStringLiteral("UI language: en, de, ar (default: the system's)."),
                       QStringLiteral("code") });
    parser.addOption({ QStringLiteral("resume"), QStringLiteral("The resume to open."), QStringLiteral("path"),
                       QStringLiteral(IP_DEMO_RESUME) });
    parser.process(app);
    const QString scene = parser.value(QStringLiteral("scene"));
    Settings languageChoice;
    languageChoice.uiLanguage = parser.value(QStringLiteral("language"));
    i18n::installTranslation(i18n::uiLanguageFor(languageChoice));
    if (parser.isSet(QStringLiteral("dark")))
        setDarkPalette();
    QSettings().clear();

    uitest::ScriptedAppContext context;
    context.setKeyBackendName(KeyStore::backendName());
    Settings settings;
    settings.questionsPerSkill = 5;
    settings.uiLanguage = languageChoice.uiLanguage; // what Settings > Language shows
    // Prices a person entered (Settings > Prices); grounding's is left empty, so the sources stage's
    // cost shows "—".
    settings.prices.models.insert(QStringLiteral("openai/gpt-oss-20b"), ModelPrice { 0.075, 0.30 });
    settings.prices.models.insert(QStringLiteral("openai/gpt-oss-120b"), ModelPrice { 0.15, 0.60 });
    settings.prices.models.insert(QStringLiteral("gemini-2.5-flash"), ModelPrice { 0.30, 2.50 });
    settings.previewBeforeSending = scene == QLatin1String("sent-preview");
    if (scene == QLatin1String("skill-review") || scene == QLatin1String("empty-options")) {
        settings.reviewSkills = true;
        settings.targetLevel = QStringLiteral("senior");
    }
    if (scene == QLatin1String("offline")) { // offline mode with a local model, after a finished run
        settings.offlineMode = true;
        settings.localModel = QStringLiteral("llama3.2");
    }
    context.setSettings(settings);
    context.setModelList(AppContext::groqId(),
                         { QStringLiteral("openai/gpt-oss-120b"), QStringLiteral("openai/gpt-oss-20b"),
                           QStringLiteral("llama-3.3-70b-versatile"), QStringLiteral("qwen/qwen3-32b") });
    context.setModelList(AppContext::geminiId(),
                         { QStringLiteral("gemini-2.5-flash"), QStringLiteral("gemini-2.5-pro") });
    const bool slow = scene == QLatin1String("running");
    const bool unauthorized = scene == QLatin1String("error");
    const bool partial = scene == QLatin1String("partial");
    // "rich-questions", "rich-filtered", and "practice" (issue 16) on the same questions
    const bool rich = scene.startsWith(QLatin1String("rich-")) || scene.startsWith(QLatin1String("practice"))
        || scene == QLatin1String("progress") || scene.startsWith(QLatin1String("study"));

    // Pacing: every answer is held back for a while, as a real provider would take.
    auto pace = [slow](test::ScriptedChatProvider &provider) {
        QObject::connect(
            &provider, &test::ScriptedChatProvider::callStarted, &provider,
            [&provider, slow](int index, const ChatRequest &r) {
                int ms = r.tag == QLatin1String("skills") ? 700 : r.tag == QLatin1String("discovery") ? 900 : 1100;
                if (slow)
                    ms *= 3;
                QTimer::singleShot(ms + 150 * (index % 3), &provider, [&provider, index] { provider.release(index); });
            });
    };
    pace(context.groq());
    pace(context.gemini());
    context.groq().setScript([unauthorized, partial, rich](const ScriptedCall &c) {
        if (unauthorized)
            return ScriptedAnswer::failure(
                ProviderErrorKind::Unauthorized,
                QStringLiteral("Groq rejected the API key (401). Check the key in Settings."));
        if (c.request.tag == QLatin1String("skills")) {
            QJsonObject skills { { QStringLiteral("skills"), QJsonArray::fromStringList(kSkills) } };
            if (c.request.schemaName == QLatin1String("resume_skills")
                && c.request.jsonSchema.value(QStringLiteral("properties"))
                       .toObject()
                       .contains(QStringLiteral("job_gaps"))) {
                QJsonArray gaps; // a run for a job: what it asks for that the resume does not show
                for (const JobGap &g : demoGaps())
                    gaps.append(QJsonObject { { QStringLiteral("skill"), g.skill },
                                              { QStringLiteral("adjacent"), g.adjacent } });
                skills.insert(QStringLiteral("job_gaps"), gaps);
            }
            return ScriptedAnswer::ofJson(skills).defer();
        }
        if (c.request.schemaName == QLatin1String("job_gap_questions")) {
            QJsonArray gaps;
            for (QString asked : uitest::askedSkills(c.request)) {
                asked = asked.left(asked.indexOf(QLatin1String(" (closest on the resume")));
                JobGap answer;
                answer.skill = asked;
                answer.advice = QStringLiteral("Say plainly what you have not done; bridge from what you have.");
                answer.questions = { QStringLiteral("What would you need to learn first to work with %1?").arg(asked) };
                for (const JobGap &g : demoGaps())
                    if (g.skill == asked)
                        answer = g;
                gaps.append(
                    QJsonObject { { QStringLiteral("skill"), answer.skill },
                                  { QStringLiteral("advice"), answer.advice },
                                  { QStringLiteral("questions"), QJsonArray::fromStringList(answer.questions) } });
            }
            return ScriptedAnswer::ofJson({ { QStringLiteral("job_gaps"), gaps } }).defer();
        }
        if (c.request.schemaName == QLatin1String("practice_grade")) { // issue 16: the practice scenes' grades
            const QString prompt = c.request.messages.last().content;
            if (prompt.contains(QStringLiteral("KV-cache memory grows")) && rubricSize(prompt) == 4)
                return ScriptedAnswer::ofJson(demoGrade()).defer();
            return ScriptedAnswer::ofJson(plainGrade(rubricSize(prompt), 5)).defer();
        }
        const QStringList asked = uitest::askedSkills(c.request);
        if (partial && asked.contains(QStringLiteral("Python")) && c.index < 8)
            return ScriptedAnswer::failure(ProviderErrorKind::Overloaded,
                                           QStringLiteral("Groq is over capacity (503) after 4 attempts."))
                .defer();
        return ScriptedAnswer::ofJson(answerJson(asked, rich)).defer();
    });
    context.gemini().setScript([](const ScriptedCall &c) {
        auto a = discovery(uitest::askedSkills(c.request));
        if (c.index == 1)
            a.waits = { 12'000 };
        return a.defer();
    });

    if (scene == QLatin1String("privacy"))
        context.setLocalServers({ { QStringLiteral("Ollama"),
                                    QUrl(QStringLiteral("http://localhost:11434/v1")),
                                    { QStringLiteral("llama3.2"), QStringLiteral("qwen3:8b") } },
                                  { QStringLiteral("LM Studio"),
                                    QUrl(QStringLiteral("http://localhost:1234/v1")),
                                    { QStringLiteral("qwen2.5-7b-instruct") } } });
    if (scene.startsWith(QLatin1String("firstrun"))) { // "firstrun", "firstrun-servers"
        context.setKey(AppContext::groqId(), KeySource::None);
        context.setKey(AppContext::geminiId(), KeySource::None);
        QList<LocalServer> servers { { QStringLiteral("Ollama"),
                                       QUrl(QStringLiteral("http://localhost:11434/v1")),
                                       { QStringLiteral("llama3.2"), QStringLiteral("qwen3:8b") } } };
        if (scene == QLatin1String("firstrun-servers"))
            servers << LocalServer { QStringLiteral("LM Studio"),
                                     QUrl(QStringLiteral("http://localhost:1234/v1")),
                                     { QStringLiteral("qwen2.5-7b-instruct") } };
        context.setLocalServers(servers);
    }
    const bool job = scene.startsWith(QLatin1String("job")); // "job", "job-dialog", "job-results"
    if (scene == QLatin1String("empty") || scene == QLatin1String("empty-options") || scene == QLatin1String("job"))
        QSettings().setValue(
            QStringLiteral("window/recentFiles"),
            QStringList { parser.value(QStringLiteral("resume")), QStringLiteral("/home/jane/cv-2025.pdf") });

    QTemporaryDir sessionsDir;
    const bool history = scene.startsWith(QLatin1String("history")); // "history", "history-open"
    if (scene.startsWith(QLatin1String("study"))) // the run is saved, and so becomes the deck's cards
        context.setSessionDirectory(sessionsDir.path());
    if (history) {
        // A few saved runs: complete, partial (quota), interrupted (crash), and a damaged file.
        context.setSessionDirectory(sessionsDir.path());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        struct Saved
        {
            const char *file;
            int daysAgo;
            int done;
            SessionOutcome outcome;
        };
        const Saved saved[] = { { "jane-doe-ml-engineer.pdf", 0, 5, SessionOutcome::Complete },
                                { "jane-doe-ml-engineer.pdf", 1, 3, SessionOutcome::Partial },
                                { "alex-kim-backend.pdf", 3, 2, SessionOutcome::InProgress },
                                { "rendercv_classic.pdf", 9, 5, SessionOutcome::Complete } };
        for (const Saved &x : saved) {
            Session session = newSession(QStringLiteral("/home/jane/") + QString::fromLatin1(x.file), settings,
                                         now.addDays(-x.daysAgo).addSecs(-3600 * x.daysAgo));
            session.run.sourceFile = QString::fromLatin1(x.file);
            for (int i = 0; i < 5 && i < kSkills.size(); ++i) {
                SkillResult r;
                r.name = kSkills.at(i);
                r.state = i < x.done ? SkillState::Done : SkillState::Failed;
                if (i < x.done)
                    r.questions = { QStringLiteral("How would you explain %1?").arg(r.name) };
                session.run.skills.append(r);
            }
            session.meta.outcome = x.outcome;
            (void)context.sessionStore()->saveNow(session);
        }
        QFile damaged(context.sessionStore()->filePath(QStringLiteral("20250101-090000-0badf11e")));
        if (damaged.open(QIODevice::WriteOnly))
            damaged.write("{\"schema_version\": 1, \"id\": ");
    }

    // Settings > Storage: runs, a cache, logs and a settings file in a temporary folder.
    QTemporaryDir storageDir;
    const bool storage = scene.startsWith(QLatin1String("storage")); // "storage", "storage-confirm"
    std::unique_ptr<QSettings> storageSettings;
    if (storage) {
        const QDir root(storageDir.path());
        StoredPaths paths;
        paths.sessions = root.filePath(QStringLiteral("data/sessions"));
        paths.cache = root.filePath(QStringLiteral("cache/results"));
        paths.logs = root.filePath(QStringLiteral("data/logs"));
        paths.settingsFile = root.filePath(QStringLiteral("config/interview-prep.ini"));
        auto fill = [](const QString &folder, const QString &pattern, int count, int bytes) {
            QDir().mkpath(folder);
            for (int i = 0; i < count; ++i) {
                QFile file(QDir(folder).filePath(pattern.arg(i)));
                if (file.open(QIODevice::WriteOnly))
                    file.write(QByteArray(bytes + 97 * i, 'x'));
            }
        };
        fill(paths.sessions, QStringLiteral("20261206-0900%1-1a2b3c4d.json"), 7, 38'000);
        fill(paths.cache, QStringLiteral("%1f00d1e5e0c1a.json"), 41, 2'300);
        fill(paths.logs, QStringLiteral("interview-prep.log.%1"), 3, 1'400'000);
        storageSettings = std::make_unique<QSettings>(paths.settingsFile, QSettings::IniFormat);
        storageSettings->setValue(QStringLiteral("limits/skillCount"), 10);
        storageSettings->sync();
        context.setStoredPaths(paths, storageSettings.get());
    }

    MainWindow window(context);
    window.resize(1200, 760);
    window.show();
    if (job && scene != QLatin1String("job-dialog"))
        window.setJobDescription(kJob); // as if set with Target a Job… earlier in this app session
    if (scene == QLatin1String("job-dialog"))
        QTimer::singleShot(200, &window, [&window] {
            window.showJobDialog();
            if (JobDialog *dialog = window.jobDialog())
                dialog->setText(kJob);
        });

    const QString resume = parser.value(QStringLiteral("resume"));
    const bool sent = scene.startsWith(QLatin1String("sent-")); // "sent-preview", "sent-log"
    if (scene == QLatin1String("running") || scene == QLatin1String("finished") || scene == QLatin1String("partial")
        || scene == QLatin1String("error") || sent || scene == QLatin1String("offline")
        || scene == QLatin1String("skill-review") || scene == QLatin1String("job-results") || rich
        || scene.startsWith(QLatin1String("practice")) || scene == QLatin1String("progress")
        || scene.startsWith(QLatin1String("study")))
        QTimer::singleShot(200, &window, [&window, resume] { window.openResume(resume); });
    if (scene == QLatin1String("finished") || scene == QLatin1String("partial")) {
        // Open the first section and the first failed one once the run is over, as a reader would.
        auto *page = window.findChild<RunPage *>();
        QObject::connect(page, &RunPage::runFinished, &window, [page] {
            ResultsView *results = page->results();
            bool failedShown = false;
            for (int i = 0; i < results->count(); ++i) {
                const bool failed = results->section(i)->result().state == SkillState::Failed;
                results->section(i)->setExpanded(i == 0 || (failed && !failedShown));
                failedShown = failedShown || failed;
            }
        });
    }
    if (scene == QLatin1String("job-results")) {
        // The skills the job asks for that the resume does not show, as the scripted run wrote them.
        auto *page = window.findChild<RunPage *>();
        QObject::connect(page, &RunPage::runFinished, &window, [page] {
            ResultsView *results = page->results();
            for (int i = 0; i < results->count(); ++i)
                results->section(i)->setExpanded(false);
            for (int i = 0; i < results->jobGapCount(); ++i)
                results->jobGapSection(i)->setExpanded(i != 1);
            // Show the gaps: scroll down to their title once the layout has settled.
            QTimer::singleShot(100, results, [results] {
                auto *scroll = results->findChild<QScrollArea *>(QStringLiteral("resultsScroll"));
                auto *title = results->findChild<QWidget *>(QStringLiteral("jobGapsTitle"));
                if (scroll && title)
                    scroll->verticalScrollBar()->setValue(title->mapTo(scroll->widget(), QPoint(0, 0)).y() - 8);
            });
        });
    }
    if (scene.startsWith(QLatin1String("rich-"))) {
        // Issue 15: the first skill open with the key points of its first two questions shown
        // (rich-questions), or the filters at "Edge cases" and "Project deep-dive" with three skills
        // open, the third without a match (rich-filtered).
        auto *page = window.findChild<RunPage *>();
        const bool filtered = scene == QLatin1String("rich-filtered");
        QObject::connect(page, &RunPage::runFinished, &window, [page, filtered] {
            ResultsView *results = page->results();
            for (int i = 0; i < results->count(); ++i)
                results->section(i)->setExpanded(i == 0 || (filtered && i <= 2));
            if (filtered) {
                results->setFilter({ 3, QuestionCategory::Project });
                return;
            }
            SkillSectionWidget *first = results->section(0);
            for (const char *name : { "questionRow1", "questionRow2" })
                if (auto *row = first ? first->findChild<QuestionRow *>(QString::fromLatin1(name)) : nullptr)
                    row->setKeyPointsShown(true);
        });
    }
    if (scene == QLatin1String("practice")) {
        // Issue 16: the first question answered and graded, its follow-up waiting in the box.
        auto *page = window.findChild<RunPage *>();
        QObject::connect(page, &RunPage::runFinished, &window, [page] {
            ResultsView *results = page->results();
            for (int i = 0; i < results->count(); ++i)
                results->section(i)->setExpanded(i == 0);
            SkillSectionWidget *first = results->section(0);
            QuestionRow *row = first ? first->questionRow(0) : nullptr;
            if (!row)
                return;
            row->setPracticeShown(true);
            if (PracticePanel *panel = row->practicePanel()) {
                panel->editor()->setPlainText(QStringLiteral(
                    "Every token stores a key and a value per layer, so the cache grows with the sequence. "
                    "Allocating the longest sequence up front wastes memory that paging into blocks gets back."));
                if (auto *grade = panel->findChild<QPushButton *>(QStringLiteral("practiceSubmit")))
                    grade->click();
            }
        });
    }
    QTemporaryDir voiceDir;
    if (scene == QLatin1String("practice-voice")) {
        // Issue 17: the first question's practice box while an answer is being spoken (a tone played in
        // real time through the recorder's own path: the level and the time move as with a microphone).
        QByteArray pcm;
        for (int i = 0; i < 16000 * 20; ++i) {
            const double envelope = 0.35 + 0.3 * std::sin(2 * M_PI * 1.5 * i / 16000.0);
            const auto sample = qint16(20000 * envelope * std::sin(2 * M_PI * 220 * i / 16000.0));
            pcm.append(char(sample & 0xff)).append(char((sample >> 8) & 0xff));
        }
        const QString wav = voiceDir.filePath(QStringLiteral("demo-answer.wav"));
        QFile file(wav);
        if (file.open(QIODevice::WriteOnly))
            file.write(wavFromPcm16(pcm, 16000, 1));
        file.close();
        window.voice()->setRecordingSource(wav, true);
        auto *page = window.findChild<RunPage *>();
        QObject::connect(page, &RunPage::runFinished, &window, [page] {
            ResultsView *results = page->results();
            for (int i = 0; i < results->count(); ++i)
                results->section(i)->setExpanded(i == 0);
            QuestionRow *row = results->section(0) ? results->section(0)->questionRow(0) : nullptr;
            if (!row)
                return;
            row->setPracticeShown(true);
            if (PracticePanel *panel = row->practicePanel()) {
                panel->editor()->setPlainText(QStringLiteral("The cache holds a key and a value per token and layer,"));
                if (VoiceAnswer *voice = panel->voiceAnswer())
                    voice->toggle();
            }
        });
    }
    if (scene == QLatin1String("practice-session")) {
        // Issue 16: a practice session of three questions (the first two skills), then its summary.
        auto *page = window.findChild<RunPage *>();
        QObject::connect(page, &RunPage::runFinished, &window, [&window, page] {
            if (auto *action = window.findChild<QAction *>(QStringLiteral("practiceSessionAction")))
                action->trigger();
            PracticeSessionDialog *dialog = page->practiceSession();
            if (!dialog)
                return;
            PracticeOptions options;
            options.skills = { kSkills[0], kSkills[1] };
            options.count = 3;
            dialog->setOptions(options);
            dialog->start();
            // Answer each question when it shows (the grade arrives after about a second), then the summary.
            auto *step = new QTimer(dialog);
            step->setInterval(1500);
            QObject::connect(step, &QTimer::timeout, dialog, [dialog, step] {
                auto *next = dialog->findChild<QPushButton *>(QStringLiteral("practiceNext"));
                if (dialog->showsSummary()) {
                    step->stop();
                    return;
                }
                PracticePanel *panel = dialog->panel();
                if (!panel || !next)
                    return;
                if (panel->findChild<QWidget *>(QStringLiteral("practiceAttempt"))) {
                    next->click();
                    return;
                }
                if (dialog->current() == 1) {
                    panel->findChild<QPushButton *>(QStringLiteral("practiceDontKnow"))->click();
                    return;
                }
                panel->editor()->setPlainText(QStringLiteral("My answer, as I would say it."));
                panel->findChild<QPushButton *>(QStringLiteral("practiceSubmit"))->click();
            });
            step->start();
        });
    }
    if (scene == QLatin1String("progress")) {
        // Issue 16: a week of practice on three skills, then Practice ▸ Practice Progress.
        auto *page = window.findChild<RunPage *>();
        QObject::connect(page, &RunPage::runFinished, &window, [&window, page] {
            const RunState run = page->shownRun();
            QList<PracticeAttempt> attempts;
            const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-6);
            const int scores[3][4] = { { 3, 5, 6, 8 }, { 2, 4, 4, 7 }, { 5, 4, 6, 6 } };
            for (int skill = 0; skill < 3 && skill < run.skills.size(); ++skill)
                for (int day = 0; day < 4; ++day) {
                    const SkillResult &s = run.skills.at(skill);
                    if (s.questions.isEmpty())
                        continue;
                    PracticeAttempt a;
                    a.id = QStringLiteral("a-demo-%1-%2").arg(skill).arg(day);
                    a.skill = s.name;
                    a.question = s.questions.at(day % s.questions.size()).text;
                    a.answer = QStringLiteral("…");
                    a.at = start.addDays(day * 2).addSecs(3600 * skill);
                    a.graded = true;
                    a.model = QStringLiteral("openai/gpt-oss-120b");
                    a.grade.overall = scores[skill][day];
                    a.grade.correct = a.grade.depth = a.grade.tradeOffs = a.grade.clarity = scores[skill][day];
                    a.grade.feedback = QStringLiteral("Name the trade-offs.");
                    attempts.append(a);
                }
            page->setAttempts(attempts);
            if (auto *action = window.findChild<QAction *>(QStringLiteral("practiceProgressAction")))
                action->trigger();
        });
    }
    if (scene.startsWith(QLatin1String("study"))) {
        // Issue 18: Practice ▸ Study Deck once the run is saved; "study-card" also shows a card's answer.
        auto *page = window.findChild<RunPage *>();
        QObject::connect(page, &RunPage::runFinished, &window, [&window, scene] {
            if (auto *action = window.findChild<QAction *>(QStringLiteral("studyAction")))
                action->trigger();
            StudyDialog *dialog = window.studyDialog();
            if (!dialog || scene != QLatin1String("study-card"))
                return;
            QObject::connect(
                dialog, &StudyDialog::synced, dialog,
                [dialog] {
                    dialog->startReview();
                    dialog->showAnswer();
                },
                Qt::SingleShotConnection);
        });
    }
    if (scene == QLatin1String("sent-log")) {
        // Run ▸ What Was Sent once the run is over, on the skills request (the resume's text).
        auto *page = window.findChild<RunPage *>();
        QObject::connect(page, &RunPage::runFinished, &window, [&window] {
            if (auto *action = window.findChild<QAction *>(QStringLiteral("sentLogAction")))
                action->trigger();
        });
    }
    if (scene == QLatin1String("settings") || scene == QLatin1String("limits") || scene == QLatin1String("prices")
        || scene == QLatin1String("privacy") || scene == QLatin1String("languages") || scene == QLatin1String("voice")
        || storage)
        QTimer::singleShot(200, &window, [&window, scene, storage] {
            window.showSettings();
            const QString page = scene == QLatin1String("settings") ? QString()
                : scene == QLatin1String("languages")               ? QStringLiteral("languagePage")
                : storage                                           ? QStringLiteral("storagePage")
                                                                    : scene + QStringLiteral("Page");
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
            if (auto *widget = tabs && !page.isEmpty() ? tabs->findChild<QWidget *>(page) : nullptr)
                tabs->setCurrentWidget(widget);
            if (scene == QLatin1String("privacy")) // Find Servers on This Computer, with two found
                if (auto *find = tabs ? tabs->findChild<QPushButton *>(QStringLiteral("findLocalServers")) : nullptr)
                    find->click();
            if (scene == QLatin1String("storage-confirm"))
                if (auto *storagePage = tabs ? tabs->findChild<StoragePage *>() : nullptr)
                    QObject::connect(
                        storagePage, &StoragePage::measured, storagePage,
                        [storagePage] {
                            if (auto *button
                                = storagePage->findChild<QPushButton *>(QStringLiteral("deleteStoredData")))
                                button->click();
                        },
                        Qt::SingleShotConnection);
        });
    if (history)
        QTimer::singleShot(200, &window, [&window, scene] {
            window.showHistory();
            auto *dialog = window.historyDialog();
            if (!dialog)
                return;
            dialog->list()->setCurrentItem(dialog->list()->topLevelItem(1));
            if (scene == QLatin1String("history-open"))
                if (auto *open = dialog->findChild<QPushButton *>(QStringLiteral("historyOpen")))
                    open->click();
        });
    return app.exec();
}
