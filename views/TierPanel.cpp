#include "TierPanel.h"

#include "ListPageParts.h"
#include "Money.h"
#include "Settings.h"
#include "TierColors.h"
#include "ThemeColor.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::views {

using namespace domain;

namespace {

QString tierName(Tier tier)
{
    return tier == Tier::None ? TierPanel::tr("no tier") : displayName(tier);
}

QString verdictText(const TierVerdict &v)
{
    if (v.change == TierChange::NotApplicable)
        return TierPanel::tr("Agent · no tier");
    return TierPanel::tr("%1 → %2").arg(tierName(v.current), tierName(v.recommended));
}

void setKind(QLabel *label, const char *kind)
{
    label->setProperty("kind", QLatin1String(kind));
    label->style()->unpolish(label);
    label->style()->polish(label);
}

const char *changeKind(TierChange change)
{
    switch (change) {
    case TierChange::Upgrade:
        return "success";
    case TierChange::Downgrade:
        return "error";
    case TierChange::KeptInGrace:
        return "warning";
    case TierChange::Keep:
    case TierChange::NotApplicable:
        break;
    }
    return "neutral";
}

} // namespace

TierPanel::TierPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tierPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("tierVerdictLabel"));
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("tierChangeLabel"));
    m_grace = new QLabel(this);
    m_grace->setObjectName(QStringLiteral("tierGraceLabel"));
    m_grace->setProperty("role", QStringLiteral("caption"));
    top->addWidget(m_verdict);
    top->addWidget(m_change);
    top->addWidget(m_grace);
    top->addStretch(1);
    layout->addLayout(top);
    m_example = new QLabel(tr("Thresholds are the program's example defaults, not the program's own numbers. An "
                              "administrator sets them in Edit → Program rules."),
                           this);
    m_example->setObjectName(QStringLiteral("tierExampleLabel"));
    m_example->setWordWrap(true);
    layout->addWidget(m_example);

    m_body = new QBoxLayout(QBoxLayout::LeftToRight);
    m_body->setSpacing(14);
    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    auto *criteriaHeading = new QLabel(tr("Criteria"), this);
    criteriaHeading->setProperty("role", QStringLiteral("section"));
    left->addWidget(criteriaHeading);
    m_criteria = new QTableWidget(0, 5, this);
    m_criteria->setObjectName(QStringLiteral("tierCriteriaTable"));
    m_criteria->setHorizontalHeaderLabels({tr("Tier"), tr("Criterion"), tr("Required"), tr("Actual"), tr("Result")});
    m_criteria->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_criteria->setSelectionMode(QAbstractItemView::NoSelection);
    m_criteria->setFocusPolicy(Qt::NoFocus);
    m_criteria->setShowGrid(false);
    m_criteria->setAlternatingRowColors(true);
    m_criteria->verticalHeader()->hide();
    m_criteria->verticalHeader()->setDefaultSectionSize(28);
    m_criteria->horizontalHeader()->setHighlightSections(false);
    m_criteria->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_criteria->setWordWrap(false); // one line a criterion; its columns are as wide as its longest texts
    left->addWidget(m_criteria);
    auto *whyHeading = new QLabel(tr("Why"), this);
    whyHeading->setProperty("role", QStringLiteral("section"));
    left->addWidget(whyHeading);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("tierExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    left->addWidget(m_explanation);
    m_risk = new QLabel(this);
    m_risk->setObjectName(QStringLiteral("tierRiskLabel"));
    m_risk->setWordWrap(true);
    left->addWidget(m_risk);
    left->addStretch(1);
    m_body->addLayout(left, 1);
    m_whatIfBox = buildWhatIf();
    m_body->addWidget(m_whatIfBox, 0, Qt::AlignTop);
    layout->addLayout(m_body, 1);
    clear();
}

