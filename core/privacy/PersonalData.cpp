#include "privacy/PersonalData.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <tuple>

namespace ip::personal {

namespace {

constexpr int kMaxContactLines = 10;
constexpr QChar kMask = QChar(0x0001); // a found span in a line's working copy

QRegularExpression re(const QString &pattern, bool caseInsensitive = false)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, options);
}

// Section headings that end the contact block (English, German, Arabic).
bool isHeading(const QString &line)
{
    static const QRegularExpression heading
        = re(QStringLiteral("^(?:(?:professional |work |relevant )?experience|education|skills|technical skills|"
                            "summary|profile|about me|projects|publications|certifications|awards|languages|"
                            "employment(?: history)?|objective|interests|references|"
                            "berufserfahrung|berufliche erfahrung|ausbildung|studium|kenntnisse|fähigkeiten|"
                            "kompetenzen|projekte|sprachen|profil|zusammenfassung|"
                            "الخبرات?(?: العملية)?|التعليم|المؤهلات|المهارات|الملخص|المشاريع|اللغات)\\s*:?$"),
             true);
    return heading.match(line.trimmed()).hasMatch();
}

// Prose ends the contact block; a long line of contact items ("tel: … | mailto: … | …") does not.
bool isSentence(const QString &line)
{
    const QString t = line.trimmed();
    static const QRegularExpression contactish = re(QStringLiteral("[|•·@]|\b(?:tel|mailto|https?):"), true);
    if (contactish.match(t).hasMatch())
        return false;
    return t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 9
        || (t.endsWith(QLatin1Char('.')) && t.split(QLatin1Char(' ')).size() >= 4);
}

// Words that make a line a job title or a heading rather than a name.
bool hasTitleWord(const QString &line)
{
    static const QRegularExpression title
        = re(QStringLiteral("\\b(?:engineer|developer|manager|architect|scientist|consultant|designer|analyst|lead|"
                            "senior|junior|principal|staff|intern|director|officer|specialist|administrator|"
                            "programmer|researcher|student|resume|résumé|curriculum|vitae|cv|lebenslauf|"
                            "entwickler|ingenieur|berater|welcome|updated|page|contact|kontakt)\\b|"
                            "السيرة|الذاتية|مهندس|مطور|مدير"),
             true);
    return title.match(line).hasMatch();
}

bool isParticle(const QString &word)
{
    static const QSet<QString> particles { QStringLiteral("von"),  QStringLiteral("van"),   QStringLiteral("der"),
                                           QStringLiteral("den"),  QStringLiteral("de"),    QStringLiteral("da"),
                                           QStringLiteral("del"),  QStringLiteral("della"), QStringLiteral("di"),
                                           QStringLiteral("du"),   QStringLiteral("la"),    QStringLiteral("le"),
                                           QStringLiteral("al"),   QStringLiteral("el"),    QStringLiteral("bin"),
                                           QStringLiteral("ibn"),  QStringLiteral("ben"),   QStringLiteral("abu"),
                                           QStringLiteral("ter"),  QStringLiteral("ten"),   QStringLiteral("dos"),
                                           QStringLiteral("das"),  QStringLiteral("zu"),    QStringLiteral("y"),
                                           QStringLiteral("bint"), QStringLiteral("st.") };
    return particles.contains(word.toLower()) || word.startsWith(QLatin1String("al-"))
        || word.startsWith(QLatin1String("el-"));
}

bool isNameWord(const QString &word)
{
    static const QRegularExpression latin = re(QStringLiteral("^(?:\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.)$"));
    static const QRegularExpression arabic = re(QStringLiteral("^[\\x{0600}-\\x{06FF}]{2,}$"));
    return latin.match(word).hasMatch() || arabic.match(word).hasMatch() || isParticle(word);
}

