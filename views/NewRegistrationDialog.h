#pragma once

#include "Deal.h"

#include <QDialog>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace pd::views {

class DealService;

// Files a deal registration on a partner's behalf: the whole form, checked as it is typed, and the
// registrations of other partners it would compete with, found as the customer and products are entered.
class NewRegistrationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewRegistrationDialog)

public:
    explicit NewRegistrationDialog(DealService *service, QWidget *parent = nullptr);

    domain::Registration registration() const;
    QString createdId() const { return m_createdId; }
    void accept() override;

private:
    // The partner picked in the partner field; empty while the field holds typed text that names none.
    QString chosenPartnerId() const;
    void validate();
    void checkConflicts();

    DealService *m_service = nullptr;
    QString m_createdId;
    QComboBox *m_partner = nullptr;
    QCompleter *m_partnerCompleter = nullptr;
    QLineEdit *m_accountManager = nullptr;
    QLineEdit *m_replyName = nullptr;
    QLineEdit *m_replyEmail = nullptr;
    QLineEdit *m_replyPhone = nullptr;
    QLineEdit *m_customer = nullptr;
    QLineEdit *m_customerInn = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactPosition = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QLineEdit *m_projects = nullptr;
    QLineEdit *m_amount = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_quarter = nullptr;
    QLineEdit *m_consumption = nullptr;
    QListWidget *m_products = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_conflicts = nullptr;
    QPushButton *m_create = nullptr;
    QTimer *m_conflictTimer = nullptr;
};

} // namespace pd::views
