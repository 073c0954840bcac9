#pragma once

#include "Deal.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace pd::views {

class DealService;
class DealTimelineView;
class RegistrationView;

// One deal on the Deals page: its state and protection at a glance, what can be done with it now
// (close it, extend its protection, record the partner's feedback), its timeline and its form.
class DealDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealDetailPanel)

public:
    explicit DealDetailPanel(QWidget *parent = nullptr);

    void setService(DealService *service);
    void showDeal(const QString &id);
    QString dealId() const { return m_registration.id; }

    void saveLayout() const;
    void restoreLayout();

private:
    void refresh();
    void updateActions();
    void showBanner(const QString &kind, const QString &text);
    void apply(const QString &what, const std::function<bool(QString &error)> &write);
    void markOutcome(domain::DealOutcome outcome);
    void requestExtension();
    void decideExtension(bool approve);
    void addFeedback();
    QString pendingExtensionId() const;

    DealService *m_service = nullptr;
    domain::Registration m_registration;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_facts = nullptr;
    QPushButton *m_won = nullptr;
    QPushButton *m_lost = nullptr;
    QPushButton *m_extend = nullptr;
    QPushButton *m_approveExtension = nullptr;
    QPushButton *m_denyExtension = nullptr;
    QPushButton *m_feedback = nullptr;
    QTabWidget *m_tabs = nullptr;
    DealTimelineView *m_timeline = nullptr;
    RegistrationView *m_form = nullptr;
};

} // namespace pd::views
