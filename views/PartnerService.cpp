#include "PartnerService.h"

#include "PartnerCommands.h"

namespace pd::views {

PartnerService::PartnerService(QSqlDatabase db, const Clock &clock, QString actor, QObject *parent)
    : QObject(parent), m_repository(db, clock, std::move(actor)), m_audit(db), m_clock(clock)
{}

Result<domain::Partner> PartnerService::create(const domain::Partner &partner)
{
    auto created = m_repository.create(partner);
    if (!created)
        return created;
    m_undoStack.push(new CreatePartnerCommand(*this, created.value()));
    emit partnerStored(created.value().id);
    return created;
}

Result<domain::Partner> PartnerService::update(const domain::Partner &partner)
{
    auto before = m_repository.get(partner.id);
    if (!before)
        return before.error();
    auto after = m_repository.update(partner);
    if (!after)
        return after;
    if (before.value() != after.value())
        m_undoStack.push(new EditPartnerCommand(*this, before.value(), after.value()));
    emit partnerStored(after.value().id);
    return after;
}

Status PartnerService::remove(const QString &id)
{
    auto partner = m_repository.get(id);
    if (!partner)
        return partner.error();
    if (Status s = m_repository.remove(id); !s)
        return s;
    m_undoStack.push(new DeletePartnerCommand(*this, partner.value()));
    emit partnerRemoved(id);
    return {};
}

Result<domain::Partner> PartnerService::createDirect(const domain::Partner &partner)
{
    auto created = m_repository.create(partner);
    if (created)
        emit partnerStored(created.value().id);
    else
        emit failed(created.error().message, created.error().detail);
    return created;
}

Result<domain::Partner> PartnerService::updateDirect(const domain::Partner &partner)
{
    auto updated = m_repository.update(partner);
    if (updated)
        emit partnerStored(updated.value().id);
    else
        emit failed(updated.error().message, updated.error().detail);
    return updated;
}

Status PartnerService::removeDirect(const QString &id)
{
    Status s = m_repository.remove(id);
    if (s)
        emit partnerRemoved(id);
    else
        emit failed(s.error().message, s.error().detail);
    return s;
}

} // namespace pd::views
