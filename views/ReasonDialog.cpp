#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::views {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, const QString &okText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("reasonSubjectLabel"));
    m_subject->setProperty("role", QStringLiteral("heading"));
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->hide();
    layout->addWidget(m_subject);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("reasonEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumSize(420, 110);
    layout->addWidget(m_edit, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("reasonOkButton"));
    m_ok->setProperty("primary", true);
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_edit->toPlainText().trimmed().isEmpty()); });
}

QString ReasonDialog::text() const
{
    return m_edit->toPlainText().trimmed();
}

void ReasonDialog::setSubject(const QString &subject)
{
    m_subject->setText(subject);
    m_subject->setVisible(!subject.isEmpty());
}

QString ReasonDialog::ask(QWidget *parent, const QString &title, const QString &prompt, const QString &okText)
{
    return ask(parent, title, QString(), prompt, okText);
}

QString ReasonDialog::ask(QWidget *parent, const QString &title, const QString &subject, const QString &prompt,
                          const QString &okText)
{
    ReasonDialog dialog(title, prompt, okText, parent);
    dialog.setSubject(subject);
    return dialog.exec() == QDialog::Accepted ? dialog.text() : QString();
}

} // namespace pd::views