bool readsLikeName(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > 60 || hasTitleWord(t))
        return false;
    static const QRegularExpression forbidden = re(QStringLiteral("[\\d@/:|,;()•·+#]"));
    if (forbidden.match(t).hasMatch())
        return false;
    const QStringList words = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 5)
        return false;
    int real = 0;
    for (const QString &w : words) {
        if (!isNameWord(w))
            return false;
        real += isParticle(w) ? 0 : 1;
    }
    return real >= 2;
}

// Technologies and common words that are never taken as a handle (and whose case-sensitive
// whole-word matches a name part must not be: "Julia", "Ruby", "Swift").
bool isCommonTerm(const QString &word)
{
    static const QSet<QString> terms {
        QStringLiteral("python"), QStringLiteral("java"),      QStringLiteral("go"),         QStringLiteral("rust"),
        QStringLiteral("swift"),  QStringLiteral("ruby"),      QStringLiteral("julia"),      QStringLiteral("scala"),
        QStringLiteral("kotlin"), QStringLiteral("react"),     QStringLiteral("vue"),        QStringLiteral("angular"),
        QStringLiteral("node"),   QStringLiteral("docker"),    QStringLiteral("kubernetes"), QStringLiteral("linux"),
        QStringLiteral("aws"),    QStringLiteral("azure"),     QStringLiteral("gcp"),        QStringLiteral("sql"),
        QStringLiteral("qt"),     QStringLiteral("git"),       QStringLiteral("and"),        QStringLiteral("or"),
        QStringLiteral("the"),    QStringLiteral("email"),     QStringLiteral("phone"),      QStringLiteral("mobile"),
        QStringLiteral("github"), QStringLiteral("linkedin"),  QStringLiteral("homepage"),   QStringLiteral("website"),
        QStringLiteral("remote"), QStringLiteral("available"), QStringLiteral("hybrid"),     QStringLiteral("und"),
        QStringLiteral("oder"),   QStringLiteral("web"),       QStringLiteral("portfolio"),  QStringLiteral("blog"),
    };
    return terms.contains(word.toLower());
}

class Finder
{
public:
    Finder(const QStringList &lines, int contactEnd)
        : m_lines(lines)
        , m_work(lines)
        , m_contactEnd(contactEnd)
    { }

    QList<Found> run()
    {
        for (int i = 0; i < m_work.size(); ++i) {
            const bool contact = i < m_contactEnd;
            emails(i);
            urls(i, contact);
            birthDates(i);
            nationalIds(i);
            phones(i, contact);
            addresses(i, contact);
            if (contact)
                contactLeftovers(i);
        }
        return m_found;
    }

private:
    void add(int line, qsizetype at, qsizetype length, PersonalKind kind)
    {
        QString text = m_lines.at(line).mid(at, length).trimmed();
        while (!text.isEmpty() && QStringLiteral(".,;:)]|").contains(text.back()))
            text.chop(1);
        if (text.size() < 2)
            return;
        for (qsizetype k = at; k < at + length && k < m_work[line].size(); ++k)
            m_work[line][k] = kMask;
        for (const Found &f : std::as_const(m_found))
            if (f.kind == kind && f.text == text)
                return;
        m_found.append(Found { kind, text });
    }

    void each(int line, const QRegularExpression &pattern, PersonalKind kind, int group = 0,
              const std::function<bool(const QString &)> &accept = {})
    {
        auto it = pattern.globalMatch(m_work.at(line));
        QList<std::pair<qsizetype, qsizetype>> spans;
        while (it.hasNext()) {
            const auto m = it.next();
            const QString text = m.captured(group);
            if (text.contains(kMask) || (accept && !accept(text)))
                continue;
            spans.append({ m.capturedStart(group), m.capturedLength(group) });
        }
        for (const auto &[at, length] : spans)
            add(line, at, length, kind);
    }

