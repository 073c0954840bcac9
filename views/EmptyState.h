#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pd::views {

// A calm "nothing here yet" panel: an icon, a title, a sentence, and optional buttons or bullet points.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    EmptyState(const QString &iconPath, const QString &title, const QString &text, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    // A list of what the page will hold, shown under the text.
    void setBulletPoints(const QString &heading, const QStringList &points);
    // A button under the text; the caller connects it.
    QPushButton *addButton(const QString &text, const QString &iconPath = {}, bool primary = false);

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_points = nullptr;
    QWidget *m_buttons = nullptr;
};

} // namespace pd::views
