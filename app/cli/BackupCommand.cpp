#include "BackupCommand.h"

#include "Backups.h"
#include "CliContext.h"
#include "Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

namespace pd::cli {

BackupCommand::BackupCommand()
    : m_list(QStringLiteral("list"), tr("List the backups of the database, newest first, each checked.")),
      m_keepDaily(QStringLiteral("keep-daily"),
                  tr("Keep the newest backup of each of the last N days (default 7); saved."), QStringLiteral("N")),
      m_keepWeekly(QStringLiteral("keep-weekly"),
                   tr("Then keep the newest backup of each of N weeks before those (default 4); saved."),
                   QStringLiteral("N"))
{}

QString BackupCommand::name() const
{
    return QStringLiteral("backup");
}

QString BackupCommand::summary() const
{
    return tr("Back up the database now, or list its backups.");
}

QString BackupCommand::description() const
{
    return tr("Writes a consistent copy of the database (SQLite's VACUUM INTO, safe while PartnerDesk is writing)\n"
              "into the folder 'backups' beside it, checks the copy with SQLite's quick_check and prints its path.\n"
              "Older backups are then thinned: the newest of each of the last 7 days that have one is kept, then\n"
              "the newest of each of the 4 weeks before those (--keep-daily and --keep-weekly change these numbers\n"
              "for the app too). PartnerDesk also backs up by itself before a schema upgrade, an import and a full\n"
              "resync, and once a day while it runs.\n"
              "\n"
              "With --list, prints one line per backup, newest first: its number (for 'restore'), when it was made,\n"
              "its size, why it was made and what it holds, or why it fails its check (such a backup cannot be\n"
              "restored). Exits 1 when the backup folder cannot be written, naming it.");
}

QList<QCommandLineOption> BackupCommand::options() const
{
    return {m_list, m_keepDaily, m_keepWeekly};
}

int BackupCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    storage::backups::Policy policy = storage::backups::Policy::fromSettings();
    if (parser.isSet(m_keepDaily) || parser.isSet(m_keepWeekly)) {
        const auto daily = parser.isSet(m_keepDaily) ? integerOption(parser, m_keepDaily, 1, 365, context)
                                                     : std::optional<qint64>(policy.daily);
        if (!daily)
            return ExitCode::UsageError;
        const auto weekly = parser.isSet(m_keepWeekly) ? integerOption(parser, m_keepWeekly, 0, 520, context)
                                                       : std::optional<qint64>(policy.weekly);
        if (!weekly)
            return ExitCode::UsageError;
        policy.daily = int(*daily);
        policy.weekly = int(*weekly);
        policy.save();
        context.err() << tr("Backups kept from now on: %1 daily, %2 weekly.").arg(policy.daily).arg(policy.weekly)
                      << Qt::endl;
    }
    if (parser.isSet(m_list))
        return list(context);

    auto opened = storage::Database::open(context.databasePath(), storage::Database::Mode::OpenExisting);
    if (!opened)
        return context.fail(opened.error());
    QElapsedTimer timer;
    timer.start();
    auto made = storage::backups::make(opened.value()->connection(), storage::backups::Reason::Manual,
                                       SystemClock::instance(), policy);
    if (!made)
        return context.fail(made.error());
    const storage::backups::Backup &backup = made.value();
    context.out() << QDir::toNativeSeparators(backup.path) << Qt::endl;
    context.err() << tr("Backup made and checked in %1 s: %2, %3.")
                         .arg(QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 1),
                              QLocale().formattedDataSize(backup.size, 2, QLocale::DataSizeTraditionalFormat),
                              storage::backups::describe(backup.contents))
                  << Qt::endl;
    return ExitCode::Success;
}

int BackupCommand::list(CliContext &context) const
{
    const QList<storage::backups::Backup> found = storage::backups::list(context.databasePath());
    const QString folder = QDir::toNativeSeparators(storage::backups::folderFor(context.databasePath()));
    if (found.isEmpty()) {
        context.err()
            << tr("There are no backups of %1 in %2.").arg(QDir::toNativeSeparators(context.databasePath()), folder)
            << Qt::endl;
        return ExitCode::Success;
    }
    const QLocale locale;
    int number = 0;
    int damaged = 0;
    for (const storage::backups::Backup &b : found) {
        ++number;
        QString holds;
        if (b.isGood()) {
            holds = storage::backups::describe(b.contents);
        } else {
            ++damaged;
            holds = tr("DAMAGED, cannot be restored: %1").arg(b.problem);
        }
        context.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                             .arg(number, 3)
                             .arg(b.madeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                             .arg(locale.formattedDataSize(b.size, 2, QLocale::DataSizeTraditionalFormat), 10)
                             .arg(storage::backups::reasonName(b.reason), -8)
                             .arg(holds, QDir::toNativeSeparators(b.path))
                      << Qt::endl;
    }
    if (damaged > 0)
        context.err() << tr("%n backup(s) in %1 fail their check and cannot be restored.", nullptr, damaged).arg(folder)
                      << Qt::endl;
    return ExitCode::Success;
}

} // namespace pd::cli
