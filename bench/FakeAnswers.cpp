#include "FakeAnswers.h"

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

QuestionsAnswer questionsAnswer(const QStringList &skills, int perSkill, int questionTokens)
{
    const int targetChars = std::max(40, questionTokens * 4);
    QStringList all;
    for (const QString &skill : skills) {
        QStringList qs;
        quint32 state = hashOf(skill) ^ 0x5bd1e995u;
        for (int i = 0; i < perSkill; ++i) {
            QString q = questionStems().at(i % questionStems().size()).arg(skill);
            while (q.size() < targetChars - 1) {
                state = state * 1664525u + 1013904223u;
                q += QLatin1Char(' ') + words().at(int((state >> 8) % quint32(words().size())));
            }
            q = q.left(targetChars - 1) + QLatin1Char('?');
            qs.append(q);
        }
        // "skill" before "questions", as the prompt's example shows and models write it (a JSON
        // document would sort the keys).
        all.append(
            QStringLiteral("{\"skill\":%1,\"questions\":%2}")
                .arg(compactJson(QJsonArray { skill }).mid(1).chopped(1), compactJson(QJsonArray::fromStringList(qs))));
    }
    QuestionsAnswer a;
    a.text = QStringLiteral("{\"all_questions\":[%1]}").arg(all.join(QLatin1Char(',')));
    const qsizetype at = a.text.indexOf(QLatin1String("\"questions\":[\""));
    if (at >= 0) {
        a.firstQuestionStart = at + 14;
        a.firstQuestionEnd = a.text.indexOf(QLatin1Char('"'), a.firstQuestionStart);
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
