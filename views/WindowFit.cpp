#include "WindowFit.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace pd::views {
namespace {

// The frame's margins once the window manager has framed the window; before that, room for a title
// bar as tall as the style draws one.
QMargins frameOf(const QWidget *window)
{
    if (const QWindow *handle = window->windowHandle(); handle && window->isVisible()) {
        const QMargins margins = handle->frameMargins();
        if (!margins.isNull())
            return margins;
    }
    return QMargins(0, window->style()->pixelMetric(QStyle::PM_TitleBarHeight), 0, 0);
}

QScreen *screenFor(const QWidget *window)
{
    if (QScreen *screen = QGuiApplication::screenAt(window->geometry().center()))
        return screen;
    return window->screen() ? window->screen() : QGuiApplication::primaryScreen();
}

// Until a window is shown its frame is a guess; once shown, a window the user has not moved yet is
// fitted again with the frame it really has (none under a bare X server, a 30-pixel title elsewhere).
class RefitOnShow final : public QObject
{
public:
    RefitOnShow(QWidget *window, const QSize &preferred)
        : QObject(window), m_window(window), m_preferred(preferred), m_set(window->geometry())
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Show) {
            m_window->removeEventFilter(this);
            deleteLater();
            const QWindow *handle = m_window->windowHandle();
            const QScreen *screen = m_window->screen();
            if (handle && screen && !(m_window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))) {
                const QMargins frame = handle->frameMargins();
                if (m_window->geometry() == m_set) {
                    m_window->setGeometry(
                        fittedGeometry(m_preferred, m_window->minimumSizeHint(), screen->availableGeometry(), frame));
                } else {
                    const QRect kept = keptOnScreen(m_window->geometry(), m_window->minimumSizeHint(),
                                                    screen->availableGeometry(), frame);
                    if (kept != m_window->geometry())
                        m_window->setGeometry(kept);
                }
            }
        }
        return false;
    }

private:
    QWidget *m_window;
    QSize m_preferred;
    QRect m_set;
};

int clampStart(int start, int length, int areaStart, int areaLength)
{
    return std::clamp(start, areaStart, std::max(areaStart, areaStart + areaLength - length));
}

} // namespace

QRect fittedGeometry(const QSize &preferred, const QSize &minimum, const QRect &available, const QMargins &frame)
{
    const QSize room(available.width() - frame.left() - frame.right(),
                     available.height() - frame.top() - frame.bottom());
    const QSize size = preferred.boundedTo(room).expandedTo(minimum);
    const int x = available.left() + frame.left() + std::max(0, (room.width() - size.width()) / 2);
    const int y = available.top() + frame.top() + std::max(0, (room.height() - size.height()) / 2);
    return QRect(QPoint(x, y), size);
}

QRect keptOnScreen(const QRect &geometry, const QSize &minimum, const QRect &available, const QMargins &frame)
{
    const QRect room = available.marginsRemoved(frame);
    const QSize size = geometry.size().boundedTo(room.size()).expandedTo(minimum);
    const int x = clampStart(geometry.left(), size.width(), room.left(), room.width());
    const int y = clampStart(geometry.top(), size.height(), room.top(), room.height());
    return QRect(QPoint(x, y), size);
}

void fitToScreen(QWidget *window, const QSize &preferred)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    window->setGeometry(
        fittedGeometry(preferred, window->minimumSizeHint(), screen->availableGeometry(), frameOf(window)));
    if (!window->isVisible())
        new RefitOnShow(window, preferred);
}

void keepOnScreen(QWidget *window)
{
    if (window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return; // the window manager fits those to the screen
    const QScreen *screen = screenFor(window);
    if (!screen)
        return;
    const QRect kept =
        keptOnScreen(window->geometry(), window->minimumSizeHint(), screen->availableGeometry(), frameOf(window));
    if (kept != window->geometry())
        window->setGeometry(kept);
}

} // namespace pd::views
