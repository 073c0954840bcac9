#pragma once

#include <QColor>
#include <QPalette>

namespace pd::items {

// Colours are chosen for the light look. On the dark one a colour keeps its hue and saturation with its
// lightness turned over (dark red text becomes light red, a pale banner a deep one); a mid-tone accent
// that reads on both stays as it is. The dark style sheet is derived the same way.
QColor darkCounterpart(const QColor &light);

// A fill (a row's or a cell's background) chosen as `light`, drawn on `palette`'s base: itself on a light
// base, its dark counterpart on a dark one.
QColor onBase(const QColor &light, const QPalette &palette);
// Text chosen as `light`, written on `palette`'s base: itself on a light base; on a dark one its dark
// counterpart, lighter still where needed for WCAG's 4.5:1 (a red accent stays red, and reads).
QColor textOnBase(const QColor &light, const QPalette &palette);
// `text` made lighter, as little as needed, until it reads on the dark `background` at 4.5:1.
QColor readableOnDark(const QColor &text, const QColor &background);
// WCAG 2 contrast ratio of two colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace pd::items
