#include "ServerTrust.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>
#include <QDir>

#include <algorithm>
#include <memory>

#include "Version.h"

namespace pd::sync {

namespace {

constexpr char kProblemProperty[] = "pdCertificateProblem";

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

CertificateCheck checkOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return CertificateCheck::SelfSigned;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return CertificateCheck::UnknownIssuer;
    case QSslError::CertificateExpired:
        return CertificateCheck::Expired;
    case QSslError::CertificateNotYetValid:
        return CertificateCheck::NotYetValid;
    case QSslError::HostNameMismatch:
        return CertificateCheck::HostMismatch;
    case QSslError::CertificateRevoked:
        return CertificateCheck::Revoked;
    default:
        return CertificateCheck::Other;
    }
}

// "CN=..., O=..., OU=..., C=..." from the parts a certificate has.
QString distinguishedName(const QSslCertificate &cert, bool issuer)
{
    static const std::pair<QSslCertificate::SubjectInfo, const char *> parts[] = {
        {QSslCertificate::CommonName, "CN"},
        {QSslCertificate::Organization, "O"},
        {QSslCertificate::OrganizationalUnitName, "OU"},
        {QSslCertificate::LocalityName, "L"},
        {QSslCertificate::StateOrProvinceName, "ST"},
        {QSslCertificate::CountryName, "C"},
    };
    QStringList out;
    for (const auto &[info, tag] : parts) {
        const QStringList values = issuer ? cert.issuerInfo(info) : cert.subjectInfo(info);
        for (const QString &v : values)
            out << s(tag) + QLatin1Char('=') + v;
    }
    return out.join(s(", "));
}

// The names a certificate was made for: its DNS and IP subject alternative names, else its CN.
QStringList namesOf(const QSslCertificate &cert)
{
    QStringList names;
    const auto alt = cert.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it)
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    if (names.isEmpty())
        names = cert.subjectInfo(QSslCertificate::CommonName);
    return names;
}

QString hexFingerprint(const QSslCertificate &cert)
{
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

int rank(CertificateCheck check)
{
    // The order a person should read them in: what is plainly wrong first.
    switch (check) {
    case CertificateCheck::Revoked:
        return 0;
    case CertificateCheck::Expired:
        return 1;
    case CertificateCheck::NotYetValid:
        return 2;
    case CertificateCheck::HostMismatch:
        return 3;
    case CertificateCheck::SelfSigned:
        return 4;
    case CertificateCheck::UnknownIssuer:
        return 5;
    case CertificateCheck::Other:
        return 6;
    }
    return 6;
}

} // namespace

QString CertificateProblem::fingerprint() const
{
    return certificate.isNull() ? QString() : hexFingerprint(certificate);
}

QString CertificateProblem::describe(CertificateCheck check)
{
    switch (check) {
    case CertificateCheck::UnknownIssuer:
        return tr("Unknown issuer");
    case CertificateCheck::SelfSigned:
        return tr("Self-signed");
    case CertificateCheck::Expired:
        return tr("Expired");
    case CertificateCheck::NotYetValid:
        return tr("Not yet valid");
    case CertificateCheck::HostMismatch:
        return tr("Name does not match the server");
    case CertificateCheck::Revoked:
        return tr("Revoked");
    case CertificateCheck::Other:
        return tr("Other problem");
    }
    return tr("Other problem");
}

QStringList CertificateProblem::reasons() const
{
    const QLocale locale;
    QStringList out;
    for (CertificateCheck check : checks) {
        switch (check) {
        case CertificateCheck::UnknownIssuer:
            out << tr("The certificate was issued by an authority this computer does not know (%1). If your "
                      "organisation runs its own certificate authority, choose its certificate as the CA file.")
                       .arg(issuer.isEmpty() ? tr("no name") : issuer);
            break;
        case CertificateCheck::SelfSigned:
            out << tr("The certificate is self-signed: it vouches for itself and no known authority confirms that "
                      "it belongs to this server. Trust it only if you know this server uses exactly this "
                      "certificate (compare the fingerprint with the server's administrator).");
            break;
        case CertificateCheck::Expired:
            out << tr("The certificate expired on %1.")
                       .arg(locale.toString(validTo.toLocalTime(), QLocale::ShortFormat));
            break;
        case CertificateCheck::NotYetValid:
            out << tr("The certificate is not valid before %1 (or this computer's clock is wrong).")
                       .arg(locale.toString(validFrom.toLocalTime(), QLocale::ShortFormat));
            break;
        case CertificateCheck::HostMismatch:
            out << tr("The certificate was made for %1, not for %2.").arg(namesOf(certificate).join(s(", ")), host);
            break;
        case CertificateCheck::Revoked:
            out << tr("The certificate has been revoked by its issuer.");
            break;
        case CertificateCheck::Other:
            out << tr("The certificate could not be verified: %1").arg(details.join(s("; ")));
            break;
        }
    }
    return out;
}

