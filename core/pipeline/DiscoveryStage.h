#pragma once

#include "pipeline/PipelineStage.h"
#include "session/DiscoveryResult.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace ip {

// Stage::FindingSources for one batch: one grounded (Google Search) call asking for a "## <Skill>"
// section per skill; skills without a section get one retry with a simpler prompt; still nothing,
// or any failure, makes those skills context-free with the reason. Never fails the run. Emits
// skillDiscovered once per skill (as soon as known), then finished. `answered` is false when
// discovery could not run (provider failure, cancelled) or the section is still provisional: not an
// answer, so it is neither cached nor final (continuing the run asks again).
//
// The answer is streamed when the provider streams: a skill's section is complete as soon as the
// next heading has started (judged with the next delta), and its skillDiscovered comes then
// (grounded, with the section, no sources yet); the grounding metadata arrives with the end of the
// answer, and sourcesFound then carries that skill's sources. A call that fails after some sections
// were complete keeps them (grounded, without sources); only the other skills become context-free.
class DiscoveryStage : public PipelineStage
{
    Q_OBJECT
public:
    DiscoveryStage(ChatProvider *provider, const Settings &settings, const QList<int> &skillIndices,
                   const QStringList &skillNames, QObject *parent = nullptr);
    void start() override;

    // Minimum body length of a usable section.
    static constexpr qsizetype kMinSectionChars = 40;

Q_SIGNALS:
    void skillDiscovered(int skillIndex, const ip::DiscoveryResult &result, bool answered);
    // The sources of a skill whose section was complete before the answer ended.
    void sourcesFound(int skillIndex, const QList<ip::Source> &sources);
    // The discovery provider cannot go on (quota, key): the pipeline records it in the
    // ProviderStop that every discovery stage asks before a call.
    void providerStopped(const ip::ProviderError &error);
    void finished();

private:
    void ask(bool simple);
    void handleAnswer(const ChatResponse &response, bool simple);
    void giveUp(const QString &reason, bool answered = false);
    void onDelta(const QString &delta);

    QList<int> m_pending; // skill indices still without a result
    QStringList m_pendingNames;
    QString m_streamed; // this attempt's text so far
    qsizetype m_scannedTo = 0; // complete lines already looked at
    qsizetype m_lineEnd = 0; // end of the complete lines as of the last delta
    QSet<int> m_released; // skills whose section was complete before the answer ended
};

} // namespace ip

Q_DECLARE_METATYPE(ip::DiscoveryResult)
