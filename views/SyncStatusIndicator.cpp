#include "SyncStatusIndicator.h"

#include <QMouseEvent>

namespace pd::views {

using sync::client::SyncStatus;

SyncStatusIndicator::SyncStatusIndicator(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatusIndicator"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Sync state; click for the Sync page"));
}

void SyncStatusIndicator::mousePressEvent(QMouseEvent *event)
{
    QLabel::mousePressEvent(event);
    emit clicked();
}

void SyncStatusIndicator::show(const SyncStatus &status, const sync::client::SyncOverview &o, bool configured)
{
    QString text;
    QString color = QStringLiteral("#2e7d32");
    if (!configured) {
        text = o.pending > 0 ? tr("Not synced · %n pending", nullptr, int(o.pending)) : tr("Not synced");
        color = QStringLiteral("#616161");
    } else if (o.conflicts > 0) {
        text = tr("%n conflict(s)", nullptr, int(o.conflicts));
        color = QStringLiteral("#c62828");
    } else {
        switch (status.state) {
        case SyncStatus::State::Syncing: text = tr("Syncing…"); break;
        case SyncStatus::State::Offline:
            text = tr("Offline · %n pending", nullptr, int(o.pending));
            color = QStringLiteral("#ef6c00");
            break;
        case SyncStatus::State::Error:
        case SyncStatus::State::Certificate:
        case SyncStatus::State::SignIn:
        case SyncStatus::State::MassDelete:
            text = tr("Sync error");
            color = QStringLiteral("#c62828");
            break;
        default:
            if (o.rejected > 0) {
                text = tr("%n rejected", nullptr, int(o.rejected));
                color = QStringLiteral("#c62828");
            } else if (o.pending > 0) {
                text = tr("Pending %n", nullptr, int(o.pending));
                color = QStringLiteral("#ef6c00");
            } else {
                text = tr("Synced");
            }
        }
    }
    setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(color, text.toHtmlEscaped()));
    setToolTip(status.message.isEmpty() ? tr("Sync state; click for the Sync page") : status.message);
}

} // namespace pd::views
