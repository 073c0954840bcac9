#include "DeferredPages.h"

#include <QCoreApplication>
#include <QEvent>
#include <QStackedWidget>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace pd::views {

DeferredPages::DeferredPages(QWidget *window, QStackedWidget *pages) : QObject(window), m_window(window), m_pages(pages)
{
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) { setUp(m_pages->widget(index)); });
}

void DeferredPages::defer(QWidget *page, std::function<void()> setUp)
{
    m_pending.insert(page, std::move(setUp));
}

void DeferredPages::setUp(QWidget *page)
{
    const auto it = m_pending.find(page);
    if (it == m_pending.end())
        return;
    const std::function<void()> run = std::move(it.value());
    m_pending.erase(it);
    run();
}

void DeferredPages::setUpCurrentNowAndAfterFirstPaint(const QList<QWidget *> &pages)
{
    setUp(m_pages->currentWidget());
    m_afterPaint = pages;
    if (!m_window->isVisible()) {
        // Nothing will paint soon (a window not shown yet, a test): the next turn of the event loop.
        QTimer::singleShot(0, this, &DeferredPages::runAfterPaint);
        return;
    }
    if (!m_watching) {
        m_watching = true;
        QCoreApplication::instance()->installEventFilter(this);
    }
    m_window->update();
}

void DeferredPages::clear()
{
    m_pending.clear();
    m_afterPaint.clear();
}

bool DeferredPages::eventFilter(QObject *watched, QEvent *event)
{
    if (m_watching && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_watching = false;
        QCoreApplication::instance()->removeEventFilter(this);
        // After this paint and the rest of its frame.
        QTimer::singleShot(0, this, &DeferredPages::runAfterPaint);
    }
    return QObject::eventFilter(watched, event);
}

void DeferredPages::runAfterPaint()
{
    const QList<QWidget *> pages = std::exchange(m_afterPaint, {});
    for (QWidget *page : pages)
        setUp(page);
}

} // namespace pd::views
