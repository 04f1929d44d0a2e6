#include "providers/SourceResolver.h"

#include "log/Redaction.h"
#include "net/HttpTransport.h"
#include "net/NetLog.h"
#include "net/UrlPolicy.h"

#include <algorithm>

namespace ip {

namespace {

constexpr qsizetype kMaxRemembered = 2'000;

QString keyOf(const QUrl &url)
{
    return QString::fromUtf8(url.toEncoded());
}

} // namespace

bool isGroundingRedirect(const QUrl &url)
{
    if (!url.isValid() || !url.path().startsWith(QLatin1String("/grounding-api-redirect/")))
        return false;
    const QString host = url.host().toLower();
    return host == QLatin1String("vertexaisearch.cloud.google.com") || isLoopbackHost(host);
}

std::optional<QUrl> redirectTarget(const QUrl &requestUrl, int status, const QByteArray &location)
{
    if (status < 300 || status > 399)
        return std::nullopt;
    const QByteArray trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QUrl relative = QUrl::fromEncoded(trimmed);
    if (!relative.isValid())
        return std::nullopt;
    const QUrl target = requestUrl.resolved(relative);
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || target.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return std::nullopt;
    return target;
}

// --- SourceResolution ----------------------------------------------------------------------------

SourceResolution::SourceResolution(SourceResolver *resolver, const QList<Source> &sources, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_sources(sources)
{ }

SourceResolution::~SourceResolution()
{
    if (m_finished || !m_resolver)
        return;
    const QSet<QString> pending = std::exchange(m_pending, {});
    for (const QString &key : pending)
        m_resolver->detach(this, key);
}

void SourceResolution::cancel()
{
    if (m_finished)
        return;
    const QSet<QString> pending = std::exchange(m_pending, {});
    if (m_resolver)
        for (const QString &key : pending)
            m_resolver->detach(this, key);
    finish();
}

void SourceResolution::settle(const QString &key, const std::optional<QUrl> &target)
{
    if (m_finished || !m_pending.remove(key))
        return;
    if (target)
        for (Source &source : m_sources)
            if (keyOf(source.url) == key)
                source.url = *target;
    if (m_pending.isEmpty())
        finish();
}

void SourceResolution::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // Two redirects may lead to the same page: it is listed once, where it came first.
    QSet<QString> seen;
    QList<Source> unique;
    for (const Source &source : std::as_const(m_sources)) {
        const QString key = keyOf(source.url);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        unique.append(source);
    }
    m_sources = unique;
    Q_EMIT finished(m_sources);
}

// --- SourceResolver ------------------------------------------------------------------------------

SourceResolver::SourceResolver(HttpTransport *transport, QObject *parent)
    : SourceResolver(transport, Options {}, parent)
{ }

SourceResolver::SourceResolver(HttpTransport *transport, Options options, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_options(std::move(options))
{
    m_options.maxParallel = std::max(1, m_options.maxParallel);
}

SourceResolver::~SourceResolver()
{
    for (Lookup &lookup : m_lookups)
        discardReply(lookup.reply, this);
}

bool SourceResolver::isRedirect(const QUrl &url) const
{
    return m_options.isRedirect ? m_options.isRedirect(url) : isGroundingRedirect(url);
}

bool SourceResolver::needsResolving(const QList<Source> &sources) const
{
    return std::any_of(sources.cbegin(), sources.cend(), [this](const Source &source) {
        return isRedirect(source.url) && !m_resolved.contains(keyOf(source.url));
    });
}

SourceResolution *SourceResolver::resolve(const QList<Source> &sources, QObject *parent)
{
    auto *job = new SourceResolution(this, sources, parent);
    for (Source &source : job->m_sources) {
        if (!isRedirect(source.url))
            continue;
        const QString key = keyOf(source.url);
        if (const auto known = m_resolved.constFind(key); known != m_resolved.cend()) {
            source.url = *known;
            continue;
        }
        if (job->m_pending.contains(key))
            continue;
        job->m_pending.insert(key);
        attach(job, source.url);
    }
    if (job->m_pending.isEmpty()) {
        const QPointer<SourceResolution> guard(job);
        QMetaObject::invokeMethod(
            job,
            [guard] {
                if (guard)
                    guard->finish();
            },
            Qt::QueuedConnection);
    }
    return job;
}

void SourceResolver::attach(SourceResolution *job, const QUrl &url)
{
    const QString key = keyOf(url);
    auto it = m_lookups.find(key);
    if (it == m_lookups.end()) {
        it = m_lookups.insert(key, Lookup { url, "HEAD", {}, {} });
        m_queue.push_back(key);
    }
    it->waiting.append(job);
    startNext();
}

void SourceResolver::detach(SourceResolution *job, const QString &key)
{
    auto it = m_lookups.find(key);
    if (it == m_lookups.end())
        return;
    it->waiting.removeAll(QPointer<SourceResolution>(job));
    it->waiting.removeAll(QPointer<SourceResolution>());
    if (!it->waiting.isEmpty())
        return;
    if (it->reply) {
        discardReply(it->reply, this);
        --m_inFlight;
    } else {
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), key), m_queue.end());
    }
    m_lookups.erase(it);
    startNext();
}

