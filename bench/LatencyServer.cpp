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

namespace {

std::optional<ip::test::FreeTierWindow> freeTierFor(Api api, const LatencyModel &model)
{
    if (api != Api::Groq || model.groqTpm <= 0)
        return std::nullopt;
    ip::test::FreeTierConfig c = ip::test::FreeTierConfig::groq();
    c.tokensPerMinute = model.groqTpm;
    c.requestsPerMinute = model.groqRpm;
    c.windowMs = model.window();
    c.dayMs = model.scaled(86'400'000);
    c.reasoningLow = model.reasoningLow;
    c.reasoningMedium = model.reasoningMedium;
    c.reasoningHigh = model.reasoningHigh;
    return ip::test::FreeTierWindow(c);
}

} // namespace

LatencyServer::LatencyServer(Api api, const LatencyModel &model, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
    , m_freeTier(freeTierFor(api, model))
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
    m_freeTier = freeTierFor(m_api, model);
    m_admissions.clear();
    m_rateHeaders.clear();
    m_answered = 0;
}

HttpHeaders LatencyServer::jsonHeaders() const
{
    return kJsonHeaders + m_rateHeaders;
}

HttpHeaders LatencyServer::sseHeaders() const
{
    return kSseHeaders + m_rateHeaders;
}

int LatencyServer::reasoningFor(const LlmRequest &request) const
{
    if (m_api != Api::Groq || !request.model.startsWith(QLatin1String("openai/gpt-oss")))
        return 0;
    if (request.reasoningEffort == QLatin1String("low"))
        return m_model.reasoningLow;
    if (request.reasoningEffort == QLatin1String("high"))
        return m_model.reasoningHigh;
    return m_model.reasoningMedium;
}

bool LatencyServer::admitFreeTier(const LlmRequest &request, TestHttpResponder &responder, CallRecord &record)
{
    const double now = record.arrivalMs;
    const auto admission = m_freeTier->admit(request.model, record.promptTokens, record.declaredTokens, now);
    if (admission.admitted()) {
        m_admissions.insert(int(m_log.size()), admission.id);
        m_rateHeaders = m_freeTier->rateLimitHeaders(request.model, now);
        return true;
    }
    const auto a = ip::test::fakewire::freeTierRefusal(request, *m_freeTier, admission, now);
    record.status = a.status;
    record.firstByteMs = record.endMs = now;
    responder.respond(a.status, a.body, a.headers);
    return false;
}

void LatencyServer::settleAtEnd(ResponsePlayer *player, int logIndex)
{
    const auto id = m_admissions.constFind(logIndex);
    if (!m_freeTier || id == m_admissions.constEnd())
        return;
    player->at(m_log[logIndex].durationMs, [this, logIndex, id = *id](TestHttpResponder &) {
        if (m_freeTier && logIndex < m_log.size())
            m_freeTier->settle(id, m_log[logIndex].tokens());
    });
}

