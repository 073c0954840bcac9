#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace pd::views {

class CompatPanel;
class EmptyState;
class PageHeader;
class PeopleTrainingPanel;
class TierPanel;
class TierWatchPanel;
class TrainingCharts;
class TrainingService;

// The Training page: partners on the left; for the selected one its tier verdict with what-if, its
// people's courses and certificates, its software certification track and its charts; and, across
// every partner, certificates about to expire and the upgrade and downgrade candidates. Everything is
// evaluated "as of" one date.
class TrainingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingPage)

public:
    explicit TrainingPage(QWidget *parent = nullptr);
    ~TrainingPage() override;

    void setService(TrainingService *service);
    TrainingService *service() const { return m_service; }
    void reload();
    bool selectPartner(const QString &id);
    QString currentPartnerId() const;
    QDate asOf() const;
    void setAsOf(const QDate &date);
    void editProgramRules();
    // Shows today's expiring certificates and upgrade and downgrade candidates across every partner.
    void showExpiringAndCandidates();

    TierPanel *tierPanel() const { return m_tierPanel; }
    TrainingCharts *charts() const { return m_charts; }

    void saveLayout() const;
    void restoreLayout();

private:
    void fillPartners();
    void filterPartners();
    void showPartner();
    void refreshOverview();
    void scheduleReload();

    TrainingService *m_service = nullptr;
    bool m_dirty = false;

    PageHeader *m_header = nullptr;
    QDateEdit *m_asOf = nullptr;
    QPushButton *m_rulesButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_partners = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_noDatabase = nullptr;
    EmptyState *m_noPartners = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_partnerTitle = nullptr;
    QLabel *m_partnerSubtitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    TierPanel *m_tierPanel = nullptr;
    PeopleTrainingPanel *m_people = nullptr;
    CompatPanel *m_compat = nullptr;
    TrainingCharts *m_charts = nullptr;
    TierWatchPanel *m_watch = nullptr;
};

} // namespace pd::views
