#include "DealService.h"

#include "DealCommands.h"

#include <QLocale>

namespace pd::views {

DealService::DealService(QSqlDatabase db, const Clock &clock, QString actor, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_deals(db, clock, actor), m_partners(db, clock, actor), m_audit(db)
{}

Result<QList<storage::DealConflict>> DealService::conflictsOf(const domain::Registration &r) const
{
    return m_deals.conflictsOf(r, QLocale());
}

std::shared_ptr<storage::DealQuery> DealService::query(const storage::DealFilter &filter, storage::DealSort sort,
                                                       Qt::SortOrder order) const
{
    return std::make_shared<storage::DealQuery>(m_db, filter, sort, order, m_clock.nowUtc());
}

qint64 DealService::reviewQueueCount() const
{
    storage::DealFilter filter;
    filter.reviewQueue = true;
    auto count = storage::DealQuery(m_db, filter, storage::DealSort::FiledAt, Qt::AscendingOrder, now()).count();
    return count ? count.value() : 0;
}

Result<domain::Registration> DealService::announce(Result<domain::Registration> result)
{
    if (result)
        emit dealStored(result.value().id);
    return result;
}

Result<domain::Registration> DealService::create(const domain::Registration &registration)
{
    return announce(m_deals.create(registration));
}

Result<domain::Registration> DealService::transition(const QString &id, domain::ApplicationState to,
                                                     const QString &comment)
{
    return announce(m_deals.transition(id, to, comment));
}

QList<Result<domain::Registration>> DealService::decide(const QStringList &ids, domain::ApplicationState to,
                                                        const QString &comment)
{
    QList<Result<domain::Registration>> results;
    QList<storage::DealRepository::Decision> made;
    for (const QString &id : ids) {
        auto decision = m_deals.decide(id, to, comment);
        if (decision) {
            made.append(decision.value());
            results.append(decision.value().after);
            emit dealStored(id);
        } else {
            results.append(decision.error());
        }
    }
    if (!made.isEmpty())
        m_undoStack.push(new DecisionCommand(*this, std::move(made), to, comment));
    return results;
}

Result<storage::DealRepository::Decision> DealService::decideDirect(const QString &id, domain::ApplicationState to,
                                                                    const QString &comment)
{
    auto decision = m_deals.decide(id, to, comment);
    if (decision)
        emit dealStored(id);
    return decision;
}

Result<domain::Registration> DealService::takeBackDirect(const storage::DealRepository::Decision &decision)
{
    return announce(m_deals.takeBack(decision));
}

Result<domain::Registration> DealService::setOutcome(const QString &id, domain::DealOutcome outcome)
{
    return announce(m_deals.setOutcome(id, outcome));
}

Result<domain::Registration> DealService::requestExtension(const QString &id, const QString &reason)
{
    return announce(m_deals.requestExtension(id, reason));
}

Result<domain::Registration> DealService::decideExtension(const QString &id, const QString &extensionId, bool approve)
{
    return announce(m_deals.decideExtension(id, extensionId, approve));
}

Result<domain::Registration> DealService::addFeedback(const QString &id, const domain::FeedbackEntry &entry)
{
    return announce(m_deals.addFeedback(id, entry));
}

} // namespace pd::views
