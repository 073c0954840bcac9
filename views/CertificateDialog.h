#pragma once

#include "Partner.h"
#include "TierEngine.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace pd::views {

// Records a Sale or Pre-Sale certificate of one of a partner's people. The expiry date is the program
// rule (certificate validity) unless the certificate names its own.
class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)

public:
    CertificateDialog(const domain::Partner &partner, const QDate &today, int validityMonths,
                      QWidget *parent = nullptr);

    domain::Certificate certificate() const;
    void accept() override;

private:
    void updateExpiry();

    QString m_partnerId;
    int m_validityMonths = 24;
    QComboBox *m_person = nullptr;
    QComboBox *m_competence = nullptr;
    QDateEdit *m_issued = nullptr;
    QCheckBox *m_ruleExpiry = nullptr;
    QDateEdit *m_expires = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace pd::views
