#include "pipeline/SendApproval.h"

namespace ip {

void SendApproval::ask(const SentRequest &request, QObject *context, std::function<void()> go)
{
    if (isApproved(request.provider)) {
        QMetaObject::invokeMethod(context, std::move(go), Qt::QueuedConnection);
        return;
    }
    m_held.append({ request.provider, context, std::move(go) });
    if (!m_announced.contains(request.provider)) {
        m_announced.insert(request.provider);
        Q_EMIT approvalNeeded(request);
    }
}

void SendApproval::approve(const QString &provider)
{
    m_approved.insert(provider);
    QList<Held> keep;
    for (Held &held : m_held) {
        if (held.provider != provider) {
            keep.append(std::move(held));
            continue;
        }
        if (QObject *context = held.context.data())
            QMetaObject::invokeMethod(context, std::move(held.go), Qt::QueuedConnection);
    }
    m_held = std::move(keep);
}

void SendApproval::reset()
{
    m_approved.clear();
    m_announced.clear();
    m_held.clear();
}

} // namespace ip
