#include "AccountDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "CredentialStore.h"
#include "TlsCertificateDialog.h"

namespace pd::views {

using pd::sync::AuthFailure;
using pd::sync::AuthResult;
using pd::sync::CredentialResult;
using pd::sync::CredentialStore;

AccountDialog::AccountDialog(pd::sync::ServerTrust trust, CredentialStore *store, QWidget *parent)
    : QDialog(parent), m_trust(std::move(trust)),
      m_store(store ? store : new CredentialStore(QStringLiteral("PartnerDesk"), this)),
      m_auth(new pd::sync::AuthClient(m_trust, nullptr, this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Sync Account"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    auto *intro = new QLabel(tr("Sign in to the PartnerDesk server your team syncs with. The connection is checked "
                                "before your password is sent."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    m_serverEdit = new QLineEdit(this);
    m_serverEdit->setObjectName(QStringLiteral("serverEdit"));
    m_serverEdit->setPlaceholderText(tr("https://sync.example.com:8443"));
    form->addRow(tr("&Server:"), m_serverEdit);
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    form->addRow(tr("&User:"), m_userEdit);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_passwordEdit);
    auto *caRow = new QHBoxLayout;
    m_caFileEdit = new QLineEdit(this);
    m_caFileEdit->setObjectName(QStringLiteral("caFileEdit"));
    m_caFileEdit->setPlaceholderText(tr("Optional: your organisation's CA certificate (PEM)"));
    m_caFileEdit->setClearButtonEnabled(true);
    caRow->addWidget(m_caFileEdit, 1);
    m_caFileButton = new QPushButton(tr("C&hoose…"), this);
    m_caFileButton->setObjectName(QStringLiteral("caFileButton"));
    caRow->addWidget(m_caFileButton);
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFileEdit);
    form->addRow(caLabel, caRow);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setTextFormat(Qt::PlainText);
    m_keychainNote->hide();
    layout->addWidget(m_keychainNote);

    auto *buttons = new QDialogButtonBox(this);
    m_signOut = buttons->addButton(tr("Sign &Out"), QDialogButtonBox::ResetRole);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->hide();
    m_signIn = buttons->addButton(tr("&Sign In"), QDialogButtonBox::ActionRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setProperty("primary", true);
    m_signIn->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_signIn, &QPushButton::clicked, this, &AccountDialog::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &AccountDialog::signOut);
    connect(m_close, &QPushButton::clicked, this, [this] { m_tokens.isNull() ? reject() : accept(); });
    connect(m_caFileButton, &QPushButton::clicked, this, &AccountDialog::chooseCaFile);
    setMinimumWidth(520);

    const pd::sync::ServerTrust::Account account = m_trust.account();
    if (!account.isNull()) {
        m_serverEdit->setText(account.server.toString());
        m_userEdit->setText(account.user);
        m_caFileEdit->setText(QDir::toNativeSeparators(m_trust.caFile(account.server)));
        m_passwordEdit->setFocus();
        showSavedState();
    }
}

QString AccountDialog::user() const
{
    return m_userEdit->text().trimmed();
}

void AccountDialog::showSavedState()
{
    const pd::sync::ServerTrust::Account account = m_trust.account();
    m_store->read(account.server, account.user, [this, account](const CredentialResult &r) {
        m_signOut->setVisible(r.ok());
        if (r.ok()) {
            m_keychainNote->setText(tr("%1 is signed in; the sign-in is kept in the system keychain. Sign in again to "
                                       "replace it, or sign out to remove it.")
                                        .arg(account.user));
        } else if (r.status == CredentialResult::Status::Unavailable) {
            m_keychainNote->setText(r.message);
        } else if (r.status != CredentialResult::Status::NotFound) {
            m_keychainNote->setText(r.message);
        }
        m_keychainNote->setVisible(r.status != CredentialResult::Status::NotFound);
    });
}

void AccountDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the CA Certificate"), m_caFileEdit->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFileEdit->setText(QDir::toNativeSeparators(file));
}

void AccountDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void AccountDialog::setBusy(bool busy)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_serverEdit), static_cast<QWidget *>(m_userEdit),
          static_cast<QWidget *>(m_passwordEdit), static_cast<QWidget *>(m_caFileEdit),
          static_cast<QWidget *>(m_caFileButton), static_cast<QWidget *>(m_signIn), static_cast<QWidget *>(m_signOut)})
        w->setEnabled(!busy);
}

void AccountDialog::signIn()
{
    const auto url = pd::sync::ServerTrust::normaliseServerUrl(m_serverEdit->text());
    if (!url) {
        setStatus(url.error().text(), true);
        m_serverEdit->setFocus();
        return;
    }
    if (user().isEmpty() || m_passwordEdit->text().isEmpty()) {
        setStatus(user().isEmpty() ? tr("Enter your user name.") : tr("Enter your password."), true);
        (user().isEmpty() ? m_userEdit : m_passwordEdit)->setFocus();
        return;
    }
    if (Status st = m_trust.setCaFile(url.value(), QDir::fromNativeSeparators(m_caFileEdit->text().trimmed())); !st) {
        setStatus(st.error().text(), true);
        m_caFileEdit->setFocus();
        return;
    }
    m_server = url.value();
    m_serverEdit->setText(m_server.toString());
    setBusy(true);
    setStatus(tr("Checking the certificate of %1…").arg(m_server.host()), false);
    m_auth->signIn(m_server, user(), m_passwordEdit->text(), [this](const AuthResult &r) { finished(r); });
}

void AccountDialog::finished(const AuthResult &result)
{
    if (result.failure == AuthFailure::Certificate) {
        askAboutCertificate(result.certificate);
        return;
    }
    setBusy(false);
    if (!result.ok()) {
        setStatus(result.message, true);
        (result.failure == AuthFailure::Credentials ? m_passwordEdit : m_serverEdit)->setFocus();
        return;
    }
    m_tokens = result.tokens;
    m_passwordEdit->clear();
    m_trust.setAccount({m_server, user()});
    setStatus(tr("Signed in to %1 as %2 (%3).").arg(m_server.host(), user(), result.tokens.role), false);
    m_close->setText(tr("Done"));
    m_close->setDefault(true);
    emit signedIn(m_server, user(), m_tokens);
    m_store->write(m_server, user(), m_tokens.refreshToken, [this](const CredentialResult &r) {
        m_signOut->setVisible(r.ok());
        m_keychainNote->setText(r.ok() ? tr("The sign-in is kept in the system keychain; PartnerDesk will not ask for "
                                            "the password again until it expires.")
                                       : r.message);
        m_keychainNote->show();
    });
}

void AccountDialog::askAboutCertificate(const pd::sync::CertificateProblem &problem)
{
    auto *dialog = new TlsCertificateDialog(m_server, problem, m_trust, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted) {
            setStatus(tr("Certificate trusted for %1. Signing in…").arg(pd::sync::ServerTrust::serverKey(m_server)),
                      false);
            m_auth->signIn(m_server, user(), m_passwordEdit->text(), [this](const AuthResult &r) { finished(r); });
            return;
        }
        setBusy(false);
        setStatus(tr("You refused the certificate of %1. Nothing was sent to the server.")
                      .arg(pd::sync::ServerTrust::serverKey(m_server)),
                  true);
    });
    dialog->open();
}

void AccountDialog::signOut()
{
    const pd::sync::ServerTrust::Account account = m_trust.account();
    m_store->remove(account.server, account.user, [this](const CredentialResult &r) {
        m_signOut->setVisible(!r.ok() && r.status != CredentialResult::Status::NotFound);
        m_tokens = {};
        m_keychainNote->setText(r.ok() || r.status == CredentialResult::Status::NotFound
                                    ? tr("Signed out: the sign-in was removed from the system keychain.")
                                    : r.message);
        m_keychainNote->show();
    });
}

} // namespace pd::views
