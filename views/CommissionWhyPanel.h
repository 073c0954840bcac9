#pragma once

#include "CommissionReports.h"

#include <QWidget>

class QLabel;

namespace pd::views {

// "Why this amount" for one commission line: the consumption record it prices, the rule version (its
// effective date and rate), the tier, the deal behind a registration discount or reward, and the
// arithmetic step by step, so that a manager can say to a partner exactly how the line was computed.
class CommissionWhyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommissionWhyPanel)

public:
    explicit CommissionWhyPanel(QWidget *parent = nullptr);

    void setExplanation(const storage::LineExplanation &explanation);
    void showError(const QString &message);
    void clear();

    QString ruleText() const;
    QString tierText() const;
    QString stepsText() const;
    QString dealText() const;

private:
    QLabel *addRow(const QString &caption, const char *objectName);
    static QString noDealText(domain::LineKind kind);

    QLabel *m_amount = nullptr;
    QLabel *m_consumption = nullptr;
    QLabel *m_rule = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_deal = nullptr;
    QLabel *m_steps = nullptr;
    QWidget *m_rows = nullptr;
};

} // namespace pd::views
