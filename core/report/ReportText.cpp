#include "report/ReportText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ip::report {

QString oneLine(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n\\x{2028}\\x{2029}]+\\s*"));
    QString out = text;
    out.replace(breaks, QStringLiteral(" "));
    return out.trimmed();
}

QString displayDate(const QDateTime &when)
{
    if (!when.isValid())
        return QCoreApplication::translate("ip::Report", "unknown");
    return when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString skillTitle(const SkillResult &skill)
{
    const QString name = oneLine(skill.name);
    return name.isEmpty() ? QCoreApplication::translate("ip::Report", "(unnamed skill)") : name;
}

bool skillFailed(const SkillResult &skill)
{
    return skill.state == SkillState::Failed || !skill.error.trimmed().isEmpty();
}

QString skillError(const SkillResult &skill)
{
    const QString error = oneLine(skill.error);
    return error.isEmpty() ? QCoreApplication::translate("ip::Report", "unknown error") : error;
}

QString contextFreeText(const SkillResult &skill)
{
    const QString reason = oneLine(skill.contextReason);
    if (reason.isEmpty())
        return QCoreApplication::translate("ip::Report", "general knowledge — no web sources");
    return QCoreApplication::translate("ip::Report", "general knowledge — no web sources: %1").arg(reason);
}

QString difficultyText(int difficulty)
{
    switch (difficulty) {
    case 1: return QCoreApplication::translate("ip::Report", "foundations");
    case 2: return QCoreApplication::translate("ip::Report", "how it works");
    case 3: return QCoreApplication::translate("ip::Report", "edge cases and trade-offs");
    default: return {};
    }
}

QString difficultyLine(int difficulty)
{
    const QString words = difficultyText(difficulty);
    if (words.isEmpty())
        return {};
    return QCoreApplication::translate("ip::Report", "Difficulty %1 of %2 (%3)")
        .arg(difficulty)
        .arg(kMaxDifficulty)
        .arg(words);
}

QString categoryText(QuestionCategory category)
{
    switch (category) {
    case QuestionCategory::None: return {};
    case QuestionCategory::Concept: return QCoreApplication::translate("ip::Report", "Concept");
    case QuestionCategory::Internals: return QCoreApplication::translate("ip::Report", "Internals");
    case QuestionCategory::Design: return QCoreApplication::translate("ip::Report", "Design");
    case QuestionCategory::Operations: return QCoreApplication::translate("ip::Report", "Debugging & operations");
    case QuestionCategory::TradeOff: return QCoreApplication::translate("ip::Report", "Trade-off");
    case QuestionCategory::Project: return QCoreApplication::translate("ip::Report", "Project deep-dive");
    }
    return {};
}

const Source *keyPointSource(const SkillResult &skill, const KeyPoint &point)
{
    if (point.source < 0 || point.source >= skill.sources.size())
        return nullptr;
    return &skill.sources.at(point.source);
}

bool hasPrintableDetails(const Question &question)
{
    if (!difficultyText(question.difficulty).isEmpty() || question.category != QuestionCategory::None
        || !oneLine(question.evidence).isEmpty())
        return true;
    return std::any_of(question.keyPoints.cbegin(), question.keyPoints.cend(),
                       [](const KeyPoint &point) { return !oneLine(point.text).isEmpty(); });
}

QString evidenceText(const QString &evidence)
{
    return QCoreApplication::translate("ip::Report", "From the resume: “%1”").arg(evidence);
}

QString claimsHeading()
{
    return QCoreApplication::translate("ip::Report", "Claims you must be ready to defend");
}

QString claimsHeadingWithColon()
{
    return QCoreApplication::translate("ip::Report", "Claims you must be ready to defend:");
}

QString noSkillsText()
{
    return QCoreApplication::translate("ip::Report", "No skills were extracted.");
}

QString noQuestionsText()
{
    return QCoreApplication::translate("ip::Report", "no questions generated");
}

QString jobTitle(const RunState &state)
{
    if (!hasJob(state))
        return {};
    static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n\\x{2028}\\x{2029}]"));
    QString line;
    for (const QString &candidate : state.jobText.split(lineBreak)) {
        line = oneLine(candidate).simplified();
        if (!line.isEmpty())
            break;
    }
    // Counted in code points, so a character outside the BMP is never cut in half.
    constexpr qsizetype kMaxChars = 80;
    qsizetype end = 0; // where the first kMaxChars - 1 code points end
    qsizetype points = 0;
    for (qsizetype i = 0; i < line.size(); ++points) {
        if (points == kMaxChars - 1)
            end = i;
        i += (line.at(i).isHighSurrogate() && i + 1 < line.size() && line.at(i + 1).isLowSurrogate()) ? 2 : 1;
    }
    if (points <= kMaxChars)
        return line;
    return line.left(end).trimmed() + QStringLiteral("…");
}

QString gapTitle(const JobGap &gap)
{
    const QString name = oneLine(gap.skill);
    return name.isEmpty() ? QCoreApplication::translate("ip::Report", "(unnamed skill)") : name;
}

bool gapFailed(const JobGap &gap)
{
    return !gap.error.trimmed().isEmpty();
}

QString gapFailedText(const JobGap &gap)
{
    const QString error = oneLine(gap.error);
    return QCoreApplication::translate("ip::Report", "Questions could not be written: %1")
        .arg(error.isEmpty() ? QCoreApplication::translate("ip::Report", "unknown error") : error);
}

QString jobGapsIntroText()
{
    return QCoreApplication::translate("ip::Report",
                                       "Skills the job description asks for that the resume does not show. The "
                                       "questions start from what the resume does show.");
}

} // namespace ip::report

namespace ip::report {

QString escapeMarkdown(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#|~&!");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out += u'\\';
        out += c;
    }
    // Block starts: "- x", "+ x", "= x", "1. x", "1) x" would become a list, a heading underline
    // or an ordered list inside our own numbered list.
    if (!out.isEmpty() && (out.front() == u'-' || out.front() == u'+' || out.front() == u'=')) {
        out.prepend(u'\\');
    } else {
        qsizetype digits = 0;
        while (digits < out.size() && digits < 10 && out.at(digits).isDigit() && out.at(digits).unicode() < 128)
            ++digits;
        const qsizetype next = digits + 1;
        if (digits > 0 && digits < out.size() && (out.at(digits) == u'.' || out.at(digits) == u')')
            && (next == out.size() || out.at(next) == u' ' || out.at(next) == u'\t'))
            out.insert(digits, u'\\');
    }
    return out;
}

QString markdownLinkTarget(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    QString target = QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded));
    target.replace(u'(', QStringLiteral("%28"));
    target.replace(u')', QStringLiteral("%29"));
    target.replace(u' ', QStringLiteral("%20"));
    return target;
}

} // namespace ip::report
