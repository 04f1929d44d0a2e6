#include "privacy/Redaction.h"

#include "privacy/PersonalData.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ip {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ip::Redaction)
};

constexpr qsizetype kLongestPlaceholder = 16; // "[BIRTH_DATE_12]"

QString prefixOf(PersonalKind kind)
{
    switch (kind) {
    case PersonalKind::Name: return QStringLiteral("NAME");
    case PersonalKind::Email: return QStringLiteral("EMAIL");
    case PersonalKind::Phone: return QStringLiteral("PHONE");
    case PersonalKind::Address: return QStringLiteral("ADDRESS");
    case PersonalKind::Url: return QStringLiteral("LINK");
    case PersonalKind::Handle: return QStringLiteral("HANDLE");
    case PersonalKind::BirthDate: return QStringLiteral("BIRTH_DATE");
    case PersonalKind::NationalId: return QStringLiteral("ID");
    }
    return QStringLiteral("PERSONAL");
}

// Names and handles are replaced only as whole words, and a name's words with any spacing.
QRegularExpression patternFor(const PersonalItem &item)
{
    const bool wholeWord = item.kind == PersonalKind::Name || item.kind == PersonalKind::Handle;
    QStringList parts;
    for (const QString &word : item.text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        parts.append(QRegularExpression::escape(word));
    QString pattern = parts.join(QStringLiteral("\\s+"));
    if (wholeWord)
        pattern = QStringLiteral("(?<![\\w@.])") + pattern + QStringLiteral("(?![\\w])");
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (item.kind == PersonalKind::Email || item.kind == PersonalKind::Url)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, options);
}

} // namespace

QString toString(PersonalKind kind)
{
    switch (kind) {
    case PersonalKind::Name: return QStringLiteral("name");
    case PersonalKind::Email: return QStringLiteral("email");
    case PersonalKind::Phone: return QStringLiteral("phone");
    case PersonalKind::Address: return QStringLiteral("address");
    case PersonalKind::Url: return QStringLiteral("url");
    case PersonalKind::Handle: return QStringLiteral("handle");
    case PersonalKind::BirthDate: return QStringLiteral("birth-date");
    case PersonalKind::NationalId: return QStringLiteral("national-id");
    }
    return {};
}

Redaction::Redaction(QList<PersonalItem> items)
    : m_items(std::move(items))
{
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const PersonalItem &a, const PersonalItem &b) { return a.text.size() > b.text.size(); });
}

int Redaction::count(PersonalKind kind) const
{
    return int(
        std::count_if(m_items.cbegin(), m_items.cend(), [kind](const PersonalItem &i) { return i.kind == kind; }));
}

QString Redaction::apply(const QString &text) const
{
    QString out = text;
    for (const PersonalItem &item : m_items)
        out.replace(patternFor(item), item.placeholder);
    return out;
}

QString Redaction::restore(const QString &text) const
{
    if (!text.contains(QLatin1Char('[')))
        return text;
    QString out = text;
    for (const PersonalItem &item : m_items)
        out.replace(item.placeholder, item.text);
    return out;
}

QString RestoringStream::feed(const QString &piece)
{
    if (!m_redaction || m_redaction->isEmpty())
        return piece;
    QString text = m_pending + piece;
    m_pending.clear();
    // Hold back an unclosed '[' near the end: it may be the start of a placeholder.
    const qsizetype open = text.lastIndexOf(QLatin1Char('['));
    if (open >= 0 && text.indexOf(QLatin1Char(']'), open) < 0 && text.size() - open < kLongestPlaceholder) {
        m_pending = text.mid(open);
        text.truncate(open);
    }
    return m_redaction->restore(text);
}

QString RestoringStream::flush()
{
    const QString rest = std::exchange(m_pending, QString());
    return m_redaction ? m_redaction->restore(rest) : rest;
}

