// The "## Skill" section splitter (core/pipeline/SectionSplitter). Input: the first line lists the
// skills separated by '|'; the rest is the model's Markdown answer.

#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "pipeline/SectionSplitter.h"

#include <algorithm>

namespace ip::fuzz {

void fuzzSectionSplitter(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(bytesOf(data, size));
    const qsizetype nl = input.indexOf(QLatin1Char('\n'));
    const QStringList skills = (nl < 0 ? input : input.left(nl)).split(QLatin1Char('|'));
    const QString text = nl < 0 ? QString() : input.mid(nl + 1);

    const QList<std::optional<SkillSection>> sections = splitSkillSections(text, skills);
    IP_FUZZ_CHECK(sections.size() == skills.size());
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (const std::optional<SkillSection> &section : sections) {
        if (!section)
            continue;
        IP_FUZZ_CHECK(section->start >= 0 && section->start < section->end && section->end <= text.size());
        IP_FUZZ_CHECK(!section->text.isEmpty());
        IP_FUZZ_CHECK(!section->heading.isEmpty());
        // The body lies inside the section, which starts at its heading line.
        IP_FUZZ_CHECK(QStringView(text).mid(section->start, section->end - section->start).contains(section->text));
        IP_FUZZ_CHECK(section->start == 0 || text.at(section->start - 1) == QLatin1Char('\n'));
        ranges.append({ section->start, section->end });
    }
    // Sections of different skills never overlap.
    std::sort(ranges.begin(), ranges.end());
    for (qsizetype i = 1; i < ranges.size(); ++i)
        IP_FUZZ_CHECK(ranges.at(i).first >= ranges.at(i - 1).second);
}

} // namespace ip::fuzz
