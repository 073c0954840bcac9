#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>

#include "HttpConnection.h"

namespace pd::server {

// The server's listening socket, owned here rather than left to a generic HTTP server: every accepted
// connection counts against a limit per client address and a limit in all, gets its TLS handshake under a
// timeout, and becomes an HttpConnection. When every place is taken, the connection that has waited
// longest without a request in progress (still handshaking, or idle between requests) makes room for the
// newcomer; only when none can be closed is the newcomer refused.
class HttpListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    HttpListener(HttpHandler &handler, QSslConfiguration tls, const ServerConfig::Limits &limits,
                 QObject *parent = nullptr);
    ~HttpListener() override;

    int connectionCount() const { return int(m_connections.size()); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool makeRoom();
    void closed(HttpConnection *connection);
    void logRefusal(const QString &text);

    HttpHandler &m_handler;
    QSslConfiguration m_tls;
    ServerConfig::Limits m_limits;
    QSet<HttpConnection *> m_connections;
    QHash<QHostAddress, int> m_perAddress;
    QElapsedTimer m_lastRefusalLog;
    int m_refusedSinceLog = 0;
};

} // namespace pd::server
