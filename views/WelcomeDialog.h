#pragma once

#include <QDialog>

class QLabel;

namespace pd::views {

// The first-run dialog, also shown after a database could not be opened: start empty, load demo data,
// or open an existing file.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    enum class Choice
    {
        None,
        EmptyDatabase,
        DemoData,
        OpenExisting
    };

    explicit WelcomeDialog(const QString &defaultPath, QWidget *parent = nullptr);

    // A line above the choices, e.g. why the last database could not be opened.
    void setNotice(const QString &notice);
    Choice choice() const { return m_choice; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::None;
    QLabel *m_notice = nullptr;
};

} // namespace pd::views
