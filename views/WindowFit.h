#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace pd::views {

// Where a top-level window goes on a given screen: the size it prefers, but never larger than the
// screen's available area (without the taskbar) less room for the title bar, nor smaller than its
// minimum; centred on that area. `frame` is the room the window manager's frame takes (title bar on
// top), as far as it is known.
QRect fittedGeometry(const QSize &preferred, const QSize &minimum, const QRect &available, const QMargins &frame);

// The same for a window that already has a geometry (restored from the last session, or on a screen
// that has since become smaller): it keeps its place and size where they fit, and is shrunk and moved
// back onto the available area where they do not.
QRect keptOnScreen(const QRect &geometry, const QSize &minimum, const QRect &available, const QMargins &frame);

// Gives `window` (a top-level, before it is shown) the size it prefers as far as the screen it opens on
// allows, centred.
void fitToScreen(QWidget *window, const QSize &preferred);
// Moves and shrinks `window` onto the available area of its screen where it does not fit.
void keepOnScreen(QWidget *window);

} // namespace pd::views
