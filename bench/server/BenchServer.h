#pragma once

#include "ServerProcess.h"

#include <QString>
#include <QTextStream>

namespace pd::bench {

// The server under test in the sync benchmarks: pd::server::ServerProcess on the built partnerdesk-server
// (PD_SERVER_PATH), given the benchmarks' longer waits; a failed start prints the server's own error.
class BenchServer final
{
public:
    bool start(const QString &dataDir)
    {
        if (m_process.start(QString::fromLatin1(PD_SERVER_PATH), dataDir, 0, {}, 60000))
            return true;
        QTextStream(stderr) << m_process.errorOutput() << '\n';
        return false;
    }
    void stop() { m_process.stop(20000); }
    int port() const { return m_process.port(); }

private:
    server::ServerProcess m_process;
};

} // namespace pd::bench
