#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ip {

// What a model quotes from the resume is checked against the resume's own text (as the loader
// normalised it): a quote is kept only when it is found there, and what is kept is the resume's
// text, not the model's copy. Pure and deterministic (no QObject, no I/O).
class ResumeQuotes
{
public:
    ResumeQuotes() = default; // no resume: nothing is ever found
    explicit ResumeQuotes(const QString &resumeText);

    // The resume's text for `quote`, or nullopt when the resume does not contain it. The comparison
    // ignores case, runs of white space and the typography of quotes, dashes and bullets; quote
    // marks around the whole quote and a final full stop are not part of it. A quote shorter than
    // kMinQuoteChars or of one word is never found (it would prove nothing).
    [[nodiscard]] std::optional<QString> find(const QString &quote) const;

    static constexpr int kMinQuoteChars = 12;

private:
    QString m_original;
    QString m_folded; // m_original folded as find() compares
    std::vector<qsizetype> m_origin; // m_folded[i] came from m_original[m_origin[i]]
};

// The resume cut into lines (a line longer than a bullet into sentences), each with its words as the
// job match compares them: worked out once per run, asked once per skill.
class ResumeLines
{
public:
    ResumeLines() = default;
    explicit ResumeLines(const QString &resumeText);

    // The lines that name `skill` (every distinctive word of its name), in the resume's order, cut to
    // at most `maxLines` lines and `maxChars` characters: what question generation is shown of the
    // resume for that skill. Empty when the skill's name has no distinctive word.
    [[nodiscard]] QStringList about(const QString &skill, int maxLines, qsizetype maxChars) const;
    [[nodiscard]] bool isEmpty() const { return m_lines.isEmpty(); }

private:
    QStringList m_lines;
    QList<QSet<QString>> m_words;
};

// ResumeLines(resumeText).about(skill, maxLines, maxChars).
QStringList resumeLinesAbout(const QString &resumeText, const QString &skill, int maxLines, qsizetype maxChars);

} // namespace ip
