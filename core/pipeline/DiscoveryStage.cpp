#include "pipeline/DiscoveryStage.h"

#include "pipeline/SectionSplitter.h"
#include "session/SourceLabel.h"

#include <QSet>
#include <QTimer>

namespace ip {

namespace {

QList<Source> toSources(const QList<GroundingSource> &in)
{
    QList<Source> out;
    QSet<QString> seen;
    for (const auto &g : in) {
        const QString key = g.url.toString();
        if (g.url.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        // Without a title, the host names the site, unless the address is a grounding redirect (its host
        // says nothing; sourceLabel shows the site once it is resolved).
        const bool named = !g.title.isEmpty() || looksLikeGroundingRedirect(g.url);
        out.append(Source { named ? g.title : g.url.host(), g.url });
    }
    return out;
}

} // namespace

DiscoveryStage::DiscoveryStage(ChatProvider *provider, const Settings &settings, const QList<int> &skillIndices,
                               const QStringList &skillNames, QObject *parent)
    : PipelineStage(provider, settings, parent)
    , m_pending(skillIndices)
    , m_pendingNames(skillNames)
{
    Q_ASSERT(skillIndices.size() == skillNames.size());
}

void DiscoveryStage::start()
{
    ask(false);
}

void DiscoveryStage::ask(bool simple)
{
    auto built = buildDiscoveryRequest(m_pendingNames, simple, settings());
    if (built.isError()) {
        const QString reason = built.error();
        QTimer::singleShot(0, this, [this, reason] {
            if (!isCancelled())
                giveUp(tr("Source discovery failed: %1").arg(reason));
        });
        return;
    }
    m_streamed.clear();
    m_scannedTo = 0;
    m_lineEnd = 0;
    StreamHooks hooks;
    hooks.onDelta = [this](const QString &delta) {
        onDelta(delta);
    };
    hooks.onRestart = [this] {
        // A new attempt streams the answer from the start (skills already released stay so).
        m_streamed.clear();
        m_scannedTo = 0;
        m_lineEnd = 0;
    };
    send(
        built.value(), hooks, [this, simple](const ChatResponse &r) { handleAnswer(r, simple); },
        [this](const ProviderError &e) {
            if (e.stopsProvider())
                Q_EMIT providerStopped(e);
            giveUp(tr("Source discovery failed: %1").arg(e.message));
        });
}

void DiscoveryStage::onDelta(const QString &delta)
{
    // Sections are judged one delta late: on the complete lines that had arrived before this delta.
    // A section is only complete once the next heading has started (its line ended); judging one
    // delta late also keeps an answer that arrives in one piece (text and end together) in one
    // piece, rather than splitting it by how the network happened to cut it.
    const qsizetype lineEnd = m_lineEnd;
    m_streamed += delta;
    m_lineEnd = m_streamed.lastIndexOf(QLatin1Char('\n')) + 1;
    if (lineEnd <= m_scannedTo)
        return;
    // Sections only complete when a heading line ("## …", "**…**") has arrived: split only then.
    bool heading = false;
    for (qsizetype at = m_scannedTo; at < lineEnd && !heading;) {
        qsizetype first = at;
        while (first < lineEnd && (m_streamed.at(first) == u' ' || m_streamed.at(first) == u'\t'))
            ++first;
        heading = first < lineEnd && (m_streamed.at(first) == u'#' || m_streamed.at(first) == u'*');
        at = m_streamed.indexOf(QLatin1Char('\n'), at) + 1;
    }
    m_scannedTo = lineEnd;
    if (!heading)
        return;
    const QString complete = m_streamed.left(lineEnd);
    const auto sections = splitSkillSections(complete, m_pendingNames);
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const int index = m_pending.at(i);
        const auto &section = sections.at(i);
        // Complete: something after it (the next heading) has started.
        if (m_released.contains(index) || !section || section->end >= complete.size()
            || section->text.size() < kMinSectionChars)
            continue;
        m_released.insert(index);
        DiscoveryResult d;
        d.grounded = true;
        d.contextText = section->text;
        // Provisional (not answered) until the answer ends with its sources (sourcesFound).
        Q_EMIT skillDiscovered(index, d, false);
        if (isCancelled())
            return;
    }
}

void DiscoveryStage::handleAnswer(const ChatResponse &response, bool simple)
{
    const auto sections = splitSkillSections(response.text, m_pendingNames);
    QList<int> missing;
    QStringList missingNames;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const int index = m_pending.at(i);
        DiscoveryResult d;
        const auto &section = sections.at(i);
        if (m_released.contains(index)) {
            // Its section was complete earlier; the grounding metadata has arrived now.
            QList<Source> sources;
            if (section)
                sources = toSources(response.grounding.sourcesFor(section->start, section->end));
            if (sources.isEmpty() && m_pending.size() == 1)
                sources = toSources(response.grounding.sources);
            Q_EMIT sourcesFound(index, sources);
            if (isCancelled())
                return;
            continue;
        }
        if (section && section->text.size() >= kMinSectionChars) {
            d.grounded = true;
            d.contextText = section->text;
            d.sources = toSources(response.grounding.sourcesFor(section->start, section->end));
        } else if (m_pending.size() == 1 && sections.at(i) == std::nullopt
                   && response.text.trimmed().size() >= kMinSectionChars) {
            // One skill asked and an answer without a matching heading: the whole answer is its section.
            d.grounded = true;
            d.contextText = response.text.trimmed();
            d.sources = toSources(response.grounding.sourcesFor(0, response.text.size()));
        }
        if (d.grounded && d.sources.isEmpty() && m_pending.size() == 1)
            d.sources = toSources(response.grounding.sources);
        if (d.grounded) {
            Q_EMIT skillDiscovered(index, d, true);
            if (isCancelled())
                return;
        } else {
            missing.append(m_pending.at(i));
            missingNames.append(m_pendingNames.at(i));
        }
    }
    m_pending = missing;
    m_pendingNames = missingNames;
    if (m_pending.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    if (!simple) {
        Q_EMIT note(tr("No web notes yet for %1; asking once more").arg(m_pendingNames.join(QStringLiteral(", "))));
        ask(true);
        return;
    }
    giveUp(tr("The web search answer had no section for this skill"), true);
}

void DiscoveryStage::giveUp(const QString &reason, bool answered)
{
    const QList<int> pending = m_pending;
    m_pending.clear();
    m_pendingNames.clear();
    for (int index : pending) {
        if (m_released.contains(index))
            continue; // its section arrived before the failure: grounded, without sources
        DiscoveryResult d;
        d.reason = reason;
        Q_EMIT skillDiscovered(index, d, answered);
        if (isCancelled())
            return;
    }
    Q_EMIT finished();
}

} // namespace ip
