#pragma once

#include "DashboardFigures.h"

#include <QWidget>

class QPushButton;
class QStackedWidget;
class QThread;
class QTimer;

namespace pd {
class Clock;
}

namespace pd::items {
class DashboardLoader;
}

namespace pd::views {

class DashboardCard;
class EmptyState;
class PageHeader;

// The Dashboard: the figures a partner manager opens the app for, each a card that opens its list
// with the matching filter. The figures are read on a worker thread with its own connection; the page
// refreshes when the data changes (debounced, and only while it is visible) and when it is shown again.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    enum class Card
    {
        AwaitingReview,
        ProtectionEnding,
        FeedbackOverdue,
        TierChanges,
        CertificatesExpiring,
        Commission
    };
    Q_ENUM(Card)

    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    // The database file to read (empty: none is open) and the clock that says "now".
    void setDatabase(const QString &path, const Clock *clock);
    void refresh();
    // Something changed in the store: refresh soon if visible, else when next shown.
    void scheduleRefresh();

    const items::DashboardFigures &figures() const { return m_figures; }
    // True once every figure of the last request has arrived.
    bool isComplete() const { return !m_inFlight && m_figures.tiersReady; }
    DashboardCard *card(Card card) const;

signals:
    void cardActivated(pd::views::DashboardPage::Card card);
    void figuresChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showFigures(quint64 request, const items::DashboardFigures &figures);
    void showFailure(quint64 request, const QString &message);
    void finishRequest();
    void updateSubtitle();
    DashboardCard *addCard(Card card, const QString &objectName, const QString &icon, const QString &title,
                           const QString &link);

    QString m_path;
    const Clock *m_clock = nullptr;
    QThread *m_thread = nullptr;
    items::DashboardLoader *m_loader = nullptr;
    quint64 m_request = 0;
    bool m_inFlight = false;
    bool m_pending = false;
    bool m_stale = false;
    QString m_error;
    items::DashboardFigures m_figures;

    PageHeader *m_header = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_noDatabase = nullptr;
    QWidget *m_content = nullptr;
    QTimer *m_debounce = nullptr;
    QList<DashboardCard *> m_cards;
};

} // namespace pd::views
