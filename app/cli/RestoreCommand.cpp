#include "RestoreCommand.h"

#include "Backups.h"
#include "CliContext.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace pd::cli {

QString RestoreCommand::name() const
{
    return QStringLiteral("restore");
}

QString RestoreCommand::summary() const
{
    return tr("Put a backup in place of the database, keeping the current file aside.");
}

QString RestoreCommand::description() const
{
    return tr("Replaces the database with BACKUP: a backup file, or its number in 'backup --list' (1 is the\n"
              "newest). The backup is checked first; one that fails its check is refused. The current file is\n"
              "never deleted: it is renamed to FILE.before-restore-DATE-TIME beside it (printed). A database that\n"
              "is open in PartnerDesk or another program is refused: close it there first.");
}

QStringList RestoreCommand::arguments() const
{
    return {QStringLiteral("BACKUP")};
}

int RestoreCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(tr("Name the backup to restore: a file, or its number in 'backup --list'."), name());
    QString backupPath = args.constFirst();
    static const QRegularExpression number(QStringLiteral("^\\d{1,6}$"));
    if (number.match(backupPath).hasMatch() && !QFileInfo::exists(backupPath)) {
        const QList<storage::backups::Backup> found = storage::backups::list(context.databasePath(), false);
        const int index = backupPath.toInt();
        if (index < 1 || index > found.size())
            return context.fail(Error{tr("There is no backup number %1 of %2 (there are %3).")
                                          .arg(backupPath, QDir::toNativeSeparators(context.databasePath()))
                                          .arg(found.size()),
                                      tr("Run '%1 backup --list' to see them.").arg(QStringLiteral("partnerdesk-cli")),
                                      {}});
        backupPath = found.at(index - 1).path;
    } else if (!QFileInfo(backupPath).isFile()) {
        return context.fail(
            Error{tr("%1 does not exist or is not a file.").arg(QDir::toNativeSeparators(backupPath)), {}, {}});
    }
    auto restored = storage::backups::restore(context.databasePath(), backupPath, SystemClock::instance());
    if (!restored)
        return context.fail(restored.error());
    context.err() << tr("Restored %1 from %2.")
                         .arg(QDir::toNativeSeparators(QFileInfo(context.databasePath()).absoluteFilePath()),
                              QDir::toNativeSeparators(QFileInfo(backupPath).absoluteFilePath()))
                  << Qt::endl;
    if (!restored.value().isEmpty())
        context.err() << tr("The previous file was kept as %1.").arg(restored.value()) << Qt::endl;
    return ExitCode::Success;
}

} // namespace pd::cli
