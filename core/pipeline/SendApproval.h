#pragma once

#include "privacy/SentLog.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

namespace ip {

// "Show me what will be sent first": holds a run's requests to a provider until the person allows
// that provider (once per provider and run). The first request held for a provider is announced by
// approvalNeeded with its exact text; approve() lets it and every later request to that provider go.
// Refusing is cancelling the run (the pipeline's cancel() drops what is held).
class SendApproval : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    [[nodiscard]] bool isApproved(const QString &provider) const { return m_approved.contains(provider); }
    // Runs `go` (from the event loop) once `request.provider` is allowed, at once if it is. Dropped
    // when `context` is destroyed first or on reset().
    void ask(const SentRequest &request, QObject *context, std::function<void()> go);
    void approve(const QString &provider);
    // A new run: nothing approved, nothing held.
    void reset();
    // Requests held now.
    [[nodiscard]] qsizetype heldCount() const { return m_held.size(); }

Q_SIGNALS:
    void approvalNeeded(const ip::SentRequest &request);

private:
    struct Held
    {
        QString provider;
        QPointer<QObject> context;
        std::function<void()> go;
    };
    QSet<QString> m_approved;
    QSet<QString> m_announced;
    QList<Held> m_held;
};

} // namespace ip
