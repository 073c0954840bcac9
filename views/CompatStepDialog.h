#pragma once

#include "Training.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace pd::views {

// Starts a software compatibility track or moves it on by one step: completes the open step or starts
// the next, and after the eighth records the outcome and the resulting certificate. The result is
// checked against the track's rules (order, dates, a document review of at least 5 working days).
class CompatStepDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompatStepDialog)

public:
    CompatStepDialog(const domain::CompatCertification &certification, const QDate &today, QWidget *parent = nullptr);

    domain::CompatCertification certification() const;
    void accept() override;

private:
    void updateState();

    domain::CompatCertification m_original;
    int m_step = 1;
    bool m_completing = false; // the open step is being completed rather than a new one started
    QLineEdit *m_product = nullptr;
    QLineEdit *m_version = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_vendor = nullptr;
    QLineEdit *m_testProject = nullptr;
    QDateEdit *m_started = nullptr;
    QCheckBox *m_done = nullptr;
    QDateEdit *m_completed = nullptr;
    QLineEdit *m_note = nullptr;
    QComboBox *m_outcome = nullptr;
    QGroupBox *m_certificateBox = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_issuer = nullptr;
    QDateEdit *m_issued = nullptr;
    QDateEdit *m_expires = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace pd::views
