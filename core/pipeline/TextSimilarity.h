#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace ip {

// Small, deterministic text comparisons for names and questions (no model, no dictionary).

// "trained", "training" and "trains" are "train"; "queues" is "queue" (lower-case input).
QString lightStem(QString word);

// The words of `text` that carry its meaning: case-folded, light-stemmed, without common English
// question and function words ("how", "would", "the", …).
QSet<QString> contentWords(const QString &text);

// Two questions that ask the same thing in other words: no name (a word with a capital letter after
// the first word, a digit, '+' or '#': "PostgreSQL", "S3", "C++") is in one and not the other, most
// of the shorter one's content words are in the longer one (at least 80 %) and the two share most of
// their words overall (Jaccard at least 0.6); questions with fewer than three content words are
// only the same when those words are.
bool nearDuplicateQuestions(const QString &a, const QString &b);

// The same with the words worked out once (comparing one question with many).
struct QuestionWords
{
    QSet<QString> content;
    QSet<QString> names;
};
QuestionWords questionWords(const QString &question);
bool nearDuplicateQuestions(const QuestionWords &a, const QuestionWords &b, const QString &textA, const QString &textB);

} // namespace ip
