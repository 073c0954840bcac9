#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pd::views {

// Asks for the text a decision needs (a rejection's reason, a return's comment, an extension's reason);
// OK stays disabled until something is written.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    ReasonDialog(const QString &title, const QString &prompt, const QString &okText, QWidget *parent = nullptr);

    QString text() const;
    // What the text is for, named above the prompt (the registration being decided).
    void setSubject(const QString &subject);
    // Asks; returns an empty string when cancelled.
    static QString ask(QWidget *parent, const QString &title, const QString &prompt, const QString &okText);
    static QString ask(QWidget *parent, const QString &title, const QString &subject, const QString &prompt,
                       const QString &okText);

private:
    QLabel *m_subject = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace pd::views
