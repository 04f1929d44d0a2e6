#pragma once

// What a run keeps from a cloud model: the resume's personal data (name, e-mail addresses, phone
// numbers, postal addresses, profile and personal links, handles, date of birth, id numbers) is
// replaced by stable placeholders ("[NAME]", "[EMAIL_1]", …) in everything sent, and the
// placeholders that come back in answers are replaced by the originals again in what the window
// and the reports show. Employers, schools, technologies and the numbers that describe the work stay.
// Pure value types and functions: the pipeline applies one Redaction to every cloud-bound request.

#include <QList>
#include <QMetaType>
#include <QString>

namespace ip {

enum class PersonalKind { Name, Email, Phone, Address, Url, Handle, BirthDate, NationalId };

// "name", "email", "phone", "address", "url", "handle", "birth-date", "national-id"
[[nodiscard]] QString toString(PersonalKind kind);

struct PersonalItem
{
    PersonalKind kind = PersonalKind::Name;
    QString text; // as it stands in the resume text
    QString placeholder; // "[EMAIL_1]"
    friend bool operator==(const PersonalItem &, const PersonalItem &) = default;
};

class Redaction
{
public:
    Redaction() = default;
    explicit Redaction(QList<PersonalItem> items);

    [[nodiscard]] const QList<PersonalItem> &items() const { return m_items; }
    [[nodiscard]] bool isEmpty() const { return m_items.isEmpty(); }
    [[nodiscard]] int count(PersonalKind kind) const;

    // `text` with every item replaced by its placeholder (longest items first; names and handles only
    // as whole words).
    [[nodiscard]] QString apply(const QString &text) const;
    // `text` with every placeholder replaced by its item (what the model wrote back).
    [[nodiscard]] QString restore(const QString &text) const;

    friend bool operator==(const Redaction &, const Redaction &) = default;

private:
    QList<PersonalItem> m_items; // longest text first
};

// Puts placeholders back in streamed text, whose pieces may cut a placeholder in two ("[NA" + "ME]"):
// text from a '[' that may still become a placeholder is held until the next piece (or flush()).
class RestoringStream
{
public:
    explicit RestoringStream(const Redaction *redaction = nullptr)
        : m_redaction(redaction)
    { }
    [[nodiscard]] QString feed(const QString &piece);
    [[nodiscard]] QString flush();
    void reset() { m_pending.clear(); }

private:
    const Redaction *m_redaction;
    QString m_pending;
};

// "your name, 2 e-mail addresses, 1 phone number, 3 links" (empty when nothing was found).
[[nodiscard]] QString describeRedaction(const Redaction &redaction);

// The personal data of a resume (text as the loader normalised it). Deterministic and local:
// patterns (e-mail, links, phone numbers, dates of birth and ids after their labels, street
// addresses in English, German and Arabic) plus the resume's own structure (the contact block at the
// top: the name is its first line that reads like a name; links, handles and the location there).
[[nodiscard]] Redaction findPersonalData(const QString &resumeText);

} // namespace ip

Q_DECLARE_METATYPE(ip::Redaction)
