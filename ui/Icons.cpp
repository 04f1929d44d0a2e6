#include "Icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

namespace ip::icons {
namespace {

class TintedIconEngine final : public QIconEngine
{
public:
    TintedIconEngine(QString path, QPalette::ColorRole role, QColor fixed)
        : m_path(std::move(path))
        , m_role(role)
        , m_fixed(fixed)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, dpr));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        Q_UNUSED(state)
        const QColor color = colorFor(mode);
        // Rendering an SVG is costly; a tinted pixmap is drawn once per size, scale and colour.
        const QString key = QStringLiteral("ip-icon:%1:%2x%3@%4:%5")
                                .arg(m_path)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(scale)
                                .arg(color.rgba(), 8, 16);
        QPixmap pm;
        if (QPixmapCache::find(key, &pm))
            return pm;
        if (m_source.isNull())
            m_source = QIcon(m_path);
        pm = m_source.pixmap(size, scale);
        if (pm.isNull())
            return pm;
        QPainter p(&pm);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(pm.rect(), color); // device pixels cover the logical rect
        p.end();
        QPixmapCache::insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new TintedIconEngine(m_path, m_role, m_fixed); }
    QString key() const override { return QStringLiteral("ip-tinted"); }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        if (m_fixed.isValid()) {
            QColor c = m_fixed;
            if (mode == QIcon::Disabled)
                c.setAlphaF(0.45f);
            return c;
        }
        const QPalette pal = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled: return pal.color(QPalette::Disabled, m_role);
        case QIcon::Selected: return pal.color(QPalette::Active, QPalette::HighlightedText);
        default: return pal.color(QPalette::Active, m_role);
        }
    }

    QString m_path;
    QIcon m_source;
    QPalette::ColorRole m_role;
    QColor m_fixed;
};

QString pathFor(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

} // namespace

QIcon themed(const QString &name, QPalette::ColorRole role)
{
    return QIcon(new TintedIconEngine(pathFor(name), role, QColor()));
}

QIcon tinted(const QString &name, const QColor &color)
{
    return QIcon(new TintedIconEngine(pathFor(name), QPalette::ButtonText, color));
}

} // namespace ip::icons