QString CertificateProblem::summary() const
{
    return tr("The certificate of %1:%2 was refused. %3").arg(host).arg(port).arg(reasons().join(QLatin1Char(' ')));
}

ServerTrust::ServerTrust(QString settingsFile) : m_settingsFile(std::move(settingsFile))
{}

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

QString groupOf(const QUrl &server)
{
    return s("sync/servers/") + ServerTrust::serverKey(server);
}

} // namespace

Result<QUrl> ServerTrust::normaliseServerUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return Error{tr("Enter the server's address, for example https://sync.example.com:8443."), {}, s("server")};
    if (!t.contains(s("://")))
        t.prepend(s("https://"));
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error{tr("'%1' is not a valid server address.").arg(text.trimmed()),
                     tr("Write it as https://host or https://host:port."), s("server")};
    if (url.scheme().compare(s("https"), Qt::CaseInsensitive) != 0)
        return Error{tr("The server address must start with https:// (it starts with %1://).").arg(url.scheme()),
                     tr("PartnerDesk sends passwords and data only over an encrypted connection."), s("server")};
    if (!url.userInfo().isEmpty())
        return Error{tr("Do not put a user name or password in the server address."), {}, s("server")};
    QUrl out;
    out.setScheme(s("https"));
    out.setHost(url.host().toLower());
    if (url.port() > 0 && url.port() != 443)
        out.setPort(url.port());
    return out;
}

QString ServerTrust::serverKey(const QUrl &server)
{
    return server.host().toLower() + QLatin1Char(':') + QString::number(server.port(443));
}

ServerTrust::Account ServerTrust::account() const
{
    const auto settings = openSettings(m_settingsFile);
    return {QUrl(settings->value(s("sync/account/server")).toString()),
            settings->value(s("sync/account/user")).toString()};
}

void ServerTrust::setAccount(const Account &account)
{
    const auto settings = openSettings(m_settingsFile);
    settings->setValue(s("sync/account/server"), account.server.toString());
    settings->setValue(s("sync/account/user"), account.user);
}

QString ServerTrust::caFile(const QUrl &server) const
{
    return openSettings(m_settingsFile)->value(groupOf(server) + s("/caFile")).toString();
}

Status ServerTrust::setCaFile(const QUrl &server, const QString &path)
{
    const auto settings = openSettings(m_settingsFile);
    if (path.isEmpty()) {
        settings->remove(groupOf(server) + s("/caFile"));
        return {};
    }
    const QFileInfo info(path);
    if (QSslCertificate::fromPath(info.absoluteFilePath(), QSsl::Pem).isEmpty())
        return Error{tr("%1 holds no PEM certificate.").arg(QDir::toNativeSeparators(info.absoluteFilePath())),
                     tr("Choose the certificate of the authority that signed the server's certificate "
                        "(a .pem or .crt file starting with -----BEGIN CERTIFICATE-----)."),
                     s("caFile")};
    settings->setValue(groupOf(server) + s("/caFile"), info.absoluteFilePath());
    return {};
}

QStringList ServerTrust::pins(const QUrl &server) const
{
    return openSettings(m_settingsFile)->value(groupOf(server) + s("/pins")).toStringList();
}

void ServerTrust::pin(const QUrl &server, const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return;
    QStringList list = pins(server);
    const QString fp = hexFingerprint(certificate);
    if (list.contains(fp))
        return;
    list << fp;
    openSettings(m_settingsFile)->setValue(groupOf(server) + s("/pins"), list);
}

void ServerTrust::unpin(const QUrl &server, const QString &fingerprint)
{
    QStringList list = pins(server);
    list.removeAll(fingerprint.toUpper());
    const auto settings = openSettings(m_settingsFile);
    if (list.isEmpty())
        settings->remove(groupOf(server) + s("/pins"));
    else
        settings->setValue(groupOf(server) + s("/pins"), list);
}

bool ServerTrust::isPinned(const QUrl &server, const QSslCertificate &certificate) const
{
    return !certificate.isNull() && pins(server).contains(hexFingerprint(certificate));
}

