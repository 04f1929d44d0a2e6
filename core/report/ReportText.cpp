#include "report/ReportText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

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

QList<PracticeGroup> practiceGroups(const RunState &state, const QList<PracticeAttempt> &attempts)
{
    QSet<QString> ids;
    QHash<QString, QList<qsizetype>> children; // follow-ups by parent id, in list order
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        const PracticeAttempt &a = attempts.at(i);
        if (!a.id.isEmpty())
            ids.insert(a.id);
        if (!a.parentId.isEmpty() && a.parentId != a.id)
            children[a.parentId].append(i);
    }

    QList<PracticeGroup> groups;
    QHash<QString, qsizetype> groupOf; // by the attempt's skill name as saved
    for (const SkillResult &skill : state.skills) {
        if (groupOf.contains(skill.name))
            continue;
        groupOf.insert(skill.name, groups.size());
        groups.append(PracticeGroup { skillTitle(skill), &skill, {} });
    }
    QSet<qsizetype> printed;
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        const PracticeAttempt &root = attempts.at(i);
        const bool isAnswer = root.parentId.isEmpty() || root.parentId == root.id || !ids.contains(root.parentId);
        if (!isAnswer || printed.contains(i))
            continue;
        qsizetype group = groupOf.value(root.skill, -1);
        if (group < 0) {
            const QString name = oneLine(root.skill);
            group = groups.size();
            groupOf.insert(root.skill, group);
            groups.append(PracticeGroup {
                name.isEmpty() ? QCoreApplication::translate("ip::Report", "(unnamed skill)") : name, nullptr, {} });
        }
        QList<PracticeEntry> &entries = groups[group].entries;
        // Depth first without recursion; each attempt printed once (ids used twice cannot loop).
        QList<std::pair<qsizetype, int>> stack { { i, 0 } };
        QSet<QString> expanded;
        while (!stack.isEmpty()) {
            const auto [index, level] = stack.takeLast();
            if (printed.contains(index))
                continue;
            printed.insert(index);
            const PracticeAttempt &a = attempts.at(index);
            const QList<qsizetype> kids
                = a.id.isEmpty() || expanded.contains(a.id) ? QList<qsizetype>() : children.value(a.id);
            expanded.insert(a.id);
            entries.append(PracticeEntry { &a, level, !kids.isEmpty() });
            for (auto it = kids.crbegin(); it != kids.crend(); ++it)
                stack.append({ *it, level + 1 });
        }
    }
    groups.removeIf([](const PracticeGroup &g) { return g.entries.isEmpty(); });
    return groups;
}

QString scoresLine(const PracticeGrade &grade)
{
    return QCoreApplication::translate("ip::Report",
                                       "Correct %1 · Depth %2 · Trade-offs %3 · Clarity %4 · Overall %5/%6")
        .arg(grade.correct)
        .arg(grade.depth)
        .arg(grade.tradeOffs)
        .arg(grade.clarity)
        .arg(grade.overall)
        .arg(kMaxScore);
}

const KeyPoint *verdictPoint(const PracticeAttempt &attempt, const KeyPointVerdict &verdict)
{
    if (verdict.point < 0 || verdict.point >= attempt.rubric.size())
        return nullptr;
    return &attempt.rubric.at(verdict.point);
}

const Source *verdictSource(const SkillResult *skill, const PracticeAttempt &attempt, const KeyPointVerdict &verdict)
{
    if (skill == nullptr)
        return nullptr;
    if (const KeyPoint *point = verdictPoint(attempt, verdict))
        if (const Source *source = keyPointSource(*skill, *point))
            return source;
    return keyPointSource(*skill, KeyPoint { {}, verdict.source });
}

QString practiceHeading()
{
    return QCoreApplication::translate("ip::Report", "Practice");
}

QString notGradedText(const PracticeAttempt &attempt)
{
    const QString error = oneLine(attempt.error);
    if (error.isEmpty())
        return QCoreApplication::translate("ip::Report", "Not graded");
    return QCoreApplication::translate("ip::Report", "Not graded: %1").arg(error);
}

QString followUpTitle(const QString &question)
{
    return QCoreApplication::translate("ip::Report", "Follow-up: %1").arg(question);
}

QString coveredHeading()
{
    return QCoreApplication::translate("ip::Report", "Covered");
}

QString missedHeading()
{
    return QCoreApplication::translate("ip::Report", "Missed");
}

QString feedbackLabel()
{
    return QCoreApplication::translate("ip::Report", "Feedback:");
}

QString strongerAnswerHeading()
{
    return QCoreApplication::translate("ip::Report", "Stronger answer");
}

QString strongerWithheldText(const QString &reason)
{
    const QString line = oneLine(reason);
    return QCoreApplication::translate("ip::Report", "Stronger answer withheld: %1")
        .arg(line.isEmpty() ? QCoreApplication::translate("ip::Report", "no reason given") : line);
}

QString nextFollowUpLabel()
{
    return QCoreApplication::translate("ip::Report", "Follow-up question:");
}

QString dontKnowText()
{
    return QCoreApplication::translate("ip::Report", "You said you did not know.");
}

QStringList paragraphLines(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|[\\r\\n\\x{2028}\\x{2029}]"));
    QStringList out;
    for (const QString &raw : text.split(lineBreak)) {
        const QString line = raw.trimmed();
        if (line.isEmpty() && (out.isEmpty() || out.back().isEmpty()))
            continue;
        out.append(line);
    }
    while (!out.isEmpty() && out.back().isEmpty())
        out.removeLast();
    return out;
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
