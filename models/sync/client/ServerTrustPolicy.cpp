#include "ServerTrustPolicy.h"

namespace pd::sync::client {

Result<QNetworkRequest> ServerTrustPolicy::request(const QUrl &server, const QString &pathAndQuery) const
{
    return m_trust.request(server, pathAndQuery);
}

void ServerTrustPolicy::guard(QNetworkReply *reply, const QUrl &server) const
{
    m_trust.guard(reply, server);
}

CertificateRefusal ServerTrustPolicy::fromProblem(const CertificateProblem &p)
{
    CertificateRefusal r;
    r.summary = p.summary();
    r.reasons = p.reasons();
    r.subject = p.subject;
    r.issuer = p.issuer;
    r.validFrom = p.validFrom;
    r.validTo = p.validTo;
    r.fingerprint = p.fingerprint();
    r.problem = QVariant::fromValue(p);
    return r;
}

std::optional<CertificateRefusal> ServerTrustPolicy::refused(const QNetworkReply *reply) const
{
    const auto problem = ServerTrust::refusedProblem(reply);
    if (!problem)
        return std::nullopt;
    return fromProblem(*problem);
}

} // namespace pd::sync::client
