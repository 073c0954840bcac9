#pragma once

#include <QFrame>

class QLabel;

namespace pd::views {

// One figure on the Dashboard: an icon, what is counted, the number, a line of context, and a click
// (mouse, Enter or Space) that opens the list behind it.
class DashboardCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCard)

public:
    enum class Tone
    {
        Calm,
        Attention,
        Good
    };

    DashboardCard(const QString &objectName, const QString &iconPath, const QString &title, const QString &link,
                  QWidget *parent = nullptr);

    void setValue(const QString &value, Tone tone = Tone::Calm);
    void setCaption(const QString &caption);
    void setTitle(const QString &title);
    QString value() const;
    QString caption() const;
    void click();

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_caption = nullptr;
};

} // namespace pd::views
