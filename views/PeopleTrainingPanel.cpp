#include "PeopleTrainingPanel.h"

#include "CertificateDialog.h"
#include "EnrollmentDialog.h"
#include "ListPageParts.h"
#include "Settings.h"
#include "TrainingService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::views {

using namespace domain;

PeopleTrainingPanel::PeopleTrainingPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("peopleTrainingPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    auto *filter = new QHBoxLayout;
    filter->addWidget(new QLabel(tr("Person"), this));
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("trainingPersonCombo"));
    m_person->setMinimumContentsLength(24);
    filter->addWidget(m_person);
    filter->addStretch(1);
    layout->addLayout(filter);

    auto section = [this, layout](const QString &title, QPushButton *first, QPushButton *second) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(title, this);
        label->setProperty("role", QStringLiteral("section"));
        row->addWidget(label);
        row->addStretch(1);
        row->addWidget(first);
        row->addWidget(second);
        layout->addLayout(row);
    };
    auto button = [this](const char *name, const QString &text, const QString &icon) {
        auto *b = new QPushButton(icon.isEmpty() ? QIcon() : QIcon(icon), text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_enrol = button("enrolButton", tr("Enrol…"), QStringLiteral(":/icons/add-dark.svg"));
    m_progress = button("progressButton", tr("Update progress…"), {});
    section(tr("Courses"), m_enrol, m_progress);
    m_enrollmentTable =
        table("enrollmentTable", {tr("Person"), tr("Course"), tr("Enrolled"), tr("Progress"), tr("Completed")});
    layout->addWidget(m_enrollmentTable, 1);
    m_addCertificate = button("addCertificateButton", tr("Add certificate…"), QStringLiteral(":/icons/add-dark.svg"));
    m_removeCertificate = button("removeCertificateButton", tr("Remove"), QStringLiteral(":/icons/delete.svg"));
    m_removeCertificate->setProperty("danger", true);
    section(tr("Certificates"), m_addCertificate, m_removeCertificate);
    m_certificateTable = table("certificateTable", {tr("Person"), tr("Competence"), tr("Number"), tr("Issued"),
                                                    tr("Expires"), tr("Days left")});
    layout->addWidget(m_certificateTable, 1);

    connect(m_person, &QComboBox::currentIndexChanged, this, &PeopleTrainingPanel::fill);
    connect(m_enrol, &QPushButton::clicked, this, &PeopleTrainingPanel::enrol);
    connect(m_progress, &QPushButton::clicked, this, &PeopleTrainingPanel::updateProgress);
    connect(m_enrollmentTable, &QTableWidget::itemDoubleClicked, this, &PeopleTrainingPanel::updateProgress);
    connect(m_addCertificate, &QPushButton::clicked, this, &PeopleTrainingPanel::addCertificate);
    connect(m_removeCertificate, &QPushButton::clicked, this, &PeopleTrainingPanel::removeCertificate);
    for (QTableWidget *t : {m_enrollmentTable, m_certificateTable})
        connect(t, &QTableWidget::itemSelectionChanged, this, &PeopleTrainingPanel::updateButtons);
    clear();
}

QTableWidget *PeopleTrainingPanel::table(const char *name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), this);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(28);
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void PeopleTrainingPanel::clear()
{
    setPartner({}, {}, {}, {});
}

void PeopleTrainingPanel::setPartner(const Partner &partner, const QList<storage::EnrollmentRow> &enrollments,
                                     const QList<storage::CertificateRow> &certificates, const QDate &asOf)
{
    const QString keep = m_partner.id == partner.id ? m_person->currentData().toString() : QString();
    m_partner = partner;
    m_enrollments = enrollments;
    m_certificates = certificates;
    m_asOf = asOf;
    {
        const QSignalBlocker block(m_person);
        m_person->clear();
        m_person->addItem(tr("Everyone (%1)").arg(partner.people.size()), QString());
        for (const Person &p : partner.people)
            m_person->addItem(p.name, p.id);
        m_person->setCurrentIndex(std::max(0, m_person->findData(keep)));
    }
    setEnabled(!partner.id.isEmpty());
    fill();
}

