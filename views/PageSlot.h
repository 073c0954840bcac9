#pragma once

#include <QWidget>

#include <functional>

namespace pd::views {

// A place in the window's stack of pages for a page that is built the first time it is needed: when it is
// shown, or when the window asks for it (a menu, a dashboard card). Building a page and styling its widgets
// costs more than painting the window, so a start builds only the page it shows.
class PageSlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageSlot)

public:
    // `build` makes the page as a child of the slot it is given; it runs once.
    PageSlot(std::function<QWidget *(QWidget *slot)> build, QWidget *parent);

    // The page, built on the first call.
    QWidget *page();
    // The page if it was built, else null.
    QWidget *builtPage() const { return m_page; }
    // The page of `widget` when it is a slot (built on demand), else `widget` itself.
    static QWidget *pageOf(QWidget *widget);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::function<QWidget *(QWidget *)> m_build;
    QWidget *m_page = nullptr;
};

} // namespace pd::views
