#include "FakeAnswers.h"

#include "pipeline/JobMatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ip::bench {

namespace {

const QStringList &skillPool()
{
    static const QStringList pool { QStringLiteral("C++"),
                                    QStringLiteral("Qt"),
                                    QStringLiteral("PostgreSQL"),
                                    QStringLiteral("Kubernetes"),
                                    QStringLiteral("Docker"),
                                    QStringLiteral("Python"),
                                    QStringLiteral("Rust"),
                                    QStringLiteral("Go"),
                                    QStringLiteral("TypeScript"),
                                    QStringLiteral("React"),
                                    QStringLiteral("gRPC"),
                                    QStringLiteral("Kafka"),
                                    QStringLiteral("Redis"),
                                    QStringLiteral("Terraform"),
                                    QStringLiteral("AWS Lambda"),
                                    QStringLiteral("Linux"),
                                    QStringLiteral("CMake"),
                                    QStringLiteral("GraphQL"),
                                    QStringLiteral("Elasticsearch"),
                                    QStringLiteral("Spark"),
                                    QStringLiteral("TensorFlow"),
                                    QStringLiteral("PyTorch"),
                                    QStringLiteral("OAuth 2.0"),
                                    QStringLiteral("Distributed tracing"),
                                    QStringLiteral("WebAssembly"),
                                    QStringLiteral("Nginx"),
                                    QStringLiteral("MongoDB"),
                                    QStringLiteral("Java"),
                                    QStringLiteral("Spring Boot"),
                                    QStringLiteral("Swift"),
                                    QStringLiteral("Kotlin"),
                                    QStringLiteral("CUDA"),
                                    QStringLiteral("OpenGL"),
                                    QStringLiteral("Git"),
                                    QStringLiteral("CI/CD pipelines"),
                                    QStringLiteral("Prometheus"),
                                    QStringLiteral("Ansible"),
                                    QStringLiteral("SQLite"),
                                    QStringLiteral("RabbitMQ"),
                                    QStringLiteral("Node.js"),
                                    QStringLiteral("Vue.js"),
                                    QStringLiteral("Snowflake"),
                                    QStringLiteral("Airflow"),
                                    QStringLiteral("Hadoop"),
                                    QStringLiteral("LLVM") };
    return pool;
}

const QStringList &words()
{
    static const QStringList w
        = QStringLiteral(
              "latency throughput consistency isolation replication partitioning scheduler allocator cache eviction "
              "backpressure idempotency serialization schema migration lock contention snapshot index query planner "
              "compaction memory model ownership lifetime concurrency deadlock retry timeout quorum leader election "
              "sharding vectorization pipeline batching streaming checkpoint rollback observability tracing sampling "
              "cardinality fan-out tail trade-off misconception failure mode hot path cold start warm-up fallback")
              .split(QLatin1Char(' '));
    return w;
}

quint32 hashOf(const QString &s)
{
    quint32 h = 2166136261u;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

QString sentence(const QString &skill, quint32 &state, int wordCount)
{
    QStringList out { skill };
    for (int i = 1; i < wordCount; ++i) {
        state = state * 1664525u + 1013904223u;
        out.append(words().at(int((state >> 8) % quint32(words().size()))));
    }
    return out.join(QLatin1Char(' ')) + QLatin1Char('.');
}

QString slug(const QString &skill)
{
    QString s = skill.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return s;
}

const QStringList &questionStems()
{
    static const QStringList stems {
        QStringLiteral("How would you explain the internals of %1 and the trade-offs behind"),
        QStringLiteral("When would you not choose %1, and what would you pick instead given"),
        QStringLiteral("What breaks first in %1 under load, and how would you find out about"),
        QStringLiteral("Which common misconception about %1 have you seen cause a production issue with"),
        QStringLiteral("How do you test and observe %1 in a real system, especially around"),
        QStringLiteral("What changed recently in %1, and how did it affect the way you handle"),
        QStringLiteral("Walk me through a design decision in %1 that you would make differently about"),
        QStringLiteral("How does %1 behave at its limits, and what patterns keep it healthy for"),
    };
    return stems;
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QString toString(CallKind kind)
{
    switch (kind) {
    case CallKind::Skills: return QStringLiteral("skills");
    case CallKind::Discovery: return QStringLiteral("discovery");
    case CallKind::Questions: return QStringLiteral("questions");
    case CallKind::Other: break;
    }
    return QStringLiteral("other");
}

CallKind classifyPrompt(bool gemini, bool googleSearch, const QString &userText)
{
    if (gemini)
        return googleSearch ? CallKind::Discovery : CallKind::Other;
    if (userText.contains(QLatin1String("<resume>")))
        return CallKind::Skills;
    if (userText.contains(QLatin1String("interview questions")))
        return CallKind::Questions;
    return CallKind::Other;
}

QStringList skillsFor(const QString &resumeText, int count)
{
    const QStringList &pool = skillPool();
    const int n = std::clamp(count, 1, int(pool.size()));
    const quint32 h = hashOf(resumeText);
    const int start = int(h % quint32(pool.size()));
    const int step = 1 + 3 * int((h >> 16) % 2); // 1 or 4 (coprime with the pool size): distinct names
    QStringList out;
    // The skills the resume names first, as a real extraction finds them (so the questions prompt
    // carries their resume lines, and the answers quote them), then any others.
    for (int i = 0; out.size() < n && i < int(pool.size()); ++i) {
        const QString &s = pool.at((start + i * step) % int(pool.size()));
        if (!out.contains(s) && resumeShowsSkill(resumeText, s))
            out.append(s);
    }
    for (int i = 0; out.size() < n && i < 4 * int(pool.size()); ++i) {
        const QString &s = pool.at((start + i * step) % int(pool.size()));
        if (!out.contains(s))
            out.append(s);
    }
    for (int i = 0; out.size() < n; ++i)
        if (!out.contains(pool.at(i)))
            out.append(pool.at(i));
    return out;
}

int requestedSkillCount(const QString &userText)
{
    static const QRegularExpression re(QStringLiteral("Pick exactly (\\d+)"));
    const auto m = re.match(userText);
    return m.hasMatch() ? m.captured(1).toInt() : 9;
}

QString skillsAnswer(const QStringList &skills)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject { { QStringLiteral("skills"), QJsonArray::fromStringList(skills) } })
            .toJson(QJsonDocument::Compact));
}

