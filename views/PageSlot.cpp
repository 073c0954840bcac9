#include "PageSlot.h"

#include <QVBoxLayout>

#include <utility>

namespace pd::views {

PageSlot::PageSlot(std::function<QWidget *(QWidget *slot)> build, QWidget *parent)
    : QWidget(parent), m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
}

QWidget *PageSlot::page()
{
    if (!m_page && m_build) {
        const auto build = std::exchange(m_build, {}); // once, even if building asks for the page again
        m_page = build(this);
        layout()->addWidget(m_page);
        m_page->show(); // visible with the slot at once, not a turn of the event loop later
    }
    return m_page;
}

QWidget *PageSlot::pageOf(QWidget *widget)
{
    auto *slot = qobject_cast<PageSlot *>(widget);
    return slot ? slot->page() : widget;
}

void PageSlot::showEvent(QShowEvent *event)
{
    page();
    QWidget::showEvent(event);
}

} // namespace pd::views
