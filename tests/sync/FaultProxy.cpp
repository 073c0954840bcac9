#include "FaultProxy.h"

#include <QFile>
#include <QSemaphore>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <memory>
#include <optional>

// The proxy's listening side; lives on the proxy's thread.
class ProxyServer final : public QTcpServer
{
public:
    explicit ProxyServer(FaultProxy &owner) : m_owner(owner) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QSslSocket(this);
        if (!client->setSocketDescriptor(descriptor)) {
            client->deleteLater();
            return;
        }
        QFile cert(m_owner.m_cert);
        QFile key(m_owner.m_key);
        cert.open(QIODevice::ReadOnly);
        key.open(QIODevice::ReadOnly);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&key, QSsl::Ec, QSsl::Pem));
        // The proxy is the server side of this connection and keeps the server-side default of asking the
        // client for no certificate; the client verifies the proxy's certificate as it would a server's.
        client->setSslConfiguration(tls);
        auto buffer = std::make_shared<QByteArray>();
        connect(client, &QSslSocket::readyRead, this, [this, client, buffer] {
            *buffer += client->readAll();
            serve(client, *buffer);
        });
        connect(client, &QSslSocket::disconnected, client, &QObject::deleteLater);
        client->startServerEncryption();
    }

private:
    static std::optional<std::pair<QByteArray, qsizetype>> message(const QByteArray &data)
    {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        qsizetype length = 0;
        for (const QByteArray &line : data.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        const qsizetype total = end + 4 + length;
        if (data.size() < total)
            return std::nullopt;
        return std::pair{data.left(total), end + 4};
    }

    void serve(QSslSocket *client, QByteArray &buffer)
    {
        while (auto request = message(buffer)) {
            buffer.remove(0, request->first.size());
            const QByteArray firstLine = request->first.left(request->first.indexOf("\r\n"));
            const QString path = QString::fromLatin1(firstLine.split(' ').value(1));
            m_owner.record(QString::fromLatin1(firstLine));
            const auto fault = m_owner.take(path);
            if (fault == FaultProxy::Fault::Hang)
                return;
            if (fault == FaultProxy::Fault::Error500) {
                const QByteArray body = R"({"error":"internal","message":"injected fault"})";
                client->write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                continue;
            }
            const QByteArray answer = forward(request->first);
            if (fault == FaultProxy::Fault::CloseBeforeReply || answer.isEmpty()) {
                client->disconnectFromHost();
                return;
            }
            if (fault == FaultProxy::Fault::CloseMidResponse) {
                client->write(answer.left(answer.size()
                                          - std::max<qsizetype>(1, (answer.size() - answer.indexOf("\r\n\r\n")) / 2)));
                client->flush();
                client->disconnectFromHost();
                return;
            }
            if (fault == FaultProxy::Fault::TruncatedJson) {
                const qsizetype head = answer.indexOf("\r\n\r\n") + 4;
                const QByteArray body = answer.mid(head, (answer.size() - head) / 2);
                client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                continue;
            }
            client->write(answer);
        }
    }

    // One request to the real server on a fresh connection; its whole answer, empty on failure.
    QByteArray forward(QByteArray request)
    {
        request.replace("Connection: keep-alive", "Connection: close");
        QSslSocket upstream;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_owner.m_upstreamCa);
        upstream.setSslConfiguration(tls);
        upstream.connectToHostEncrypted(QStringLiteral("localhost"), quint16(m_owner.m_upstreamPort));
        if (!upstream.waitForEncrypted(10000))
            return {};
        upstream.write(request);
        QByteArray answer;
        while (upstream.waitForReadyRead(15000)) {
            answer += upstream.readAll();
            if (message(answer))
                break;
        }
        return message(answer) ? message(answer)->first : QByteArray();
    }

    FaultProxy &m_owner;
};

FaultProxy::FaultProxy(int upstreamPort, QString upstreamCa, QString certFile, QString keyFile)
    : m_upstreamPort(upstreamPort), m_upstreamCa(std::move(upstreamCa)), m_cert(std::move(certFile)),
      m_key(std::move(keyFile))
{}

FaultProxy::~FaultProxy()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, &QObject::deleteLater, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool FaultProxy::start()
{
    m_thread.start();
    QSemaphore ready;
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        context,
        [this, &ready, context] {
            m_server = new ProxyServer(*this);
            if (m_server->listen(QHostAddress::LocalHost, 0))
                m_port = m_server->serverPort();
            context->deleteLater();
            ready.release();
        },
        Qt::QueuedConnection);
    ready.acquire();
    return m_port > 0;
}

int FaultProxy::port() const
{
    return m_port;
}

void FaultProxy::addFault(const QString &pathPrefix, Fault fault)
{
    QMutexLocker lock(&m_mutex);
    m_plan.append({pathPrefix, fault});
}

std::optional<FaultProxy::Fault> FaultProxy::take(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_plan.size(); ++i) {
        if (path.startsWith(m_plan.at(i).prefix)) {
            const Fault f = m_plan.at(i).fault;
            m_plan.removeAt(i);
            return f;
        }
    }
    return std::nullopt;
}

void FaultProxy::record(const QString &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
}

QStringList FaultProxy::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

bool FaultProxy::faultsLeft() const
{
    QMutexLocker lock(&m_mutex);
    return !m_plan.isEmpty();
}
