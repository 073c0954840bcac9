#pragma once

#include <QStyledItemDelegate>

namespace pd::views {

// Draws a navigation entry as the style sheet does, plus a count pill on the right when the item has
// one (BadgeRole): how many registrations wait for review, for instance.
class NavigationBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationBadgeDelegate)

public:
    static constexpr int BadgeRole = Qt::UserRole + 10;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pd::views
