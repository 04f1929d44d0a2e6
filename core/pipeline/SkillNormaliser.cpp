#include "pipeline/SkillNormaliser.h"

#include <QHash>
#include <QSet>

namespace ip {

namespace {

// Keys (after punctuation removal) that name the same skill as another key.
const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map = {
        { QStringLiteral("js"), QStringLiteral("javascript") },
        { QStringLiteral("ecmascript"), QStringLiteral("javascript") },
        { QStringLiteral("es6"), QStringLiteral("javascript") },
        { QStringLiteral("ts"), QStringLiteral("typescript") },
        { QStringLiteral("k8s"), QStringLiteral("kubernetes") },
        { QStringLiteral("kube"), QStringLiteral("kubernetes") },
        { QStringLiteral("postgres"), QStringLiteral("postgresql") },
        { QStringLiteral("psql"), QStringLiteral("postgresql") },
        { QStringLiteral("pgsql"), QStringLiteral("postgresql") },
        { QStringLiteral("cpp"), QStringLiteral("c++") },
        { QStringLiteral("cplusplus"), QStringLiteral("c++") },
        { QStringLiteral("cxx"), QStringLiteral("c++") },
        { QStringLiteral("csharp"), QStringLiteral("c#") },
        { QStringLiteral("golang"), QStringLiteral("go") },
        { QStringLiteral("py"), QStringLiteral("python") },
        { QStringLiteral("python3"), QStringLiteral("python") },
        { QStringLiteral("reactjs"), QStringLiteral("react") },
        { QStringLiteral("vuejs"), QStringLiteral("vue") },
        { QStringLiteral("nodejs"), QStringLiteral("node") },
        { QStringLiteral("nextjs"), QStringLiteral("next") },
        { QStringLiteral("dotnet"), QStringLiteral("net") },
        { QStringLiteral("mongo"), QStringLiteral("mongodb") },
        { QStringLiteral("amazonwebservices"), QStringLiteral("aws") },
        { QStringLiteral("gcp"), QStringLiteral("googlecloud") },
        { QStringLiteral("googlecloudplatform"), QStringLiteral("googlecloud") },
        { QStringLiteral("msazure"), QStringLiteral("azure") },
        { QStringLiteral("microsoftazure"), QStringLiteral("azure") },
        { QStringLiteral("ml"), QStringLiteral("machinelearning") },
        { QStringLiteral("ci"), QStringLiteral("continuousintegration") },
        { QStringLiteral("cicd"), QStringLiteral("continuousintegrationanddelivery") },
        { QStringLiteral("restapi"), QStringLiteral("rest") },
        { QStringLiteral("restapis"), QStringLiteral("rest") },
        { QStringLiteral("restful"), QStringLiteral("rest") },
        { QStringLiteral("restfulapis"), QStringLiteral("rest") },
        { QStringLiteral("restfulapi"), QStringLiteral("rest") },
        { QStringLiteral("tf"), QStringLiteral("terraform") },
        { QStringLiteral("sklearn"), QStringLiteral("scikitlearn") },
    };
    return map;
}

bool isListMarker(QChar c)
{
    return c == QLatin1Char('-') || c == QLatin1Char('*') || c == QChar(0x2022) || c == QLatin1Char('>');
}

} // namespace

QString cleanSkillName(const QString &raw)
{
    QString s = raw.simplified();
    // Markdown emphasis and code marks anywhere: **React**, `Qt`.
    s.remove(QLatin1String("**"));
    s.remove(QLatin1Char('`'));
    // Leading list markers and numbering: "- ", "* ", "• ", "1. ", "2) ".
    for (;;) {
        const QString before = s;
        while (!s.isEmpty() && isListMarker(s.front()))
            s = s.mid(1).trimmed();
        qsizetype i = 0;
        while (i < s.size() && s.at(i).isDigit())
            ++i;
        if (i > 0 && i < s.size() && (s.at(i) == QLatin1Char('.') || s.at(i) == QLatin1Char(')'))
            && (i + 1 == s.size() || s.at(i + 1).isSpace()))
            s = s.mid(i + 1).trimmed();
        if (s == before)
            break;
    }
    // Surrounding quotes and trailing sentence punctuation.
    static const QString quotes = QStringLiteral("\"'\u201C\u201D\u2018\u2019");
    while (!s.isEmpty() && quotes.contains(s.front()))
        s = s.mid(1);
    while (!s.isEmpty()
           && (quotes.contains(s.back()) || s.back() == QLatin1Char('.') || s.back() == QLatin1Char(',')
               || s.back() == QLatin1Char(';') || s.back() == QLatin1Char(':') || s.back() == QLatin1Char('*')))
        s.chop(1);
    return s.trimmed();
}

QString skillKey(const QString &name)
{
    const QString cleaned = cleanSkillName(name).toCaseFolded();
    QString key;
    key.reserve(cleaned.size());
    for (const QChar c : cleaned) {
        if (c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('#'))
            key.append(c);
        else if (c == QLatin1Char('&'))
            key.append(QLatin1String("and"));
    }
    return aliases().value(key, key);
}

QStringList normaliseSkills(const QStringList &raw, int maxCount)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &r : raw) {
        const QString name = cleanSkillName(r);
        const QString key = skillKey(name);
        if (name.isEmpty() || key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        out.append(name);
        if (maxCount > 0 && out.size() >= maxCount)
            break;
    }
    return out;
}

namespace {

// Case-folded words with aliases applied: "Kubernetes (K8s)" → [kubernetes, kubernetes].
QStringList skillWords(const QString &name)
{
    const QString cleaned = cleanSkillName(name).toCaseFolded();
    QStringList words;
    QString word;
    for (const QChar c : cleaned) {
        if (c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('#')) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(aliases().value(word, word));
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(aliases().value(word, word));
    return words;
}

// Is `needle` a contiguous run of `haystack`?
bool containsRun(const QStringList &haystack, const QStringList &needle)
{
    if (needle.isEmpty() || needle.size() > haystack.size())
        return false;
    for (qsizetype i = 0; i + needle.size() <= haystack.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < needle.size() && all; ++j)
            all = haystack.at(i + j) == needle.at(j);
        if (all)
            return true;
    }
    return false;
}

} // namespace

int skillMatchStrength(const QString &candidate, const QString &skill)
{
    const QString a = skillKey(candidate);
    const QString b = skillKey(skill);
    if (a.isEmpty() || b.isEmpty())
        return 0;
    if (a == b)
        return 2;
    // Containment by whole words, so "Go" is not found in "Google Cloud".
    const QStringList wa = skillWords(candidate);
    const QStringList wb = skillWords(skill);
    if (containsRun(wa, wb) || containsRun(wb, wa))
        return 1;
    // The skill's whole key as a word of the candidate: "Node.js" in "Node.js runtime" → node.
    if (wa.contains(b) || wb.contains(a))
        return 1;
    return 0;
}

} // namespace ip
