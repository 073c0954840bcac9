#include "CertificateDialog.h"

#include "FormParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::views {

using namespace domain;

CertificateDialog::CertificateDialog(const Partner &partner, const QDate &today, int validityMonths, QWidget *parent)
    : QDialog(parent), m_partnerId(partner.id), m_validityMonths(validityMonths)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("New certificate — %1").arg(partner.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("certificatePersonCombo"));
    for (const Person &p : partner.people)
        m_person->addItem(p.position.isEmpty() ? p.name : tr("%1 · %2").arg(p.name, p.position), p.id);
    m_competence = new QComboBox(this);
    m_competence->setObjectName(QStringLiteral("certificateCompetenceCombo"));
    for (Competence c : {Competence::Sale, Competence::PreSale})
        m_competence->addItem(displayName(c), static_cast<int>(c));
    m_issued = new QDateEdit(today, this);
    m_issued->setObjectName(QStringLiteral("certificateIssuedEdit"));
    m_issued->setCalendarPopup(true);
    m_ruleExpiry = new QCheckBox(tr("Valid for %n month(s), the program rule", nullptr, validityMonths), this);
    m_ruleExpiry->setObjectName(QStringLiteral("certificateRuleExpiryCheck"));
    m_ruleExpiry->setChecked(true);
    m_expires = new QDateEdit(this);
    m_expires->setObjectName(QStringLiteral("certificateExpiresEdit"));
    m_expires->setCalendarPopup(true);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("certificateNumberEdit"));
    m_number->setPlaceholderText(tr("As printed on the certificate"));
    form->addRow(tr("Person"), m_person);
    form->addRow(tr("Competence"), m_competence);
    form->addRow(tr("Issued"), m_issued);
    form->addRow(tr("Expires"), m_ruleExpiry);
    form->addRow(QString(), m_expires);
    form->addRow(tr("Number"), m_number);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("certificateErrorLabel"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add certificate"));
    buttons->button(QDialogButtonBox::Ok)->setProperty("primary", true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CertificateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CertificateDialog::reject);
    addSaveShortcut(this, buttons->button(QDialogButtonBox::Ok));
    layout->addWidget(buttons);
    connect(m_issued, &QDateEdit::dateChanged, this, &CertificateDialog::updateExpiry);
    connect(m_ruleExpiry, &QCheckBox::toggled, this, &CertificateDialog::updateExpiry);
    updateExpiry();
    resize(460, sizeHint().height());
}

void CertificateDialog::updateExpiry()
{
    m_expires->setEnabled(!m_ruleExpiry->isChecked());
    if (m_ruleExpiry->isChecked())
        m_expires->setDate(m_issued->date().addMonths(m_validityMonths));
}

Certificate CertificateDialog::certificate() const
{
    Certificate c;
    c.partnerId = m_partnerId;
    c.personId = m_person->currentData().toString();
    c.competence = static_cast<Competence>(m_competence->currentData().toInt());
    c.issuedOn = m_issued->date();
    if (!m_ruleExpiry->isChecked())
        c.expiresOn = m_expires->date();
    c.number = m_number->text().trimmed();
    return c;
}

void CertificateDialog::accept()
{
    QString error;
    if (m_person->count() == 0)
        error = tr("This partner has no people yet. Add them on the Partners page first.");
    else if (m_person->currentData().toString().isEmpty())
        error = tr("Choose the person who holds the certificate.");
    else if (m_expires->date() <= m_issued->date())
        error = tr("A certificate expires after it is issued.");
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace pd::views