Result<QSslConfiguration> ServerTrust::configuration(const QUrl &server) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    const QString ca = caFile(server);
    if (!ca.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(ca, QSsl::Pem);
        if (certs.isEmpty())
            return Error{
                tr("The CA file for %1 cannot be read: %2").arg(serverKey(server), QDir::toNativeSeparators(ca)),
                tr("Choose the file again in the sync account settings, or remove it."), s("caFile")};
        config.addCaCertificates(certs);
    }
    return config;
}

Result<QNetworkRequest> ServerTrust::request(const QUrl &server, const QString &pathAndQuery) const
{
    auto config = configuration(server);
    if (!config)
        return config.error();
    QUrl url = server;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest req(url);
    req.setSslConfiguration(config.value());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QByteArray(QByteArray(pd::version::productName) + '/' + pd::version::version));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return req;
}

CertificateProblem ServerTrust::describe(const QUrl &server, const QList<QSslError> &errors,
                                         const QSslCertificate &peer)
{
    CertificateProblem p;
    p.host = server.host();
    p.port = server.port(443);
    p.certificate = peer;
    if (p.certificate.isNull()) {
        // The leaf is the certificate a host-name error names, else the first one named.
        for (const QSslError &e : errors)
            if (e.error() == QSslError::HostNameMismatch && !e.certificate().isNull())
                p.certificate = e.certificate();
        for (const QSslError &e : errors)
            if (p.certificate.isNull() && !e.certificate().isNull())
                p.certificate = e.certificate();
    }
    if (!p.certificate.isNull()) {
        p.subject = distinguishedName(p.certificate, false);
        p.issuer = distinguishedName(p.certificate, true);
        p.validFrom = p.certificate.effectiveDate().toUTC();
        p.validTo = p.certificate.expiryDate().toUTC();
    }
    for (const QSslError &e : errors) {
        const CertificateCheck c = checkOf(e.error());
        if (!p.checks.contains(c))
            p.checks << c;
        if (!p.details.contains(e.errorString()))
            p.details << e.errorString();
    }
    // Windows' Schannel calls a self-signed certificate that says it is an authority (as `openssl req -x509`
    // makes them) only "untrusted": it is self-signed all the same, and the person should read that.
    if (!p.certificate.isNull() && p.certificate.isSelfSigned() && p.checks.contains(CertificateCheck::UnknownIssuer)
        && !p.checks.contains(CertificateCheck::SelfSigned))
        p.checks << CertificateCheck::SelfSigned;
    // A self-signed certificate's issuer is unknown by definition: saying both only confuses.
    if (p.checks.contains(CertificateCheck::SelfSigned))
        p.checks.removeAll(CertificateCheck::UnknownIssuer);
    std::stable_sort(p.checks.begin(), p.checks.end(),
                     [](CertificateCheck a, CertificateCheck b) { return rank(a) < rank(b); });
    return p;
}

ServerTrust::Verdict ServerTrust::evaluate(const QUrl &server, const QList<QSslError> &errors,
                                           const QSslCertificate &peer) const
{
    Verdict v;
    if (errors.isEmpty()) {
        v.accept = true;
        return v;
    }
    v.problem = describe(server, errors, peer);
    const QSslCertificate &leaf = v.problem.certificate;
    const bool leafPinned = !leaf.isNull() && isPinned(server, leaf);
    v.accept = errorsArePinned(errors, [&](const QSslCertificate &c) { return leafPinned && c == leaf; });
    return v;
}

bool ServerTrust::errorsArePinned(const QList<QSslError> &errors,
                                  const std::function<bool(const QSslCertificate &)> &pinned)
{
    return !errors.isEmpty() && std::all_of(errors.cbegin(), errors.cend(), [&pinned](const QSslError &e) {
        return !e.certificate().isNull() && pinned(e.certificate());
    });
}

void ServerTrust::guard(QNetworkReply *reply, const QUrl &server) const
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [trust = *this, server, reply](const QList<QSslError> &errors) {
                         const Verdict v = trust.evaluate(server, errors, reply->sslConfiguration().peerCertificate());
                         if (v.accept)
                             reply->ignoreSslErrors(errors);
                         else
                             reply->setProperty(kProblemProperty, QVariant::fromValue(v.problem));
                     });
}

std::optional<CertificateProblem> ServerTrust::refusedProblem(const QNetworkReply *reply)
{
    const QVariant v = reply ? reply->property(kProblemProperty) : QVariant();
    if (!v.isValid())
        return std::nullopt;
    return v.value<CertificateProblem>();
}

} // namespace pd::sync
