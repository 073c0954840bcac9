#pragma once

#include "SyncJournal.h"
#include "SyncWorker.h"

#include <QLabel>

namespace pd::views {

// The status bar's sync word on every page: synced, pending N, offline, error, conflicts.
class SyncStatusIndicator final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusIndicator)

public:
    explicit SyncStatusIndicator(QWidget *parent = nullptr);
    void show(const sync::client::SyncStatus &status, const sync::client::SyncOverview &overview, bool configured);

signals:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent *event) override;
};

} // namespace pd::views
