#pragma once

// A Transcriber for GUI tests and the demo: answers every request from a script on the next turn of the
// event loop (never inside transcribe()), and records what it was asked.

#include "providers/ProviderError.h"
#include "speech/Transcriber.h"
#include "speech/Transcription.h"

#include <functional>
#include <optional>

namespace ip::uitest {

struct ScriptedTranscription
{
    QString text; // the transcript (when no error)
    std::optional<ProviderError> error;
    int parts = 1; // progress() is emitted for each part before the answer
};

class ScriptedTranscriber : public Transcriber
{
    Q_OBJECT
public:
    using Script = std::function<ScriptedTranscription(const TranscriptionRequest &)>;
    ScriptedTranscriber(Script script, QList<TranscriptionRequest> *log, QObject *parent = nullptr);

    TranscriptionCall *transcribe(const TranscriptionRequest &request, QObject *parent) override;

private:
    Script m_script;
    QList<TranscriptionRequest> *m_log;
};

} // namespace ip::uitest
