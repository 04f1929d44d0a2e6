#include "ScriptedTranscriber.h"

#include <QPointer>
#include <QTimer>

namespace ip::uitest {

namespace {

class ScriptedTranscriptionCall : public TranscriptionCall
{
public:
    ScriptedTranscriptionCall(ScriptedTranscription answer, QObject *parent)
        : TranscriptionCall(parent)
        , m_answer(std::move(answer))
    {
        QTimer::singleShot(0, this, [this] {
            if (m_done)
                return;
            for (int part = 1; part < m_answer.parts; ++part)
                Q_EMIT progress(part, m_answer.parts);
            m_done = true;
            if (m_answer.error)
                Q_EMIT failed(*m_answer.error);
            else
                Q_EMIT finished(Transcript { m_answer.text, {}, 0, {} });
        });
    }

    void cancel() override
    {
        if (m_done)
            return;
        m_done = true;
        ProviderError cancelled;
        cancelled.kind = ProviderErrorKind::Cancelled;
        cancelled.message = QStringLiteral("Cancelled.");
        Q_EMIT failed(cancelled);
    }

private:
    ScriptedTranscription m_answer;
    bool m_done = false;
};

} // namespace

ScriptedTranscriber::ScriptedTranscriber(Script script, QList<TranscriptionRequest> *log, QObject *parent)
    : Transcriber(parent)
    , m_script(std::move(script))
    , m_log(log)
{ }

TranscriptionCall *ScriptedTranscriber::transcribe(const TranscriptionRequest &request, QObject *parent)
{
    if (m_log)
        m_log->append(request);
    return new ScriptedTranscriptionCall(m_script ? m_script(request) : ScriptedTranscription {}, parent);
}

} // namespace ip::uitest
