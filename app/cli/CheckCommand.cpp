#include "CheckCommand.h"

#include "CliContext.h"
#include "Database.h"
#include "PartnerRepository.h"

namespace pd::cli {

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::summary() const
{
    return tr("Check the database's integrity and schema version.");
}

QString CheckCommand::description() const
{
    return tr("Opens the database without changing it and runs SQLite's full integrity check and a check of its\n"
              "references. Prints \"ok: schema version N, P partners\" and exits 0 when the file is sound;\n"
              "otherwise prints the reason and exits 1. A damaged file is copied aside once (the message says\n"
              "where; checking it again finds that copy rather than making another) and left in place; a database\n"
              "from a newer PartnerDesk is left untouched.");
}

int CheckCommand::run(const QCommandLineParser &, CliContext &context)
{
    auto opened = storage::Database::open(context.databasePath(), storage::Database::Mode::OpenExisting);
    if (!opened)
        return context.fail(opened.error());
    const storage::Database &db = *opened.value();
    if (Status verified = db.verify(); !verified)
        return context.fail(verified.error());
    const storage::PartnerRepository partners(db.connection(), SystemClock::instance(), QString());
    auto count = partners.count();
    if (!count)
        return context.fail(count.error());
    context.out() << tr("ok: schema version %1, %2 partners").arg(db.schemaVersion()).arg(count.value()) << Qt::endl;
    return ExitCode::Success;
}

} // namespace pd::cli
