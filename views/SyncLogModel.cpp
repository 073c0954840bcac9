#include "SyncLogModel.h"

#include "SyncLog.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pd::views {

using sync::client::SyncLogEntry;

SyncLogModel::SyncLogModel(QObject *parent) : QAbstractTableModel(parent)
{}

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int SyncLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Finished:
        return tr("Finished");
    case Outcome:
        return tr("Result");
    case Pushed:
        return tr("Sent");
    case Pulled:
        return tr("Received");
    case Merged:
        return tr("Merged");
    case Conflicts:
        return tr("Conflicts");
    case Rejected:
        return tr("Rejected");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const SyncLogEntry &e = m_shown.at(index.row());
    const int counts[] = {e.pushed, e.pulled, e.merged, e.conflicts, e.rejected};
    if (role == ProblemRole)
        return !e.succeeded();
    if (role == RawValueRole) {
        switch (index.column()) {
        case Finished:
            return e.finishedAt;
        case Outcome:
            return e.outcome;
        case Message:
            return e.message;
        default:
            return counts[index.column() - Pushed];
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Finished:
            return QLocale().toString(e.finishedAt.toLocalTime(), QLocale::ShortFormat);
        case Outcome:
            return sync::client::syncLog::outcomeText(e.outcome);
        case Message:
            return e.message.isEmpty() ? QString() : e.message.simplified();
        default:
            return QLocale().toString(counts[index.column() - Pushed]);
        }
    }
    if (role == Qt::ToolTipRole) {
        const QLocale locale;
        QString tip = tr("%1 to %2 with %3")
                          .arg(locale.toString(e.startedAt.toLocalTime(), QLocale::LongFormat),
                               locale.toString(e.finishedAt.toLocalTime().time(), QLocale::LongFormat),
                               e.server.isEmpty() ? tr("no server") : e.server);
        if (!e.message.isEmpty())
            tip += QLatin1Char('\n') + e.message;
        return tip;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Pushed && index.column() <= Rejected)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        if (e.succeeded())
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (e.completed() || e.outcome == QLatin1String("offline"))
            return QBrush(QColor(0xef, 0x6c, 0x00));
        return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    return {};
}

bool SyncLogModel::setEntries(const QList<SyncLogEntry> &entries)
{
    const bool same =
        entries.size() == m_all.size()
        && (entries.isEmpty() || (entries.first().id == m_all.first().id && entries.last().id == m_all.last().id));
    if (same)
        return false;
    m_all = entries;
    rebuild();
    return true;
}

void SyncLogModel::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    rebuild();
}

void SyncLogModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    for (const SyncLogEntry &e : std::as_const(m_all)) {
        if (!m_problemsOnly || !e.succeeded())
            m_shown.append(e);
    }
    endResetModel();
}

} // namespace pd::views
