#include "pipeline/Prompts.h"

#include "pipeline/PipelineLog.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

namespace ip {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\$\{([A-Za-z_][A-Za-z0-9_]*)\})"));
    return re;
}

} // namespace

QStringList PromptTemplate::placeholders() const
{
    QStringList out;
    for (const QString *part : { &system, &user }) {
        auto it = placeholderPattern().globalMatch(*part);
        while (it.hasNext()) {
            const QString n = it.next().captured(1);
            if (!out.contains(n))
                out.append(n);
        }
    }
    return out;
}

Result<PromptTemplate, QString> parsePromptTemplate(const QString &name, const QString &fileText)
{
    using R = Result<PromptTemplate, QString>;
    PromptTemplate t;
    t.name = name;
    QString text = fileText;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));

    enum class Part { Header, System, User } part = Part::Header;
    QStringList system, user;
    bool haveVersion = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("--- "))) {
            const QString which = line.mid(4).trimmed();
            if (which == QLatin1String("system"))
                part = Part::System;
            else if (which == QLatin1String("user"))
                part = Part::User;
            else
                return R::fail(QStringLiteral("prompt %1: unknown section '%2'").arg(name, which));
            continue;
        }
        switch (part) {
        case Part::Header: {
            const QString l = line.trimmed();
            if (l.isEmpty() || l.startsWith(QLatin1Char('#')))
                break;
            const qsizetype colon = l.indexOf(QLatin1Char(':'));
            if (colon < 0)
                return R::fail(QStringLiteral("prompt %1: bad header line '%2'").arg(name, l));
            const QString key = l.left(colon).trimmed();
            const QString value = l.mid(colon + 1).trimmed();
            if (key == QLatin1String("version")) {
                bool ok = false;
                t.version = value.toInt(&ok);
                if (!ok || t.version <= 0)
                    return R::fail(QStringLiteral("prompt %1: bad version '%2'").arg(name, value));
                haveVersion = true;
            }
            break;
        }
        case Part::System: system.append(line); break;
        case Part::User: user.append(line); break;
        }
    }
    if (!haveVersion)
        return R::fail(QStringLiteral("prompt %1: no 'version: N' header").arg(name));
    t.system = system.join(QLatin1Char('\n')).trimmed();
    t.user = user.join(QLatin1Char('\n')).trimmed();
    if (t.user.isEmpty())
        return R::fail(QStringLiteral("prompt %1: empty user section").arg(name));
    return R::ok(t);
}

Result<PromptTemplate, QString> loadPrompt(const QString &name)
{
    using R = Result<PromptTemplate, QString>;
    static QMutex mutex;
    static QHash<QString, PromptTemplate> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(name); it != cache.constEnd())
        return R::ok(*it);

    QFile file(QStringLiteral(":/prompts/%1.txt").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return R::fail(QStringLiteral("prompt %1: resource not found").arg(name));
    auto parsed = parsePromptTemplate(name, QString::fromUtf8(file.readAll()));
    if (parsed.isOk())
        cache.insert(name, parsed.value());
    else
        qCWarning(lcPipeline) << parsed.error();
    return parsed;
}

QString renderTemplate(const QString &text, const PromptVars &vars)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append(QStringView(text).mid(last, m.capturedStart() - last));
        const auto v = vars.constFind(m.captured(1));
        if (v != vars.constEnd()) {
            out.append(*v);
        } else {
            qCWarning(lcPipeline) << "prompt placeholder without a value:" << m.captured(1);
            out.append(m.captured(0));
        }
        last = m.capturedEnd();
    }
    out.append(QStringView(text).mid(last));
    return out;
}

QStringList pipelinePromptNames()
{
    return { QStringLiteral("extract_skills"),          QStringLiteral("discover_sources"),
             QStringLiteral("discover_sources_simple"), QStringLiteral("questions_grounded"),
             QStringLiteral("questions_context_free"),  QStringLiteral("extract_skills_job"),
             QStringLiteral("questions_job_gaps") };
}

} // namespace ip
