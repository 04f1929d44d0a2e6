#include "DeckSheet.h"

namespace ip {

StudySheet sheetFromCards(const QList<StudyCard> &cards, const QString &title, const QString &subtitle)
{
    StudySheet sheet;
    sheet.title = title;
    sheet.subtitle = subtitle;
    for (const StudyCard &card : cards) {
        auto skill = std::find_if(sheet.skills.begin(), sheet.skills.end(), [&card](const SheetSkill &s) {
            return s.name.compare(card.skill, Qt::CaseInsensitive) == 0;
        });
        if (skill == sheet.skills.end()) {
            sheet.skills.append(SheetSkill { card.skill, {}, {}, false });
            skill = std::prev(sheet.skills.end());
        }
        if (!card.sources.isEmpty())
            skill->grounded = true;
        SheetQuestion question;
        question.text = card.question;
        question.evidence = card.evidence;
        for (KeyPoint point : card.keyPoints) {
            if (point.source >= 0 && point.source < card.sources.size()) {
                const Source &source = card.sources.at(point.source);
                qsizetype at = skill->sources.indexOf(source);
                if (at < 0) {
                    skill->sources.append(source);
                    at = skill->sources.size() - 1;
                }
                point.source = int(at);
            } else {
                point.source = -1;
            }
            question.keyPoints.append(point);
        }
        for (const Source &source : card.sources)
            if (!skill->sources.contains(source))
                skill->sources.append(source);
        skill->questions.append(question);
    }
    return sheet;
}

} // namespace ip
