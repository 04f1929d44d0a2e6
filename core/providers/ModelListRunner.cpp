#include "providers/ModelListRunner.h"

#include <algorithm>

namespace ip {

namespace {
constexpr int kMaxPages = 10;
constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;
} // namespace

ModelListRunner::ModelListRunner(HttpTransport *transport, WireFormat format, QString provider, RequestFor requestFor,
                                 Parse parse, QObject *parent)
    : ModelListCall(parent)
    , m_transport(transport)
    , m_format(format)
    , m_provider(std::move(provider))
    , m_requestFor(std::move(requestFor))
    , m_parse(std::move(parse))
{
    QMetaObject::invokeMethod(
        this, [this] { fetch(QString()); }, Qt::QueuedConnection);
}

ModelListRunner::~ModelListRunner()
{
    m_ended = true;
    end();
}

void ModelListRunner::failEarly(const ProviderError &error)
{
    m_ended = true; // the queued fetch does nothing
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
}

void ModelListRunner::fetch(const QString &pageToken)
{
    if (m_ended)
        return;
    ++m_pages;
    m_body.clear();
    const HttpRequest request = m_requestFor(pageToken);
    m_url = request.url;
    HttpReply *reply = m_transport->send(request, this);
    m_reply = reply;
    connect(reply, &HttpReply::dataReceived, this, [this](const QByteArray &chunk) {
        if (m_body.size() + chunk.size() <= kMaxBodyBytes)
            m_body.append(chunk);
    });
    connect(reply, &HttpReply::finished, this, &ModelListRunner::finishPage);
    connect(reply, &HttpReply::failed, this, [this](const TransportError &error) {
        if (m_ended)
            return;
        m_ended = true;
        end();
        Q_EMIT failed(classifyTransportError(m_provider, error, m_url));
    });
}

void ModelListRunner::finishPage()
{
    if (m_ended || !m_reply)
        return;
    const int status = m_reply->status();
    const HttpHeaders headers = m_reply->headers();
    end();
    if (status < 200 || status >= 300) {
        m_ended = true;
        Q_EMIT failed(classifyHttpError(m_format, m_provider, status, headers, m_body));
        return;
    }
    QString next;
    auto page = m_parse(m_body, &next);
    if (page.isError()) {
        m_ended = true;
        Q_EMIT failed(page.error());
        return;
    }
    m_models += page.value();
    if (!next.isEmpty() && m_pages < kMaxPages)
        return fetch(next);
    m_ended = true;
    std::sort(m_models.begin(), m_models.end(), [](const ModelInfo &a, const ModelInfo &b) { return a.id < b.id; });
    Q_EMIT finished(m_models);
}

void ModelListRunner::end()
{
    discardReply(m_reply, this);
    m_reply = nullptr;
}

void ModelListRunner::cancel()
{
    if (m_ended)
        return;
    m_ended = true;
    end();
    Q_EMIT failed(makeProviderError(ProviderErrorKind::Cancelled, m_provider));
}

} // namespace ip
