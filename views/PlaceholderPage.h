#pragma once

#include <QWidget>

namespace pd::views {

// A page that a later release fills: it says plainly what will be there and shows no made-up numbers.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString &title, const QString &subtitle, const QString &iconPath, const QString &summary,
                    const QStringList &plannedFeatures, QWidget *parent = nullptr);
};

} // namespace pd::views
