#include "SyncSeams.h"

#include "ServerTrust.h"

#include "Version.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace pd::sync::client {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::sync::client::FileTlsPolicy)
};

const char *const kRefusalProperty = "pdCertificateRefusal";

QString normalisedFingerprint(QString text)
{
    return text.remove(QLatin1Char(':')).remove(QLatin1Char(' ')).toUpper();
}

QString reasonOf(const QSslError &e, const QSslCertificate &leaf)
{
    switch (e.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return Tr::tr("The certificate is signed by itself: nobody vouches for it.");
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return Tr::tr("The certificate was issued by an authority this computer does not know.");
    case QSslError::CertificateExpired:
        return Tr::tr("The certificate has expired (on %1).").arg(leaf.expiryDate().toUTC().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return Tr::tr("The certificate is not valid yet (from %1).")
            .arg(leaf.effectiveDate().toUTC().toString(Qt::ISODate));
    case QSslError::HostNameMismatch:
        return Tr::tr("The certificate was made for another name (%1).")
            .arg(leaf.subjectAlternativeNames().values().join(QStringLiteral(", ")));
    case QSslError::CertificateRevoked:
        return Tr::tr("The certificate was revoked by its issuer.");
    default:
        return e.errorString();
    }
}

} // namespace

FileTlsPolicy::FileTlsPolicy(QString caFile, QStringList trustedFingerprints) : m_caFile(std::move(caFile))
{
    for (const QString &f : trustedFingerprints)
        m_fingerprints.append(normalisedFingerprint(f));
}

QString FileTlsPolicy::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

CertificateRefusal FileTlsPolicy::describe(const QUrl &server, const QList<QSslError> &errors)
{
    CertificateRefusal r;
    QSslCertificate leaf;
    for (const QSslError &e : errors) {
        if (!e.certificate().isNull()) {
            leaf = e.certificate();
            break;
        }
    }
    r.subject = leaf.subjectDisplayName();
    r.issuer = leaf.issuerDisplayName();
    r.validFrom = leaf.effectiveDate().toUTC();
    r.validTo = leaf.expiryDate().toUTC();
    r.fingerprint = leaf.isNull() ? QString() : fingerprint(leaf);
    for (const QSslError &e : errors) {
        const QString reason = reasonOf(e, leaf);
        if (!r.reasons.contains(reason))
            r.reasons.append(reason);
    }
    r.summary =
        QStringLiteral("%1:%2: %3").arg(server.host()).arg(server.port(443)).arg(r.reasons.join(QLatin1Char(' ')));
    return r;
}

Result<QNetworkRequest> FileTlsPolicy::request(const QUrl &server, const QString &pathAndQuery) const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_caFile.isEmpty()) {
        QFile file(m_caFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Tr::tr("Cannot read the CA file %1: %2").arg(m_caFile, file.errorString()), {}, {}};
        const QList<QSslCertificate> cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (cas.isEmpty())
            return Error{Tr::tr("The CA file %1 holds no PEM certificate.").arg(m_caFile), {}, {}};
        tls.addCaCertificates(cas);
    }
    QUrl url = server;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    url.setQuery(q < 0 ? QString() : pathAndQuery.mid(q + 1));
    QNetworkRequest req(url);
    req.setSslConfiguration(tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(QByteArray("PartnerDesk/") + pd::version::version));
    return req;
}

void FileTlsPolicy::guard(QNetworkReply *reply, const QUrl &server) const
{
    const QStringList pins = m_fingerprints;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, server, pins](const QList<QSslError> &errors) {
        const bool pinned = ServerTrust::errorsArePinned(
            errors, [&pins](const QSslCertificate &c) { return pins.contains(normalisedFingerprint(fingerprint(c))); });
        if (pinned) {
            reply->ignoreSslErrors(errors); // only a certificate the user named as trusted
            return;
        }
        reply->setProperty(kRefusalProperty, QVariant::fromValue(describe(server, errors)));
    });
}

std::optional<CertificateRefusal> FileTlsPolicy::refused(const QNetworkReply *reply) const
{
    const QVariant v = reply->property(kRefusalProperty);
    if (!v.isValid())
        return std::nullopt;
    return v.value<CertificateRefusal>();
}

} // namespace pd::sync::client
