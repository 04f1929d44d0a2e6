#include "pipeline/DiscoveryStage.h"

#include "pipeline/SectionSplitter.h"

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
        out.append(Source { g.title.isEmpty() ? g.url.host() : g.title, g.url });
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
    send(
        built.value(), [this, simple](const ChatResponse &r) { handleAnswer(r, simple); },
        [this](const ProviderError &e) {
            if (e.stopsProvider())
                Q_EMIT providerStopped(e);
            giveUp(tr("Source discovery failed: %1").arg(e.message));
        });
}

void DiscoveryStage::handleAnswer(const ChatResponse &response, bool simple)
{
    const auto sections = splitSkillSections(response.text, m_pendingNames);
    QList<int> missing;
    QStringList missingNames;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        DiscoveredSkill d;
        d.skillIndex = m_pending.at(i);
        const auto &section = sections.at(i);
        if (section && section->text.size() >= kMinSectionChars) {
            d.grounded = true;
            d.context = section->text;
            d.sources = toSources(response.grounding.sourcesFor(section->start, section->end));
        } else if (m_pending.size() == 1 && sections.at(i) == std::nullopt
                   && response.text.trimmed().size() >= kMinSectionChars) {
            // One skill asked and an answer without a matching heading: the whole answer is its section.
            d.grounded = true;
            d.context = response.text.trimmed();
            d.sources = toSources(response.grounding.sourcesFor(0, response.text.size()));
        }
        if (d.grounded && d.sources.isEmpty() && m_pending.size() == 1)
            d.sources = toSources(response.grounding.sources);
        if (d.grounded) {
            Q_EMIT skillDiscovered(d);
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
        DiscoveredSkill d;
        d.skillIndex = index;
        d.reason = reason;
        d.answered = answered;
        Q_EMIT skillDiscovered(d);
        if (isCancelled())
            return;
    }
    Q_EMIT finished();
}

} // namespace ip
