#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <any>
#include <functional>
#include <optional>

#include <http_parser.h>

#include "ServerConfig.h"

class QSslSocket;

namespace pd::server {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP/1.1 request as the routes see it. Header names are in lower case.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;  // the target up to '?'
    QByteArray query; // after '?', still percent-encoded
    HttpHeaders headers;
    QByteArray body;
    QHostAddress peer;
    std::any admitted; // what the routes learnt from the head (HttpAdmission::context), e.g. who signed it

    QByteArray header(const QByteArray &lowerCaseName) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    HttpHeaders headers;
    bool close = false; // end the connection once this answer is out
};

// What the routes say of a request whose head has arrived, before a byte of its body is read.
struct HttpAdmission
{
    std::optional<HttpResponse> refusal; // answered at once; the body is not read and the connection ends
    qint64 maxBody = 0;                  // a longer body is refused with 413 as soon as it passes the limit
    std::any context;                    // handed to handle() with the request
};

// The routes behind the connections.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;
    using Reply = std::function<void(HttpResponse)>;
    virtual HttpAdmission admit(const HttpRequest &head) = 0;
    // Answers through `reply`, now or later, on the serving thread; a reply for a connection that has
    // gone meanwhile is dropped.
    virtual void handle(HttpRequest request, Reply reply) = 0;
    // The JSON error body the routes use, for the answers the connection gives itself (400, 408, 413).
    virtual HttpResponse error(int status, const QString &code, const QString &message) const = 0;
};

// One client's TLS connection: the handshake, then requests read with http-parser one at a time, each
// under a deadline, and kept alive between requests for a while. Nothing unbounded: the head has a size
// limit, the body the limit its route admits, and every wait a timeout.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    enum class State
    {
        Handshake, // TLS not yet established
        Idle,      // between requests
        Head,      // a request's line and headers are arriving
        Body,      // its body is arriving
        Handling,  // the routes have it; nothing more is read until the answer is written
        Writing,   // the answer is going out
        Draining,  // a refused request's body is read and dropped, so that the client reads the answer
        Closing,
    };

    HttpConnection(QSslSocket *socket, HttpHandler &handler, const ServerConfig::Limits &limits,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    State state() const { return m_state; }
    // Handshaking, idle or refused: nothing of the client's is in progress, so it may be closed for a newcomer.
    bool evictable() const
    {
        return m_state == State::Handshake || m_state == State::Idle || m_state == State::Draining;
    }
    qint64 msSinceActivity() const { return m_activity.elapsed(); }
    QHostAddress peer() const { return m_peer; }
    void start();
    void abort();

signals:
    void finished(pd::server::HttpConnection *connection);

private:
    static int onMessageBegin(http_parser *p);
    static int onUrl(http_parser *p, const char *at, size_t length);
    static int onHeaderField(http_parser *p, const char *at, size_t length);
    static int onHeaderValue(http_parser *p, const char *at, size_t length);
    static int onHeadersComplete(http_parser *p);
    static int onBody(http_parser *p, const char *at, size_t length);
    static int onMessageComplete(http_parser *p);

    void readInput();
    void parseBuffered();
    bool headGrows(size_t length);
    void dispatch();
    void send(HttpResponse response);
    void written();
    void timedOut();
    void arm(int seconds);
    void fail(int status, const QString &code, const QString &message);
    void finish();

    QSslSocket *m_socket;
    HttpHandler &m_handler;
    ServerConfig::Limits m_limits;
    QHostAddress m_peer;
    State m_state = State::Handshake;
    QTimer m_deadline;
    QElapsedTimer m_activity;

    http_parser m_parser{};
    http_parser_settings m_settings{};
    QByteArray m_buffer; // read but not yet parsed
    HttpRequest m_request;
    qint64 m_headBytes = 0;
    qint64 m_maxBody = 0;
    bool m_lastWasValue = false;
    bool m_keepAlive = false;
    bool m_closeAfterWrite = false;
    bool m_drain = false; // the answer refused a request whose body may still be coming
    qint64 m_drained = 0;
    std::optional<HttpResponse> m_refusal;
    quint64 m_generation = 0; // which request a late reply belongs to
    bool m_finished = false;
};

} // namespace pd::server
