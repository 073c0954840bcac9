#pragma once

#include "Partner.h"
#include "Training.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace pd::views {

class TrainingService;

// Enrols one of a partner's people in a course, or records the progress of an enrolment; a course
// missing from the catalogue can be added from here.
class EnrollmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnrollmentDialog)

public:
    EnrollmentDialog(TrainingService *service, const domain::Partner &partner, const domain::Enrollment &enrollment,
                     QWidget *parent = nullptr);

    domain::Enrollment enrollment() const;
    void accept() override;

private:
    void fillCourses(const QString &select);
    void newCourse();
    void updateCompletion();

    TrainingService *m_service = nullptr;
    domain::Enrollment m_enrollment;
    QComboBox *m_person = nullptr;
    QComboBox *m_course = nullptr;
    QDateEdit *m_enrolled = nullptr;
    QSpinBox *m_progress = nullptr;
    QDateEdit *m_completed = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace pd::views
