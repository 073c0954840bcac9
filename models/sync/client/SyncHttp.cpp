#include "SyncHttp.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace pd::sync::client {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::sync::client::SyncHttp)
};

} // namespace

std::optional<QJsonObject> HttpAnswer::json() const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString HttpAnswer::serverMessage() const
{
    if (const auto o = json(); o && o->value(QStringLiteral("message")).isString())
        return o->value(QStringLiteral("message")).toString();
    if (!errorText.isEmpty())
        return errorText;
    return Tr::tr("HTTP status %1").arg(status);
}

SyncHttp::SyncHttp(QNetworkAccessManager &nam, const TlsPolicy &tls) : m_nam(nam), m_tls(tls)
{}

HttpAnswer SyncHttp::get(const QString &pathAndQuery, const QString &bearer)
{
    return send(false, pathAndQuery, {}, bearer);
}

HttpAnswer SyncHttp::post(const QString &path, const QJsonObject &body, const QString &bearer)
{
    return send(true, path, QJsonDocument(body).toJson(QJsonDocument::Compact), bearer);
}

QNetworkReply *SyncHttp::start(const QString &pathAndQuery, const QString &bearer)
{
    if (m_cancel && m_cancel->load())
        return nullptr;
    auto request = m_tls.request(m_server, pathAndQuery);
    if (!request)
        return nullptr;
    QNetworkRequest req = request.value();
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    QNetworkReply *reply = m_nam.get(req);
    m_tls.guard(reply, m_server);
    return reply;
}

void SyncHttp::discard(QNetworkReply *reply)
{
    if (!reply)
        return;
    reply->abort();
    reply->deleteLater();
}

HttpAnswer SyncHttp::send(bool isPost, const QString &pathAndQuery, const QByteArray &body, const QString &bearer)
{
    HttpAnswer answer;
    if (m_cancel && m_cancel->load()) {
        answer.kind = HttpAnswer::Kind::Cancelled;
        return answer;
    }
    auto request = m_tls.request(m_server, pathAndQuery);
    if (!request) {
        answer.kind = HttpAnswer::Kind::Configuration;
        answer.errorText = request.error().text();
        return answer;
    }
    QNetworkRequest req = request.value();
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    QNetworkReply *reply = isPost ? m_nam.post(req, body) : m_nam.get(req);
    m_tls.guard(reply, m_server);
    if (isPost && m_uploaded) {
        auto hook = m_uploaded;
        QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [hook](qint64 sent, qint64 total) {
            if (total > 0 && sent == total)
                hook();
        });
    }
    return finish(reply);
}

HttpAnswer SyncHttp::finish(QNetworkReply *reply)
{
    HttpAnswer answer;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    bool cancelled = false;
    if (m_cancel) {
        QObject::connect(&poll, &QTimer::timeout, reply, [this, reply, &cancelled] {
            if (m_cancel->load()) {
                cancelled = true;
                reply->abort();
            }
        });
        poll.start(100);
    }
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    poll.stop();

    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.errorText = reply->errorString();
    if (auto refusal = m_tls.refused(reply)) {
        answer.kind = HttpAnswer::Kind::Certificate;
        answer.certificate = refusal;
    } else if (cancelled) {
        answer.kind = HttpAnswer::Kind::Cancelled;
    } else if (reply->error() == QNetworkReply::OperationCanceledError
               || reply->error() == QNetworkReply::TimeoutError) {
        answer.kind = HttpAnswer::Kind::Timeout;
        answer.errorText = Tr::tr("the server did not answer within %1 s").arg(m_timeoutMs / 1000.0);
    } else if (answer.status == 0) {
        answer.kind = HttpAnswer::Kind::Network;
    } else {
        answer.kind = HttpAnswer::Kind::Answered;
        // A body cut short of its Content-Length arrives as an error with a status: keep it answered,
        // the JSON check downstream refuses it.
        if (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied
            && answer.status == 200)
            answer.body.clear();
    }
    reply->deleteLater();
    return answer;
}

} // namespace pd::sync::client
