#pragma once

#include <QHash>
#include <QObject>

#include <functional>

class QStackedWidget;
class QWidget;

namespace pd::views {

// Gives the pages of a stack their data when it is needed rather than all at once when a database
// opens: a page is set up when it is first shown, or right after the window's first paint when it
// feeds the window's chrome (a badge, the status bar), so the window paints as soon as its current
// page is ready.
class DeferredPages final : public QObject
{
public:
    DeferredPages(QWidget *window, QStackedWidget *pages);

    // `setUp` runs once: when `page` becomes current, when setUp(page) asks for it, or after the
    // first paint when afterFirstPaint() names it. Replaces what was pending for `page`.
    void defer(QWidget *page, std::function<void()> setUp);
    // Runs what is pending for `page` now (nothing when it already ran).
    void setUp(QWidget *page);
    // Runs what is pending for the current page now and for `pages` once the window has painted.
    void setUpCurrentNowAndAfterFirstPaint(const QList<QWidget *> &pages);
    bool isPending(QWidget *page) const { return m_pending.contains(page); }
    // Forgets everything pending (the database closes).
    void clear();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runAfterPaint();

    QWidget *m_window;
    QStackedWidget *m_pages;
    QHash<QWidget *, std::function<void()>> m_pending;
    QList<QWidget *> m_afterPaint;
    bool m_watching = false;
};

} // namespace pd::views
