#pragma once

#include "pipeline/BatchScheduler.h"
#include "pipeline/DiscoveryStage.h"
#include "pipeline/GenerationStage.h"
#include "session/RunState.h"

#include <QList>
#include <QPointer>

#include <optional>

namespace ip {

// One batch's journey: discovery (optional) then generation; each batch flows on its own. A skill
// goes to generation as soon as its discovery section is complete (a streamed discovery answer), so
// a batch may be generating while it is still discovering; it is Done when both have ended.
struct BatchRun
{
    using Phase = BatchView::Phase;
    int id = 0; // unique within the run (finds the batch again from the event loop)
    int number = 0; // 1-based, for activity lines
    QList<int> skills;
    Phase phase = Phase::Pending;
    QList<int> ready; // discovered skills not yet handed to generation
    bool regenerate = false;
    std::optional<SkillResult> previous; // regenerate: the result to restore if the new one fails
    // askMore: new questions added to the skill's (no discovery, no cache), avoiding these.
    FollowUp followUp = FollowUp::None;
    QStringList avoid;
    // The result cache was asked for this batch's discovery (each batch's hits are taken in their
    // own turn of the event loop, as answers would arrive: the window stays fluid).
    bool discoveryCacheChecked = false;
    QPointer<DiscoveryStage> discovery;
    QPointer<GenerationStage> generation;

    [[nodiscard]] BatchView view() const { return BatchView { phase, !ready.isEmpty(), !generation.isNull() }; }
};

} // namespace ip
