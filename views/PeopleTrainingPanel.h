#pragma once

#include "Partner.h"
#include "TrainingRepository.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace pd::views {

class TrainingService;

// One partner's people in training: their enrolments with progress and completion, and their Sale and
// Pre-Sale certificates with the days left (highlighted within 90 days). Everyone, or one person.
class PeopleTrainingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleTrainingPanel)

public:
    explicit PeopleTrainingPanel(QWidget *parent = nullptr);

    static constexpr int kWarnDays = 90;

    void setService(TrainingService *service) { m_service = service; }
    void setPartner(const domain::Partner &partner, const QList<storage::EnrollmentRow> &enrollments,
                    const QList<storage::CertificateRow> &certificates, const QDate &asOf);
    void clear();

    void enrol();
    void updateProgress();
    void addCertificate();
    void removeCertificate();

    void saveLayout() const;
    void restoreLayout();

private:
    void fill();
    QTableWidget *table(const char *name, const QStringList &headers);
    void showError(const QString &title, const QString &text);
    void updateButtons();

    TrainingService *m_service = nullptr;
    domain::Partner m_partner;
    QList<storage::EnrollmentRow> m_enrollments;
    QList<storage::CertificateRow> m_certificates;
    QDate m_asOf;

    QComboBox *m_person = nullptr;
    QTableWidget *m_enrollmentTable = nullptr;
    QTableWidget *m_certificateTable = nullptr;
    QPushButton *m_enrol = nullptr;
    QPushButton *m_progress = nullptr;
    QPushButton *m_addCertificate = nullptr;
    QPushButton *m_removeCertificate = nullptr;
};

} // namespace pd::views
