#pragma once

#include "session/RunState.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ip {

// One skill as question generation sees it.
struct GenerationItem
{
    int skillIndex = -1; // into RunState::skills
    QString name;
    QString context; // grounded section text; empty = context-free
    bool contextTrimmed = false; // shortened to fit the token budget
    QList<Source> sources; // the grounded notes' sources, numbered in the prompt
    QStringList resumeLines; // the resume's lines about the skill (resumeLinesAbout), fenced in the prompt
};

// A request for more questions on a skill that has some (InterviewPipeline::askMore).
enum class FollowUp { None, More, Harder };

// One question-generation request's worth of skills: all grounded or all context-free.
struct GenerationJob
{
    QList<GenerationItem> items;
    bool grounded = false;
    bool reask = false; // second request for skills the model left out
    // More questions for one skill: new ones that repeat none of `avoid` (its questions now and in
    // earlier runs of the same resume), or harder ones.
    FollowUp followUp = FollowUp::None;
    QStringList avoid;

    [[nodiscard]] QList<int> skillIndices() const
    {
        QList<int> out;
        for (const auto &i : items)
            out.append(i.skillIndex);
        return out;
    }
};

} // namespace ip
