#include "CommissionsPageWorker.h"

#include "Database.h"
#include "Statement.h"

#include <QElapsedTimer>

namespace pd::views {

CommissionsPageWorker::CommissionsPageWorker(QObject *parent) : QObject(parent)
{}

CommissionsPageWorker::~CommissionsPageWorker() = default;

void CommissionsPageWorker::open(const QString &path, const QString &actor)
{
    m_database.reset();
    m_path = path;
    m_actor = actor;
}

void CommissionsPageWorker::close()
{
    m_database.reset();
    m_path.clear();
}

bool CommissionsPageWorker::ready()
{
    if (m_database)
        return true;
    if (m_path.isEmpty())
        return false;
    auto db = storage::Database::open(m_path, storage::Database::Mode::OpenExisting);
    if (!db) {
        emit failed(db.error().text());
        return false;
    }
    m_database = std::move(db).value();
    return true;
}

void CommissionsPageWorker::loadPeriod(quint64 request, const QDate &month)
{
    if (!ready())
        return;
    const QSqlDatabase db = m_database->connection();
    storage::CommissionService service(db, SystemClock::instance(), m_actor);
    CommissionPeriodData data;
    auto period = service.period(month);
    auto periods = service.periods();
    auto totals = storage::CommissionReports(db).totals(month);
    for (const Error *e : {period ? nullptr : &period.error(), periods ? nullptr : &periods.error(),
                           totals ? nullptr : &totals.error()}) {
        if (e) {
            emit failed(e->text());
            return;
        }
    }
    data.period = period.value();
    data.periods = periods.value();
    data.totals = totals.value();
    emit periodLoaded(request, data);
}

void CommissionsPageWorker::loadLines(quint64 request, const QDate &month, const QString &partnerId)
{
    if (!ready())
        return;
    auto lines = storage::CommissionReports(m_database->connection()).lines(month, partnerId);
    if (!lines) {
        emit failed(lines.error().text());
        return;
    }
    emit linesLoaded(request, lines.value());
}

void CommissionsPageWorker::loadCharts(quint64 request, const QDate &from, const QDate &to, const QString &partnerId)
{
    if (!ready())
        return;
    const storage::CommissionReports reports(m_database->connection());
    CommissionChartData data;
    data.from = from;
    data.to = to;
    data.partnerId = partnerId;
    auto byPartner = reports.monthlyByPartner(from, to);
    auto byTier = reports.monthlyByTier(from, to);
    auto byCategory = reports.monthlyByCategory(from, to, partnerId);
    for (const Error *e : {byPartner ? nullptr : &byPartner.error(), byTier ? nullptr : &byTier.error(),
                           byCategory ? nullptr : &byCategory.error()}) {
        if (e) {
            emit failed(e->text());
            return;
        }
    }
    data.byPartner = byPartner.value();
    data.byTier = byTier.value();
    data.byCategory = byCategory.value();
    emit chartsLoaded(request, data);
}

void CommissionsPageWorker::explain(quint64 request, qint64 lineId)
{
    if (!ready())
        return;
    auto explanation = storage::CommissionReports(m_database->connection()).explain(lineId);
    if (!explanation) {
        emit failed(explanation.error().text());
        return;
    }
    emit explained(request, explanation.value());
}

void CommissionsPageWorker::recompute(const QDate &month)
{
    if (!ready()) {
        emit periodWritten(month, tr("No database is open."), {});
        return;
    }
    m_cancel = false;
    m_checkpoint.reset();
    storage::CommissionService service(m_database->connection(), SystemClock::instance(), m_actor);
    QElapsedTimer sinceReport;
    sinceReport.start();
    auto summary = service.recompute(month, [this, &sinceReport](qint64 done, qint64 total) {
        if (sinceReport.elapsed() >= 50 || done == total) {
            emit progress(done, total);
            sinceReport.restart();
        }
        return !m_cancel.load();
    });
    if (!summary) {
        emit periodWritten(
            month, m_cancel ? tr("The recompute was cancelled; the period is as it was.") : summary.error().text(), {});
        return;
    }
    m_checkpoint = service.takeCheckpoint();
    emit periodWritten(month, {}, summary.value());
}

void CommissionsPageWorker::closePeriod(const QDate &month)
{
    if (!ready()) {
        emit periodWritten(month, tr("No database is open."), {});
        return;
    }
    storage::CommissionService service(m_database->connection(), SystemClock::instance(), m_actor);
    auto summary = service.close(month);
    emit periodWritten(month, summary ? QString() : summary.error().text(),
                       summary ? summary.value() : storage::RecomputeSummary{});
}

void CommissionsPageWorker::writeStatement(const QString &path, const QString &partnerId, const QDate &month, bool pdf)
{
    if (!ready()) {
        emit statementWritten(path, tr("No database is open."));
        return;
    }
    auto statement = io::Statement::load(m_database->connection(), partnerId, month);
    if (!statement) {
        emit statementWritten(path, statement.error().text());
        return;
    }
    const Status s = pdf ? statement.value().writePdf(path) : statement.value().writeCsv(path);
    emit statementWritten(path, s ? QString() : s.error().text());
}

} // namespace pd::views
