#pragma once

// The speech-to-text call (issue 17), over the provider layer. HttpTranscriber
// (speech/HttpTranscriber.h) is the real one; tests and the window may script their own.
//
//   TranscriptionCall *call = transcriber->transcribe(request, this);
//   connect(call, &TranscriptionCall::progress, ...);   // (partsDone, parts) after each part
//   connect(call, &TranscriptionCall::finished, ...);   // the transcript
//   connect(call, &TranscriptionCall::failed, ...);     // ProviderError: typed kind, message for a person
//
// A call ends exactly once (finished or failed), never from inside transcribe(); the caller deletes
// it (deleteLater) after the end, or deletes it earlier to drop it silently.

#include "providers/ProviderError.h"
#include "speech/Transcription.h"

#include <QObject>

namespace ip {

class TranscriptionCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Idempotent; emits failed(Cancelled) once if still running.
    virtual void cancel() = 0;

Q_SIGNALS:
    // After each part of the recording (a recording that fits in one upload is one part).
    void progress(int partsDone, int parts);
    void finished(const ip::Transcript &transcript);
    // ProviderError from core/providers (typed kinds, message for a person).
    void failed(const ip::ProviderError &error);
};

class Transcriber : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Never emits synchronously inside transcribe(). The call is a child of `parent`.
    virtual TranscriptionCall *transcribe(const TranscriptionRequest &request, QObject *parent) = 0;
};

} // namespace ip