QWidget *TierPanel::buildWhatIf()
{
    auto *box = new QGroupBox(tr("What if"), this);
    box->setObjectName(QStringLiteral("whatIfBox"));
    // Wide enough for Russian labels above their fields; the reset button keeps its text's width.
    box->setMinimumWidth(300);
    box->setMaximumWidth(400);
    auto *layout = new QVBoxLayout(box);
    auto *hint = new QLabel(tr("Change a metric to see the verdict it would give. Nothing is saved."), box);
    hint->setWordWrap(true);
    hint->setProperty("role", QStringLiteral("caption"));
    layout->addWidget(hint);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(4);
    m_sales = new QDoubleSpinBox(box);
    m_sales->setObjectName(QStringLiteral("whatIfSalesSpin"));
    m_sales->setDecimals(0);
    m_sales->setRange(0, 1e12);
    m_sales->setSingleStep(500'000);
    m_sales->setGroupSeparatorShown(true);
    m_sales->setSuffix(tr(" ₽"));
    m_certified = new QSpinBox(box);
    m_certified->setObjectName(QStringLiteral("whatIfCertifiedSpin"));
    m_preSale = new QSpinBox(box);
    m_preSale->setObjectName(QStringLiteral("whatIfPreSaleSpin"));
    m_won = new QSpinBox(box);
    m_won->setObjectName(QStringLiteral("whatIfDealsWonSpin"));
    for (QSpinBox *spin : {m_certified, m_preSale, m_won})
        spin->setRange(0, 10'000);
    m_agreement = new QCheckBox(tr("Partner agreement signed"), box);
    m_agreement->setObjectName(QStringLiteral("whatIfAgreementCheck"));
    form->addRow(tr("Sales, 12 months"), m_sales);
    form->addRow(tr("Certified specialists"), m_certified);
    form->addRow(tr("Pre-Sale specialists"), m_preSale);
    form->addRow(tr("Registered deals won"), m_won);
    form->addRow(QString(), m_agreement);
    layout->addLayout(form);
    m_whatIfResult = new QLabel(box);
    m_whatIfResult->setObjectName(QStringLiteral("whatIfResultLabel"));
    m_whatIfResult->setProperty("role", QStringLiteral("heading"));
    m_whatIfResult->setWordWrap(true);
    layout->addWidget(m_whatIfResult);
    m_whatIfDiff = new QLabel(box);
    m_whatIfDiff->setObjectName(QStringLiteral("whatIfDiffLabel"));
    m_whatIfDiff->setWordWrap(true);
    layout->addWidget(m_whatIfDiff);
    m_reset = new QPushButton(QIcon(QStringLiteral(":/icons/revert.svg")), tr("Back to the real metrics"), box);
    m_reset->setObjectName(QStringLiteral("whatIfResetButton"));
    m_reset->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    layout->addWidget(m_reset, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_sales, &QDoubleSpinBox::valueChanged, this, &TierPanel::evaluateWhatIf);
    for (QSpinBox *spin : {m_certified, m_preSale, m_won})
        connect(spin, &QSpinBox::valueChanged, this, &TierPanel::evaluateWhatIf);
    connect(m_agreement, &QCheckBox::toggled, this, &TierPanel::evaluateWhatIf);
    connect(m_reset, &QPushButton::clicked, this, &TierPanel::resetWhatIf);
    return box;
}

QString TierPanel::formatValue(Criterion criterion, qint64 value)
{
    switch (criterion) {
    case Criterion::Agreement:
        return value ? tr("signed") : tr("not signed");
    case Criterion::Sales:
        return Money::rub(value).toString(QLocale());
    case Criterion::CertifiedSpecialists:
    case Criterion::PreSaleSpecialists:
    case Criterion::RegisteredDealsWon:
        break;
    }
    return QLocale().toString(value);
}

void TierPanel::fillChecks(QTableWidget *table, const TierVerdict &verdict)
{
    table->setRowCount(0);
    for (const CriterionCheck &c : verdict.checks) {
        if (c.criterion == Criterion::PreSaleSpecialists && c.required == 0)
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        auto *tier = new QTableWidgetItem(displayName(c.tier));
        tier->setForeground(items::tierTextColor(c.tier, table->palette()));
        auto *required = new QTableWidgetItem(formatValue(c.criterion, c.required));
        auto *actual = new QTableWidgetItem(formatValue(c.criterion, c.actual));
        for (QTableWidgetItem *item : {required, actual})
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *result = new QTableWidgetItem(c.pass ? tr("✓ Pass") : tr("✗ Fail"));
        result->setForeground(
            items::textOnBase(c.pass ? QColor(0x16, 0x65, 0x34) : QColor(0xB9, 0x1C, 0x1C), table->palette()));
        result->setBackground(
            items::onBase(c.pass ? QColor(0xF0, 0xFD, 0xF4) : QColor(0xFE, 0xF2, 0xF2), table->palette()));
        result->setData(Qt::UserRole, c.pass);
        table->setItem(row, 0, tier);
        table->setItem(row, 1, new QTableWidgetItem(displayName(c.criterion)));
        table->setItem(row, 2, required);
        table->setItem(row, 3, actual);
        table->setItem(row, 4, result);
    }
}

void TierPanel::clear()
{
    m_tier = {};
    m_verdict->setText(tr("No partner selected"));
    m_change->clear();
    m_change->hide();
    m_grace->clear();
    m_example->hide();
    m_criteria->setRowCount(0);
    m_explanation->clear();
    m_risk->hide();
    m_whatIfResult->clear();
    m_whatIfDiff->clear();
    setEnabled(false);
}

void TierPanel::setTier(const storage::PartnerTier &tier, const ProgramRules &rules, const QDate &asOf)
{
    setEnabled(true);
    m_tier = tier;
    m_rules = rules;
    m_asOf = asOf;
    const TierVerdict &v = tier.verdict;
    m_verdict->setText(verdictText(v));
    m_change->setText(displayName(v.change));
    m_change->setVisible(v.change != TierChange::NotApplicable);
    setKind(m_change, changeKind(v.change));
    m_grace->setText(v.graceEnds.isValid()
                         ? tr("Grace period ends %1").arg(QLocale().toString(v.graceEnds, QLocale::ShortFormat))
                         : tr("As of %1").arg(QLocale().toString(asOf, QLocale::ShortFormat)));
    m_example->setVisible(v.exampleRules);
    fillChecks(m_criteria, v);
    m_criteria->setFixedHeight(m_criteria->horizontalHeader()->sizeHint().height()
                               + m_criteria->rowCount() * m_criteria->verticalHeader()->defaultSectionSize() + 4);
    m_explanation->setText(v.explanation(QLocale()));
    QStringList risk;
    for (const Certificate &c : tier.atRisk) {
        const QString on = QLocale().toString(c.expiresOn, QLocale::ShortFormat);
        risk.append(c.number.isEmpty()
                        ? tr("the %1 certificate expiring on %2").arg(displayName(c.competence), on)
                        : tr("the %1 certificate %2 expiring on %3").arg(displayName(c.competence), c.number, on));
    }
    m_risk->setText(tr("Tier at risk: without a renewal, %1 would take the partner below %2.")
                        .arg(risk.join(tr("; ")), displayName(v.recommended)));
    m_risk->setVisible(!risk.isEmpty());
    resetWhatIf();
}

void TierPanel::resetWhatIf()
{
    m_loading = true;
    const TierMetrics &m = m_tier.metrics;
    m_sales->setValue(static_cast<double>(m.salesMinor / 100));
    m_certified->setValue(m.certifiedSpecialists);
    m_preSale->setValue(m.preSaleSpecialists);
    m_won->setValue(m.registeredDealsWon);
    m_agreement->setChecked(m.agreementSigned);
    m_loading = false;
    evaluateWhatIf();
}

TierMetrics TierPanel::whatIfMetrics() const
{
    TierMetrics m;
    m.salesMinor = static_cast<qint64>(m_sales->value()) * 100 + m_tier.metrics.salesMinor % 100;
    m.certifiedSpecialists = m_certified->value();
    m.preSaleSpecialists = m_preSale->value();
    m.registeredDealsWon = m_won->value();
    m.agreementSigned = m_agreement->isChecked();
    return m;
}

void TierPanel::evaluateWhatIf()
{
    if (m_loading || m_tier.partnerId.isEmpty())
        return;
    const TierVerdict &real = m_tier.verdict;
    // The same evaluation as the real verdict (its date and the day the partner fell below its tier),
    // so the real metrics give the real verdict back.
    m_whatIf = tierEngine::reevaluate(real, whatIfMetrics(), m_rules);
    m_whatIfResult->setText(tr("%1 (%2)").arg(verdictText(m_whatIf), displayName(m_whatIf.change)));
    QStringList changed;
    for (const CriterionCheck &c : m_whatIf.checks) {
        for (const CriterionCheck &r : real.checks) {
            if (r.tier == c.tier && r.criterion == c.criterion && r.pass != c.pass)
                changed.append((c.pass ? tr("%1 · %2 now passes") : tr("%1 · %2 now fails"))
                                   .arg(displayName(c.tier), displayName(c.criterion)));
        }
    }
    QString diff;
    if (m_whatIf.recommended != real.recommended)
        diff = tr("Recommended %1 instead of %2.").arg(tierName(m_whatIf.recommended), tierName(real.recommended));
    else
        diff = tr("Same recommendation as the real verdict.");
    if (!changed.isEmpty())
        diff += QLatin1Char('\n') + changed.join(QLatin1Char('\n'));
    m_whatIfDiff->setText(diff);
    m_whatIfDiff->setProperty("differs", m_whatIf.recommended != real.recommended);
    m_whatIfDiff->style()->unpolish(m_whatIfDiff);
    m_whatIfDiff->style()->polish(m_whatIfDiff);
}

void TierPanel::saveLayout() const
{
    Settings::saveHeader(m_criteria->horizontalHeader(), m_criteria->objectName());
}

void TierPanel::restoreLayout()
{
    QHeaderView *header = m_criteria->horizontalHeader();
    if (!Settings::restoreHeader(header, m_criteria->objectName())) {
        // Each column as wide as its longest text in this language: a criterion reads whole on one line.
        QStringList tiers;
        for (auto tier : {Tier::Silver, Tier::Gold, Tier::Platinum})
            tiers.append(displayName(tier));
        QStringList criteria;
        for (auto criterion : {Criterion::Agreement, Criterion::Sales, Criterion::CertifiedSpecialists,
                               Criterion::PreSaleSpecialists, Criterion::RegisteredDealsWon})
            criteria.append(displayName(criterion));
        const QStringList amounts{formatValue(Criterion::Sales, 99'999'999'99), formatValue(Criterion::Agreement, 0),
                                  formatValue(Criterion::Agreement, 1)};
        header->resizeSection(0, columnWidthForTexts(m_criteria, tiers));
        header->resizeSection(1, columnWidthForTexts(m_criteria, criteria));
        header->resizeSection(2, columnWidthForTexts(m_criteria, amounts));
        header->resizeSection(3, columnWidthForTexts(m_criteria, amounts));
        header->setStretchLastSection(true);
    }
    fitSectionsToTitles(header);
    arrangeBody();
}

void TierPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeBody();
}

// The what-if beside the criteria when the panel holds both, under them when it does not.
void TierPanel::arrangeBody()
{
    const QMargins margins = layout()->contentsMargins();
    // The columns before the result as they are; the result column (which fills what is left, so its
    // size now says nothing) as wide as its title or its texts.
    const QHeaderView *header = m_criteria->horizontalHeader();
    const int result = header->count() - 1;
    int criteria =
        2 * m_criteria->frameWidth()
        + std::max(sectionWidthForTitle(header, result), columnWidthForTexts(m_criteria, {tr("✓ Pass"), tr("✗ Fail")}));
    for (int column = 0; column < result; ++column)
        criteria += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
    const int sideBySide =
        margins.left() + criteria + m_body->spacing() + m_whatIfBox->minimumWidth() + margins.right();
    const auto direction = width() >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_body->direction() != direction)
        m_body->setDirection(direction);
}

} // namespace pd::views
