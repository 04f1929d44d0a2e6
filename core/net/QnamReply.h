#pragma once

// HttpReply over one QNetworkReply (internal to QnamTransport; see QnamTransport.h for the rules).

#include "net/HttpTransport.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace ip {

class QnamReply final : public HttpReply
{
    Q_OBJECT
public:
    QnamReply(const HttpRequest &request, QObject *parent);
    ~QnamReply() override;

    // Sends the request through `nam`.
    void start(QNetworkAccessManager *nam);
    // Fails from the event loop without touching the network.
    void failSoon(TransportErrorKind kind, const QString &message);

    void abort() override;
    [[nodiscard]] bool isFinished() const override { return m_ended; }

private:
    enum class TimeoutKind { Total, FirstByte, Idle };

    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onTimeout(TimeoutKind kind);
    // Emits headersReceived once; false if `this` was deleted by a receiver.
    bool ensureHeaders(bool final);
    void fail(TransportErrorKind kind, const QString &message);
    void succeed();
    void detachReply(bool abortIt);
    [[nodiscard]] QString hostForMessages() const;
    [[nodiscard]] QString describeNetworkError(int errorCode) const;

    HttpRequest m_request; // body dropped after start
    QPointer<QNetworkReply> m_reply;
    QTimer m_totalTimer;
    QTimer m_firstByteTimer;
    QTimer m_idleTimer;
    QElapsedTimer m_elapsed;
    qint64 m_bytes = 0;
    bool m_headersSent = false;
    bool m_ended = false;
};

} // namespace ip
