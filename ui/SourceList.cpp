#include "SourceList.h"

#include "WrappedLabel.h"
#include "session/SourceLabel.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace ip {

QString sourceLinkHtml(const Source &source)
{
    if (!source.url.isValid())
        return {};
    const QString label = sourceLabel(source);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QString::fromUtf8(source.url.toEncoded()).toHtmlEscaped(),
             (label.isEmpty() ? source.url.toDisplayString() : label).toHtmlEscaped());
}

void openLinksInBrowser(QLabel *label)
{
    QObject::connect(label, &QLabel::linkActivated, label,
                     [](const QString &href) { QDesktopServices::openUrl(QUrl(href, QUrl::StrictMode)); });
}

SourceList::SourceList(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_links(new QVBoxLayout)
{
    setObjectName(QStringLiteral("sourcesBox"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 4, 0, 0);
    outer->setSpacing(2);
    QFont captionFont = m_caption->font();
    captionFont.setWeight(QFont::DemiBold);
    m_caption->setFont(captionFont);
    m_caption->setText(tr("Sources"));
    outer->addWidget(m_caption);
    outer->addLayout(m_links);
    m_links->setSpacing(2);
}

int SourceList::count() const
{
    return m_links->count();
}

void SourceList::setSources(const QList<Source> &sources)
{
    while (QLayoutItem *item = m_links->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int i = 0;
    for (const Source &s : sources) {
        if (!s.url.isValid())
            continue;
        const QString domain = sourceSite(s.url);
        QString title = s.title.simplified();
        if (title.isEmpty())
            title = domain;
        auto *link = new WrappedLabel(this);
        link->setObjectName(QStringLiteral("sourceLink%1").arg(++i));
        link->setTextFormat(Qt::RichText);
        // "page title — site" as the link (just the site when the title only names it).
        link->setWrappedText(sourceLinkHtml(s));
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        link->setToolTip(s.url.toDisplayString());
        link->setAccessibleName(tr("Source: %1").arg(title));
        link->setAccessibleDescription(tr("Opens %1 in the browser").arg(domain));
        openLinksInBrowser(link);
        m_links->addWidget(link);
    }
}

void SourceList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_caption->setText(tr("Sources"));
    QWidget::changeEvent(event);
}

} // namespace ip
