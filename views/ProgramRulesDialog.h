#pragma once

#include "ProgramRules.h"

#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace pd::views {

class TrainingService;

// The program's effective-dated rules: the versions with the date each applies from, and every value
// of one version (tier thresholds, grace period, certificate validity, deal protection, discounts).
// The shipped values stay labelled as example defaults until an administrator saves the program's own;
// every save goes through the repository (validated, audited, queued for sync).
class ProgramRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramRulesDialog)

public:
    explicit ProgramRulesDialog(TrainingService *service, QWidget *parent = nullptr);

    // A new, unsaved version from `date`, starting as a copy of the version in force then.
    void addVersion(const QDate &date);
    bool selectVersion(const QDate &effectiveFrom);
    bool save();

private:
    void reload(const QDate &select);
    void showVersion(int row);
    void markEdited();
    void keepEdits();
    domain::ProgramRules formRules() const;
    QSpinBox *intSpin(const char *name, int max, const QString &suffix);
    QDoubleSpinBox *percentSpin(const char *name);
    QDoubleSpinBox *moneySpin(const char *name);

    TrainingService *m_service = nullptr;
    QList<domain::ProgramRules> m_versions;
    QList<bool> m_unsaved;
    int m_row = -1;
    bool m_loading = false;

    QListWidget *m_list = nullptr;
    QDateEdit *m_newDate = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_example = nullptr;
    QDoubleSpinBox *m_goldSales = nullptr;
    QSpinBox *m_goldCertified = nullptr;
    QSpinBox *m_goldPreSale = nullptr;
    QSpinBox *m_goldWon = nullptr;
    QDoubleSpinBox *m_platinumSales = nullptr;
    QSpinBox *m_platinumCertified = nullptr;
    QSpinBox *m_platinumPreSale = nullptr;
    QSpinBox *m_platinumWon = nullptr;
    QSpinBox *m_grace = nullptr;
    QSpinBox *m_validity = nullptr;
    QSpinBox *m_protection = nullptr;
    QSpinBox *m_extension = nullptr;
    QSpinBox *m_maxExtensions = nullptr;
    QDoubleSpinBox *m_baseDiscount = nullptr;
    QDoubleSpinBox *m_silverDiscount = nullptr;
    QDoubleSpinBox *m_goldDiscount = nullptr;
    QDoubleSpinBox *m_platinumDiscount = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace pd::views
