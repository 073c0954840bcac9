#include "CompatStepDialog.h"

#include "FormParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::views {

using namespace domain;

CompatStepDialog::CompatStepDialog(const CompatCertification &c, const QDate &today, QWidget *parent)
    : QDialog(parent), m_original(c)
{
    setObjectName(QStringLiteral("compatStepDialog"));
    const bool fresh = c.steps.isEmpty();
    if (!fresh) {
        const CompatStep &last = c.steps.constLast();
        m_completing = !last.completedOn.isValid();
        m_step = m_completing ? last.number : std::min(last.number + 1, training::kCompatSteps);
    }
    setWindowTitle(fresh ? tr("New compatibility certification")
                         : tr("Compatibility track — %1 %2").arg(c.productName, c.productVersion));
    auto *layout = new QVBoxLayout(this);
    auto *track = new QGroupBox(tr("Software"), this);
    auto *trackForm = new QFormLayout(track);
    auto edit = [this](const char *name, const QString &text) {
        auto *e = new QLineEdit(text, this);
        e->setObjectName(QLatin1String(name));
        return e;
    };
    m_product = edit("compatProductEdit", c.productName);
    m_version = edit("compatVersionEdit", c.productVersion);
    m_service = edit("compatServiceEdit", c.service);
    m_vendor = edit("compatVendorEdit", c.vendor);
    m_testProject = edit("compatTestProjectEdit", c.testProjectId);
    m_testProject->setPlaceholderText(tr("Given at step 2"));
    trackForm->addRow(tr("Product"), m_product);
    trackForm->addRow(tr("Version"), m_version);
    trackForm->addRow(tr("Service"), m_service);
    trackForm->addRow(tr("Vendor"), m_vendor);
    trackForm->addRow(tr("Test project ID"), m_testProject);
    layout->addWidget(track);

    auto *step = new QGroupBox(
        tr("Step %1 of %2: %3").arg(m_step).arg(training::kCompatSteps).arg(training::compatStepName(m_step)), this);
    step->setObjectName(QStringLiteral("compatStepBox"));
    auto *stepForm = new QFormLayout(step);
    const CompatStep *open = m_completing ? &c.steps.constLast() : nullptr;
    m_started = new QDateEdit(open ? open->startedOn : today, step);
    m_started->setObjectName(QStringLiteral("compatStartedEdit"));
    m_started->setCalendarPopup(true);
    m_started->setEnabled(!open);
    m_done = new QCheckBox(tr("Completed"), step);
    m_done->setObjectName(QStringLiteral("compatDoneCheck"));
    m_done->setChecked(m_completing);
    m_completed = new QDateEdit(today, step);
    m_completed->setObjectName(QStringLiteral("compatCompletedEdit"));
    m_completed->setCalendarPopup(true);
    m_note = edit("compatNoteEdit", open ? open->note : QString());
    stepForm->addRow(tr("Started"), m_started);
    stepForm->addRow(m_done, m_completed);
    stepForm->addRow(tr("Note"), m_note);
    m_outcome = new QComboBox(step);
    m_outcome->setObjectName(QStringLiteral("compatOutcomeCombo"));
    for (CompatOutcome o :
         {CompatOutcome::InProgress, CompatOutcome::Certified, CompatOutcome::Failed, CompatOutcome::Withdrawn})
        m_outcome->addItem(displayName(o), static_cast<int>(o));
    m_outcome->setCurrentIndex(m_outcome->findData(static_cast<int>(c.outcome)));
    stepForm->addRow(tr("Outcome"), m_outcome);
    layout->addWidget(step);

    m_certificateBox = new QGroupBox(tr("Certificate"), this);
    auto *certForm = new QFormLayout(m_certificateBox);
    m_number = edit("compatNumberEdit", c.certificateNumber);
    m_issuer = edit("compatIssuerEdit", c.issuer);
    m_issued = new QDateEdit(c.issuedOn.isValid() ? c.issuedOn : today, m_certificateBox);
    m_issued->setObjectName(QStringLiteral("compatIssuedEdit"));
    m_issued->setCalendarPopup(true);
    m_expires = new QDateEdit(c.expiresOn.isValid() ? c.expiresOn : today.addMonths(24), m_certificateBox);
    m_expires->setObjectName(QStringLiteral("compatExpiresEdit"));
    m_expires->setCalendarPopup(true);
    certForm->addRow(tr("Number"), m_number);
    certForm->addRow(tr("Issuer"), m_issuer);
    certForm->addRow(tr("Issued"), m_issued);
    certForm->addRow(tr("Expires"), m_expires);
    layout->addWidget(m_certificateBox);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("compatErrorLabel"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(fresh ? tr("Start track") : tr("Save step"));
    buttons->button(QDialogButtonBox::Ok)->setProperty("primary", true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompatStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompatStepDialog::reject);
    addSaveShortcut(this, buttons->button(QDialogButtonBox::Ok));
    layout->addWidget(buttons);
    connect(m_done, &QCheckBox::toggled, this, &CompatStepDialog::updateState);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &CompatStepDialog::updateState);
    updateState();
    resize(520, sizeHint().height());
}

void CompatStepDialog::updateState()
{
    m_completed->setEnabled(m_done->isChecked());
    m_certificateBox->setVisible(m_outcome->currentData().toInt() == static_cast<int>(CompatOutcome::Certified));
    adjustSize();
}

CompatCertification CompatStepDialog::certification() const
{
    CompatCertification c = m_original;
    c.productName = m_product->text().trimmed();
    c.productVersion = m_version->text().trimmed();
    c.service = m_service->text().trimmed();
    c.vendor = m_vendor->text().trimmed();
    c.testProjectId = m_testProject->text().trimmed();
    CompatStep s;
    s.number = m_step;
    s.startedOn = m_started->date();
    s.completedOn = m_done->isChecked() ? m_completed->date() : QDate();
    s.note = m_note->text().trimmed();
    const bool replaceLast = m_completing || (!c.steps.isEmpty() && c.steps.constLast().number == m_step);
    if (replaceLast)
        c.steps.last() = s;
    else
        c.steps.append(s);
    c.outcome = static_cast<CompatOutcome>(m_outcome->currentData().toInt());
    if (c.outcome == CompatOutcome::Certified) {
        c.certificateNumber = m_number->text().trimmed();
        c.issuer = m_issuer->text().trimmed();
        c.issuedOn = m_issued->date();
        c.expiresOn = m_expires->date();
    }
    return c;
}

void CompatStepDialog::accept()
{
    const QString error = training::validateCompat(certification());
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace pd::views
