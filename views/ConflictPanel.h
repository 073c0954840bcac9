#pragma once

#include "DealRepository.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace pd::views {

// The registrations that compete with one under review, each side by side with it: the fields that
// made them one customer are highlighted, and the sentence says why they conflict and who has priority.
class ConflictPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictPanel)

public:
    explicit ConflictPanel(QWidget *parent = nullptr);

    void setConflicts(const domain::Registration &self, const QList<storage::DealConflict> &conflicts,
                      const QDateTime &now);
    void showError(const QString &message);
    int conflictCount() const { return m_count; }

private:
    QWidget *buildCard(const domain::Registration &self, const storage::DealConflict &c, const QDateTime &now);
    void clearCards();

    QLabel *m_summary = nullptr;
    QVBoxLayout *m_cards = nullptr;
    int m_count = 0;
};

} // namespace pd::views
