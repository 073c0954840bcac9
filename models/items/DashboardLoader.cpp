#include "DashboardLoader.h"

#include "Database.h"

namespace pd::items {

DashboardLoader::DashboardLoader(QObject *parent) : QObject(parent)
{}

DashboardLoader::~DashboardLoader() = default;

void DashboardLoader::close()
{
    m_database.reset();
}

void DashboardLoader::load(quint64 request, const QString &path, const QDateTime &now)
{
    if (!m_database || m_database->path() != path) {
        m_database.reset();
        auto db = storage::Database::open(path, storage::Database::Mode::OpenExisting);
        if (!db) {
            emit failed(request, db.error().text());
            return;
        }
        m_database = std::move(db).value();
    }
    const QSqlDatabase connection = m_database->connection();
    auto counts = DashboardFigures::readCounts(connection, now);
    if (!counts) {
        emit failed(request, counts.error().text());
        return;
    }
    DashboardFigures figures = counts.value();
    emit figuresReady(request, figures);
    if (Status s = DashboardFigures::readTiers(connection, figures); !s) {
        emit failed(request, s.error().text());
        return;
    }
    if (Status s = DashboardFigures::readCommission(connection, figures); !s) {
        emit failed(request, s.error().text());
        return;
    }
    emit figuresReady(request, figures);
}

} // namespace pd::items
