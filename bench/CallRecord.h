#pragma once

#include "FakeAnswers.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ip::bench {

enum class Api { Groq, Gemini };

// One HTTP request a fake provider served, with the server-side timings (bench clock, ms).
struct CallRecord
{
    int index = -1; // arrival order on its server
    Api api = Api::Groq;
    CallKind kind = CallKind::Other;
    QStringList skills; // discovery / questions: the skills asked for
    QString key; // the latency model's jitter key
    int status = 200; // 200, or 429 (413) when over the server's RPM or free-tier window
    bool stream = false;
    double arrivalMs = 0;
    double firstByteMs = -1; // first answer bytes written (headers of a stream, or the whole answer)
    double endMs = -1; // last byte written (-1 when the client went away first)
    double durationMs = 0; // what the model played (scaled, jittered): arrival → end
    // Questions: offset from arrival to the end of "first-token latency + one question's tokens"
    // (the physical bound for a first question, whether or not this answer was streamed).
    double firstQuestionBoundMs = -1;
    // Discovery: per asked skill, the offset from arrival at which its section was complete on the
    // wire (the whole duration when not streamed).
    QList<double> sectionReadyMs;
    int completionTokens = 0;
    // What the Groq server counted (the providers' chars/4 estimate, as FakeLlmServer reports it).
    QString model;
    int promptTokens = 0;
    int declaredTokens = 0; // max_completion_tokens | max_tokens | maxOutputTokens as sent
    int reasoningTokens = 0; // hidden, included in the reported completion tokens
    bool dropped = false; // the connection was cut mid-answer

    // Prompt + completion + reasoning: what the answer cost in the server's token window.
    [[nodiscard]] qint64 tokens() const { return qint64(promptTokens) + completionTokens + reasoningTokens; }

    [[nodiscard]] bool accepted() const { return status == 200; }
};

QString toString(Api api);

} // namespace ip::bench
