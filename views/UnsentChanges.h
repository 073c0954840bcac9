#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QWidget;

namespace pd::views {

// Asks before PartnerDesk quits or closes a database that holds changes the team server has not
// received yet (outbox entries still pending).
class UnsentChanges final
{
    Q_DECLARE_TR_FUNCTIONS(pd::views::UnsentChanges)

public:
    enum class Answer
    {
        Proceed,
        SyncNow,
        SetUpAccount,
        Cancel
    };
    enum class Leaving
    {
        Quit,
        CloseDatabase
    };

    // How many changes wait to be pushed; 0 when the count cannot be read.
    static qint64 count(const QSqlDatabase &db);
    // Proceed at once when nothing waits; else asks "Sync now / Quit anyway / Cancel" (with a sync
    // account) or "Set up sync / Quit anyway / Cancel" (without one: the changes stay in the file).
    static Answer ask(QWidget *parent, qint64 count, bool hasAccount, Leaving leaving);
};

} // namespace pd::views
