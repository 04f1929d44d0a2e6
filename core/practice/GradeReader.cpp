#include "practice/GradeReader.h"

#include "pipeline/ResumeEvidence.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace ip {

namespace {

// Sentences for people (translated in the "GradeReader" context).
struct GradeText
{
    Q_DECLARE_TR_FUNCTIONS(GradeReader)
};

QString capped(const QString &text, qsizetype maxChars)
{
    QString t = text.trimmed();
    if (t.size() > maxChars)
        t = t.left(maxChars).trimmed() + QChar(0x2026);
    return t;
}

// A whole number, or nullopt (a string, a fraction, anything else).
std::optional<int> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != std::floor(d) || std::abs(d) > double(std::numeric_limits<int>::max()))
        return std::nullopt;
    return int(d);
}

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return QStringLiteral("\"%1\"").arg(v.toString().left(40));
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    return v.isArray() ? QStringLiteral("a list") : QStringLiteral("an object");
}

Result<int, QString> readScore(const QJsonObject &o, const QString &name)
{
    using R = Result<int, QString>;
    if (!o.contains(name))
        return R::fail(GradeText::tr("The grade gave no \"%1\" score.").arg(name));
    const QJsonValue v = o.value(name);
    const auto n = wholeNumber(v);
    if (!n)
        return R::fail(GradeText::tr("The grade gave \"%1\" a score of %2, which is not a whole number from %3 to %4.")
                           .arg(name, shown(v))
                           .arg(kMinScore)
                           .arg(kMaxScore));
    if (*n < kMinScore || *n > kMaxScore)
        return R::fail(GradeText::tr("The grade gave \"%1\" a score of %2; scores go from %3 to %4.")
                           .arg(name)
                           .arg(*n)
                           .arg(kMinScore)
                           .arg(kMaxScore));
    return R::ok(*n);
}

// The text field `name`, or nullopt with `error` saying what is wrong.
std::optional<QString> readText(const QJsonObject &o, const QString &name, QString &error)
{
    if (!o.contains(name)) {
        error = GradeText::tr("The grade has no \"%1\".").arg(name);
        return std::nullopt;
    }
    if (!o.value(name).isString()) {
        error = GradeText::tr("The grade's \"%1\" is %2, not text.").arg(name, shown(o.value(name)));
        return std::nullopt;
    }
    return o.value(name).toString();
}

// Numbers as a stronger answer states them: "40%", "3x", "2019", "1.5M", "10,000". A digit run glued
// to a letter before it is part of a name ("S3", "EC2", "IPv6", "k8s"), not a figure.
const QRegularExpression &statedNumber()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\p{L}\p{N}_.,])(\d+(?:[.,]\d+)*)([%xX]|[kKmMbB]\b)?)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Every digit run anywhere in the texts (also inside names: what the sources give may be counted).
QSet<QString> numbersIn(const QStringList &texts)
{
    static const QRegularExpression any(QStringLiteral(R"(\d+(?:[.,]\d+)*)"));
    QSet<QString> out;
    for (const QString &t : texts) {
        auto it = any.globalMatch(t);
        while (it.hasNext()) {
            QString n = it.next().captured(0);
            out.insert(n);
            out.insert(n.remove(QLatin1Char(',')));
        }
    }
    return out;
}

// Why the stronger answer must be withheld (a quote the resume lines do not have, a number nothing
// given states), or empty; `quotes` gets the resume's text of each quote found.
QString strongerProblem(const QString &stronger, const QStringList &rawQuotes, const GradeInput &input,
                        QStringList &quotes)
{
    const ResumeQuotes resume(input.resumeLines.join(QLatin1Char('\n')));
    for (const QString &raw : rawQuotes) {
        const QString q = capped(raw, grade_limits::kQuoteChars);
        if (q.isEmpty())
            continue;
        const auto found = resume.find(q);
        if (!found)
            return GradeText::tr("It quotes \"%1\", which the resume lines do not say.").arg(q);
        if (!quotes.contains(*found) && quotes.size() < grade_limits::kMaxQuotes)
            quotes.append(*found);
    }
    QStringList given = input.resumeLines;
    given << input.notes << input.question << input.answer << input.previousQuestion << input.previousAnswer;
    for (const KeyPoint &p : input.rubric)
        given.append(p.text);
    QSet<QString> known = numbersIn(given);
    // "[2]": the notes' source numbers; "1." a point of the rubric.
    for (qsizetype i = 1; i <= std::max(input.sources.size(), input.rubric.size()); ++i)
        known.insert(QString::number(i));
    auto it = statedNumber().globalMatch(stronger);
    while (it.hasNext()) {
        const auto m = it.next();
        QString n = m.captured(1);
        if (known.contains(n) || known.contains(n.remove(QLatin1Char(','))))
            continue;
        return GradeText::tr("It gives the number \"%1\", which neither the resume lines, the notes, the question "
                             "nor your answer gives.")
            .arg(m.captured(0));
    }
    return {};
}

} // namespace

