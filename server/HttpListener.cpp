#include "HttpListener.h"

#include <QDateTime>
#include <QSslSocket>

#include <cstdio>

namespace pd::server {

HttpListener::HttpListener(HttpHandler &handler, QSslConfiguration tls, const ServerConfig::Limits &limits,
                           QObject *parent)
    : QTcpServer(parent), m_handler(handler), m_tls(std::move(tls)), m_limits(limits)
{}

HttpListener::~HttpListener()
{
    const auto connections = m_connections;
    m_connections.clear();
    qDeleteAll(connections);
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    const int fromPeer = m_perAddress.value(peer);
    const bool proxy = m_limits.trustedProxies.contains(peer);
    const bool overPeerLimit = fromPeer >= m_limits.maxConnectionsPerAddress && !proxy;
    if (overPeerLimit || (int(m_connections.size()) >= m_limits.maxConnections && !makeRoom())) {
        socket->abort();
        delete socket;
        logRefusal(overPeerLimit ? QStringLiteral("%1 already has %2 connections open (max_connections_per_address)")
                                       .arg(peer.toString())
                                       .arg(fromPeer)
                                 : QStringLiteral("all %1 connections are busy with requests (max_connections)")
                                       .arg(m_limits.maxConnections));
        return;
    }
    socket->setSslConfiguration(m_tls);
    auto *connection = new HttpConnection(socket, m_handler, m_limits, this);
    m_connections.insert(connection);
    m_perAddress[peer] = fromPeer + 1;
    connect(connection, &HttpConnection::finished, this, &HttpListener::closed);
    connection->start();
}

bool HttpListener::makeRoom()
{
    HttpConnection *oldest = nullptr;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->evictable() && (!oldest || c->msSinceActivity() > oldest->msSinceActivity()))
            oldest = c;
    }
    if (!oldest)
        return false;
    oldest->abort(); // finished() -> closed() frees its place now
    return true;
}

void HttpListener::closed(HttpConnection *connection)
{
    if (!m_connections.remove(connection))
        return;
    const QHostAddress peer = connection->peer();
    if (--m_perAddress[peer] <= 0)
        m_perAddress.remove(peer);
    connection->deleteLater();
}

void HttpListener::logRefusal(const QString &text)
{
    // One line per ten seconds at most: a flood of refusals must not become a flood of log lines.
    ++m_refusedSinceLog;
    if (m_lastRefusalLog.isValid() && m_lastRefusalLog.elapsed() < 10000)
        return;
    std::fprintf(stderr, "%s refused %d connection(s): %s\n",
                 qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)), m_refusedSinceLog,
                 qPrintable(text));
    std::fflush(stderr);
    m_refusedSinceLog = 0;
    m_lastRefusalLog.start();
}

} // namespace pd::server
