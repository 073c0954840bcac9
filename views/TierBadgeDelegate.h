#pragma once

#include <QStyledItemDelegate>

namespace pd::views {

// Paints a partner's status as a small coloured badge ("Gold"), and a quiet dash for Agents.
class TierBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierBadgeDelegate)

public:
    explicit TierBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pd::views
