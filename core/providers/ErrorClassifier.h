#pragma once

#include "net/HttpTransport.h"
#include "providers/ProviderError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace ip {

// Which wire format a response comes from (error envelopes and hints differ).
enum class WireFormat { OpenAiCompatible, Gemini };

// Pure classification of provider failures into ProviderError (fuzzable, no network).
// Every error gets a one-line, translated `message` naming the fix; `detail` is the server's
// own message (one line, at most 300 characters, never an HTML page); both are redacted.

// A non-2xx HTTP answer. `provider` is the display name ("Groq", "Gemini", "Ollama", …).
ProviderError classifyHttpError(WireFormat format, const QString &provider, int status, const HttpHeaders &headers,
                                const QByteArray &body);

// An error object received with HTTP 200: LM Studio's {"error": "..."} body, an OpenAI-style
// {"error": {...}} event in a stream, or a Gemini google.rpc.Status inside a 200 SSE stream.
// `root` is the whole JSON object (with the "error" member).
ProviderError classifyErrorInOkResponse(WireFormat format, const QString &provider, const QJsonObject &root);

// A transport failure (no usable HTTP answer). `url` names the host in the message.
ProviderError classifyTransportError(const QString &provider, const TransportError &error, const QUrl &url);

// The server's wait hint in ms, -1 if none, by precedence: retry-after-ms, retry-after (seconds),
// Gemini RetryInfo.retryDelay, "try again in 3.01s" / "retry in 28.3s" in the message, then the
// x-ratelimit-reset-* header of the exhausted dimension (remaining 0; tokens first).
qint64 retryHintMs(const HttpHeaders &headers, const QJsonObject &errorObject, const QString &message);

// A 400 that says the server or model cannot do the requested structured-output mode
// (response_format json_schema / json_object, Gemini JSON mime type with tools).
bool isStructuredOutputUnsupported(const ProviderError &error);

// The server's message made fit for ProviderError::detail: one line, at most 300 characters,
// secrets redacted.
QString cleanDetail(QString text);

} // namespace ip
