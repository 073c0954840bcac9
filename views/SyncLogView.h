#pragma once

#include "SyncJournal.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace pd::items {
class TextFilterProxy;
}

namespace pd::views {

class SyncLogModel;

// The Sync page's log of past runs: when, how each ended, what moved and its error; filtered by result
// (all runs or problems only) and by text in the result and message.
class SyncLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogView)

public:
    explicit SyncLogView(QWidget *parent = nullptr);

    void setEntries(const QList<sync::client::SyncLogEntry> &entries);
    void setProblemsOnly(bool problemsOnly);
    void setSearchText(const QString &text);
    // The runs the table shows now, after both filters.
    int shownCount() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmptyText();

    SyncLogModel *m_model = nullptr;
    items::TextFilterProxy *m_proxy = nullptr;
    QComboBox *m_which = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace pd::views
