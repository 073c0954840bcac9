#include "SyncStatusIndicator.h"

#include <QDate>
#include <QLocale>
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
        case SyncStatus::State::Syncing:
            text = tr("Syncing…");
            break;
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
    // The last completed sync is kept in the database, so it shows from the start, before any run of this session.
    QString last;
    if (o.lastSyncAt.isValid() && status.state != SyncStatus::State::Syncing) {
        const QDateTime local = o.lastSyncAt.toLocalTime();
        const QLocale locale;
        last = local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                    : locale.toString(local, QLocale::ShortFormat);
        text = tr("%1 · last sync %2").arg(text, last);
    }
    setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(color, text.toHtmlEscaped()));
    QString tip = status.message.isEmpty() ? tr("Sync state; click for the Sync page") : status.message;
    if (o.lastSyncAt.isValid())
        tip += QLatin1Char('\n')
               + tr("Last completed sync: %1").arg(QLocale().toString(o.lastSyncAt.toLocalTime(), QLocale::LongFormat));
    setToolTip(tip);
}

} // namespace pd::views
