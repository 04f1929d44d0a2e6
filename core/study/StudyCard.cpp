#include "study/StudyCard.h"

#include "session/Session.h"

#include <QCryptographicHash>
#include <QSet>

namespace ip {

QString cardIdFor(const QString &resumeSha256, const QString &skill, const QString &questionText)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Each part ends with a NUL (never inside the texts' UTF-8), so no two different triples hash alike.
    const auto add = [&hash](const QString &part) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    };
    add(resumeSha256.trimmed().toLower());
    add(skill.simplified().toCaseFolded());
    add(questionText.simplified().toCaseFolded());
    return QString::fromLatin1(hash.result().toHex());
}

QList<StudyCard> cardsFromSession(const Session &session)
{
    QList<StudyCard> cards;
    QSet<QString> seen;
    const RunState &run = session.run;
    for (const SkillResult &skill : run.skills) {
        for (const Question &question : skill.questions) {
            if (question.text.trimmed().isEmpty())
                continue;
            StudyCard card;
            card.id = cardIdFor(run.resumeSha256, skill.name, question.text);
            if (seen.contains(card.id))
                continue;
            seen.insert(card.id);
            card.skill = skill.name;
            card.question = question.text;
            card.keyPoints = question.keyPoints;
            card.sources = skill.sources;
            card.evidence = question.evidence;
            card.resumeSha256 = run.resumeSha256;
            card.sourceFile = run.sourceFile;
            card.runIds = { session.meta.id };
            cards.append(card);
        }
    }
    return cards;
}

} // namespace ip
