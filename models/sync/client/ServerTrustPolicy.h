#pragma once

#include "ServerTrust.h"
#include "SyncSeams.h"

namespace pd::sync::client {

// The app's TLS policy: ServerTrust's per-server CA file and the certificates the user pinned.
class ServerTrustPolicy final : public TlsPolicy
{
public:
    explicit ServerTrustPolicy(ServerTrust trust) : m_trust(std::move(trust)) {}

    Result<QNetworkRequest> request(const QUrl &server, const QString &pathAndQuery) const override;
    void guard(QNetworkReply *reply, const QUrl &server) const override;
    std::optional<CertificateRefusal> refused(const QNetworkReply *reply) const override;

    static CertificateRefusal fromProblem(const CertificateProblem &problem);

private:
    ServerTrust m_trust;
};

} // namespace pd::sync::client
