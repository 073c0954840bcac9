#include "HttpConnection.h"

#include <QSslSocket>

namespace pd::server {
namespace {

constexpr qint64 kReadChunk = 64 * 1024;
constexpr int kMaxHeaders = 100;
// After refusing a request from its head, the server still reads (and drops) what the client sends, up to
// this much for up to this long: a client that is still sending its body reads no answer before it has
// sent it, and would otherwise see a reset connection instead of "too large" or "sign in first".
constexpr qint64 kDrainBytes = 64 * 1024 * 1024;
constexpr int kDrainSeconds = 5;

HttpConnection *self(http_parser *p)
{
    return static_cast<HttpConnection *>(p->data);
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 423:
        return QByteArrayLiteral("Locked");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

HttpConnection::HttpConnection(QSslSocket *socket, HttpHandler &handler, const ServerConfig::Limits &limits,
                               QObject *parent)
    : QObject(parent), m_socket(socket), m_handler(handler), m_limits(limits), m_peer(socket->peerAddress())
{
    m_socket->setParent(this);
    // Qt stops taking bytes from the kernel once this much is buffered, so a client that sends while its
    // request is being handled fills its own TCP window, not the server's memory.
    m_socket->setReadBufferSize(kReadChunk * 4);
    m_deadline.setSingleShot(true);
    m_activity.start();

    http_parser_settings_init(&m_settings);
    m_settings.on_message_begin = &HttpConnection::onMessageBegin;
    m_settings.on_url = &HttpConnection::onUrl;
    m_settings.on_header_field = &HttpConnection::onHeaderField;
    m_settings.on_header_value = &HttpConnection::onHeaderValue;
    m_settings.on_headers_complete = &HttpConnection::onHeadersComplete;
    m_settings.on_body = &HttpConnection::onBody;
    m_settings.on_message_complete = &HttpConnection::onMessageComplete;
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;

    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::timedOut);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_state = State::Idle;
        m_activity.restart();
        arm(m_limits.requestSeconds);
        readInput();
    });
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::readInput);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::written);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpConnection::abort);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::start()
{
    arm(m_limits.handshakeSeconds);
    m_socket->startServerEncryption();
}

void HttpConnection::abort()
{
    if (m_finished)
        return;
    m_state = State::Closing;
    m_socket->abort();
    finish();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_state = State::Closing;
    m_deadline.stop();
    ++m_generation;
    emit finished(this);
}

void HttpConnection::arm(int seconds)
{
    m_deadline.start(std::chrono::seconds(seconds));
}

void HttpConnection::readInput()
{
    if (m_drain && (m_state == State::Writing || m_state == State::Draining)) {
        while (m_socket->bytesAvailable() > 0 && m_drained <= kDrainBytes)
            m_drained += m_socket->skip(kReadChunk);
        if (m_drained > kDrainBytes)
            abort();
        return;
    }
    if (m_state == State::Handshake || m_state == State::Handling || m_state == State::Writing
        || m_state == State::Closing)
        return; // read again once the answer is out
    while (m_socket->bytesAvailable() > 0
           && (m_state == State::Idle || m_state == State::Head || m_state == State::Body)) {
        m_buffer += m_socket->read(kReadChunk);
        m_activity.restart();
        parseBuffered();
    }
}

void HttpConnection::parseBuffered()
{
    while (!m_buffer.isEmpty() && (m_state == State::Idle || m_state == State::Head || m_state == State::Body)) {
        const size_t parsed =
            http_parser_execute(&m_parser, &m_settings, m_buffer.constData(), size_t(m_buffer.size()));
        const auto err = HTTP_PARSER_ERRNO(&m_parser);
        if (err == HPE_PAUSED) {
            m_buffer.remove(0, qsizetype(parsed));
            dispatch();
            return;
        }
        m_buffer.remove(0, qsizetype(parsed));
        if (err == HPE_OK && parsed > 0)
            continue;
        if (m_refusal) {
            HttpResponse r = std::move(*m_refusal);
            m_refusal.reset();
            r.close = true;
            m_drain = true;
            send(std::move(r));
        } else {
            fail(400, QStringLiteral("bad_request"),
                 QStringLiteral("the request is not valid HTTP/1.1: %1")
                     .arg(err == HPE_OK ? QStringLiteral("a protocol upgrade is not offered")
                                        : QString::fromLatin1(http_errno_description(err))));
        }
        return;
    }
}

bool HttpConnection::headGrows(size_t length)
{
    m_headBytes += qint64(length);
    if (m_headBytes <= m_limits.maxHeaderBytes)
        return true;
    m_refusal =
        m_handler.error(431, QStringLiteral("headers_too_large"),
                        QStringLiteral("the request line and headers exceed %1 bytes").arg(m_limits.maxHeaderBytes));
    return false;
}

int HttpConnection::onMessageBegin(http_parser *p)
{
    HttpConnection *c = self(p);
    c->m_request = HttpRequest{};
    c->m_request.peer = c->m_peer;
    c->m_headBytes = 0;
    c->m_maxBody = 0;
    c->m_lastWasValue = false;
    c->m_state = State::Head;
    c->arm(c->m_limits.requestSeconds);
    return 0;
}

int HttpConnection::onUrl(http_parser *p, const char *at, size_t length)
{
    HttpConnection *c = self(p);
    if (!c->headGrows(length))
        return -1;
    c->m_request.path.append(at, qsizetype(length));
    return 0;
}

