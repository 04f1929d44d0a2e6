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
    int status = 200; // 200, or 429 when over the server's RPM
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

    [[nodiscard]] bool accepted() const { return status == 200; }
};

QString toString(Api api);

} // namespace ip::bench
