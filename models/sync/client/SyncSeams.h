#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QNetworkRequest>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QMetaType>
#include <QVariant>

#include <optional>

class QNetworkReply;

namespace pd::sync::client {

// A server certificate the TLS policy refused, with what a person needs to judge it.
struct CertificateRefusal
{
    QString summary; // one line: host:port and the failed checks
    QStringList reasons;
    QString subject;
    QString issuer;
    QDateTime validFrom;
    QDateTime validTo;
    QString fingerprint; // SHA-256, "AB:CD:..."
    QVariant problem;    // the policy's own description (pd::sync::CertificateProblem for ServerTrust)
};

// Who decides whether a server's certificate is trusted. request() gives a request with the TLS
// settings for that server; guard() must be called on every reply right after get/post: it accepts
// certificate errors only where the policy says so (a pinned certificate), otherwise the handshake
// fails and nothing of the request leaves. The engine never ignores certificate errors itself.
class TlsPolicy
{
public:
    virtual ~TlsPolicy() = default;
    virtual Result<QNetworkRequest> request(const QUrl &server, const QString &pathAndQuery) const = 0;
    virtual void guard(QNetworkReply *reply, const QUrl &server) const = 0;
    virtual std::optional<CertificateRefusal> refused(const QNetworkReply *reply) const = 0;
};

// Where the engine gets the user's credentials. Called on the engine's thread; may block (keychain).
class Credentials
{
public:
    virtual ~Credentials() = default;
    virtual QString user() const = 0;
    // The password for a password grant, empty when none is at hand (the user must sign in).
    virtual QString password() = 0;
    // The stored refresh token (single-use), empty when none; a new one is stored after every grant.
    virtual QString refreshToken() = 0;
    virtual void storeRefreshToken(const QString &token) = 0;
};

// A TLS policy from a CA file (added to the system's CAs) and a list of trusted SHA-256
// fingerprints (a certificate the user accepted for this run, e.g. `--trust-fingerprint`).
class FileTlsPolicy final : public TlsPolicy
{
public:
    explicit FileTlsPolicy(QString caFile = {}, QStringList trustedFingerprints = {});

    Result<QNetworkRequest> request(const QUrl &server, const QString &pathAndQuery) const override;
    void guard(QNetworkReply *reply, const QUrl &server) const override;
    std::optional<CertificateRefusal> refused(const QNetworkReply *reply) const override;

    static QString fingerprint(const QSslCertificate &certificate);
    static CertificateRefusal describe(const QUrl &server, const QList<QSslError> &errors);

private:
    QString m_caFile;
    QStringList m_fingerprints;
};

} // namespace pd::sync::client
Q_DECLARE_METATYPE(pd::sync::client::CertificateRefusal)
