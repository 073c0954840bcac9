#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace pd::items {
class PartnersFilterProxy;
class PartnersModel;
} // namespace pd::items

namespace pd::views {

class EmptyState;
class PageHeader;
class PartnerEditor;
class PartnerService;

// The Partners page: a filter bar, the partners table (model + proxy) and the detail panel in a splitter.
class PartnersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnersPage)

public:
    explicit PartnersPage(QWidget *parent = nullptr);
    ~PartnersPage() override;

    // Shows the partners of this service's database; nullptr shows the "no database" state.
    void setService(PartnerService *service);
    void reload();

    void newPartner();
    // Asks first; the repository records the deletion; Undo brings it back.
    void deleteCurrent();
    QString currentPartnerId() const;
    bool selectPartner(const QString &id);
    int partnerCount() const;

    // When the detail panel holds unsaved changes, asks to save or discard them; false when the user cancels.
    bool confirmLeavingEditor();

    void saveLayout() const;
    void restoreLayout();

    items::PartnersModel *model() const { return m_model; }

signals:
    void partnerCountChanged(int count);
    void currentPartnerChanged(const QString &id);
    void newDatabaseRequested();
    void openDatabaseRequested();

private:
    QWidget *buildFilterBar();
    void installRowActions();
    void onCurrentRowChanged();
    void onPartnerStored(const QString &id);
    void onPartnerRemoved(const QString &id);
    void updateListState();
    void showColumnMenu(const QPoint &pos);
    void applyFilters();

    PartnerService *m_service = nullptr;
    items::PartnersModel *m_model = nullptr;
    items::PartnersFilterProxy *m_proxy = nullptr;

    PageHeader *m_header = nullptr;
    QPushButton *m_newButton = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QComboBox *m_tierFilter = nullptr;
    QComboBox *m_stageFilter = nullptr;
    QWidget *m_filterBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    EmptyState *m_noPartners = nullptr;
    EmptyState *m_noMatches = nullptr;
    EmptyState *m_noDatabase = nullptr;
    QWidget *m_detailCard = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    EmptyState *m_noSelection = nullptr;
    PartnerEditor *m_editor = nullptr;
    bool m_changingSelection = false;
};

} // namespace pd::views
