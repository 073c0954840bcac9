#include "FlowLayout.h"

#include <QWidget>

#include <algorithm>

namespace pd::views {
namespace {

// The width an item asks for in a row: its size hint, never under its minimum nor over its maximum.
int wantedWidth(const QLayoutItem *item)
{
    return std::clamp(item->sizeHint().width(), item->minimumSize().width(),
                      std::max(item->minimumSize().width(), item->maximumSize().width()));
}

bool expands(const QLayoutItem *item)
{
    return item->expandingDirections().testFlag(Qt::Horizontal);
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_rowSpacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
    setSpacing(spacing);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty() && expands(item))
            return Qt::Horizontal;
    }
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps under it.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(QSize(item->minimumSize().width(), item->sizeHint().height()));
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything in one row.
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += wantedWidth(item);
        height = std::max(height, item->sizeHint().height());
        ++shown;
    }
    width += std::max(0, shown - 1) * std::max(0, spacing());
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = std::max(0, spacing());
    const int available = std::max(1, area.width());

    // Rows of items, each at the width it asks for (at most the whole row).
    struct Row
    {
        QList<QLayoutItem *> items;
        QList<int> widths;
        int used = 0;
        int height = 0;
    };
    QList<Row> rows;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = std::min(wantedWidth(item), std::max(available, item->minimumSize().width()));
        if (rows.isEmpty() || (!rows.last().items.isEmpty() && rows.last().used + gap + width > available))
            rows.append(Row());
        Row &row = rows.last();
        row.used += (row.items.isEmpty() ? 0 : gap) + width;
        row.items.append(item);
        row.widths.append(width);
        row.height = std::max(row.height, item->sizeHint().height());
    }

    int y = area.top();
    for (int r = 0; r < rows.size(); ++r) {
        Row &row = rows[r];
        if (r > 0)
            y += m_rowSpacing;
        if (apply) {
            // The room left in the row goes to the items that expand; without one the row is aligned.
            int extra = std::max(0, available - row.used);
            QList<int> growing;
            for (int i = 0; i < row.items.size(); ++i) {
                if (expands(row.items.at(i)))
                    growing.append(i);
            }
            for (int k = 0; k < growing.size() && extra > 0; ++k) {
                const int i = growing.at(k);
                const int share = extra / int(growing.size() - k);
                const int grown = std::min(row.widths.at(i) + share, row.items.at(i)->maximumSize().width());
                extra -= grown - row.widths.at(i);
                row.widths[i] = grown;
            }
            int x = area.left();
            if (alignment().testFlag(Qt::AlignRight))
                x += extra;
            for (int i = 0; i < row.items.size(); ++i) {
                QLayoutItem *item = row.items.at(i);
                const int height = item->expandingDirections().testFlag(Qt::Vertical)
                                       ? row.height
                                       : std::min(row.height, item->sizeHint().height());
                QRect cell(x, y + (row.height - height) / 2, row.widths.at(i), height);
                if (parentWidget() && parentWidget()->layoutDirection() == Qt::RightToLeft)
                    cell.moveLeft(area.left() + area.right() - cell.right());
                item->setGeometry(cell);
                x += row.widths.at(i) + gap;
            }
        }
        y += row.height;
    }
    const QMargins m = contentsMargins();
    return y - area.top() + m.top() + m.bottom();
}

} // namespace pd::views
