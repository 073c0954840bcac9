#pragma once

#include <QLayout>
#include <QList>

namespace pd::views {

// Lays its widgets out in a row and wraps them onto further rows when the row is too narrow, so a
// toolbar or a filter bar fits a small screen without hiding or overlapping anything. In each row the
// items that expand horizontally (a search field) share the room left over; a row without one is
// aligned to the left, or to the right with setAlignment(Qt::AlignRight).
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 8);
    ~FlowLayout() override;

    // The gap between rows (the gap between items in a row is spacing()).
    void setRowSpacing(int spacing) { m_rowSpacing = spacing; }

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (when `apply`), returning the height they take.
    int doLayout(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_rowSpacing = 8;
};

} // namespace pd::views
