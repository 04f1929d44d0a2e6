#pragma once

// Gemini's grounding links are redirects (https://vertexaisearch.cloud.google.com/grounding-api-
// redirect/<token>) that expire. SourceResolver turns each into the address it leads to, once, when
// it arrives: one HEAD request per distinct redirect through the app's HttpTransport, redirects not
// followed, no body read, a short timeout; the final address is the response's Location (a relative
// one resolved against the request's address). Whatever goes wrong (an error status, no or an
// unusable Location, a transport failure, the timeout, cancel) keeps the original address.

#include "session/RunState.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>
#include <optional>

namespace ip {

class HttpReply;
class HttpTransport;
class SourceResolver;

// Gemini's grounding redirect: https://vertexaisearch.cloud.google.com/grounding-api-redirect/<token>.
// The same path on this computer (a loopback host: the tests' fake Gemini, a local proxy) counts too,
// so a run against a local fake resolves like one against Google; no other address is ever asked.
[[nodiscard]] bool isGroundingRedirect(const QUrl &url);

// Where a redirect answer leads: the Location of a 3xx, resolved against `requestUrl`, when it is an
// http(s) address with a host. nullopt for anything else (not 3xx, no Location, javascript:, data:, …).
[[nodiscard]] std::optional<QUrl> redirectTarget(const QUrl &requestUrl, int status, const QByteArray &location);

// One list of sources being resolved (SourceResolver::resolve). Emits finished exactly once, from the
// event loop (or from cancel()), with the list: redirect addresses replaced by where they lead (a
// failed one kept as it was), titles untouched, de-duplicated by address in the original order.
class SourceResolution : public QObject
{
    Q_OBJECT
public:
    ~SourceResolution() override;

    // Stops waiting: requests only this list waits for are aborted; emits finished now with what is
    // resolved so far (the originals for the rest). No-op once finished.
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // The list as it stands (the final list after finished).
    [[nodiscard]] const QList<Source> &sources() const { return m_sources; }

Q_SIGNALS:
    void finished(const QList<ip::Source> &sources);

private:
    friend class SourceResolver;
    SourceResolution(SourceResolver *resolver, const QList<Source> &sources, QObject *parent);
    // The lookup of `key` ended: `target` is where it leads (nullopt: keep the original).
    void settle(const QString &key, const std::optional<QUrl> &target);
    void finish();

    QPointer<SourceResolver> m_resolver;
    QList<Source> m_sources;
    QSet<QString> m_pending; // redirect addresses (encoded) still being looked up
    bool m_finished = false;
};

class SourceResolver : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 5'000; // per request: until the answer's headers, and in total
        int maxParallel = 4; // requests in flight at once
        // Which addresses are redirects to resolve; empty = isGroundingRedirect.
        std::function<bool(const QUrl &)> isRedirect;
    };

    // `transport` is not owned and must outlive the resolver.
    explicit SourceResolver(HttpTransport *transport, QObject *parent = nullptr);
    SourceResolver(HttpTransport *transport, Options options, QObject *parent = nullptr);
    ~SourceResolver() override;

    // Starts resolving the redirect addresses of `sources`. The job is a child of `parent` (deleting it
    // cancels quietly). An address resolved earlier by this resolver is not asked again; one being
    // asked for another list is shared. Lists without redirects finish from the event loop unchanged.
    [[nodiscard]] SourceResolution *resolve(const QList<Source> &sources, QObject *parent);
    // True when `sources` holds an address this resolver would ask about (and has not resolved yet).
    [[nodiscard]] bool needsResolving(const QList<Source> &sources) const;

    // Requests sent so far (tests, logs).
    [[nodiscard]] int requestsSent() const { return m_sent; }

private:
    friend class SourceResolution;
    struct Lookup
    {
        QUrl url;
        QByteArray method = "HEAD";
        QPointer<HttpReply> reply;
        QList<QPointer<SourceResolution>> waiting;
    };

    [[nodiscard]] bool isRedirect(const QUrl &url) const;
    // Adds `job` to the lookup of `url` (starting or queuing it).
    void attach(SourceResolution *job, const QUrl &url);
    // `job` no longer waits for `key`; a lookup nobody waits for is dropped (its request aborted).
    void detach(SourceResolution *job, const QString &key);
    void startNext();
    void send(const QString &key);
    void complete(const QString &key, const std::optional<QUrl> &target);

    HttpTransport *m_transport;
    Options m_options;
    QHash<QString, QUrl> m_resolved; // redirect (encoded) -> final address, for the resolver's life
    QHash<QString, Lookup> m_lookups; // queued or in flight
    std::deque<QString> m_queue; // lookups waiting for a free slot
    int m_inFlight = 0;
    int m_sent = 0;
};

} // namespace ip
