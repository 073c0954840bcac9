#include "TlsCertificateDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace pd::views {

namespace {

QLabel *valueLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

TlsCertificateDialog::TlsCertificateDialog(const QUrl &server, const pd::sync::CertificateProblem &problem,
                                           pd::sync::ServerTrust trust, QWidget *parent)
    : QDialog(parent), m_server(server), m_problem(problem), m_trust(std::move(trust))
{
    setObjectName(QStringLiteral("tlsCertificateDialog"));
    setWindowTitle(tr("Certificate Problem"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);

    const QString hostPort = QStringLiteral("%1:%2").arg(problem.host).arg(problem.port);
    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    head->addWidget(icon);
    auto *headline = new QLabel(tr("<b>The certificate of %1 did not pass the checks.</b><br>PartnerDesk has not sent "
                                   "your password or any data to this server.")
                                    .arg(hostPort.toHtmlEscaped()),
                                this);
    headline->setObjectName(QStringLiteral("certificateHeadline"));
    headline->setWordWrap(true);
    head->addWidget(headline, 1);
    layout->addLayout(head);

    QStringList items;
    const QStringList reasons = problem.reasons();
    for (qsizetype i = 0; i < reasons.size() && i < problem.checks.size(); ++i)
        items << QStringLiteral("<li><b>%1.</b> %2</li>")
                     .arg(pd::sync::CertificateProblem::describe(problem.checks.at(i)).toHtmlEscaped(),
                          reasons.at(i).toHtmlEscaped());
    auto *failed = new QLabel(tr("What failed:") + QStringLiteral("<ul style=\"margin-left:-20px\">")
                                  + items.join(QString()) + QStringLiteral("</ul>"),
                              this);
    failed->setObjectName(QStringLiteral("certificateReasons"));
    failed->setWordWrap(true);
    failed->setTextFormat(Qt::RichText);
    layout->addWidget(failed);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setHorizontalSpacing(12);
    const QLocale locale;
    form->addRow(tr("Server:"), valueLabel(hostPort, QStringLiteral("certificateServer"), this));
    form->addRow(tr("Issued to:"), valueLabel(problem.subject, QStringLiteral("certificateSubject"), this));
    form->addRow(tr("Issued by:"), valueLabel(problem.issuer, QStringLiteral("certificateIssuer"), this));
    form->addRow(tr("Valid from:"), valueLabel(locale.toString(problem.validFrom.toLocalTime(), QLocale::LongFormat),
                                               QStringLiteral("certificateValidFrom"), this));
    form->addRow(tr("Valid until:"), valueLabel(locale.toString(problem.validTo.toLocalTime(), QLocale::LongFormat),
                                                QStringLiteral("certificateValidTo"), this));
    QLabel *fingerprint = valueLabel(problem.fingerprint(), QStringLiteral("certificateFingerprint"), this);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    layout->addLayout(form);

    auto *advice = new QLabel(tr("Trust this certificate only if the server's administrator confirms this fingerprint. "
                                 "PartnerDesk will then accept exactly this certificate, and only for %1.")
                                  .arg(hostPort),
                              this);
    advice->setObjectName(QStringLiteral("certificateAdvice"));
    advice->setWordWrap(true);
    layout->addWidget(advice);

    auto *buttons = new QDialogButtonBox(this);
    m_trustButton = buttons->addButton(tr("&Trust This Certificate for This Server"), QDialogButtonBox::AcceptRole);
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_trustButton->setAutoDefault(false);
    m_refuse = buttons->addButton(tr("&Refuse"), QDialogButtonBox::RejectRole);
    m_refuse->setObjectName(QStringLiteral("refuseButton"));
    m_refuse->setProperty("primary", true);
    m_refuse->setDefault(true);
    m_refuse->setFocus();
    layout->addWidget(buttons);
    connect(m_trustButton, &QPushButton::clicked, this, &TlsCertificateDialog::trustCertificate);
    connect(m_refuse, &QPushButton::clicked, this, &QDialog::reject);
    setMinimumWidth(560);
}

void TlsCertificateDialog::trustCertificate()
{
    m_trust.pin(m_server, m_problem.certificate);
    accept();
}

} // namespace pd::views