Result<PracticeGrade, QString> readGrade(const QJsonObject &o, const GradeInput &input)
{
    using R = Result<PracticeGrade, QString>;
    PracticeGrade g;

    const QJsonValue scoresValue = o.value(QStringLiteral("scores"));
    if (!scoresValue.isObject())
        return R::fail(o.contains(QStringLiteral("scores")) ? GradeText::tr("The grade's \"scores\" is not an object.")
                                                            : GradeText::tr("The grade has no \"scores\"."));
    const QJsonObject scores = scoresValue.toObject();
    for (const Criterion c : criteria()) {
        const auto s = readScore(scores, toString(c));
        if (s.isError())
            return R::fail(s.error());
        switch (c) {
        case Criterion::Correct: g.correct = s.value(); break;
        case Criterion::Depth: g.depth = s.value(); break;
        case Criterion::TradeOffs: g.tradeOffs = s.value(); break;
        case Criterion::Clarity: g.clarity = s.value(); break;
        }
    }
    const auto overall = readScore(o, QStringLiteral("overall"));
    if (overall.isError())
        return R::fail(overall.error());
    g.overall = overall.value();

    QString error;
    const auto feedback = readText(o, QStringLiteral("feedback"), error);
    if (!feedback)
        return R::fail(error);
    g.feedback = capped(*feedback, grade_limits::kFeedbackChars);

    // Key points: one verdict per rubric point, each exactly once.
    if (!o.value(QStringLiteral("key_points")).isArray())
        return R::fail(o.contains(QStringLiteral("key_points"))
                           ? GradeText::tr("The grade's \"key_points\" is not a list.")
                           : GradeText::tr("The grade has no \"key_points\"."));
    const qsizetype rubricSize = input.rubric.size();
    QList<std::optional<KeyPointVerdict>> verdicts(rubricSize);
    for (const auto &entry : o.value(QStringLiteral("key_points")).toArray()) {
        const QJsonObject kp = entry.toObject();
        const auto point = wholeNumber(kp.value(QStringLiteral("point")));
        if (!entry.isObject() || !point)
            return R::fail(GradeText::tr("The grade judged a key point without giving its number."));
        if (*point < 1 || *point > rubricSize)
            return R::fail(
                rubricSize == 0
                    ? GradeText::tr("The grade judged key point %1, but the rubric has no key points.").arg(*point)
                    : GradeText::tr("The grade judged key point %1, but the rubric has %n key point(s).", nullptr,
                                    int(rubricSize))
                          .arg(*point));
        const int index = *point - 1;
        if (verdicts.at(index))
            return R::fail(GradeText::tr("The grade judged key point %1 twice.").arg(*point));
        if (!kp.value(QStringLiteral("covered")).isBool())
            return R::fail(GradeText::tr("The grade did not say whether key point %1 is covered.").arg(*point));
        if (!kp.value(QStringLiteral("judgement")).isString())
            return R::fail(GradeText::tr("The grade gave no judgement for key point %1.").arg(*point));
        KeyPointVerdict v;
        v.point = index;
        v.covered = kp.value(QStringLiteral("covered")).toBool();
        v.judgement = capped(kp.value(QStringLiteral("judgement")).toString(), grade_limits::kJudgementChars);
        // A source the skill does not have reads as none (lenient: the verdict itself stands).
        const auto source = wholeNumber(kp.value(QStringLiteral("source")));
        v.source = source && *source >= 1 && *source <= input.sources.size() ? *source - 1 : -1;
        verdicts[index] = v;
    }
    for (qsizetype i = 0; i < rubricSize; ++i) {
        if (!verdicts.at(i))
            return R::fail(GradeText::tr("The grade did not judge key point %1.").arg(i + 1));
        g.keyPoints.append(*verdicts.at(i));
    }

    const auto stronger = readText(o, QStringLiteral("stronger_answer"), error);
    if (!stronger)
        return R::fail(error);
    const QJsonValue quotesValue = o.value(QStringLiteral("resume_quotes"));
    if (!quotesValue.isArray())
        return R::fail(o.contains(QStringLiteral("resume_quotes"))
                           ? GradeText::tr("The grade's \"resume_quotes\" is not a list.")
                           : GradeText::tr("The grade has no \"resume_quotes\"."));
    QStringList rawQuotes;
    for (const auto &q : quotesValue.toArray()) {
        if (!q.isString())
            return R::fail(GradeText::tr("The grade's \"resume_quotes\" holds %1, not text.").arg(shown(q)));
        rawQuotes.append(q.toString());
    }
    const auto followUp = readText(o, QStringLiteral("follow_up"), error);
    if (!followUp)
        return R::fail(error);

    const QString strongerText = capped(*stronger, grade_limits::kStrongerChars);
    if (!strongerText.isEmpty()) {
        QStringList quotes;
        const QString problem = strongerProblem(strongerText, rawQuotes, input, quotes);
        if (problem.isEmpty()) {
            g.strongerAnswer = strongerText;
            g.strongerQuotes = quotes;
        } else {
            g.strongerWithheld = GradeText::tr("The stronger answer was left out. %1").arg(problem);
        }
    }
    if (input.depth < kMaxPracticeDepth)
        g.followUp = capped(*followUp, grade_limits::kFollowUpChars);
    return R::ok(g);
}

