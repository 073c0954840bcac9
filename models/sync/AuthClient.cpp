#include "AuthClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace pd::sync {

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

AuthClient::AuthClient(ServerTrust trust, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_trust(std::move(trust)), m_nam(nam ? nam : new QNetworkAccessManager(this))
{}

QNetworkReply *AuthClient::send(const QUrl &server, const QString &path, const QByteArray *postBody, AuthResult &error)
{
    auto req = m_trust.request(server, path);
    if (!req) {
        error.failure = AuthFailure::Configuration;
        error.message = req.error().text();
        return nullptr;
    }
    req.value().setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = postBody ? m_nam->post(req.value(), *postBody) : m_nam->get(req.value());
    m_trust.guard(reply, server);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    return reply;
}

AuthResult AuthClient::failed(QNetworkReply *reply) const
{
    AuthResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = reply->url().host() + QLatin1Char(':') + QString::number(reply->url().port(443));
    if (const auto problem = ServerTrust::refusedProblem(reply)) {
        r.failure = AuthFailure::Certificate;
        r.certificate = *problem;
        r.message = problem->summary();
        return r;
    }
    if (r.httpStatus == 0) {
        r.failure = AuthFailure::Network;
        if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
            r.message = tr("%1 did not answer in time.").arg(host);
        else
            r.message = tr("Cannot reach %1: %2").arg(host, reply->errorString());
        return r;
    }
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    r.errorCode = body.value(s("error")).toString();
    const QString serverMessage = body.value(s("message")).toString();
    if (r.httpStatus >= 500 || r.httpStatus == 429) {
        r.failure = AuthFailure::Server;
        r.message = tr("The server at %1 has a problem (HTTP %2). Try again later.").arg(host).arg(r.httpStatus);
    } else {
        r.failure = AuthFailure::Protocol;
        r.message = serverMessage.isEmpty()
                        ? tr("The server at %1 answered HTTP %2.").arg(host).arg(r.httpStatus)
                        : tr("The server at %1 answered HTTP %2: %3").arg(host).arg(r.httpStatus).arg(serverMessage);
    }
    return r;
}

void AuthClient::probe(const QUrl &server, Callback done)
{
    // A cached connection keeps the TLS settings it was opened with (Qt keys its cache by host and
    // port only): after a new CA file or a removed pin it would still be trusted. The probe starts
    // every session on a fresh handshake under today's settings.
    m_nam->clearConnectionCache();
    AuthResult error;
    QNetworkReply *reply = send(server, s("/api/v1/health"), nullptr, error);
    if (!reply) {
        done(error);
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        AuthResult r;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            done(failed(reply));
            return;
        }
        r.httpStatus = status;
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        r.server.epoch = body.value(s("epoch")).toString();
        r.server.version = body.value(s("version")).toString();
        r.server.api = body.value(s("api")).toInt();
        if (body.value(s("status")).toString() != QLatin1String("ok") || r.server.epoch.isEmpty()) {
            r.failure = AuthFailure::Protocol;
            r.message = tr("%1 does not answer like a PartnerDesk sync server.").arg(reply->url().host());
        } else if (r.server.api != 1) {
            r.failure = AuthFailure::Protocol;
            r.message =
                tr("The server speaks sync API %1; this version of PartnerDesk speaks API 1.").arg(r.server.api);
        }
        done(r);
    });
}

void AuthClient::signIn(const QUrl &server, const QString &user, const QString &password, Callback done)
{
    probe(server, [this, server, user, password, done = std::move(done)](const AuthResult &probed) {
        if (!probed.ok()) {
            done(probed);
            return;
        }
        const QByteArray body =
            QJsonDocument(QJsonObject{{s("user"), user}, {s("password"), password}}).toJson(QJsonDocument::Compact);
        postToken(server, body, false, [probed, done](const AuthResult &granted) {
            AuthResult r = granted;
            r.server = probed.server;
            done(r);
        });
    });
}

void AuthClient::refresh(const QUrl &server, const QString &refreshToken, Callback done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{s("grant_type"), s("refresh_token")}, {s("refresh_token"), refreshToken}})
            .toJson(QJsonDocument::Compact);
    postToken(server, body, true, std::move(done));
}

void AuthClient::postToken(const QUrl &server, const QByteArray &body, bool refreshGrant, Callback done)
{
    AuthResult error;
    QNetworkReply *reply = send(server, s("/api/v1/auth/token"), &body, error);
    if (!reply) {
        done(error);
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, refreshGrant, done = std::move(done)] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 401) {
            AuthResult r = failed(reply);
            r.failure = refreshGrant ? AuthFailure::RefreshRejected : AuthFailure::Credentials;
            if (refreshGrant)
                r.message =
                    tr("The saved sign-in has expired or was ended on the server. Sign in again with your password.");
            else if (r.errorCode == QLatin1String("user_disabled"))
                r.message = tr("This user is disabled on the server. Ask the server's administrator.");
            else
                r.message = tr("Wrong user name or password.");
            done(r);
            return;
        }
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            done(failed(reply));
            return;
        }
        AuthResult r;
        r.httpStatus = status;
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        r.tokens.accessToken = answer.value(s("access_token")).toString();
        r.tokens.refreshToken = answer.value(s("refresh_token")).toString();
        r.tokens.role = answer.value(s("role")).toString();
        const qint64 expiresIn = answer.value(s("expires_in")).toInteger();
        r.tokens.accessExpiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
        if (r.tokens.accessToken.isEmpty() || r.tokens.refreshToken.isEmpty() || expiresIn <= 0) {
            r.failure = AuthFailure::Protocol;
            r.message = tr("The server's token answer is incomplete (no access token, refresh token or lifetime).");
            r.tokens = {};
        }
        done(r);
    });
}

AuthResult AuthClient::wait(const std::function<void(Callback)> &start)
{
    QEventLoop loop;
    AuthResult out;
    bool finished = false;
    start([&](const AuthResult &r) {
        out = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return out;
}

AuthResult AuthClient::probeAndWait(const QUrl &server)
{
    return wait([&](Callback cb) { probe(server, std::move(cb)); });
}

AuthResult AuthClient::signInAndWait(const QUrl &server, const QString &user, const QString &password)
{
    return wait([&](Callback cb) { signIn(server, user, password, std::move(cb)); });
}

AuthResult AuthClient::refreshAndWait(const QUrl &server, const QString &refreshToken)
{
    return wait([&](Callback cb) { refresh(server, refreshToken, std::move(cb)); });
}

} // namespace pd::sync