QStringList discoverySkills(const QString &userText)
{
    QStringList out;
    for (const QString &line : userText.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("## ")))
            out.append(t.mid(3).trimmed());
    }
    return out;
}

DiscoveryAnswer discoveryAnswer(const QStringList &skills, int sectionWords)
{
    DiscoveryAnswer a;
    for (const QString &skill : skills) {
        FakeSection section;
        section.skill = skill;
        section.start = a.text.size();
        a.text += QStringLiteral("## ") + skill + QLatin1Char('\n');
        quint32 state = hashOf(skill);
        QStringList sentences;
        int written = 0;
        while (written < sectionWords) {
            const int n = std::min(16, sectionWords - written);
            sentences.append(sentence(skill, state, std::max(2, n)));
            written += std::max(2, n);
        }
        const int source = int(a.sources.size());
        a.sources.append(
            { skill + QStringLiteral(" documentation"), QStringLiteral("https://docs.example.org/") + slug(skill) });
        a.sources.append({ skill + QStringLiteral(" in production"),
                           QStringLiteral("https://engineering.example.com/") + slug(skill) });
        a.citations.append({ sentences.first(), source });
        if (sentences.size() > 1)
            a.citations.append({ sentences.at(1), source + 1 });
        a.text += sentences.join(QLatin1Char(' ')) + QStringLiteral("\n\n");
        section.end = a.text.size();
        a.sections.append(section);
    }
    return a;
}

QStringList questionSkills(const QString &userText)
{
    QStringList out;
    bool inList = false;
    for (const QString &line : userText.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("- "))) {
            inList = true;
            out.append(t.mid(2).trimmed());
        } else if (inList) {
            break; // the list ends at its first other line; research notes follow later
        }
    }
    return out;
}

int requestedQuestionsPerSkill(const QString &userText)
{
    static const QRegularExpression re(QStringLiteral("exactly (\\d+) interview questions"));
    const auto m = re.match(userText);
    return m.hasMatch() ? m.captured(1).toInt() : 8;
}

