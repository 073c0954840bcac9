#pragma once

#include "Partner.h"

#include <QUndoCommand>

namespace pd::views {

class PartnerService;

// Undo of a create deletes the partner; redo creates it again with the same id and people.
class CreatePartnerCommand final : public QUndoCommand
{
public:
    CreatePartnerCommand(PartnerService &service, domain::Partner created);
    void undo() override;
    void redo() override;

private:
    PartnerService &m_service;
    domain::Partner m_partner;
    bool m_firstRedo = true;
};

// Undo of an edit writes the old values back through the repository.
class EditPartnerCommand final : public QUndoCommand
{
public:
    EditPartnerCommand(PartnerService &service, domain::Partner before, domain::Partner after);
    void undo() override;
    void redo() override;

private:
    PartnerService &m_service;
    domain::Partner m_before;
    domain::Partner m_after;
    bool m_firstRedo = true;
};

// Undo of a delete re-creates the partner with the same id and people.
class DeletePartnerCommand final : public QUndoCommand
{
public:
    DeletePartnerCommand(PartnerService &service, domain::Partner deleted);
    void undo() override;
    void redo() override;

private:
    PartnerService &m_service;
    domain::Partner m_partner;
    bool m_firstRedo = true;
};

} // namespace pd::views
