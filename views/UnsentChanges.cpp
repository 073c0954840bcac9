#include "UnsentChanges.h"

#include "SyncJournal.h"
#include "TextUtil.h"

#include <QMessageBox>
#include <QPushButton>

#include <algorithm>
#include <limits>

namespace pd::views {

qint64 UnsentChanges::count(const QSqlDatabase &db)
{
    const auto overview = sync::client::SyncJournal(db).overview();
    return overview ? overview.value().pending : 0;
}

UnsentChanges::Answer UnsentChanges::ask(QWidget *parent, qint64 count, bool hasAccount, Leaving leaving)
{
    if (count <= 0)
        return Answer::Proceed;
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("unsentChangesBox"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Unsent Changes"));
    box.setText(readablePlural(tr("%n change(s) have not been sent to the team server.", nullptr, n), n));
    box.setInformativeText(hasAccount ? tr("Sync now to send them, or they wait in this file for the "
                                           "next sync.")
                                      : tr("No sync account is set up: the changes stay in this file "
                                           "and are sent once you set up the team server."));
    QPushButton *sync = hasAccount ? box.addButton(tr("&Sync Now"), QMessageBox::AcceptRole)
                                   : box.addButton(tr("&Set Up Sync…"), QMessageBox::AcceptRole);
    sync->setObjectName(QStringLiteral("unsentSyncButton"));
    QPushButton *leave = box.addButton(leaving == Leaving::Quit ? tr("&Quit Anyway") : tr("&Close Anyway"),
                                       QMessageBox::DestructiveRole);
    leave->setObjectName(QStringLiteral("unsentLeaveButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("unsentCancelButton"));
    box.setDefaultButton(sync);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == leave)
        return Answer::Proceed;
    if (box.clickedButton() == sync)
        return hasAccount ? Answer::SyncNow : Answer::SetUpAccount;
    return Answer::Cancel;
}

} // namespace pd::views
