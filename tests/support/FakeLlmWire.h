#pragma once

// Wire rendering of FakeLlmServer (internal to the test support library).

#include "FakeLlmServer.h"

#include <QByteArray>
#include <QList>

namespace ip::test::fakewire {

struct HttpAnswer
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
};

// A fault reply (LlmReply::fault set) as the API of `request` would send it.
HttpAnswer faultAnswer(const LlmRequest &request, const LlmReply &reply);
// The 400 for a structured-output mode the server does not support.
HttpAnswer unsupportedJsonMode(const LlmRequest &request, const QString &mode);
// 404 for an unknown path.
HttpAnswer unknownRoute(const LlmRequest &request);

// Successful answers.
QByteArray openAiChatBody(const LlmRequest &request, const LlmReply &reply);
QList<QByteArray> openAiStreamEvents(const LlmRequest &request, const LlmReply &reply);
QByteArray geminiBody(const LlmRequest &request, const LlmReply &reply);
QList<QByteArray> geminiStreamEvents(const LlmRequest &request, const LlmReply &reply);
QByteArray openAiModelsBody(const QStringList &ids);
QByteArray geminiModelsBody(const QStringList &ids);

// The chunks a text is streamed in (the reply's own, or the text cut in three).
QStringList chunksOf(const LlmReply &reply);

} // namespace ip::test::fakewire
