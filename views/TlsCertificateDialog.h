#pragma once

#include <QDialog>
#include <QUrl>

#include "ServerTrust.h"

class QPushButton;

namespace pd::views {

// Shows why a sync server's certificate was refused (which check failed, subject, issuer, validity,
// SHA-256 fingerprint) and lets the user refuse it (the default) or trust exactly this certificate
// for exactly this server, which stores a pin. Accepted means: trusted and pinned.
class TlsCertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsCertificateDialog)

public:
    TlsCertificateDialog(const QUrl &server, const pd::sync::CertificateProblem &problem, pd::sync::ServerTrust trust,
                         QWidget *parent = nullptr);

private:
    void trustCertificate();

    QUrl m_server;
    pd::sync::CertificateProblem m_problem;
    pd::sync::ServerTrust m_trust;
    QPushButton *m_refuse = nullptr;
    QPushButton *m_trustButton = nullptr;
};

} // namespace pd::views
