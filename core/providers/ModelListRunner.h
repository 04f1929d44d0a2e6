#pragma once

#include "common/Result.h"
#include "net/HttpTransport.h"
#include "providers/ChatProvider.h"
#include "providers/ErrorClassifier.h"

#include <QPointer>

#include <functional>

namespace ip {

// GET of a provider's model list, following page tokens (at most 10 pages). One attempt, no
// retries (the settings UI asks again). Ends asynchronously, exactly once.
class ModelListRunner final : public ModelListCall
{
    Q_OBJECT
public:
    // Builds the request for a page token ("" = first page).
    using RequestFor = std::function<HttpRequest(const QString &pageToken)>;
    // Parses a 200 body; sets the next page token (empty when done).
    using Parse
        = std::function<Result<QList<ModelInfo>, ProviderError>(const QByteArray &body, QString *nextPageToken)>;

    ModelListRunner(HttpTransport *transport, WireFormat format, QString provider, RequestFor requestFor, Parse parse,
                    QObject *parent);
    ~ModelListRunner() override;

    void cancel() override;
    // Fails at the first opportunity (configuration problems found before sending).
    void failEarly(const ProviderError &error);

private:
    void fetch(const QString &pageToken);
    void finishPage();
    void end();

    HttpTransport *m_transport;
    WireFormat m_format;
    QString m_provider;
    RequestFor m_requestFor;
    Parse m_parse;
    QPointer<HttpReply> m_reply;
    QUrl m_url;
    QByteArray m_body;
    QList<ModelInfo> m_models;
    int m_pages = 0;
    bool m_ended = false;
};

} // namespace ip