void SourceResolver::startNext()
{
    while (m_inFlight < m_options.maxParallel && !m_queue.empty()) {
        const QString key = m_queue.front();
        m_queue.pop_front();
        if (!m_lookups.contains(key))
            continue;
        ++m_inFlight;
        send(key);
    }
}

void SourceResolver::send(const QString &key)
{
    Lookup &lookup = m_lookups[key];
    HttpRequest request;
    request.method = lookup.method;
    request.url = lookup.url;
    request.followRedirects = false;
    request.totalTimeoutMs = m_options.timeoutMs;
    request.firstByteTimeoutMs = m_options.timeoutMs;
    request.idleTimeoutMs = m_options.timeoutMs;
    ++m_sent;
    qCDebug(lcNetHttp).noquote() << "resolving source" << redactedUrl(lookup.url);
    HttpReply *reply = m_transport->send(request, this);
    lookup.reply = reply;
    connect(reply, &HttpReply::headersReceived, this, [this, key, reply](int status, const HttpHeaders &headers) {
        Lookup &current = m_lookups[key];
        discardReply(reply, this); // the headers are the answer: no body is read
        current.reply = nullptr;
        if ((status == 405 || status == 501) && current.method == "HEAD") {
            // A server that will not answer HEAD: ask once more with GET (its body is not read either).
            current.method = "GET";
            send(key);
            return;
        }
        complete(key, redirectTarget(current.url, status, headerValue(headers, "Location")));
    });
    connect(reply, &HttpReply::finished, this, [this, key, reply] {
        discardReply(reply, this);
        complete(key, std::nullopt);
    });
    connect(reply, &HttpReply::failed, this, [this, key, reply](const TransportError &error) {
        qCDebug(lcNetHttp).noquote() << "source not resolved:" << error.message;
        discardReply(reply, this);
        complete(key, std::nullopt);
    });
}

void SourceResolver::complete(const QString &key, const std::optional<QUrl> &target)
{
    auto it = m_lookups.find(key);
    if (it == m_lookups.end())
        return;
    const QList<QPointer<SourceResolution>> waiting = it->waiting;
    m_lookups.erase(it);
    --m_inFlight;
    if (target) {
        if (m_resolved.size() >= kMaxRemembered)
            m_resolved.clear();
        m_resolved.insert(key, *target);
    }
    startNext();
    const QPointer<SourceResolver> self(this);
    for (const QPointer<SourceResolution> &job : waiting) {
        if (job)
            job->settle(key, target);
        if (!self)
            return;
    }
}

} // namespace ip
