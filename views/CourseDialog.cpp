#include "CourseDialog.h"

#include "FormParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace pd::views {

using namespace domain;

CourseDialog::CourseDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("courseDialog"));
    setWindowTitle(tr("New course"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("courseTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Cloud Servers: design and deployment"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("courseKindCombo"));
    for (CourseKind k : {CourseKind::Product, CourseKind::Technical, CourseKind::Sales})
        m_kind->addItem(displayName(k), static_cast<int>(k));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("courseFormatCombo"));
    for (CourseFormat f : {CourseFormat::Lecture, CourseFormat::Demo, CourseFormat::Lab})
        m_format->addItem(displayName(f), static_cast<int>(f));
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("courseHoursSpin"));
    m_hours->setRange(1, 500);
    m_hours->setValue(8);
    m_hours->setSuffix(tr(" h"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("courseDescriptionEdit"));
    m_description->setFixedHeight(80);
    form->addRow(createRequiredLabel(tr("Title"), this), m_title);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Length"), m_hours);
    form->addRow(tr("Description"), m_description);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("courseErrorLabel"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add course"));
    buttons->button(QDialogButtonBox::Ok)->setProperty("primary", true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CourseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CourseDialog::reject);
    addSaveShortcut(this, buttons->button(QDialogButtonBox::Ok));
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

Course CourseDialog::course() const
{
    Course c;
    c.title = m_title->text().trimmed();
    c.kind = static_cast<CourseKind>(m_kind->currentData().toInt());
    c.format = static_cast<CourseFormat>(m_format->currentData().toInt());
    c.hours = m_hours->value();
    c.description = m_description->toPlainText().trimmed();
    return c;
}

void CourseDialog::accept()
{
    if (m_title->text().trimmed().isEmpty()) {
        m_error->setText(tr("A course needs a title."));
        m_error->show();
        m_title->setProperty("invalid", true);
        m_title->style()->unpolish(m_title);
        m_title->style()->polish(m_title);
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace pd::views
