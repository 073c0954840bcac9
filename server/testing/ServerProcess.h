#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pd::server {

// A partnerdesk-server child process on 127.0.0.1, for tests and benchmarks: `run --data DIR --listen
// 127.0.0.1:PORT` (port 0: one it picks itself), the port read from the line it prints once it listens.
// Stopped (terminate, then kill) by stop() or on destruction.
//
// The server's standard streams are files, not pipes: a Windows test under Wine starts the build machine's
// Linux server, and Wine hands such a program the files a Windows process gave it but not its pipes. Paths
// on the command line are then translated to the Linux server's (serverPath()).
class ServerProcess final
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts `serverPath` on the data directory with `extra` arguments; false when it did not say its port
    // within waitMs (its standard error is then in errorOutput()).
    bool start(const QString &serverPath, const QString &dataDir, int port = 0, const QStringList &extra = {},
               int waitMs = 20000);
    // `init --data DIR --admin ADMIN [--database URL]` with the admin's password on stdin: empty on success,
    // else what the server said.
    static QString init(const QString &serverPath, const QString &dataDir, const QString &admin,
                        const QString &password, const QString &database = {});
    // Runs another command of the server, or another program of the build machine (`openssl`, found on the
    // PATH), with `input` on its standard input; its exit code (-1 when it did not start or finish within a
    // minute) and, in `output`, what it wrote.
    static int run(const QString &program, const QStringList &args, const QByteArray &input = {},
                   QString *output = nullptr, const QString &workingDirectory = {});
    // True in a Windows program under Wine: it can start Linux programs, as above, but some Windows services
    // are Wine's own, such as the one below.
    static bool underWine();
    // Why a test of a TLS server inside the test, or of a private CA's chain, does not run under Wine.
    static constexpr char wineCertificateStores[] =
        "Wine's PFXImportCertStore fails here (GnuTLS: \"The requested data were not available\"), and Qt's Schannel "
        "backend loads a server's certificate and the certificates of a chosen CA file through it: under Wine a TLS "
        "server inside the test cannot start, and a CA file trusts only a certificate it holds itself (tst_sync runs "
        "that case under Wine). The Linux build runs this test";
    // A path on this machine as `serverPath` reads it: the same, except for a Linux server started by a
    // Windows program under Wine, which gets the Linux path of the file.
    static QString serverPath(const QString &program, const QString &path);

    void stop(int waitMs = 10000);
    int port() const { return m_port; }
    qint64 processId() const { return m_process.processId(); } // 0 for a Linux server under Wine
    const QString &errorOutput() const { return m_errorOutput; }
    // What the server has written to its standard error so far: its log.
    QString log() const;

private:
    QProcess m_process;
    QTemporaryDir m_streams;
    QString m_program;
    bool m_detached = false; // a Linux server under Wine, known by its process id alone
    int m_port = 0;
    QString m_errorOutput;
};

} // namespace pd::server
