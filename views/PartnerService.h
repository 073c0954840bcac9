#pragma once

#include "AuditLog.h"
#include "PartnerRepository.h"

#include <QObject>
#include <QUndoStack>

namespace pd::views {

// What the Partners page does to partners, in one place: every write goes through the repository (one
// transaction with its audit and outbox entries) and lands on the undo stack, and every change is
// announced so that the table and the detail panel follow it, whoever made it.
class PartnerService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerService)

public:
    PartnerService(QSqlDatabase db, const Clock &clock, QString actor, QObject *parent = nullptr);

    Result<QList<storage::PartnerSummary>> list() const { return m_repository.list(); }
    Result<storage::PartnerSummary> summary(const QString &id) const { return m_repository.summary(id); }
    Result<domain::Partner> get(const QString &id) const { return m_repository.get(id); }
    Result<QString> partnerIdWithInn(const QString &inn, const QString &exceptId) const
    {
        return m_repository.partnerIdWithInn(inn, exceptId);
    }
    Result<QList<storage::AuditEntry>> historyOf(const QString &id) const { return m_audit.historyOf(id); }
    const Clock &clock() const { return m_clock; }

    // Undoable writes: on success the command is on the undo stack.
    Result<domain::Partner> create(const domain::Partner &partner);
    Result<domain::Partner> update(const domain::Partner &partner);
    Status remove(const QString &id);

    QUndoStack *undoStack() { return &m_undoStack; }

    // Direct writes for the undo commands: they announce the change but push nothing.
    Result<domain::Partner> createDirect(const domain::Partner &partner);
    Result<domain::Partner> updateDirect(const domain::Partner &partner);
    Status removeDirect(const QString &id);

signals:
    void partnerStored(const QString &id);
    void partnerRemoved(const QString &id);
    // An undo or redo that the store refused (e.g. a duplicate INN meanwhile).
    void failed(const QString &message, const QString &detail);

private:
    storage::PartnerRepository m_repository;
    storage::AuditLog m_audit;
    const Clock &m_clock;
    QUndoStack m_undoStack;
};

} // namespace pd::views
