#pragma once

// Shared by the provider tests (tst_openai_provider, tst_gemini_provider): records everything a
// ChatCall emits, and a fixed RandomSource for deterministic backoff.

#include "common/Clock.h"
#include "net/HttpTransport.h"
#include "providers/ChatProvider.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ip::test {

inline void registerProviderTypes()
{
    qRegisterMetaType<ip::ProviderError>();
    qRegisterMetaType<ip::ChatResponse>();
    qRegisterMetaType<ip::TokenUsage>();
    qRegisterMetaType<ip::ModelInfo>();
    qRegisterMetaType<QList<ip::ModelInfo>>();
    qRegisterMetaType<ip::HttpHeaders>();
    qRegisterMetaType<ip::TransportError>();
}

class FixedRandom final : public RandomSource
{
public:
    explicit FixedRandom(double value)
        : m_value(value)
    { }
    double next() override { return m_value; }

private:
    double m_value;
};

// Everything one call emitted, in order.
struct CallRecorder
{
    explicit CallRecorder(ChatCall *c)
        : call(c)
    {
        QObject::connect(c, &ChatCall::textDelta, c, [this](const QString &d) {
            deltas << d;
            events << QStringLiteral("delta");
        });
        QObject::connect(c, &ChatCall::waiting, c, [this](qint64 ms, const QString &reason) {
            waits << ms;
            waitReasons << reason;
            events << QStringLiteral("waiting");
        });
        QObject::connect(c, &ChatCall::waitOver, c, [this] {
            ++waitOvers;
            events << QStringLiteral("waitOver");
        });
        QObject::connect(c, &ChatCall::retrying, c, [this](int attempt, const ip::ProviderError &cause) {
            retries << attempt;
            retryCauses << cause;
            events << QStringLiteral("retrying");
        });
        QObject::connect(c, &ChatCall::finished, c, [this](const ip::ChatResponse &r) {
            response = r;
            ++finishedCount;
            events << QStringLiteral("finished");
        });
        QObject::connect(c, &ChatCall::failed, c, [this](const ip::ProviderError &e) {
            error = e;
            ++failedCount;
            events << QStringLiteral("failed");
        });
    }
    [[nodiscard]] bool done() const { return finishedCount + failedCount > 0; }
    [[nodiscard]] QString errorKind() const { return toString(error.kind); }

    QPointer<ChatCall> call;
    QStringList deltas;
    QList<qint64> waits;
    QStringList waitReasons;
    QList<int> retries;
    QList<ProviderError> retryCauses;
    QStringList events;
    ChatResponse response;
    ProviderError error;
    int finishedCount = 0;
    int failedCount = 0;
    int waitOvers = 0;
};

inline ChatRequest textRequest(const QString &model, const QString &user = QStringLiteral("Say hello."))
{
    ChatRequest r;
    r.model = model;
    r.messages = { { ChatMessage::Role::System, QStringLiteral("You are terse.") }, { ChatMessage::Role::User, user } };
    r.maxOutputTokens = 256;
    r.tag = QStringLiteral("test");
    return r;
}

} // namespace ip::test
