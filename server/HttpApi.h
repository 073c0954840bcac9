#pragma once

#include <QHttpServer>
#include <QObject>

#include "SyncService.h"

namespace pd::server {

// The HTTP routes of API v1 over a SyncService: parse, check size and shape, answer JSON.
class HttpApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpApi)

public:
    HttpApi(SyncService &service, const ServerConfig &config, QString epoch, QObject *parent = nullptr);

    QHttpServer &server() { return m_server; }

private:
    QHttpServerResponse health() const;
    QHttpServerResponse token(const QHttpServerRequest &request);
    QHttpServerResponse changes(const QHttpServerRequest &request);
    QHttpServerResponse push(const QHttpServerRequest &request);
    std::optional<QHttpServerResponse> tooLarge(const QHttpServerRequest &request) const;

    SyncService &m_service;
    ServerConfig m_config;
    QString m_epoch;
    QHttpServer m_server;
};

} // namespace pd::server
