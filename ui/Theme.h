#pragma once

#include <QColor>
#include <QPalette>

namespace ip::theme {

// Semantic colours that the palette has no role for (errors, warnings, success), derived from
// the palette at hand: lighter tones on a dark window, deeper tones on a light one, so text in
// WindowText stays readable on top of a translucent fill in both themes.
enum class Semantic { Error, Warning, Success, Accent };

bool isDark(const QPalette &palette);
QColor color(const QPalette &palette, Semantic semantic);

} // namespace ip::theme
