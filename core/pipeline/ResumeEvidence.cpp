#include "pipeline/ResumeEvidence.h"

#include "pipeline/JobMatch.h"

#include <QRegularExpression>

#include <algorithm>

namespace ip {

namespace {

// One folded character for comparison, or a null QChar for white space (runs collapse to one
// space). Typographic quotes, dashes and bullets compare as their plain forms.
QChar foldChar(QChar c)
{
    switch (c.unicode()) {
    case u'\u2018':
    case u'\u2019':
    case u'\u201A':
    case u'\u2032':
    case u'`': return QChar(u'\'');
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u2033': return QChar(u'"');
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2212': return QChar(u'-');
    case u'\u2022':
    case u'\u25AA':
    case u'\u25CF':
    case u'\u00B7': return QChar(u'*');
    default: break;
    }
    if (c.isSpace())
        return {};
    return c.toCaseFolded();
}

struct Folded
{
    QString text;
    std::vector<qsizetype> origin;
};

Folded fold(const QString &text)
{
    Folded out;
    out.text.reserve(text.size());
    out.origin.reserve(size_t(text.size()));
    bool space = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar f = foldChar(text.at(i));
        if (f.isNull()) {
            space = !out.text.isEmpty();
            continue;
        }
        if (space) {
            out.text.append(QChar(u' '));
            out.origin.push_back(i);
            space = false;
        }
        out.text.append(f);
        out.origin.push_back(i);
    }
    return out;
}

QString withoutWrapping(QString quote)
{
    static const QString marks = QStringLiteral("\"'\u201C\u201D\u2018\u2019\u00AB\u00BB");
    quote = quote.trimmed();
    while (quote.size() >= 2 && marks.contains(quote.front()) && marks.contains(quote.back()))
        quote = quote.mid(1, quote.size() - 2).trimmed();
    if (quote.endsWith(QLatin1Char('.')) && !quote.endsWith(QStringLiteral("..")))
        quote.chop(1);
    // A bullet the model copied along with the line.
    static const QRegularExpression bullet(QStringLiteral(R"(^[-*\x{2022}\x{25AA}\x{25CF}]\s+)"));
    quote.remove(bullet);
    return quote.trimmed();
}

} // namespace

ResumeQuotes::ResumeQuotes(const QString &resumeText)
    : m_original(resumeText)
{
    Folded f = fold(resumeText);
    m_folded = std::move(f.text);
    m_origin = std::move(f.origin);
}

std::optional<QString> ResumeQuotes::find(const QString &quote) const
{
    const QString cleaned = withoutWrapping(quote);
    if (cleaned.size() < kMinQuoteChars || !cleaned.contains(QLatin1Char(' ')))
        return std::nullopt;
    const QString folded = fold(cleaned).text;
    if (folded.isEmpty())
        return std::nullopt;
    const qsizetype at = m_folded.indexOf(folded);
    if (at < 0)
        return std::nullopt;
    const qsizetype from = m_origin[size_t(at)];
    const qsizetype to = m_origin[size_t(at + folded.size() - 1)] + 1;
    return m_original.mid(from, to - from).simplified();
}

ResumeLines::ResumeLines(const QString &resumeText)
{
    // A bullet or a short paragraph is one line; a long paragraph goes by sentences.
    constexpr qsizetype kLongLine = 240;
    static const QRegularExpression sentenceEnd(QStringLiteral(R"((?<=[.!?;])\s+(?=\S))"));
    const auto add = [this](const QString &piece) {
        if (piece.size() < ResumeQuotes::kMinQuoteChars || m_lines.contains(piece))
            return;
        m_lines.append(piece);
        m_words.append(comparableWords(piece));
    };
    for (const QString &raw : resumeText.split(QLatin1Char('\n'))) {
        const QString line = raw.simplified();
        if (line.size() <= kLongLine) {
            add(line);
            continue;
        }
        for (const QString &sentence : line.split(sentenceEnd, Qt::SkipEmptyParts))
            add(sentence.left(kLongLine).trimmed());
    }
}

QStringList ResumeLines::about(const QString &skill, int maxLines, qsizetype maxChars) const
{
    QStringList out;
    const QStringList wanted = distinctiveWords(skill);
    if (maxLines <= 0 || maxChars <= 0 || wanted.isEmpty())
        return out;
    qsizetype used = 0;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QSet<QString> &words = m_words.at(i);
        if (!std::all_of(wanted.cbegin(), wanted.cend(), [&words](const QString &w) { return words.contains(w); }))
            continue;
        if (used + m_lines.at(i).size() > maxChars)
            break;
        out.append(m_lines.at(i));
        used += m_lines.at(i).size();
        if (out.size() >= maxLines)
            break;
    }
    return out;
}

QStringList resumeLinesAbout(const QString &resumeText, const QString &skill, int maxLines, qsizetype maxChars)
{
    return ResumeLines(resumeText).about(skill, maxLines, maxChars);
}

} // namespace ip