    void emails(int i)
    {
        static const QRegularExpression email
            = re(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
        each(i, email, PersonalKind::Email);
    }

    void urls(int i, bool contact)
    {
        static const QRegularExpression scheme = re(QStringLiteral("\\b(?:https?://|www\\.)[^\\s<>()\"'|,;•]+"), true);
        static const QRegularExpression profile
            = re(QStringLiteral("\\b(?:[\\w-]+\\.)*(?:linkedin\\.com|github\\.com|gitlab\\.com|bitbucket\\.org|"
                                "twitter\\.com|x\\.com|stackoverflow\\.com|medium\\.com|behance\\.net|"
                                "dribbble\\.com|kaggle\\.com|xing\\.com|orcid\\.org|about\\.me|huggingface\\.co)"
                                "/[^\\s<>()\"'|,;•]+"),
                 true);
        static const QRegularExpression pages
            = re(QStringLiteral("\\b[\\w-]+\\.(?:github|gitlab)\\.io\\b(?:/[^\\s|,;•]*)?"), true);
        static const QRegularExpression bareDomain
            = re(QStringLiteral("(?<![@\\w.])[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:com|net|org|io|dev|me|de|at|ch|"
                                "fr|nl|uk|eu|info|xyz|app|tech|ai|co|page|site|blog|sa|ae|eg|kr|jp|in)\\b"
                                "(?:/[^\\s|,;•]*)?"),
                 true);
        static const QRegularExpression linkedInPath = re(QStringLiteral("(?<!\\S)/in/[\\w-]+/?"));
        each(i, scheme, PersonalKind::Url);
        each(i, profile, PersonalKind::Url);
        each(i, pages, PersonalKind::Url);
        if (contact) {
            each(i, bareDomain, PersonalKind::Url);
            each(i, linkedInPath, PersonalKind::Url);
        }
    }

    void birthDates(int i)
    {
        static const QRegularExpression birth
            = re(QStringLiteral("(?:date of birth|birth ?date|birthday|born(?: on)?|d\\.?o\\.?b\\.?|geburtsdatum|"
                                "geboren(?: am)?|geb\\.|تاريخ الميلاد|مواليد)\\s*[:：-]?\\s*"
                                "(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|"
                                "\\d{1,2}\\.?\\s+\\p{L}+\\.?,?\\s+\\d{4}|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4})"),
                 true);
        each(i, birth, PersonalKind::BirthDate, 1);
    }

    void nationalIds(int i)
    {
        static const QRegularExpression labelled
            = re(QStringLiteral("(?:ssn|social security(?: number| no\\.?)?|passport(?: no\\.?| number| #)?|"
                                "national id(?: number| no\\.?)?|id (?:number|no\\.?)|identity card(?: number)?|"
                                "personalausweis(?:nummer)?|ausweisnummer|reisepass(?:nummer)?|steuer-?id|"
                                "steueridentifikationsnummer|sozialversicherungsnummer|رقم الهوية|الرقم الوطني|"
                                "رقم جواز السفر|الهوية الوطنية)\\s*[:：#-]?\\s*([A-Z0-9][A-Z0-9 ./-]{3,24}[A-Z0-9])"),
                 true);
        static const QRegularExpression ssn = re(QStringLiteral("\\b\\d{3}-\\d{2}-\\d{4}\\b"));
        static const QRegularExpression iban
            = re(QStringLiteral("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b"));
        const auto digits = [](const QString &t) {
            return std::count_if(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); }) >= 4;
        };
        each(i, labelled, PersonalKind::NationalId, 1, digits);
        each(i, ssn, PersonalKind::NationalId);
        each(i, iban, PersonalKind::NationalId);
    }

    void phones(int i, bool contact)
    {
        static const QRegularExpression phone
            = re(QStringLiteral("(?<![\\w+])(?:(?:\\+|00)\\s?\\d{1,3}|\\(\\+?\\d{1,4}\\))?[ \\t./-]*(?:\\(\\d{1,5}\\)[ "
                                "\\t./-]*)?\\d(?:[ \\t./-]?\\(?\\d\\)?){5,16}(?![\\w])"));
        static const QRegularExpression label
            = re(QStringLiteral("(?:tel|phone|mobile|cell|fon|telefon|handy|mobil|whatsapp|هاتف|جوال|موبايل)\\b"
                                "[^\\d+]{0,6}$"),
                 true);
        static const QRegularExpression yearRange = re(QStringLiteral("^\\d{4}\\s*[-/–]\\s*\\d{2,4}$"));
        static const QRegularExpression date
            = re(QStringLiteral("^(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2})$"));
        const QString &work = m_work.at(i);
        auto it = phone.globalMatch(work);
        QList<std::pair<qsizetype, qsizetype>> spans;
        while (it.hasNext()) {
            const auto m = it.next();
            QString text = m.captured(0);
            qsizetype at = m.capturedStart(0);
            // Leading separators belong to the text before.
            while (!text.isEmpty() && QStringLiteral(" \t./-").contains(text.front())) {
                text.remove(0, 1);
                ++at;
            }
            const auto digits = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
            if (digits < 7 || digits > 15 || yearRange.match(text).hasMatch() || date.match(text).hasMatch())
                continue;
            const bool international = text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1String("00"))
                || text.startsWith(QLatin1Char('('));
            // A label just before it ("Tel: ", "Mobil: "); only the last few characters are looked at.
            const qsizetype from = qMax<qsizetype>(0, at - 24);
            const bool labelled = label.match(work.mid(from, at - from)).hasMatch();
            if (international || labelled || contact)
                spans.append({ at, text.size() });
        }
        for (const auto &[at, length] : spans)
            add(i, at, length, PersonalKind::Phone);
    }

    void addresses(int i, bool contact)
    {
        static const QRegularExpression english = re(QStringLiteral(
            "\\b\\d{1,5}[A-Za-z]?\\s+(?:[A-Z][A-Za-z.'-]*\\s+){1,3}(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|"
            "Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Court|Ct\\.?|Way|Place|Pl\\.?|Terrace|Parkway|Pkwy\\.?)"
            "(?=\\W|$)(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|Flat)\\.?\\s*#?\\w+)?"
            "(?:,\\s*[A-Z][A-Za-z .'-]+?(?:,\\s*[A-Z]{2})?(?:\\s+\\d{5}(?:-\\d{4})?)?(?=$|[,;|•]|\\s{2}))?"));
        static const QRegularExpression german = re(QStringLiteral(
            "\\b(?:[A-ZÄÖÜ][\\p{L}-]*?(?:straße|strasse|str\\.|weg|allee|platz|gasse|chaussee|Straße|Strasse|Allee|"
            "Weg|Platz|Gasse)|"
            "(?:[A-ZÄÖÜ][a-zäöüß-]+\\s)+(?:Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Ring|Damm))\\s+\\d{1,4}"
            "\\s?[a-zA-Z]?\\b(?:\\s*,\\s*(?:D-)?\\d{5}\\s+[A-ZÄÖÜ][\\wäöüß-]+(?:\\s+[A-ZÄÖÜ][\\wäöüß-]+)?)?"));
        static const QRegularExpression postcodeCity
            = re(QStringLiteral("\\b(?:D-|A-|CH-)?\\d{4,5}\\s+[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?"));
        static const QRegularExpression arabic
            = re(QStringLiteral("(?:شارع|طريق|حي|ص\\.\\s?ب\\.?|صندوق بريد|عمارة|مبنى)\\s*[^\\n،,|•]{1,40}"
                                "(?:[،,]\\s*[^\\n،,|•\\d]{1,29}[^\\n،,|•\\d\\s](?:\\s+\\d{4,6})?)?"));
        each(i, english, PersonalKind::Address);
        each(i, german, PersonalKind::Address);
        each(i, arabic, PersonalKind::Address);
        if (contact)
            each(i, postcodeCity, PersonalKind::Address);
    }

    // What is left of a contact line once the links, e-mails and phones are found: a place
    // ("Mapo-gu, Seoul, Republic of Korea", "San Francisco, CA") and handles ("@posquit0", the
    // "rendercv" beside an icon).
    void contactLeftovers(int i)
    {
        const QString &work = m_work.at(i);
        if (work.trimmed().isEmpty() || readsLikeName(m_lines.at(i)))
            return;
        const bool hadItems = work.contains(kMask);
        static const QRegularExpression segments = re(QStringLiteral("[^\\x{0001}|•·–—\\t]+"));
        static const QRegularExpression place
            = re(QStringLiteral("^[\\p{L}][\\p{L}.'’ -]*(?:,\\s*[\\p{L}][\\p{L}.'’ -]*)+(?:\\s+\\d{4,6})?$"));
        static const QRegularExpression labelPrefix = re(QStringLiteral("^\\s*[\\p{L} ]{2,20}:\\s*"));
        static const QRegularExpression handle
            = re(QStringLiteral("^@?(?=[a-z0-9_.-]*[a-z])[a-z0-9][a-z0-9_.-]{2,38}$"));
        auto it = segments.globalMatch(work);
        QList<std::tuple<qsizetype, qsizetype, PersonalKind>> spans;
        while (it.hasNext()) {
            const auto m = it.next();
            QString text = m.captured(0);
            qsizetype at = m.capturedStart(0);
            const auto label = labelPrefix.match(text);
            if (label.hasMatch()) {
                at += label.capturedLength();
                text = text.mid(label.capturedLength());
            }
            const QString trimmed = text.trimmed();
            if (trimmed.isEmpty())
                continue;
            // A place: words with commas, before or between the contact items, or a line of its own.
            QString placeText = trimmed;
            if (hadItems) {
                // "San Francisco, CA rendercv rendercv": the place is the part up to its last comma's word.
                static const QRegularExpression leadingPlace
                    = re(QStringLiteral("^[\\p{Lu}][\\p{L}.'’-]*(?:\\s[\\p{Lu}][\\p{L}.'’-]*)*(?:,\\s*[\\p{Lu}][\\p{L}"
                                        ".'’-]*(?:\\s[\\p{Lu}][\\p{L}.'’-]*)*)+"));
                const auto lp = leadingPlace.match(trimmed);
                if (lp.hasMatch())
                    placeText = lp.captured(0);
            }
            const qsizetype offset = at + text.indexOf(trimmed);
            if (place.match(placeText).hasMatch() && placeText.split(QLatin1Char(' ')).size() <= 8
                && !hasTitleWord(placeText)) {
                spans.append({ offset, placeText.size(), PersonalKind::Address });
                if (!hadItems)
                    continue;
            }
            if (!hadItems)
                continue;
            // Handles: single lower-case words beside the links.
            qsizetype from = 0;
            for (const QString &word : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const qsizetype w = trimmed.indexOf(word, from);
                from = w + word.size();
                if (handle.match(word).hasMatch() && !isCommonTerm(word) && !word.endsWith(QLatin1Char(':')))
                    spans.append({ offset + w, word.size(), PersonalKind::Handle });
            }
        }
        for (const auto &[at, length, kind] : spans)
            add(i, at, length, kind);
    }

    const QStringList &m_lines;
    QStringList m_work;
    int m_contactEnd;
    QList<Found> m_found;
};

} // namespace

int contactBlockEnd(const QStringList &lines)
{
    int nonEmpty = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines.at(i).trimmed();
        if (t.isEmpty())
            continue;
        if (isHeading(t) || isSentence(t) || ++nonEmpty > kMaxContactLines)
            return i;
    }
    return int(lines.size());
}

QString findName(const QStringList &lines, int contactEnd)
{
    for (int i = 0; i < contactEnd && i < lines.size(); ++i) {
        // A name may share its line with a title after a separator ("Jane Doe | Engineer").
        const QString first = lines.at(i).split(re(QStringLiteral("[|•·–—]"))).first().trimmed();
        if (readsLikeName(first))
            return first;
    }
    return {};
}

QList<Found> findContactData(const QStringList &lines, int contactEnd)
{
    return Finder(lines, contactEnd).run();
}

} // namespace ip::personal
