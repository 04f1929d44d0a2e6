#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace ip::icons {

// A monochrome SVG icon from resources/icons (":/icons/<name>.svg"), drawn in a colour of the
// application palette that is looked up at paint time, so it follows light and dark themes and
// renders sharply at any device pixel ratio. Disabled mode uses the Disabled colour group.
QIcon themed(const QString &name, QPalette::ColorRole role = QPalette::ButtonText);

// The same, in a fixed colour (for a widget that has its own palette).
QIcon tinted(const QString &name, const QColor &color);

} // namespace ip::icons
