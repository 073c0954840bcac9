#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace pd::server {

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QString &serverPath, const QString &dataDir, int waitMs)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(serverPath, {QStringLiteral("run"), QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:0")});
    if (!m_process.waitForStarted(10000))
        return false;
    QByteArray line;
    QElapsedTimer t;
    t.start();
    while (!line.contains('\n') && t.elapsed() < waitMs) {
        m_process.waitForReadyRead(500);
        line += m_process.readAllStandardOutput();
    }
    const auto m = QRegularExpression(QStringLiteral(":(\\d+) ")).match(QString::fromUtf8(line));
    m_port = m.hasMatch() ? m.captured(1).toInt() : 0;
    if (m_port == 0)
        m_errorOutput = QString::fromLocal8Bit(m_process.readAllStandardError());
    return m_port > 0;
}

QString ServerProcess::log()
{
    m_log += QString::fromLocal8Bit(m_process.readAllStandardError());
    return m_log;
}

QString ServerProcess::init(const QString &serverPath, const QString &dataDir, const QString &admin,
                            const QString &password, const QString &database)
{
    QStringList args{QStringLiteral("init"), QStringLiteral("--data"), dataDir, QStringLiteral("--admin"), admin};
    if (!database.isEmpty())
        args << QStringLiteral("--database") << database;
    QProcess p;
    p.start(serverPath, args);
    p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return QStringLiteral("%1 init did not finish within a minute").arg(serverPath);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromLocal8Bit(p.readAllStandardError()).trimmed() + QStringLiteral(" (exit code %1)").arg(p.exitCode());
    return {};
}

void ServerProcess::stop(int waitMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(waitMs))
        m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace pd::server
