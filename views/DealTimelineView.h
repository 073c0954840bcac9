#pragma once

#include "AuditLog.h"
#include "Deal.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace pd::views {

// A deal's story, newest first: its state changes with who and when, the partner's feedback with its
// risks and competitors, and the extension requests with their decisions.
class DealTimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealTimelineView)

public:
    explicit DealTimelineView(QWidget *parent = nullptr);

    void setTimeline(const domain::Registration &r, const QList<storage::AuditEntry> &entries);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidgetItem *addEvent(const QString &what, const storage::AuditEntry &e, const QColor &accent);
    void addDealEvent(const domain::Registration &r, const storage::AuditEntry &e);
    void addExtensionEvent(const domain::Registration &r, const storage::AuditEntry &e);
    void addFeedbackEvent(const domain::Registration &r, const storage::AuditEntry &e);
    static void addDetail(QTreeWidgetItem *parent, const QString &label, const QString &text);

    QTreeWidget *m_tree = nullptr;
};

} // namespace pd::views