QString describeRedaction(const Redaction &redaction)
{
    QStringList parts;
    if (redaction.count(PersonalKind::Name) > 0)
        parts.append(Tr::tr("your name"));
    const std::pair<PersonalKind, const char *> counted[] = {
        { PersonalKind::Email, QT_TRANSLATE_N_NOOP("ip::Redaction", "%n e-mail address(es)") },
        { PersonalKind::Phone, QT_TRANSLATE_N_NOOP("ip::Redaction", "%n phone number(s)") },
        { PersonalKind::Address, QT_TRANSLATE_N_NOOP("ip::Redaction", "%n address(es)") },
        { PersonalKind::Url, QT_TRANSLATE_N_NOOP("ip::Redaction", "%n link(s)") },
        { PersonalKind::Handle, QT_TRANSLATE_N_NOOP("ip::Redaction", "%n profile name(s)") },
        { PersonalKind::BirthDate, QT_TRANSLATE_NOOP("ip::Redaction", "your date of birth") },
        { PersonalKind::NationalId, QT_TRANSLATE_N_NOOP("ip::Redaction", "%n id number(s)") },
    };
    for (const auto &[kind, text] : counted) {
        const int n = redaction.count(kind);
        if (n > 0)
            parts.append(QCoreApplication::translate("ip::Redaction", text, nullptr, n));
    }
    return parts.join(QStringLiteral(", "));
}

Redaction findPersonalData(const QString &resumeText)
{
    const QStringList lines = resumeText.split(QLatin1Char('\n'));
    const int contactEnd = personal::contactBlockEnd(lines);
    QList<PersonalItem> items;
    QHash<PersonalKind, int> numbers;
    const auto add = [&items, &numbers](PersonalKind kind, const QString &text, const QString &placeholder = {}) {
        for (const PersonalItem &i : std::as_const(items))
            if (i.text == text)
                return;
        items.append(PersonalItem {
            kind, text,
            placeholder.isEmpty() ? QStringLiteral("[%1_%2]").arg(prefixOf(kind)).arg(++numbers[kind]) : placeholder });
    };

    const QString name = personal::findName(lines, contactEnd);
    if (!name.isEmpty()) {
        add(PersonalKind::Name, name, QStringLiteral("[NAME]"));
        // The name's first and last word alone ("Dr. Park", "John"), unless they are particles,
        // initials or technologies ("Julia").
        QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const auto usable = [](const QString &w) {
            static const QRegularExpression word(QStringLiteral("^[\\p{L}'’-]{3,}$"),
                                                 QRegularExpression::UseUnicodePropertiesOption);
            static const QStringList particles { QStringLiteral("von"), QStringLiteral("van"), QStringLiteral("der"),
                                                 QStringLiteral("den"), QStringLiteral("del"), QStringLiteral("bin"),
                                                 QStringLiteral("ibn"), QStringLiteral("ben"), QStringLiteral("abu") };
            static const QStringList terms { QStringLiteral("julia"),  QStringLiteral("ruby"), QStringLiteral("swift"),
                                             QStringLiteral("rust"),   QStringLiteral("java"), QStringLiteral("scala"),
                                             QStringLiteral("python"), QStringLiteral("go") };
            return word.match(w).hasMatch() && !particles.contains(w.toLower()) && !terms.contains(w.toLower());
        };
        if (words.size() >= 3 && usable(words.first()) && usable(words.last()))
            add(PersonalKind::Name, words.first() + QLatin1Char(' ') + words.last(), QStringLiteral("[NAME]"));
        if (usable(words.first()))
            add(PersonalKind::Name, words.first(), QStringLiteral("[FIRST_NAME]"));
        if (words.size() >= 2 && usable(words.last()))
            add(PersonalKind::Name, words.last(), QStringLiteral("[LAST_NAME]"));
    }
    for (const personal::Found &f : personal::findContactData(lines, contactEnd))
        add(f.kind, f.text);
    return Redaction(items);
}

} // namespace ip
