#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>
#include <optional>

class ProxyServer;

// A TLS proxy in front of the real server, on its own thread: it presents any certificate to the
// client, forwards requests to the server, and injects faults on the requests named in its plan.
class FaultProxy final
{
public:
    enum class Fault
    {
        Error500,         // answers 500 itself; the server never sees the request
        Hang,             // never answers
        CloseBeforeReply, // forwards (the server commits), then closes without answering
        CloseMidResponse, // forwards, then sends half of the answer and closes
        TruncatedJson,    // forwards, then answers 200 with the JSON body cut in half
    };

    FaultProxy(int upstreamPort, QString upstreamCa, QString certFile, QString keyFile);
    ~FaultProxy();
    bool start();
    int port() const;

    // The next request whose path starts with pathPrefix gets this fault (in the order added).
    void addFault(const QString &pathPrefix, Fault fault);
    // Requests that arrived decrypted (method and path), so a test can assert nothing was sent.
    QStringList requests() const;
    bool faultsLeft() const;

private:
    friend class ProxyServer;
    struct Planned
    {
        QString prefix;
        Fault fault;
    };
    std::optional<Fault> take(const QString &path);
    void record(const QString &request);

    int m_upstreamPort;
    QString m_upstreamCa;
    QString m_cert;
    QString m_key;
    QThread m_thread;
    ProxyServer *m_server = nullptr;
    mutable QMutex m_mutex;
    QList<Planned> m_plan;
    QStringList m_requests;
    int m_port = 0;
};