QHash<QString, SkillContext> questionContexts(const QString &userText)
{
    static const QRegularExpression block(
        QStringLiteral("<(notes|resume_lines) skill=\"([^\"\\n]*)\">\\n(.*?)\\n</\\1>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression sourceLine(QStringLiteral("^\\[\\d+\\] "), QRegularExpression::MultilineOption);
    QHash<QString, SkillContext> out;
    for (auto it = block.globalMatch(userText); it.hasNext();) {
        const auto m = it.next();
        const QString skill = m.captured(2);
        if (!out.contains(skill))
            out.insert(skill, SkillContext { 0, {} });
        SkillContext &c = out[skill];
        if (m.captured(1) == QLatin1String("notes")) {
            for (auto s = sourceLine.globalMatch(m.captured(3)); s.hasNext(); s.next())
                ++c.sources;
        } else {
            c.resumeLines = m.captured(3).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
    }
    return out;
}

namespace {

QString quoted(const QString &text)
{
    return compactJson(QJsonArray { text }).mid(1).chopped(1);
}

// A key point of at most 8 words, about 38 characters, citing source `source` (1-based) unless 0.
QString keyPoint(quint32 &state, int source)
{
    QStringList point;
    int chars = 0;
    while (point.size() < 8 && chars < 34) {
        state = state * 1664525u + 1013904223u;
        const QString &w = words().at(int((state >> 8) % quint32(words().size())));
        point.append(w);
        chars += int(w.size()) + 1;
    }
    point.first()[0] = point.first().at(0).toUpper();
    QString out = point.join(QLatin1Char(' '));
    if (source > 0)
        out += QStringLiteral(" [%1]").arg(source);
    return out;
}

// A resume line about `skill` when the prompt gave none (about 100 characters): not on the resume,
// so the pipeline drops it, but it costs the tokens a real quote costs.
QString madeUpResumeLine(const QString &skill, int n)
{
    return n % 2 == 0
        ? QStringLiteral("Led the %1 rollout for 12 services, cutting p99 latency by 40% and pages by half").arg(skill)
        : QStringLiteral("Owned %1 capacity planning and incident reviews for 3 teams serving 2M requests a day")
              .arg(skill);
}

const char *categoryOfStem(int stem)
{
    static const char *categories[]
        = { "internals", "trade-off", "operations", "concept", "operations", "concept", "design", "internals" };
    return categories[stem % 8];
}

} // namespace

QuestionsAnswer questionsAnswer(const QStringList &skills, int perSkill, int questionTokens,
                                const QHash<QString, SkillContext> &contexts)
{
    const int targetChars = std::max(40, questionTokens * 4);
    QuestionsAnswer a;
    QStringList all;
    QString firstObject;
    for (const QString &skill : skills) {
        const auto known = contexts.constFind(skill);
        const SkillContext context = known != contexts.constEnd() ? *known : SkillContext {};
        const int sources = std::max(0, context.sources);
        // The prompt's resume lines; a skill the simulations do not know gets two made-up lines of a
        // real quote's size. A skill shown without resume lines gets no evidence and no claims (the
        // pipeline drops a question whose quote is not on the resume, as it should).
        QStringList lines = context.resumeLines.mid(0, 2);
        for (int n = 0; known == contexts.constEnd() && lines.size() < 2; ++n)
            lines.append(madeUpResumeLine(skill, n));
        // The last one or two questions ask about resume lines.
        const int projectFrom = std::max(0, perSkill - int(lines.size()));
        QStringList qs;
        quint32 state = hashOf(skill) ^ 0x5bd1e995u;
        for (int i = 0; i < perSkill; ++i) {
            QString q = questionStems().at(i % questionStems().size()).arg(skill);
            while (q.size() < targetChars - 1) {
                state = state * 1664525u + 1013904223u;
                q += QLatin1Char(' ') + words().at(int((state >> 8) % quint32(words().size())));
            }
            q = q.left(targetChars - 1) + QLatin1Char('?');
            const bool project = i >= projectFrom;
            QStringList points;
            for (int k = 0; k < 3 && context.keyPoints; ++k)
                points.append(quoted(keyPoint(state, k == 1 ? 0 : std::min(sources, k == 0 ? 1 : 2))));
            const QString keyPoints = context.keyPoints
                ? QStringLiteral("\"key_points\":[%1],").arg(points.join(QLatin1Char(',')))
                : QString();
            const QString evidence = project ? lines.at(i - projectFrom) : QString();
            if (project)
                ++a.evidence;
            qs.append(QStringLiteral("{\"question\":%1,\"difficulty\":%2,\"category\":\"%3\",%4\"evidence\":%5}")
                          .arg(quoted(q), QString::number(1 + i * 3 / std::max(1, perSkill)),
                               QLatin1String(project ? "project" : categoryOfStem(i)), keyPoints, quoted(evidence)));
            if (firstObject.isEmpty())
                firstObject = qs.last();
        }
        const QStringList claims = lines;
        a.claims += int(claims.size());
        // "skill" before "questions", as the prompt's example shows and models write it (a JSON
        // document would sort the keys).
        all.append(QStringLiteral("{\"skill\":%1,\"questions\":[%2],\"claims\":%3}")
                       .arg(quoted(skill), qs.join(QLatin1Char(',')), compactJson(QJsonArray::fromStringList(claims))));
    }
    a.text = QStringLiteral("{\"all_questions\":[%1]}").arg(all.join(QLatin1Char(',')));
    const qsizetype at = firstObject.isEmpty() ? -1 : a.text.indexOf(firstObject);
    if (at >= 0) {
        a.firstQuestionStart = at;
        a.firstQuestionEnd = at + firstObject.size();
    }
    return a;
}

QStringList cutText(const QString &text, int chars)
{
    QStringList out;
    const int step = std::max(1, chars);
    for (qsizetype i = 0; i < text.size(); i += step)
        out.append(text.mid(i, step));
    if (out.isEmpty())
        out.append(QString());
    return out;
}

} // namespace ip::bench
