#pragma once

#include "Partner.h"
#include "PartnerRules.h"
#include "Result.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace pd::views {

class FormMessageLabel;
class PartnerHistoryView;
class PartnerService;
class PeopleEditor;

// The detail panel of the Partners page: views and edits one partner, validating as the user types
// (each field's message under the field, in a line kept for it; Save disabled while anything is wrong,
// with the reason in words beside it), and shows the partner's change history. Ctrl+S saves.
class PartnerEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerEditor)

public:
    explicit PartnerEditor(QWidget *parent = nullptr);

    void setService(PartnerService *service);
    // Loads the stored partner; returns false (and shows why) when it cannot be read.
    bool showPartner(const QString &id);
    void startNew();

    const QString &partnerId() const { return m_loaded.id; }
    bool isNew() const { return m_isNew; }
    bool isDirty() const;
    bool isValid() const { return m_issues.isEmpty(); }
    QString partnerName() const;

    bool save();
    void revert();
    void refreshHistory();

signals:
    void saved(const QString &id);
    void deleteRequested(const QString &id);
    void dirtyChanged(bool dirty);

private:
    QWidget *buildDetailsTab();
    QWidget *fieldWithMessage(QWidget *field, QLatin1String key);
    void addFieldRow(QFormLayout *form, const QString &label, QWidget *field, QLatin1String key, bool required);
    bool isRequiredAndEmpty(const QString &key) const;
    QString saveBlockedText(bool revealed) const;
    void explainBlockedSave();
    void load(const domain::Partner &partner, bool isNew);
    domain::Partner currentPartner() const;
    void onEdited(QLatin1String field);
    void validate();
    void showIssues();
    void updateHeader();
    void updateRoleDependentFields();
    void showStoreError(const Error &error);

    PartnerService *m_service = nullptr;
    domain::Partner m_loaded;
    bool m_isNew = false;
    bool m_loading = false;
    QList<domain::FieldIssue> m_issues;
    QSet<QString> m_touched;
    bool m_saveAttempted = false;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_name = nullptr;
    QComboBox *m_legalForm = nullptr;
    QLineEdit *m_inn = nullptr;
    QDateEdit *m_registeredOn = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_stage = nullptr;
    QLineEdit *m_manager = nullptr;
    QLineEdit *m_region = nullptr;
    QGroupBox *m_whiteLabel = nullptr;
    QLineEdit *m_wlBrand = nullptr;
    QComboBox *m_wlPayment = nullptr;
    QDoubleSpinBox *m_wlMarkup = nullptr;
    QLineEdit *m_wlRestricted = nullptr;
    QHash<QString, FormMessageLabel *> m_messages;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QString> m_fieldNames;

    PeopleEditor *m_people = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    PartnerHistoryView *m_history = nullptr;

    FormMessageLabel *m_saveBlocked = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace pd::views
