#pragma once

#include <QObject>
#include <QThreadPool>

#include "HttpConnection.h"
#include "SyncService.h"

namespace pd::server {

// The routes of API v1 over a SyncService: admit a request by its head (route, method, token, size),
// then parse its body, call the service and answer JSON.
class HttpApi final : public QObject, public HttpHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpApi)

public:
    HttpApi(SyncService &service, const ServerConfig &config, QString epoch, QObject *parent = nullptr);
    ~HttpApi() override;

    HttpAdmission admit(const HttpRequest &head) override;
    void handle(HttpRequest request, Reply reply) override;
    HttpResponse error(int status, const QString &code, const QString &message) const override;

private:
    struct Route;
    const Route *route(const QByteArray &path) const;

    void health(const HttpRequest &request, const Reply &reply);
    void token(const HttpRequest &request, const Reply &reply);
    void changes(const HttpRequest &request, const Reply &reply);
    void push(const HttpRequest &request, const Reply &reply);
    HttpResponse changesPage(const HttpRequest &request);
    HttpResponse pushResults(const HttpRequest &request);

    SyncService &m_service;
    ServerConfig m_config;
    QString m_epoch;
    QThreadPool m_passwordChecks;
};

} // namespace pd::server
