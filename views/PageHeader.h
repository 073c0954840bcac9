#pragma once

#include <QWidget>

class QLabel;

namespace pd::views {

class FlowLayout;

// The title line of a page: its name, a short line under it, and room for the page's main actions.
class PageHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHeader)

public:
    PageHeader(const QString &title, const QString &subtitle, QWidget *parent = nullptr);

    void setSubtitle(const QString &subtitle);
    void addWidget(QWidget *widget);

private:
    QLabel *m_subtitle = nullptr;
    FlowLayout *m_actions = nullptr;
};

} // namespace pd::views
