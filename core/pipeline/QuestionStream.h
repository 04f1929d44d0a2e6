#pragma once

// Incremental reading of a streamed question-generation answer: the model's text arrives in deltas
// (cut anywhere: inside a key, a string, an escape, a \u sequence), and each question is reported
// as soon as its JSON string has closed, with the skill of its entry:
//
//   {"all_questions": [{"skill": "Qt", "questions": ["Q1", {"question": "Q2", "difficulty": 2, …}, …]}, …]}
//
// A question is a string (reported when it closes) or an object (reported when the object closes,
// with everything it says: its text, difficulty, category, evidence and key points). Pure (no QObject, no I/O). Text
// before the first '{' (prose, a ```json fence) is skipped, and so is everything after the root object closes.
// Questions of an entry whose "skill" comes after its "questions" are held until the skill is known (or the entry
// closes without one: skill ""). A question string cut off by the end of the stream is never reported. The extractor
// does not validate the JSON: the whole answer is still parsed (and repaired) once the call ends.

#include "pipeline/QuestionAnswers.h"
#include "session/Question.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace ip {

struct StreamedQuestion
{
    int entry = -1; // 0-based index of the all_questions entry
    QString skill; // the entry's "skill" as the model wrote it ("" if it gave none)
    QJsonValue question; // the raw string, or the question's object (not cleaned, not checked)
};

class QuestionStreamExtractor
{
public:
    // Feeds the next piece of the answer's text; returns the questions completed by it, in order.
    [[nodiscard]] QList<StreamedQuestion> feed(QStringView delta);
    // The stream ended: questions still held for a skill that never came are returned (skill "").
    [[nodiscard]] QList<StreamedQuestion> finish();
    // Forgets everything (a new attempt streams the answer from the start).
    void reset();

    // The root object has closed.
    [[nodiscard]] bool isComplete() const { return m_done; }

private:
    enum class Lexer { BeforeRoot, Structure, InString, Escape, Unicode, Done };
    struct Frame
    {
        bool isObject = false;
        bool expectKey = false; // objects: the next string is a key
        QString key; // objects: the key of the value being read
    };

    void onString(QString text, QList<StreamedQuestion> &out);
    void deliver(QJsonValue question, QList<StreamedQuestion> &out);
    void onOpen(bool isObject);
    void onClose(QList<StreamedQuestion> &out);
    [[nodiscard]] bool inEntry() const; // the top frame is an all_questions entry
    [[nodiscard]] bool inQuestions() const; // the top frame is an entry's questions array

    Lexer m_lexer = Lexer::BeforeRoot;
    std::vector<Frame> m_stack;
    QString m_string;
    int m_unicodeDigits = 0;
    char16_t m_unicode = 0;
    bool m_done = false;
    // The raw text of a question object being read (from its '{'), parsed when it closes.
    QString m_capture;
    bool m_capturing = false;

    int m_entry = -1;
    QString m_entrySkill;
    bool m_entryHasSkill = false;
    QList<StreamedQuestion> m_held; // questions of the current entry waiting for its skill
};

// Routes streamed questions to the skills that were asked, as GenerationStage publishes them: an
// entry goes to the asked skill its "skill" matches (normalised exact match first, then
// containment, each asked skill claimed by one entry per attempt; a lone asked skill also takes an
// entry without a skill), questions are read like the whole answer's (AnswerReader), duplicates
// and questions beyond perSkill are dropped. A retry streams the answer again from the start:
// restart() forgets the stream but not what was published, so nothing is published twice.
class QuestionStreamRouter
{
public:
    struct Published
    {
        int askedIndex = -1;
        Question question;
    };

    QuestionStreamRouter(QStringList asked, int perSkill, AnswerReader reader = {});

    [[nodiscard]] QList<Published> feed(QStringView delta);
    [[nodiscard]] QList<Published> finish();
    void restart();

    // What was published for each asked skill, in order.
    [[nodiscard]] const QList<QList<Question>> &published() const { return m_published; }
    [[nodiscard]] int publishedCount() const;
    // The final lists: what was published first, then the whole answer's other questions for that
    // skill (`matched`, one per asked skill as matchAnswers gives), up to perSkill, with the whole
    // answer's claims.
    [[nodiscard]] QList<SkillQuestions> merged(const QList<SkillQuestions> &matched) const;

private:
    [[nodiscard]] QList<Published> route(const QList<StreamedQuestion> &questions);
    [[nodiscard]] int targetFor(const StreamedQuestion &q);

    QStringList m_asked;
    int m_perSkill;
    AnswerReader m_reader;
    QuestionStreamExtractor m_extractor;
    QHash<int, int> m_entryTarget; // entry → asked index (-1: none) in this attempt
    QSet<int> m_claimed; // asked indices claimed in this attempt
    QList<QList<Question>> m_published;
    QList<QSet<QString>> m_seen; // case-folded, per asked skill
};

} // namespace ip
