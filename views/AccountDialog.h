#pragma once

#include <QDialog>
#include <QUrl>

#include "AuthClient.h"
#include "ServerTrust.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace pd::sync {
class CredentialStore;
}

namespace pd::views {

// The sync account: server URL, user, password and an optional CA file. "Sign In" checks the
// server's certificate first (a refused one opens TlsCertificateDialog; nothing is sent before it is
// accepted), then obtains tokens and keeps the refresh token in the OS keychain. Where there is no
// keychain it says so: the password will be asked each session.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    // store: the keychain to use (tests pass their own); null makes one for the app.
    AccountDialog(pd::sync::ServerTrust trust, pd::sync::CredentialStore *store = nullptr, QWidget *parent = nullptr);

    // The tokens of the last successful sign-in (null before).
    const pd::sync::Tokens &tokens() const { return m_tokens; }
    QUrl server() const { return m_server; }
    QString user() const;

signals:
    void signedIn(const QUrl &server, const QString &user, const pd::sync::Tokens &tokens);

private:
    void chooseCaFile();
    void signIn();
    void finished(const pd::sync::AuthResult &result);
    void askAboutCertificate(const pd::sync::CertificateProblem &problem);
    void signOut();
    void showSavedState();
    void setBusy(bool busy);
    void setStatus(const QString &text, bool error);

    pd::sync::ServerTrust m_trust;
    pd::sync::CredentialStore *m_store = nullptr;
    pd::sync::AuthClient *m_auth = nullptr;
    QUrl m_server;
    pd::sync::Tokens m_tokens;
    QLineEdit *m_serverEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_caFileEdit = nullptr;
    QPushButton *m_caFileButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_keychainNote = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signOut = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace pd::views
