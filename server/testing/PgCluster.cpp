#include "PgCluster.h"

#include <QProcess>

namespace pd::server {

PgCluster::~PgCluster()
{
    stop();
}

bool PgCluster::start(const QStringList &options)
{
    QProcess fixture;
    fixture.start(m_script, QStringList{QStringLiteral("start")} + options);
    if (!fixture.waitForFinished(120000) || fixture.exitCode() != 0) {
        m_error = QString::fromLocal8Bit(fixture.readAllStandardError()).trimmed();
        return false;
    }
    const QStringList portAndDir =
        QString::fromLocal8Bit(fixture.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
    if (portAndDir.size() != 2) {
        m_error = QStringLiteral("%1 start did not print PORT DIR").arg(m_script);
        return false;
    }
    m_port = portAndDir.at(0).toInt();
    m_dir = portAndDir.at(1);
    return true;
}

bool PgCluster::run(const QString &command)
{
    QProcess fixture;
    fixture.start(m_script, {command, m_dir});
    if (!fixture.waitForFinished(120000) || fixture.exitCode() != 0) {
        m_error = QString::fromLocal8Bit(fixture.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

void PgCluster::stop()
{
    if (m_dir.isEmpty())
        return;
    QProcess::execute(m_script, {QStringLiteral("stop"), m_dir});
    m_dir.clear();
}

} // namespace pd::server
