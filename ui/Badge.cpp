#include "Badge.h"

#include "Theme.h"

#include <QPainter>
#include <QPainterPath>

namespace ip {

Badge::Badge(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    setFont(f);
}

void Badge::setTone(Tone tone)
{
    m_tone = tone;
    update();
}

QSize Badge::sizeHint() const
{
    const QFontMetrics fm(font());
    return { fm.horizontalAdvance(text()) + 2 * fm.height() / 2 + 4, fm.height() + 6 };
}

void Badge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    QColor border;
    switch (m_tone) {
    case Tone::Accent: border = pal.color(QPalette::Highlight); break;
    case Tone::Neutral: border = pal.color(QPalette::Mid); break;
    case Tone::Warning: border = theme::color(pal, theme::Semantic::Warning); break;
    }
    QColor fill = border;
    fill.setAlphaF(m_tone == Tone::Neutral ? 0.18f : 0.16f);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(r, r.height() / 2, r.height() / 2);
    p.fillPath(path, fill);
    p.setPen(QPen(border, 1));
    p.drawPath(path);
    p.setPen(pal.color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    p.setFont(font());
    p.drawText(rect(), Qt::AlignCenter, text());
}

} // namespace ip
