#include "PartnerCommands.h"

#include "PartnerService.h"

#include <QCoreApplication>

namespace pd::views {
namespace {

QString quoted(const QString &name)
{
    return QStringLiteral("“") + name + QStringLiteral("”");
}

} // namespace

CreatePartnerCommand::CreatePartnerCommand(PartnerService &service, domain::Partner created)
    : m_service(service), m_partner(std::move(created))
{
    setText(QCoreApplication::translate("PartnerCommands", "Create %1").arg(quoted(m_partner.name)));
}

void CreatePartnerCommand::undo()
{
    if (const Status s = m_service.removeDirect(m_partner.id); !s)
        setObsolete(true);
}

void CreatePartnerCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (auto created = m_service.createDirect(m_partner); created)
        m_partner = created.value();
    else
        setObsolete(true);
}

EditPartnerCommand::EditPartnerCommand(PartnerService &service, domain::Partner before, domain::Partner after)
    : m_service(service), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("PartnerCommands", "Edit %1").arg(quoted(m_after.name)));
}

void EditPartnerCommand::undo()
{
    if (auto r = m_service.updateDirect(m_before); !r)
        setObsolete(true);
}

void EditPartnerCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (auto r = m_service.updateDirect(m_after); !r)
        setObsolete(true);
}

DeletePartnerCommand::DeletePartnerCommand(PartnerService &service, domain::Partner deleted)
    : m_service(service), m_partner(std::move(deleted))
{
    setText(QCoreApplication::translate("PartnerCommands", "Delete %1").arg(quoted(m_partner.name)));
}

void DeletePartnerCommand::undo()
{
    if (auto r = m_service.createDirect(m_partner); !r)
        setObsolete(true);
}

void DeletePartnerCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (const Status s = m_service.removeDirect(m_partner.id); !s)
        setObsolete(true);
}

} // namespace pd::views
