#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

#include "Result.h"

class QNetworkReply;
class QNetworkRequest;

namespace pd::sync {

// The checks a server certificate can fail, as a person thinks of them.
enum class CertificateCheck
{
    UnknownIssuer, // issued by an authority this computer does not know (including a private CA)
    SelfSigned,    // signed by itself: nobody vouches for it
    Expired,       // its validity period is over
    NotYetValid,   // its validity period has not started
    HostMismatch,  // made for another name than the server's host
    Revoked,       // withdrawn by its issuer
    Other,         // anything else (bad signature, wrong purpose, chain too long, ...)
};

// Why a server's certificate was refused: the details a person needs to decide whether to trust it.
struct CertificateProblem
{
    Q_DECLARE_TR_FUNCTIONS(CertificateProblem)

public:
    QString host; // the server's host as the user typed it
    int port = 0;
    QSslCertificate certificate;    // the server's own (leaf) certificate
    QString subject;                // "CN=..., O=..." of the leaf
    QString issuer;                 // same for its issuer
    QDateTime validFrom;            // UTC
    QDateTime validTo;              // UTC
    QList<CertificateCheck> checks; // every check that failed, most important first, no repeats
    QStringList details;            // Qt's own text for each QSslError, for the "Details" part

    bool isNull() const { return certificate.isNull(); }
    // SHA-256 of the DER certificate as upper-case hex pairs joined by ':' ("AB:CD:...").
    QString fingerprint() const;
    // One sentence per failed check, translated ("The certificate has expired (on 2024-01-31).").
    QStringList reasons() const;
    // "host:port: reason; reason" — for the CLI and logs.
    QString summary() const;
    static QString describe(CertificateCheck check);
};

// Per-server TLS trust: an optional CA file (PEM) added to the system CAs, and certificates the user
// chose to trust for exactly that host:port (SHA-256 pins in QSettings; a fingerprint is no secret).
// Cheap value object: every call reads/writes QSettings afresh, so any thread may make its own.
class ServerTrust final
{
    Q_DECLARE_TR_FUNCTIONS(ServerTrust)

public:
    // Empty settingsFile: the application's default QSettings (organisation/application names).
    // A file path: an INI file (tests, or a portable installation).
    explicit ServerTrust(QString settingsFile = {});

    // "https://host[:port]" from what a person typed: https only (http is refused with a reason),
    // default port 443, no user info, query or fragment; a path is dropped. "host:8443" gets https://.
    static Result<QUrl> normaliseServerUrl(const QString &text);
    // "host:port" (host lower-case, port explicit): the key that pins and the CA file are stored under.
    static QString serverKey(const QUrl &server);

    // The account the app syncs with (server URL and user name; never the password or a token).
    struct Account
    {
        QUrl server;
        QString user;
        bool isNull() const { return server.isEmpty() || user.isEmpty(); }
    };
    Account account() const;
    void setAccount(const Account &account);

    // The CA file for this server ("" = none). setCaFile checks the file holds at least one PEM
    // certificate and stores its absolute path; an empty path removes it.
    QString caFile(const QUrl &server) const;
    Status setCaFile(const QUrl &server, const QString &path);

    // Pinned certificates of this server (fingerprints as CertificateProblem::fingerprint()).
    QStringList pins(const QUrl &server) const;
    void pin(const QUrl &server, const QSslCertificate &certificate);
    void unpin(const QUrl &server, const QString &fingerprint);
    bool isPinned(const QUrl &server, const QSslCertificate &certificate) const;

    // The TLS settings for requests to this server: system CAs + the CA file, TLS 1.2 or later,
    // peer verification on. Fails when the configured CA file is missing or unreadable.
    Result<QSslConfiguration> configuration(const QUrl &server) const;
    // A request for server + pathAndQuery ("/api/v1/health") with configuration() applied, JSON
    // content type and the User-Agent. No Authorization header: the caller adds it.
    Result<QNetworkRequest> request(const QUrl &server, const QString &pathAndQuery) const;

    // The verdict on a reply's sslErrors for this server. accept is true only when every error
    // concerns a peer certificate that is pinned for exactly this host:port; problem is always
    // filled (also when accepted) unless errors is empty.
    struct Verdict
    {
        bool accept = false;
        CertificateProblem problem;
    };
    // The pin check both trust policies use (this one, and the CLI's FileTlsPolicy with its
    // --trust-fingerprint list): true when there are errors and every one of them names a certificate
    // that `pinned` accepts; an error without a certificate is never pinned.
    static bool errorsArePinned(const QList<QSslError> &errors,
                                const std::function<bool(const QSslCertificate &)> &pinned);
    // peer: the server's leaf certificate when known (reply->sslConfiguration().peerCertificate());
    // otherwise it is taken from the errors.
    Verdict evaluate(const QUrl &server, const QList<QSslError> &errors,
                     const QSslCertificate &peer = QSslCertificate()) const;
    // The problem for a certificate and errors, without a verdict (tests, the dialog's preview).
    static CertificateProblem describe(const QUrl &server, const QList<QSslError> &errors,
                                       const QSslCertificate &peer = QSslCertificate());

    // Connects the reply's sslErrors: a pinned certificate is accepted (ignoreSslErrors with exactly
    // those errors); anything else lets Qt abort the handshake, so the request (and any credential in
    // it) never leaves. The refused problem is then available from refusedProblem(reply).
    // Call right after QNetworkAccessManager::get/post, on the reply's thread.
    void guard(QNetworkReply *reply, const QUrl &server) const;
    static std::optional<CertificateProblem> refusedProblem(const QNetworkReply *reply);

private:
    QString m_settingsFile;
};

} // namespace pd::sync

Q_DECLARE_METATYPE(pd::sync::CertificateProblem)
