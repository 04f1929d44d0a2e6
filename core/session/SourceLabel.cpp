#include "session/SourceLabel.h"

namespace ip {

namespace {

QString withoutWww(const QString &host)
{
    return host.startsWith(QLatin1String("www."), Qt::CaseInsensitive) ? host.mid(4) : host;
}

// "uefa.com" for the site "uefa.com" or "en.uefa.com": a title that only names the site.
bool namesSite(const QString &title, const QString &site)
{
    const QString domain = withoutWww(title).toLower();
    if (!domain.contains(u'.') || domain.contains(u' ') || domain.contains(u'/'))
        return false;
    const QString host = site.toLower();
    return host == domain || host.endsWith(u'.' + domain);
}

} // namespace

bool looksLikeGroundingRedirect(const QUrl &url)
{
    return url.path().startsWith(QLatin1String("/grounding-api-redirect/"));
}

QString sourceSite(const QUrl &url)
{
    return withoutWww(url.host().toLower());
}

QString sourceLabel(const Source &source)
{
    const QString title = source.title.simplified();
    const QString site = sourceSite(source.url);
    if (looksLikeGroundingRedirect(source.url) || site.isEmpty())
        return title.isEmpty() ? site : title;
    if (title.isEmpty() || namesSite(title, site))
        return site;
    return title + QStringLiteral(" — ") + site;
}

} // namespace ip