void PeopleTrainingPanel::fill()
{
    const QString person = m_person->currentData().toString();
    const QLocale locale;
    m_enrollmentTable->setRowCount(0);
    for (int i = 0; i < m_enrollments.size(); ++i) {
        const storage::EnrollmentRow &r = m_enrollments.at(i);
        if (!person.isEmpty() && r.enrollment.personId != person)
            continue;
        const int row = m_enrollmentTable->rowCount();
        m_enrollmentTable->insertRow(row);
        auto *name = new QTableWidgetItem(r.personName);
        name->setData(Qt::UserRole, i);
        m_enrollmentTable->setItem(row, 0, name);
        m_enrollmentTable->setItem(row, 1, new QTableWidgetItem(r.courseTitle));
        m_enrollmentTable->setItem(
            row, 2, new QTableWidgetItem(locale.toString(r.enrollment.enrolledOn, QLocale::ShortFormat)));
        auto *progress = new QTableWidgetItem(tr("%1 %").arg(r.enrollment.progressPct));
        progress->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (r.enrollment.progressPct == 100)
            progress->setForeground(QColor(0x16, 0x65, 0x34));
        m_enrollmentTable->setItem(row, 3, progress);
        m_enrollmentTable->setItem(row, 4,
                                   new QTableWidgetItem(r.enrollment.completedOn.isValid() ? locale.toString(
                                                            r.enrollment.completedOn, QLocale::ShortFormat)
                                                                                           : tr("in progress")));
    }
    m_certificateTable->setRowCount(0);
    for (const storage::CertificateRow &r : m_certificates) {
        const Certificate &c = r.certificate;
        if (!person.isEmpty() && c.personId != person)
            continue;
        const int row = m_certificateTable->rowCount();
        m_certificateTable->insertRow(row);
        const qint64 left = m_asOf.daysTo(c.expiresOn);
        QStringList texts = {r.personName,
                             displayName(c.competence),
                             c.number,
                             locale.toString(c.issuedOn, QLocale::ShortFormat),
                             locale.toString(c.expiresOn, QLocale::ShortFormat),
                             left <= 0 ? tr("expired") : QString::number(left)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, c.id);
            if (left <= 0) {
                item->setForeground(QColor(0x94, 0xA3, 0xB8));
            } else if (left <= kWarnDays) {
                item->setBackground(QColor(0xFE, 0xF3, 0xC7));
                item->setForeground(QColor(0x92, 0x40, 0x0E));
                item->setToolTip(tr("Expires within %1 days").arg(kWarnDays));
            }
            m_certificateTable->setItem(row, column, item);
        }
    }
    updateButtons();
}

void PeopleTrainingPanel::updateButtons()
{
    m_progress->setEnabled(!m_enrollmentTable->selectedItems().isEmpty());
    m_removeCertificate->setEnabled(!m_certificateTable->selectedItems().isEmpty());
}

void PeopleTrainingPanel::showError(const QString &title, const QString &text)
{
    QMessageBox::warning(this, title, text);
}

void PeopleTrainingPanel::enrol()
{
    if (!m_service || m_partner.id.isEmpty())
        return;
    Enrollment e;
    e.personId = m_person->currentData().toString();
    EnrollmentDialog dialog(m_service, m_partner, e, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto saved = m_service->saveEnrollment(dialog.enrollment()); !saved)
        showError(tr("Enrol"), saved.error().text());
}

void PeopleTrainingPanel::updateProgress()
{
    const QList<QTableWidgetItem *> selected = m_enrollmentTable->selectedItems();
    if (!m_service || selected.isEmpty())
        return;
    const int index = m_enrollmentTable->item(selected.first()->row(), 0)->data(Qt::UserRole).toInt();
    EnrollmentDialog dialog(m_service, m_partner, m_enrollments.at(index).enrollment, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto saved = m_service->saveEnrollment(dialog.enrollment()); !saved)
        showError(tr("Training progress"), saved.error().text());
}

void PeopleTrainingPanel::addCertificate()
{
    if (!m_service || m_partner.id.isEmpty())
        return;
    auto rules = m_service->rules();
    const int months = rules ? rules.value().at(m_service->today()).certificateValidityMonths : 24;
    CertificateDialog dialog(m_partner, m_service->today(), months, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto saved = m_service->addCertificate(dialog.certificate()); !saved)
        showError(tr("Add certificate"), saved.error().text());
}

void PeopleTrainingPanel::removeCertificate()
{
    const QList<QTableWidgetItem *> selected = m_certificateTable->selectedItems();
    if (!m_service || selected.isEmpty())
        return;
    const int row = selected.first()->row();
    const QString id = selected.first()->data(Qt::UserRole).toString();
    const auto answer = QMessageBox::question(
        this, tr("Remove certificate"),
        tr("Remove the %1 certificate of %2? The removal is recorded in the audit log.")
            .arg(m_certificateTable->item(row, 1)->text(), m_certificateTable->item(row, 0)->text()));
    if (answer != QMessageBox::Yes)
        return;
    if (const Status status = m_service->removeCertificate(id); !status)
        showError(tr("Remove certificate"), status.error().text());
}

void PeopleTrainingPanel::saveLayout() const
{
    for (QTableWidget *t : {m_enrollmentTable, m_certificateTable})
        Settings::saveHeader(t->horizontalHeader(), t->objectName());
}

void PeopleTrainingPanel::restoreLayout()
{
    if (!Settings::restoreHeader(m_enrollmentTable->horizontalHeader(), m_enrollmentTable->objectName())) {
        m_enrollmentTable->horizontalHeader()->resizeSection(0, 180);
        m_enrollmentTable->horizontalHeader()->resizeSection(1, 300);
    }
    if (!Settings::restoreHeader(m_certificateTable->horizontalHeader(), m_certificateTable->objectName())) {
        m_certificateTable->horizontalHeader()->resizeSection(0, 180);
        m_certificateTable->horizontalHeader()->resizeSection(2, 130);
    }
    for (QTableWidget *t : {m_enrollmentTable, m_certificateTable})
        fitSectionsToTitles(t->horizontalHeader());
}

} // namespace pd::views
