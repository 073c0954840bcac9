#pragma once

#include "AuditLog.h"
#include "DealQuery.h"
#include "DealRepository.h"
#include "PartnerRepository.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace pd::views {

// What the deal pages do to registrations, in one place: every write goes through the repository (one
// transaction with its audit and outbox entries) and is announced, so that the review queue, the Deals
// page and the navigation badge follow it, whoever made it.
class DealService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealService)

public:
    DealService(QSqlDatabase db, const Clock &clock, QString actor, QObject *parent = nullptr);

    const Clock &clock() const { return m_clock; }
    QDateTime now() const { return m_clock.nowUtc(); }
    const domain::ProtectionPolicy &policy() const { return m_deals.policy(); }

    Result<domain::Registration> get(const QString &id) const { return m_deals.get(id); }
    Result<QList<storage::AuditEntry>> historyOf(const QString &id) const { return m_audit.historyOf(id); }
    Result<QList<storage::DealConflict>> conflictsOf(const domain::Registration &r) const;
    Result<QList<storage::PartnerSummary>> partners() const { return m_partners.list(); }
    // A filtered, sorted query over the deals table, for a DealsModel's page source.
    std::shared_ptr<storage::DealQuery> query(const storage::DealFilter &filter, storage::DealSort sort,
                                              Qt::SortOrder order) const;
    // How many registrations wait for a decision (the navigation badge).
    qint64 reviewQueueCount() const;

    Result<domain::Registration> create(const domain::Registration &registration);
    Result<domain::Registration> transition(const QString &id, domain::ApplicationState to,
                                            const QString &comment = {});
    // Review decisions on each of `ids`, checked one by one; results in the same order. Those made are one
    // step on the undo stack, undoable while the server has not seen them.
    QList<Result<domain::Registration>> decide(const QStringList &ids, domain::ApplicationState to,
                                               const QString &comment = {});
    Result<domain::Registration> setOutcome(const QString &id, domain::DealOutcome outcome);
    Result<domain::Registration> requestExtension(const QString &id, const QString &reason);
    Result<domain::Registration> decideExtension(const QString &id, const QString &extensionId, bool approve);
    Result<domain::Registration> addFeedback(const QString &id, const domain::FeedbackEntry &entry);

    static QString validateForm(const domain::Registration &r) { return storage::DealRepository::validateForm(r); }

    QUndoStack *undoStack() { return &m_undoStack; }
    // Direct writes for the undo commands: they announce the change but push nothing.
    Result<storage::DealRepository::Decision> decideDirect(const QString &id, domain::ApplicationState to,
                                                           const QString &comment);
    Result<domain::Registration> takeBackDirect(const storage::DealRepository::Decision &decision);

signals:
    void dealStored(const QString &id);
    // Decisions taken back by undo: their registrations are back where they were.
    void decisionsTakenBack(const QStringList &ids);
    // An undo or redo that the store refused (e.g. the decision has been sent meanwhile).
    void failed(const QString &message, const QString &detail);

private:
    Result<domain::Registration> announce(Result<domain::Registration> result);

    QSqlDatabase m_db;
    const Clock &m_clock;
    storage::DealRepository m_deals;
    storage::PartnerRepository m_partners;
    storage::AuditLog m_audit;
    QUndoStack m_undoStack;
};

} // namespace pd::views
