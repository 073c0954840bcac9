#include "SyncCommand.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QThread>

#include "CliContext.h"
#include "Database.h"
#include "ServerTrust.h"
#include "SyncEngine.h"
#include "SyncJournal.h"
#include "SyncSeams.h"
#include "SyncWorker.h"

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace pd::cli {
namespace {

using namespace pd::sync::client;

// The password from PARTNERDESK_PASSWORD, else asked on the terminal without echo; only asked
// once the server's certificate was accepted. The refresh token lives for this run only.
class CliCredentials final : public Credentials
{
public:
    CliCredentials(QString user, QTextStream &err) : m_user(std::move(user)), m_err(err) {}
    QString user() const override { return m_user; }
    QString password() override
    {
        if (qEnvironmentVariableIsSet("PARTNERDESK_PASSWORD"))
            return qEnvironmentVariable("PARTNERDESK_PASSWORD");
        m_err << Command::tr("Password for %1: ").arg(m_user) << Qt::flush;
        QTextStream in(stdin);
#ifdef Q_OS_UNIX
        termios old{};
        const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
        if (tty) {
            termios quiet = old;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
        const QString line = in.readLine();
        if (tty) {
            tcsetattr(STDIN_FILENO, TCSANOW, &old);
            m_err << Qt::endl;
        }
        return line;
#elif defined(Q_OS_WIN)
        // The console echoes what is typed unless told not to.
        const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
        DWORD mode = 0;
        const bool console = GetConsoleMode(input, &mode) != 0;
        if (console)
            SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
        const QString line = in.readLine();
        if (console) {
            SetConsoleMode(input, mode);
            m_err << Qt::endl;
        }
        return line;
#else
        return in.readLine();
#endif
    }
    QString refreshToken() override
    {
        return m_refresh;
    }
    void storeRefreshToken(const QString &token) override
    {
        m_refresh = token;
    }

private:
    QString m_user;
    QTextStream &m_err;
    QString m_refresh;
};

QStringList logHeader()
{
    return {QStringLiteral("started_at"), QStringLiteral("finished_at"), QStringLiteral("server"),
            QStringLiteral("outcome"),    QStringLiteral("pushed"),      QStringLiteral("pulled"),
            QStringLiteral("merged"),     QStringLiteral("conflicts"),   QStringLiteral("rejected"),
            QStringLiteral("kept_local"), QStringLiteral("message")};
}

} // namespace

SyncCommand::SyncCommand()
    : m_server(QStringLiteral("server"), tr("The sync server, e.g. https://sync.example.com:8443."),
               QStringLiteral("URL")),
      m_user(QStringLiteral("user"), tr("Your user name on the server."), QStringLiteral("NAME")),
      m_ca(QStringLiteral("ca"), tr("A CA certificate file (PEM) that signed a self-hosted server's certificate."),
           QStringLiteral("FILE")),
      m_trust(QStringLiteral("trust-fingerprint"),
              tr("Trust the server's certificate with this SHA-256 fingerprint for this run (as printed when it was "
                 "refused)."),
              QStringLiteral("SHA256")),
      m_allowMassDelete(QStringLiteral("allow-mass-delete"),
                        tr("Let the pull delete more than half of the local records (after a server-side clean-up).")),
      m_timeout(QStringLiteral("timeout"), tr("Seconds to wait for each answer (default: 30)."), QStringLiteral("S"),
                QStringLiteral("30")),
      m_retries(QStringLiteral("retries"),
                tr("Retry a run that failed for the network or the server this many times, with growing pauses "
                   "(default: 0)."),
                QStringLiteral("N"), QStringLiteral("0")),
      m_pageSize(
          QStringLiteral("page-size"),
          tr("Changes per page of the pull (1 to %1, default: %2).").arg(sync::kMaxPageSize).arg(kDefaultPullPageSize),
          QStringLiteral("N"), QString::number(kDefaultPullPageSize)),
      m_log(QStringLiteral("log"), tr("Print the log of past sync runs as CSV, newest first, instead of syncing.")),
      m_limit(
          QStringLiteral("limit"),
          tr("With --log: at most N runs (default: 100; the log keeps the last %1).").arg(SyncJournal::kMaxLogEntries),
          QStringLiteral("N"), QStringLiteral("100")),
      m_problems(QStringLiteral("problems"), tr("With --log: only the runs that did not sync fully."))
{}

QString SyncCommand::name() const
{
    return QStringLiteral("sync");
}

QString SyncCommand::summary() const
{
    return tr("Sync with a PartnerDesk server: push local changes, pull the team's; --log lists past runs.");
}

QString SyncCommand::description() const
{
    return tr("Checks the server's certificate before anything is sent, signs in (password from\n"
              "PARTNERDESK_PASSWORD or asked without echo), pushes the queued local changes, then pulls the\n"
              "server's changes. Prints pushed, pulled, merged, conflicts and rejected (the last two are\n"
              "what remains open for a person to decide in the app), and not stored: the server's records this\n"
              "database could not store, each with its entity, id and reason.\n"
              "Exit codes: 0 fully synced, 1 error (certificate, sign-in, network, a refused mass delete),\n"
              "2 usage, 3 conflicts, rejected changes or records not stored remain.\n"
              "With --log, prints the runs this database remembers instead (newest first, times UTC ISO 8601),\n"
              "in the columns:\n  %1.\n"
              "outcome is one of synced, needs_attention, offline, certificate_refused, sign_in_needed,\n"
              "mass_delete_pending, failed, cancelled; conflicts and rejected count the new ones of that run.")
        .arg(logHeader().join(QStringLiteral(",\n  ")));
}

QList<QCommandLineOption> SyncCommand::options() const
{
    return QList<QCommandLineOption>{m_server,  m_user,     m_ca,  m_trust, m_allowMassDelete, m_timeout,
                                     m_retries, m_pageSize, m_log, m_limit, m_problems}
           + m_csv.options();
}

int SyncCommand::printLog(const QCommandLineParser &parser, CliContext &context)
{
    if (const QString problem = m_csv.usageProblem(parser); !problem.isEmpty())
        return context.usageError(problem, name());
    const auto limit = integerOption(parser, m_limit, 1, SyncJournal::kMaxLogEntries, context);
    if (!limit)
        return ExitCode::UsageError;
    auto opened = storage::Database::open(context.databasePath(), storage::Database::Mode::OpenExisting);
    if (!opened)
        return context.fail(opened.error());
    SyncLogQuery query;
    query.problemsOnly = parser.isSet(m_problems);
    query.limit = int(*limit);
    auto runs = SyncJournal(opened.value()->connection()).log(query);
    if (!runs)
        return context.fail(runs.error());

    if (Status started = m_csv.open(parser, context); !started)
        return context.fail(started.error());
    io::CsvWriter &writer = m_csv.writer();
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    };
    Status s = writer.writeRow(logHeader());
    for (qsizetype i = 0; s && i < runs.value().size(); ++i) {
        const SyncLogEntry &e = runs.value().at(i);
        s = writer.writeRow({time(e.startedAt), time(e.finishedAt), e.server, e.outcome, QString::number(e.pushed),
                             QString::number(e.pulled), QString::number(e.merged), QString::number(e.conflicts),
                             QString::number(e.rejected), QString::number(e.keptLocal), e.message});
    }
    if (s = m_csv.finish(s); !s)
        return context.fail(s.error());
    if (m_csv.toFile())
        context.err() << tr("%n sync run(s) written to %1.", nullptr, int(runs.value().size())).arg(m_csv.nativePath())
                      << Qt::endl;
    else
        context.err() << tr("%n sync run(s).", nullptr, int(runs.value().size())) << Qt::endl;
    return ExitCode::Success;
}

int SyncCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (parser.isSet(m_log))
        return printLog(parser, context);
    if (!parser.isSet(m_server))
        return context.usageError(tr("--server URL is required."), name());
    if (!parser.isSet(m_user) || parser.value(m_user).isEmpty())
        return context.usageError(tr("--user NAME is required."), name());
    auto url = pd::sync::ServerTrust::normaliseServerUrl(parser.value(m_server));
    if (!url)
        return context.usageError(tr("--server: %1").arg(url.error().text()), name());
    const auto timeout = integerOption(parser, m_timeout, 1, 3600, context);
    const auto retries = integerOption(parser, m_retries, 0, 100, context);
    const auto pageSize = integerOption(parser, m_pageSize, 1, sync::kMaxPageSize, context);
    if (!timeout || !retries || !pageSize)
        return ExitCode::UsageError;
    if (parser.isSet(m_ca) && !QFile::exists(parser.value(m_ca)))
        return context.fail(Error{tr("The CA file %1 does not exist.").arg(parser.value(m_ca)), {}, {}});

    auto opened = storage::Database::open(context.databasePath(), storage::Database::Mode::OpenExisting);
    if (!opened)
        return context.fail(opened.error());
    QNetworkAccessManager nam;
    FileTlsPolicy tls(parser.value(m_ca), parser.values(m_trust));
    CliCredentials credentials(parser.value(m_user), context.err());
    SyncEngine engine(opened.value()->connection(), nam, tls, credentials);
    SyncOptions options;
    options.server = url.value();
    options.allowMassDelete = parser.isSet(m_allowMassDelete);
    options.timeoutMs = int(*timeout * 1000);
    options.pageSize = int(*pageSize);

    SyncReport total;
    SyncReport report;
    for (int attempt = 0;; ++attempt) {
        report = engine.run(options);
        total.pushed += report.pushed;
        total.pulled += report.pulled;
        total.merged += report.merged;
        if (!report.retryable() || attempt >= *retries)
            break;
        context.err() << tr("%1 Retrying in %2 s.")
                             .arg(report.message)
                             .arg(SyncWorker::backoffDelay(attempt + 1, 1000, 60000) / 1000)
                      << Qt::endl;
        QThread::msleep(SyncWorker::backoffDelay(attempt + 1, 1000, 60000));
    }
    QTextStream &out = context.out();
    out << "pushed: " << total.pushed << '\n'
        << "pulled: " << total.pulled << '\n'
        << "merged: " << total.merged << '\n'
        << "conflicts: " << report.openConflicts << '\n'
        << "rejected: " << report.openRejected << '\n'
        << "not stored: " << report.unstored.size() << '\n';
    for (const UnstoredRecord &r : report.unstored)
        out << "  " << r.entity << ' ' << r.id << ": " << r.reason << '\n';
    if (report.keptLocal > 0)
        out << "kept on this computer: " << report.keptLocal << '\n';
    out << Qt::flush;
    switch (report.outcome) {
    case SyncOutcome::Synced:
        return ExitCode::Success;
    case SyncOutcome::NeedsAttention:
        if (report.openConflicts > 0 || report.openRejected > 0)
            context.err() << tr("%1 and %2 wait for you on the Sync page of the app.")
                                 .arg(tr("%n conflict(s)", nullptr, int(report.openConflicts)),
                                      tr("%n rejected change(s)", nullptr, int(report.openRejected)))
                          << Qt::endl;
        if (!report.unstored.isEmpty())
            context.err() << SyncEngine::unstoredText(report.unstored) << Qt::endl;
        return kAttention;
    case SyncOutcome::CertificateRefused: {
        const CertificateRefusal c = report.certificate.value_or(CertificateRefusal{});
        context.err()
            << tr("The server's certificate was refused; nothing was sent (no password, no data).") << '\n'
            << tr("  Server:      %1").arg(url.value().toString()) << '\n'
            << tr("  Subject:     %1").arg(c.subject) << '\n'
            << tr("  Issuer:      %1").arg(c.issuer) << '\n'
            << tr("  Valid:       %1 to %2").arg(c.validFrom.toString(Qt::ISODate), c.validTo.toString(Qt::ISODate))
            << '\n'
            << tr("  SHA-256:     %1").arg(c.fingerprint) << '\n';
        for (const QString &r : c.reasons)
            context.err() << tr("  Problem:     %1").arg(r) << '\n';
        context.err()
            << tr("If you know this certificate is the server's, pass --ca FILE with the CA that signed it, or "
                  "--trust-fingerprint %1.")
                   .arg(c.fingerprint)
            << Qt::endl;
        return ExitCode::DataError;
    }
    case SyncOutcome::MassDeletePending:
        context.err() << report.message << '\n'
                      << tr("Refused: run again with --allow-mass-delete if the server's deletions are intended.")
                      << Qt::endl;
        return ExitCode::DataError;
    default:
        context.err() << report.message << Qt::endl;
        return ExitCode::DataError;
    }
}

} // namespace pd::cli
