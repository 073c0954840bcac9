#include "Quarantine.h"

#include <Version.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace pd::storage::quarantine {
namespace {

// The bytes read from each end of a file to tell it from another copy of the same size and time: enough
// for the header and the first pages (schema, freelist) where damage shows, and cheap for a file of 8 GB.
constexpr qint64 kEdgeBytes = 1024 * 1024;

const QString kLog = QStringLiteral("-wal");
const QString kSharedMemory = QStringLiteral("-shm");

void addFile(QCryptographicHash &hash, const QString &path)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.exists() || !file.open(QIODevice::ReadOnly)) {
        hash.addData("absent\n");
        return;
    }
    const qint64 size = file.size();
    const QByteArray stamp =
        QByteArray::number(size) + ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '\n';
    hash.addData(stamp);
    hash.addData(file.read(qMin(size, kEdgeBytes)));
    if (size > kEdgeBytes && file.seek(qMax(kEdgeBytes, size - kEdgeBytes)))
        hash.addData(file.readAll());
}

// What makes two copies of a database the same: its file and its log, each by size, modification time
// and the content at both ends. The shared-memory file is an index SQLite rebuilds, so it is left out.
QByteArray fingerprint(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addFile(hash, path);
    addFile(hash, path + kLog);
    return hash.result();
}

// The copies' modification times are the original's, so that a copy keeps the fingerprint it was made from.
bool copyWithTime(const QString &from, const QString &to)
{
    if (!QFile::copy(from, to))
        return false;
    QFile copy(to);
    return copy.open(QIODevice::ReadOnly)
           && copy.setFileTime(QFileInfo(from).lastModified(), QFileDevice::FileModificationTime);
}

} // namespace

std::optional<Copy> copyAside(const QString &path)
{
    const QFileInfo info(path);
    const QString prefix = info.completeBaseName() + QStringLiteral(".damaged-");
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QStringList folders{info.absolutePath(), QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                                       + QLatin1Char('/') + QLatin1String(version::productName)
                                                       + QStringLiteral("/quarantine")};

    const QByteArray original = fingerprint(path);
    for (const QString &folder : folders) {
        const QFileInfoList earlier = QDir(folder).entryInfoList({prefix + QLatin1Char('*') + suffix}, QDir::Files);
        for (const QFileInfo &candidate : earlier) {
            const QString name = candidate.fileName();
            if (name.endsWith(kLog) || name.endsWith(kSharedMemory))
                continue;
            if (candidate.size() == info.size() && fingerprint(candidate.absoluteFilePath()) == original)
                return Copy{QDir::toNativeSeparators(candidate.absoluteFilePath()), false};
        }
    }

    const QString base = prefix + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (const QString &folder : folders) {
        QDir().mkpath(folder);
        QString target = folder + QLatin1Char('/') + base + suffix;
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = folder + QLatin1Char('/') + base + QStringLiteral("-%1").arg(n) + suffix;
        if (!copyWithTime(path, target)) {
            QFile::remove(target);
            continue;
        }
        for (const QString &companion : {kLog, kSharedMemory}) {
            if (QFileInfo::exists(path + companion))
                copyWithTime(path + companion, target + companion);
        }
        return Copy{QDir::toNativeSeparators(target), true};
    }
    return std::nullopt;
}

} // namespace pd::storage::quarantine