QString validateGrade(const QJsonObject &object, const GradeInput &input)
{
    const auto read = readGrade(object, input);
    return read.isError() ? read.error() : QString();
}

bool isDontKnow(const QString &answer)
{
    static const QRegularExpression punctuation(QStringLiteral(R"([\p{P}\p{S}])"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QString t = answer.toCaseFolded();
    t.replace(QChar(0x2019), QString()); // don’t
    t.replace(QLatin1Char('\''), QString()); // don't
    t.replace(punctuation, QStringLiteral(" "));
    t = t.simplified();
    if (t.isEmpty())
        return false;
    static const QSet<QString> phrases {
        QStringLiteral("i dont know"),
        QStringLiteral("i do not know"),
        QStringLiteral("dont know"),
        QStringLiteral("do not know"),
        QStringLiteral("idk"),
        QStringLiteral("no idea"),
        QStringLiteral("i have no idea"),
        QStringLiteral("not sure"),
        QStringLiteral("im not sure"),
        QStringLiteral("i am not sure"),
        QStringLiteral("i dont know sorry"),
        QStringLiteral("sorry i dont know"),
        QStringLiteral("weiß nicht"),
        QStringLiteral("weiss nicht"),
        QStringLiteral("ich weiß nicht"),
        QStringLiteral("ich weiss nicht"),
        QStringLiteral("ich weiß es nicht"),
        QStringLiteral("ich weiss es nicht"),
        QStringLiteral("keine ahnung"),
        QStringLiteral("ich habe keine ahnung"),
        QString::fromUtf8("لا أعرف"),
        QString::fromUtf8("لا اعرف"),
        QString::fromUtf8("انا لا اعرف"),
        QString::fromUtf8("أنا لا أعرف"),
    };
    return phrases.contains(t);
}

PracticeGrade dontKnowGrade(const GradeInput &input)
{
    PracticeGrade g;
    g.dontKnow = true;
    for (qsizetype i = 0; i < input.rubric.size(); ++i)
        g.keyPoints.append(KeyPointVerdict { int(i), false, GradeText::tr("Not answered."), -1 });
    return g;
}

} // namespace ip
