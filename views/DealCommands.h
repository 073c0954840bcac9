#pragma once

#include "DealRepository.h"

#include <QUndoCommand>

namespace pd::views {

class DealService;

// A review decision on one registration or several at once, as one undo step. Undo takes each decision
// back while the sync server has not seen it; once it has been sent, undo says so and the step leaves
// the stack (the registration's history shows who decided what). Redo decides again, checked anew.
class DecisionCommand final : public QUndoCommand
{
public:
    DecisionCommand(DealService &service, QList<storage::DealRepository::Decision> decisions,
                    domain::ApplicationState to, QString comment);
    void undo() override;
    void redo() override;

private:
    DealService &m_service;
    QList<storage::DealRepository::Decision> m_decisions;
    domain::ApplicationState m_to;
    QString m_comment;
    bool m_firstRedo = true;
};

} // namespace pd::views
