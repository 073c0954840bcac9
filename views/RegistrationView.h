#pragma once

#include "Deal.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace pd::views {

// The registration form as the partner filed it, read-only: every field of the form in
// docs/domain.md, "Deal registration".
class RegistrationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationView)

public:
    explicit RegistrationView(QWidget *parent = nullptr);

    void setRegistration(const domain::Registration &r);

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const char *objectName);

    QLabel *m_partner = nullptr;
    QLabel *m_reply = nullptr;
    QLabel *m_accountManager = nullptr;
    QLabel *m_customer = nullptr;
    QLabel *m_customerInn = nullptr;
    QLabel *m_decisionMaker = nullptr;
    QLabel *m_projects = nullptr;
    QLabel *m_amount = nullptr;
    QLabel *m_expected = nullptr;
    QLabel *m_consumption = nullptr;
    QLabel *m_products = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_filed = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace pd::views