void LatencyServer::playDropped(const LlmRequest &request, TestHttpResponder &responder, int logIndex,
                                const QByteArray &body, const QList<QByteArray> &events)
{
    CallRecord &r = m_log[logIndex];
    r.dropped = true;
    auto *player = new ResponsePlayer(responder, r.arrivalMs, this);
    const double cut = r.durationMs / 2;
    if (request.stream) {
        player->at(cut, [events, headers = sseHeaders()](TestHttpResponder &res) {
            res.beginChunked(200, headers);
            for (qsizetype i = 0; i < events.size() / 2; ++i)
                res.sendChunk(events.at(i));
            res.resetConnection(20);
        });
    } else {
        player->at(cut, [body, headers = jsonHeaders()](TestHttpResponder &res) {
            res.beginBody(200, headers, body.size());
            res.sendBody(body.left(body.size() / 2));
            res.closeConnection(20);
        });
    }
    player->onStep([this, logIndex](int, double now) {
        if (logIndex < m_log.size())
            m_log[logIndex].firstByteMs = m_log[logIndex].endMs = now;
    });
    player->start();
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
    record.model = request.model;
    record.promptTokens = ip::test::fakewire::estimatedPromptTokens(request);
    record.declaredTokens = std::max(0, request.maxOutputTokens);
    if (record.kind == CallKind::Discovery)
        record.skills = discoverySkills(request.userText);
    else if (record.kind == CallKind::Questions)
        record.skills = questionSkills(request.userText);
    m_rateHeaders.clear();
    const bool refused
        = m_freeTier ? !admitFreeTier(request, responder, record) : rejectOverLimit(request, responder, record);
    if (refused) {
        m_log.append(record);
        return;
    }
    record.reasoningTokens = reasoningFor(request);
    // Groq drops its 4th, 8th, … answer, Gemini (phase shifted: it serves only a few) its 2nd, 6th, ….
    const int phase = m_api == Api::Gemini ? 2 : 0;
    record.dropped = m_model.dropEvery > 0 && (m_answered + phase) % m_model.dropEvery == m_model.dropEvery - 1;
    ++m_answered;
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
    reply.reasoningTokens = r.reasoningTokens > 0 ? r.reasoningTokens : -1;
    if (r.dropped)
        return playDropped(request, responder, logIndex, ip::test::fakewire::openAiChatBody(request, reply),
                           ip::test::fakewire::openAiStreamEvents(request, reply));
    auto *player = new ResponsePlayer(responder, r.arrivalMs, this);
    if (request.stream) {
        const QList<QByteArray> events = ip::test::fakewire::openAiStreamEvents(request, reply);
        player->at(r.durationMs, [events, headers = sseHeaders()](TestHttpResponder &res) {
            res.beginChunked(200, headers);
            for (const QByteArray &e : events)
                res.sendChunk(e);
            res.endChunked();
        });
    } else {
        const QByteArray body = ip::test::fakewire::openAiChatBody(request, reply);
        player->at(r.durationMs,
                   [body, headers = jsonHeaders()](TestHttpResponder &res) { res.respond(200, body, headers); });
    }
    settleAtEnd(player, logIndex);
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
    if (r.dropped) {
        reply.chunks = cutText(answer.text, kChunkChars * 4);
        return playDropped(request, responder, logIndex, ip::test::fakewire::geminiBody(request, reply),
                           ip::test::fakewire::geminiStreamEvents(request, reply));
    }

    auto *player = new ResponsePlayer(responder, r.arrivalMs, this);
    const double duration = r.durationMs;
    if (request.stream) {
        // The text streams evenly over the whole call; the grounding metadata comes last.
        reply.chunks = cutText(answer.text, kChunkChars * 4);
        const QList<QByteArray> events = ip::test::fakewire::geminiStreamEvents(request, reply);
        const auto n = qsizetype(reply.chunks.size());
        player->at(0, [headers = sseHeaders()](TestHttpResponder &res) { res.beginChunked(200, headers); });
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
        player->at(duration,
                   [body, headers = jsonHeaders()](TestHttpResponder &res) { res.respond(200, body, headers); });
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
    // What the prompt shows of each listed skill (a skill without notes cites no source).
    QHash<QString, SkillContext> contexts = questionContexts(request.userText);
    for (const QString &skill : skills)
        if (!contexts.contains(skill))
            contexts.insert(skill, SkillContext { 0, {} });
    // Key points only when the prompt asks for them (Settings::keyPoints).
    const bool keyPoints = request.userText.contains(QStringLiteral("\"key_points\""));
    for (SkillContext &c : contexts)
        c.keyPoints = keyPoints;
    const QuestionsAnswer answer
        = questionsAnswer(skills, requestedQuestionsPerSkill(request.userText), m_model.questionTokens, contexts);
    const int tokens = tokensOf(answer.text);
    r.completionTokens = tokens;
    r.durationMs = m_model.questionsCall(r.key, tokens);
    const double firstToken = m_model.questionsFirstToken(r.key);
    // One question's tokens: its whole object (the pipeline publishes a question when its object closes).
    r.firstQuestionBoundMs = firstToken
        + m_model.tokensMs(
            r.key,
            tokensOf(answer.text.mid(answer.firstQuestionStart, answer.firstQuestionEnd - answer.firstQuestionStart)));

    LlmReply reply = LlmReply::ofText(answer.text);
    reply.reasoningTokens = r.reasoningTokens > 0 ? r.reasoningTokens : -1;
    if (r.dropped) {
        reply.chunks = cutText(answer.text, kChunkChars);
        return playDropped(request, responder, logIndex, ip::test::fakewire::openAiChatBody(request, reply),
                           ip::test::fakewire::openAiStreamEvents(request, reply));
    }
    auto *player = new ResponsePlayer(responder, r.arrivalMs, this);
    if (request.stream) {
        // First token after the first-token latency, then the model's token rate.
        reply.chunks = cutText(answer.text, kChunkChars);
        const QList<QByteArray> events = ip::test::fakewire::openAiStreamEvents(request, reply);
        // events: role chunk, one per text chunk, finish chunk (usage), [DONE]
        player->at(0, [role = events.first(), headers = sseHeaders()](TestHttpResponder &res) {
            res.beginChunked(200, headers);
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
        player->at(r.durationMs,
                   [body, headers = jsonHeaders()](TestHttpResponder &res) { res.respond(200, body, headers); });
    }
    settleAtEnd(player, logIndex);
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
