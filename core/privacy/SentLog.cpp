#include "privacy/SentLog.h"

#include "common/StageName.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace ip {

namespace {

// Messages in the context "ip::SentLog"; lupdate reads Tr::tr() calls under that name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::SentLog)
};

QString roleName(const QString &role)
{
    if (role == QLatin1String("system"))
        return Tr::tr("Instructions (system)");
    if (role == QLatin1String("assistant"))
        return Tr::tr("Earlier answer (assistant)");
    return Tr::tr("Message (user)");
}

} // namespace

qsizetype SentRequest::characters() const
{
    qsizetype n = 0;
    for (const SentMessage &m : messages)
        n += m.content.size();
    return n;
}

QList<TextSpan> placeholderSpans(const QString &text, const QStringList &placeholders)
{
    QList<TextSpan> spans;
    if (placeholders.isEmpty())
        return spans;
    qsizetype at = 0;
    while ((at = text.indexOf(u'[', at)) >= 0) {
        // The longest placeholder that starts here ("[EMAIL_10]" before "[EMAIL_1]" cannot clash:
        // placeholders end with ']', but be exact anyway).
        qsizetype best = 0;
        for (const QString &p : placeholders)
            if (p.size() > best && QStringView(text).mid(at).startsWith(p))
                best = p.size();
        if (best > 0) {
            spans.append({ at, best });
            at += best;
        } else {
            ++at;
        }
    }
    return spans;
}

QStringList placeholdersIn(const QList<SentMessage> &messages, const QStringList &placeholders)
{
    QStringList out;
    for (const QString &p : placeholders)
        if (std::any_of(messages.cbegin(), messages.cend(),
                        [&p](const SentMessage &m) { return m.content.contains(p); }))
            out.append(p);
    return out;
}

QString describeSentRequest(const SentRequest &request)
{
    QStringList parts { stageDisplayName(request.stage) };
    if (!request.model.isEmpty())
        parts.append(request.model);
    return parts.join(QStringLiteral(" · "));
}

QString formatSentRequest(const SentRequest &request)
{
    const QLocale locale;
    QString out = Tr::tr("=== To %1 (%2), %3 characters, %4")
                      .arg(request.provider, describeSentRequest(request), locale.toString(request.characters()),
                           request.at.toUTC().toString(Qt::ISODate));
    out += u'\n';
    if (request.webSearch)
        out += Tr::tr("(the provider searches the web with this request)") + u'\n';
    if (!request.placeholders.isEmpty())
        out += Tr::tr("Kept back, replaced by placeholders: %1").arg(request.placeholders.join(QStringLiteral(", ")))
            + u'\n';
    for (const SentMessage &m : request.messages) {
        out += QStringLiteral("--- ") + roleName(m.role) + u'\n';
        out += m.content;
        if (!m.content.endsWith(u'\n'))
            out += u'\n';
    }
    return out;
}

} // namespace ip
