#pragma once

// What a run sent to the cloud, request by request: the exact text of every message after redaction
// (what the provider received), which provider, model and step it went to, and the placeholders in it
// (so a view can mark them). The window shows it before the first request to each provider when the
// person asks to see it, and afterwards as the run's log; `--show-sent` prints it. Pure value types.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ip {

struct SentMessage
{
    QString role; // "system", "user", "assistant"
    QString content; // as sent (placeholders in place of personal data)
    friend bool operator==(const SentMessage &, const SentMessage &) = default;
};

struct SentRequest
{
    QDateTime at; // when it went out (UTC)
    QString provider; // "Groq", "Gemini", …
    QString model;
    QString stage; // "skills", "discovery", "questions"
    bool webSearch = false; // the provider searches the web with it (Gemini grounding)
    QList<SentMessage> messages;
    QStringList placeholders; // the redaction's placeholders that occur in the messages

    [[nodiscard]] qsizetype characters() const;
    friend bool operator==(const SentRequest &, const SentRequest &) = default;
};

// A placeholder's place in a text: [start, start + length).
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

// Where `placeholders` occur in `text`, in order, not overlapping.
[[nodiscard]] QList<TextSpan> placeholderSpans(const QString &text, const QStringList &placeholders);

// Of `placeholders`, those that occur in any of `messages` (in the order given).
[[nodiscard]] QStringList placeholdersIn(const QList<SentMessage> &messages, const QStringList &placeholders);

// "Questions · openai/gpt-oss-120b" (translated step name).
[[nodiscard]] QString describeSentRequest(const SentRequest &request);

// The request as plain text for people (--show-sent, "Copy"): a header line (what, where, when, how
// many characters), then each message under its role, exactly as sent.
[[nodiscard]] QString formatSentRequest(const SentRequest &request);

} // namespace ip

Q_DECLARE_METATYPE(ip::SentRequest)
