#pragma once

#include "AuditLog.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace pd::views {

// A partner's change history from the audit log: when, who, what, and each field's old → new value.
class PartnerHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerHistoryView)

public:
    explicit PartnerHistoryView(QWidget *parent = nullptr);

    void setEntries(const QList<storage::AuditEntry> &entries);
    void showMessage(const QString &message);

    // The label a person reads for a field key ("inn" → "INN") and for a stored value.
    static QString fieldLabel(const QString &entity, const QString &field);
    static QString valueText(const QString &field, const QVariant &value);

private:
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace pd::views