int HttpConnection::onHeaderField(http_parser *p, const char *at, size_t length)
{
    HttpConnection *c = self(p);
    if (!c->headGrows(length))
        return -1;
    if (c->m_lastWasValue || c->m_request.headers.isEmpty()) {
        if (c->m_request.headers.size() >= kMaxHeaders) {
            c->m_refusal = c->m_handler.error(431, QStringLiteral("headers_too_large"),
                                              QStringLiteral("the request has more than %1 headers").arg(kMaxHeaders));
            return -1;
        }
        c->m_request.headers.append(QPair<QByteArray, QByteArray>());
    }
    c->m_request.headers.last().first.append(QByteArray(at, qsizetype(length)).toLower());
    c->m_lastWasValue = false;
    return 0;
}

int HttpConnection::onHeaderValue(http_parser *p, const char *at, size_t length)
{
    HttpConnection *c = self(p);
    if (!c->headGrows(length))
        return -1;
    if (c->m_request.headers.isEmpty())
        return -1;
    c->m_request.headers.last().second.append(at, qsizetype(length));
    c->m_lastWasValue = true;
    return 0;
}

int HttpConnection::onHeadersComplete(http_parser *p)
{
    HttpConnection *c = self(p);
    HttpRequest &r = c->m_request;
    r.method = http_method_str(static_cast<http_method>(p->method));
    if (const qsizetype q = r.path.indexOf('?'); q >= 0) {
        r.query = r.path.mid(q + 1);
        r.path.truncate(q);
    }
    if (c->m_limits.trustedProxies.contains(c->m_peer)) {
        const QHostAddress client(QString::fromLatin1(r.header("x-real-ip").trimmed()));
        if (!client.isNull())
            r.peer = client;
    }
    HttpAdmission admission = c->m_handler.admit(r);
    if (admission.refusal) {
        c->m_refusal = std::move(admission.refusal);
        return -1;
    }
    c->m_maxBody = admission.maxBody;
    r.admitted = std::move(admission.context);
    const bool sized = (p->flags & F_CHUNKED) == 0 && p->content_length != ULLONG_MAX;
    if (sized && p->content_length > quint64(c->m_maxBody)) {
        c->m_refusal = c->m_handler.error(
            413, QStringLiteral("payload_too_large"),
            QStringLiteral("the body has %1 bytes; the limit is %2").arg(p->content_length).arg(c->m_maxBody));
        return -1;
    }
    if (r.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0)
        c->m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    c->m_state = State::Body;
    return 0;
}

int HttpConnection::onBody(http_parser *p, const char *at, size_t length)
{
    HttpConnection *c = self(p);
    if (c->m_request.body.size() + qint64(length) > c->m_maxBody) {
        c->m_refusal =
            c->m_handler.error(413, QStringLiteral("payload_too_large"),
                               QStringLiteral("the body is longer than the limit of %1 bytes").arg(c->m_maxBody));
        return -1;
    }
    c->m_request.body.append(at, qsizetype(length));
    c->arm(c->m_limits.requestSeconds); // a slow link has this long between parts of a body
    return 0;
}

int HttpConnection::onMessageComplete(http_parser *p)
{
    HttpConnection *c = self(p);
    c->m_keepAlive = http_should_keep_alive(p) != 0;
    c->m_state = State::Handling;
    http_parser_pause(p, 1);
    return 0;
}

void HttpConnection::dispatch()
{
    m_deadline.stop();
    const quint64 generation = ++m_generation;
    QPointer<HttpConnection> alive(this);
    m_handler.handle(std::move(m_request), [alive, generation](HttpResponse response) {
        if (alive && alive->m_generation == generation && alive->m_state == State::Handling)
            alive->send(std::move(response));
    });
}

void HttpConnection::send(HttpResponse response)
{
    if (m_finished)
        return;
    m_closeAfterWrite = response.close || !m_keepAlive;
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    for (const auto &h : std::as_const(response.headers))
        out += h.first + ": " + h.second + "\r\n";
    out += m_closeAfterWrite ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    out += response.body;
    m_state = State::Writing;
    arm(m_limits.requestSeconds);
    m_socket->write(out);
    m_activity.restart();
}

void HttpConnection::written()
{
    m_activity.restart();
    if (m_state != State::Writing)
        return;
    if (m_socket->bytesToWrite() > 0 || m_socket->encryptedBytesToWrite() > 0) {
        arm(m_limits.requestSeconds); // a client that reads its answer slowly still has to read
        return;
    }
    if (m_closeAfterWrite && m_drain) {
        m_state = State::Draining;
        arm(kDrainSeconds);
        readInput();
        return;
    }
    if (m_closeAfterWrite) {
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        arm(m_limits.handshakeSeconds); // the peer has this long to take the close
        return;
    }
    m_state = State::Idle;
    arm(m_limits.idleSeconds);
    http_parser_pause(&m_parser, 0);
    parseBuffered();
    readInput();
}

void HttpConnection::fail(int status, const QString &code, const QString &message)
{
    HttpResponse r = m_handler.error(status, code, message);
    r.close = true;
    send(std::move(r));
}

void HttpConnection::timedOut()
{
    switch (m_state) {
    case State::Head:
    case State::Body:
        fail(408, QStringLiteral("request_timeout"),
             QStringLiteral("the request did not arrive within %1 s").arg(m_limits.requestSeconds));
        return;
    case State::Handling:
        return;
    case State::Handshake:
    case State::Idle:
    case State::Writing:
    case State::Draining:
    case State::Closing:
        abort();
        return;
    }
}

} // namespace pd::server
