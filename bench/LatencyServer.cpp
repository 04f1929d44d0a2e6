#include "LatencyServer.h"

#include "BenchClock.h"
#include "FakeLlmWire.h"
#include "ResponsePlayer.h"

#include <QCryptographicHash>

#include <cmath>

namespace ip::bench {

using ip::test::LlmReply;
using ip::test::LlmRequest;
using ip::test::LlmRoute;
using ip::test::TestHttpRequest;
using ip::test::TestHttpResponder;

namespace {

const HttpHeaders kJsonHeaders { { "Content-Type", "application/json" } };
const HttpHeaders kSseHeaders { { "Content-Type", "text/event-stream" }, { "Cache-Control", "no-cache" } };

// Characters per streamed text chunk: about 8 tokens (real streams send a few tokens per event).
constexpr int kChunkChars = 32;

} // namespace

QString toString(Api api)
{
    return api == Api::Gemini ? QStringLiteral("Gemini") : QStringLiteral("Groq");
}

LatencyServer::LatencyServer(Api api, const LatencyModel &model, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
{
    // Take over the fake's HTTP handler: same parsing and wire rendering, our schedule.
    m_fake.http().setHandler(
        [this](const TestHttpRequest &request, TestHttpResponder &responder) { handle(request, responder); });
}

LatencyServer::~LatencyServer() = default;

bool LatencyServer::listen()
{
    return m_fake.listen();
}

QUrl LatencyServer::baseUrl() const
{
    return m_api == Api::Gemini ? m_fake.geminiBaseUrl() : m_fake.openAiBaseUrl();
}

void LatencyServer::reset(const LatencyModel &model)
{
    m_model = model;
    m_log.clear();
    m_window.clear();
    m_occurrences.clear();
}

int LatencyServer::nextOccurrence(const QString &baseKey)
{
    return m_occurrences[baseKey]++;
}

void LatencyServer::handle(const TestHttpRequest &raw, TestHttpResponder &responder)
{
    const double now = benchNowMs();
    const LlmRequest request = ip::test::parseLlmRequest(raw);
    const bool chat = request.route == LlmRoute::OpenAiChat || request.route == LlmRoute::GeminiGenerate;
    if (!chat) {
        const auto a = ip::test::fakewire::unknownRoute(request);
        responder.respond(a.status, a.body, a.headers);
        return;
    }
    CallRecord record;
    record.index = int(m_log.size());
    record.api = m_api;
    record.kind = classifyPrompt(m_api == Api::Gemini, request.googleSearch, request.userText);
    record.stream = request.stream;
    record.arrivalMs = now;
    if (record.kind == CallKind::Discovery)
        record.skills = discoverySkills(request.userText);
    else if (record.kind == CallKind::Questions)
        record.skills = questionSkills(request.userText);
    if (rejectOverLimit(request, responder, record)) {
        m_log.append(record);
        return;
    }
    m_log.append(record);
    const int logIndex = int(m_log.size()) - 1;
    switch (record.kind) {
    case CallKind::Skills: answerSkills(request, responder, logIndex); break;
    case CallKind::Discovery: answerDiscovery(request, responder, logIndex); break;
    case CallKind::Questions:
    case CallKind::Other: answerQuestions(request, responder, logIndex); break;
    }
}

bool LatencyServer::rejectOverLimit(const LlmRequest &request, TestHttpResponder &responder, CallRecord &record)
{
    const int limit = m_api == Api::Gemini ? m_model.geminiRpm : m_model.groqRpm;
    const double window = m_model.window();
    const double now = record.arrivalMs;
    // A sliding window: at most `limit` accepted arrivals in any (now - window, now].
    while (!m_window.empty() && m_window.front() <= now - window)
        m_window.pop_front();
    if (limit <= 0 || int(m_window.size()) < limit) {
        m_window.push_back(now);
        return false;
    }
    const double waitMs = m_window.front() + window - now;
    record.status = 429;
    record.firstByteMs = record.endMs = now;
    const auto hint = m_api == Api::Gemini ? ip::test::RetryHint::GeminiRetryInfo : ip::test::RetryHint::RetryAfter;
    const auto a = ip::test::fakewire::faultAnswer(request, LlmReply::rateLimited(hint, qint64(std::ceil(waitMs))));
    responder.respond(a.status, a.body, a.headers);
    return true;
}

void LatencyServer::answerSkills(const LlmRequest &request, TestHttpResponder &responder, int logIndex)
{
    // The resume decides the skills: hash the prompt's resume part.
    const qsizetype at = request.userText.indexOf(QLatin1String("<resume>"));
    const QString resume = at >= 0 ? request.userText.mid(at) : request.userText;
    const QString resumeKey
        = QString::fromLatin1(QCryptographicHash::hash(resume.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    const QStringList skills = skillsFor(resume, requestedSkillCount(request.userText));
    CallRecord &r = m_log[logIndex];
    r.key = skillsKey(resumeKey, nextOccurrence(QStringLiteral("skills|") + resumeKey));
    r.skills = skills;
    r.durationMs = m_model.skillsCall(r.key);
    const QString text = skillsAnswer(skills);
    r.completionTokens = tokensOf(text);

    LlmReply reply = LlmReply::ofText(text);
    auto *player = new ResponsePlayer(responder, r.arrivalMs, this);
    if (request.stream) {
        const QList<QByteArray> events = ip::test::fakewire::openAiStreamEvents(request, reply);
        player->at(r.durationMs, [events](TestHttpResponder &res) {
            res.beginChunked(200, kSseHeaders);
            for (const QByteArray &e : events)
                res.sendChunk(e);
            res.endChunked();
        });
    } else {
        const QByteArray body = ip::test::fakewire::openAiChatBody(request, reply);
        player->at(r.durationMs, [body](TestHttpResponder &res) { res.respond(200, body, kJsonHeaders); });
    }
    player->onStep([this, logIndex](int, double now) {
        if (logIndex < m_log.size()) {
            m_log[logIndex].firstByteMs = now;
            m_log[logIndex].endMs = now;
        }
    });
    player->start();
}

void LatencyServer::answerDiscovery(const LlmRequest &request, TestHttpResponder &responder, int logIndex)
{
    const QStringList skills = discoverySkills(request.userText);
    CallRecord &r = m_log[logIndex];
    r.skills = skills;
    r.key = discoveryKey(skills, nextOccurrence(discoveryKey(skills, 0)));
    r.durationMs = m_model.discoveryCall(r.key);
    const DiscoveryAnswer answer = discoveryAnswer(skills, m_model.sectionWords);
    r.completionTokens = tokensOf(answer.text);

    QList<ip::test::FakeSource> sources;
    for (const auto &s : answer.sources)
        sources.append({ s.first, s.second });
    QList<ip::test::FakeCitation> citations;
    for (const auto &c : answer.citations)
        citations.append({ c.segment, { c.source } });
    LlmReply reply = LlmReply::grounded(answer.text, citations, sources, { skills.join(QLatin1Char(' ')) });

    auto *player = new ResponsePlayer(responder, r.arrivalMs, this);
    const double duration = r.durationMs;
    if (request.stream) {
        // The text streams evenly over the whole call; the grounding metadata comes last.
        reply.chunks = cutText(answer.text, kChunkChars * 4);
        const QList<QByteArray> events = ip::test::fakewire::geminiStreamEvents(request, reply);
        const auto n = qsizetype(reply.chunks.size());
        player->at(0, [](TestHttpResponder &res) { res.beginChunked(200, kSseHeaders); });
        qsizetype sent = 0;
        int section = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const double offset = duration * double(i + 1) / double(n + 1);
            player->at(offset, [e = events.at(i)](TestHttpResponder &res) { res.sendChunk(e); });
            sent += reply.chunks.at(i).size();
            // A section is complete once the text up to the next section's heading line is out.
            while (section < answer.sections.size() - 1
                   && sent
                       >= answer.sections.at(section + 1).start + answer.sections.at(section + 1).skill.size() + 4) {
                r.sectionReadyMs.append(offset);
                ++section;
            }
        }
        while (r.sectionReadyMs.size() < skills.size())
            r.sectionReadyMs.append(duration * double(n) / double(n + 1));
        player->at(duration, [e = events.at(n)](TestHttpResponder &res) {
            res.sendChunk(e);
            res.endChunked();
        });
    } else {
        for (qsizetype i = 0; i < skills.size(); ++i)
            r.sectionReadyMs.append(duration);
        const QByteArray body = ip::test::fakewire::geminiBody(request, reply);
        player->at(duration, [body](TestHttpResponder &res) { res.respond(200, body, kJsonHeaders); });
    }
    player->onStep([this, logIndex](int step, double now) {
        if (logIndex >= m_log.size())
            return;
        if (step == 0)
            m_log[logIndex].firstByteMs = now;
        m_log[logIndex].endMs = now;
    });
    player->start();
}

void LatencyServer::answerQuestions(const LlmRequest &request, TestHttpResponder &responder, int logIndex)
{
    const QStringList skills = questionSkills(request.userText);
    CallRecord &r = m_log[logIndex];
    r.skills = skills;
    r.key = questionsKey(skills, nextOccurrence(questionsKey(skills, 0)));
    const QuestionsAnswer answer
        = questionsAnswer(skills, requestedQuestionsPerSkill(request.userText), m_model.questionTokens);
    const int tokens = tokensOf(answer.text);
    r.completionTokens = tokens;
    r.durationMs = m_model.questionsCall(r.key, tokens);
    const double firstToken = m_model.questionsFirstToken(r.key);
    r.firstQuestionBoundMs = firstToken + m_model.tokensMs(r.key, m_model.questionTokens);

    LlmReply reply = LlmReply::ofText(answer.text);
    auto *player = new ResponsePlayer(responder, r.arrivalMs, this);
    if (request.stream) {
        // First token after the first-token latency, then the model's token rate.
        reply.chunks = cutText(answer.text, kChunkChars);
        const QList<QByteArray> events = ip::test::fakewire::openAiStreamEvents(request, reply);
        // events: role chunk, one per text chunk, finish chunk (usage), [DONE]
        player->at(0, [role = events.first()](TestHttpResponder &res) {
            res.beginChunked(200, kSseHeaders);
            res.sendChunk(role);
        });
        int tokensSent = 0;
        for (qsizetype i = 0; i < reply.chunks.size(); ++i) {
            const double offset = firstToken + m_model.tokensMs(r.key, tokensSent);
            tokensSent += tokensOf(reply.chunks.at(i));
            player->at(offset, [e = events.at(i + 1)](TestHttpResponder &res) { res.sendChunk(e); });
        }
        player->at(r.durationMs, [finish = events.at(events.size() - 2), done = events.last()](TestHttpResponder &res) {
            res.sendChunk(finish);
            res.sendChunk(done);
            res.endChunked();
        });
    } else {
        const QByteArray body = ip::test::fakewire::openAiChatBody(request, reply);
        player->at(r.durationMs, [body](TestHttpResponder &res) { res.respond(200, body, kJsonHeaders); });
    }
    player->onStep([this, logIndex](int step, double now) {
        if (logIndex >= m_log.size())
            return;
        if (step == 0)
            m_log[logIndex].firstByteMs = now;
        m_log[logIndex].endMs = now;
    });
    player->start();
}

} // namespace ip::bench
