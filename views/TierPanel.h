#pragma once

#include "TierService.h"

#include <QWidget>

class QBoxLayout;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pd::views {

// One partner's tier verdict on a date: current → recommended, the change, the grace end, every
// criterion with its required and actual value, and the explanation. Beside it a what-if: edit the
// metrics and the pure tier engine re-evaluates at once, nothing is stored, and the difference from
// the real verdict is shown; below the criteria when the panel is too narrow for both side by side.
class TierPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierPanel)

public:
    explicit TierPanel(QWidget *parent = nullptr);

    void setTier(const storage::PartnerTier &tier, const domain::ProgramRules &rules, const QDate &asOf);
    void clear();
    const domain::TierVerdict &whatIfVerdict() const { return m_whatIf; }

    void saveLayout() const;
    void restoreLayout();

    // The criteria as a table: tier, criterion, required, actual, pass or fail in colour.
    static void fillChecks(QTableWidget *table, const domain::TierVerdict &verdict);
    static QString formatValue(domain::Criterion criterion, qint64 value);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildWhatIf();
    void arrangeBody();
    void resetWhatIf();
    void evaluateWhatIf();
    domain::TierMetrics whatIfMetrics() const;

    storage::PartnerTier m_tier;
    domain::ProgramRules m_rules;
    QDate m_asOf;
    domain::TierVerdict m_whatIf;
    bool m_loading = false;

    QLabel *m_verdict = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_grace = nullptr;
    QLabel *m_example = nullptr;
    QBoxLayout *m_body = nullptr;
    QWidget *m_whatIfBox = nullptr;
    QTableWidget *m_criteria = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_risk = nullptr;
    QDoubleSpinBox *m_sales = nullptr;
    QSpinBox *m_certified = nullptr;
    QSpinBox *m_preSale = nullptr;
    QSpinBox *m_won = nullptr;
    QCheckBox *m_agreement = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_whatIfResult = nullptr;
    QLabel *m_whatIfDiff = nullptr;
};

} // namespace pd::views
