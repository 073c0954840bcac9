#include "EnrollmentDialog.h"

#include "FormParts.h"
#include "CourseDialog.h"
#include "TrainingService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::views {

using namespace domain;

EnrollmentDialog::EnrollmentDialog(TrainingService *service, const Partner &partner, const Enrollment &enrollment,
                                   QWidget *parent)
    : QDialog(parent), m_service(service), m_enrollment(enrollment)
{
    setObjectName(QStringLiteral("enrollmentDialog"));
    const bool editing = !enrollment.id.isEmpty();
    setWindowTitle(editing ? tr("Training progress — %1").arg(partner.name) : tr("Enrol — %1").arg(partner.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("enrollmentPersonCombo"));
    for (const Person &p : partner.people)
        m_person->addItem(p.name, p.id);
    m_person->setCurrentIndex(std::max(0, m_person->findData(enrollment.personId)));
    m_course = new QComboBox(this);
    m_course->setObjectName(QStringLiteral("enrollmentCourseCombo"));
    m_course->setMinimumContentsLength(28);
    auto *courseRow = new QHBoxLayout;
    courseRow->addWidget(m_course, 1);
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add-dark.svg")), tr("New course…"), this);
    add->setObjectName(QStringLiteral("enrollmentNewCourseButton"));
    courseRow->addWidget(add);
    m_enrolled = new QDateEdit(enrollment.enrolledOn.isValid() ? enrollment.enrolledOn : service->today(), this);
    m_enrolled->setObjectName(QStringLiteral("enrollmentDateEdit"));
    m_enrolled->setCalendarPopup(true);
    m_progress = new QSpinBox(this);
    m_progress->setObjectName(QStringLiteral("enrollmentProgressSpin"));
    m_progress->setRange(0, 100);
    m_progress->setSuffix(tr(" %"));
    m_progress->setValue(enrollment.progressPct);
    m_completed = new QDateEdit(enrollment.completedOn.isValid() ? enrollment.completedOn : service->today(), this);
    m_completed->setObjectName(QStringLiteral("enrollmentCompletedEdit"));
    m_completed->setCalendarPopup(true);
    form->addRow(tr("Person"), m_person);
    form->addRow(tr("Course"), courseRow);
    form->addRow(tr("Enrolled"), m_enrolled);
    form->addRow(tr("Progress"), m_progress);
    form->addRow(tr("Completed"), m_completed);
    layout->addLayout(form);
    m_person->setEnabled(!editing);
    m_course->setEnabled(!editing);
    add->setVisible(!editing);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("enrollmentErrorLabel"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("Save progress") : tr("Enrol"));
    buttons->button(QDialogButtonBox::Ok)->setProperty("primary", true);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrollmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnrollmentDialog::reject);
    addSaveShortcut(this, buttons->button(QDialogButtonBox::Ok));
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &EnrollmentDialog::newCourse);
    connect(m_progress, &QSpinBox::valueChanged, this, &EnrollmentDialog::updateCompletion);
    fillCourses(enrollment.courseId);
    updateCompletion();
    resize(520, sizeHint().height());
}

void EnrollmentDialog::fillCourses(const QString &select)
{
    m_course->clear();
    auto courses = m_service->courses();
    if (!courses) {
        m_error->setText(courses.error().text());
        m_error->show();
        return;
    }
    for (const Course &c : courses.value())
        m_course->addItem(tr("%1 · %2, %3").arg(c.title, displayName(c.kind), displayName(c.format)), c.id);
    m_course->setCurrentIndex(std::max(0, m_course->findData(select)));
}

void EnrollmentDialog::newCourse()
{
    CourseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto saved = m_service->saveCourse(dialog.course());
    if (!saved) {
        m_error->setText(saved.error().text());
        m_error->show();
        return;
    }
    fillCourses(saved.value().id);
}

void EnrollmentDialog::updateCompletion()
{
    m_completed->setEnabled(m_progress->value() == 100);
}

Enrollment EnrollmentDialog::enrollment() const
{
    Enrollment e = m_enrollment;
    e.personId = m_person->currentData().toString();
    e.courseId = m_course->currentData().toString();
    e.enrolledOn = m_enrolled->date();
    e.progressPct = m_progress->value();
    e.completedOn = e.progressPct == 100 ? m_completed->date() : QDate();
    return e;
}

void EnrollmentDialog::accept()
{
    QString error = training::validateEnrollment(enrollment());
    if (m_person->count() == 0)
        error = tr("This partner has no people yet. Add them on the Partners page first.");
    else if (m_course->count() == 0)
        error = tr("The catalogue has no course yet: add one with New course….");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace pd::views
