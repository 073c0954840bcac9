#pragma once

#include "SyncSeams.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace pd::sync::client {

// How one request ended.
struct HttpAnswer
{
    enum class Kind
    {
        Answered,
        Certificate,
        Network,
        Timeout,
        Configuration,
        Cancelled
    };
    Kind kind = Kind::Network;
    int status = 0;
    QByteArray body;
    QString errorText;
    std::optional<CertificateRefusal> certificate;

    bool answered() const { return kind == Kind::Answered; }
    // The body as a JSON object; nullopt when it is not one (truncated, not JSON).
    std::optional<QJsonObject> json() const;
    // The server's error message ("message" of the error body), else the status.
    QString serverMessage() const;
};

// Blocking HTTPS requests for the engine's thread: the TLS policy's request and guard, a transfer
// timeout, cancellation, and a hook when a request body has been handed to the network.
class SyncHttp final
{
public:
    SyncHttp(QNetworkAccessManager &nam, const TlsPolicy &tls);

    void setServer(const QUrl &server) { m_server = server; }
    const QUrl &server() const { return m_server; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setUploadedHook(std::function<void()> hook) { m_uploaded = std::move(hook); }

    HttpAnswer get(const QString &pathAndQuery, const QString &bearer = {});
    HttpAnswer post(const QString &path, const QJsonObject &body, const QString &bearer = {});

    // A GET sent now and collected later with finish(): the pull asks for the next page while it stores
    // this one. nullptr when the request cannot be made (finish() is then not called; get() says why).
    // A started request that is not collected is dropped with discard().
    QNetworkReply *start(const QString &pathAndQuery, const QString &bearer);
    HttpAnswer finish(QNetworkReply *reply);
    static void discard(QNetworkReply *reply);

private:
    HttpAnswer send(bool isPost, const QString &pathAndQuery, const QByteArray &body, const QString &bearer);

    QNetworkAccessManager &m_nam;
    const TlsPolicy &m_tls;
    QUrl m_server;
    int m_timeoutMs = 30000;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void()> m_uploaded;
};

} // namespace pd::sync::client
