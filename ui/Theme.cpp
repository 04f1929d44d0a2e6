#include "Theme.h"

namespace ip::theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor color(const QPalette &palette, Semantic semantic)
{
    const bool dark = isDark(palette);
    switch (semantic) {
    case Semantic::Error: return dark ? QColor::fromHsl(0, 190, 160) : QColor::fromHsl(0, 170, 105);
    case Semantic::Warning: return dark ? QColor::fromHsl(38, 200, 145) : QColor::fromHsl(32, 200, 90);
    case Semantic::Success: return dark ? QColor::fromHsl(130, 120, 140) : QColor::fromHsl(130, 140, 75);
    case Semantic::Accent: return palette.color(QPalette::Highlight);
    }
    return palette.color(QPalette::WindowText);
}

} // namespace ip::theme
