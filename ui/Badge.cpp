#include "Badge.h"

#include "Theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

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

void Badge::setLevel(int level, int levels)
{
    m_level = level;
    m_levels = levels;
    updateGeometry();
    update();
}

namespace {

int dotSize(const QFontMetrics &fm)
{
    return std::max(4, fm.height() * 2 / 5);
}

} // namespace

int Badge::dotsWidth() const
{
    if (m_levels <= 0)
        return 0;
    const QFontMetrics fm(font());
    const int d = dotSize(fm);
    // The dots, a gap between them, and a space before the text.
    return m_levels * d + (m_levels - 1) * (d / 2) + fm.height() / 3;
}

QSize Badge::sizeHint() const
{
    const QFontMetrics fm(font());
    return { fm.horizontalAdvance(text()) + dotsWidth() + 2 * fm.height() / 2 + 4, fm.height() + 6 };
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
    const QColor textColor = pal.color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText);
    QRect textRect = rect();
    if (m_levels > 0) {
        const QFontMetrics fm(font());
        const int d = dotSize(fm);
        const int pad = fm.height() / 2 + 2;
        const bool rtl = layoutDirection() == Qt::RightToLeft;
        const qreal y = (height() - d) / 2.0;
        for (int i = 0; i < m_levels; ++i) {
            const int offset = pad + i * (d + d / 2);
            const qreal x = rtl ? width() - offset - d : offset;
            const QRectF dot(x + 0.5, y + 0.5, d - 1, d - 1);
            p.setPen(QPen(textColor, 1));
            p.setBrush(i < m_level ? QBrush(textColor) : Qt::NoBrush);
            p.drawEllipse(dot);
        }
        p.setBrush(Qt::NoBrush);
        const int dots = dotsWidth();
        textRect = rtl ? textRect.adjusted(0, 0, -dots, 0) : textRect.adjusted(dots, 0, 0, 0);
    }
    p.setPen(textColor);
    p.setFont(font());
    p.drawText(textRect, Qt::AlignCenter, text());
}

} // namespace ip
