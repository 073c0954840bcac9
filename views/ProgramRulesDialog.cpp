#include "ProgramRulesDialog.h"

#include "FormParts.h"
#include "TrainingService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace pd::views {

using namespace domain;

ProgramRulesDialog::ProgramRulesDialog(TrainingService *service, QWidget *parent) : QDialog(parent), m_service(service)
{
    setObjectName(QStringLiteral("programRulesDialog"));
    setWindowTitle(tr("Program rules"));
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(16);

    auto *left = new QVBoxLayout;
    auto *versionsLabel = new QLabel(tr("Versions"), this);
    versionsLabel->setProperty("role", QStringLiteral("section"));
    left->addWidget(versionsLabel);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("ruleVersionList"));
    m_list->setMinimumWidth(160); // narrower where a laptop's screen needs the room
    m_list->setMaximumWidth(240);
    left->addWidget(m_list, 1);
    auto *addRow = new QHBoxLayout;
    m_newDate = new QDateEdit(service->today().addDays(1), this);
    m_newDate->setObjectName(QStringLiteral("ruleNewDateEdit"));
    m_newDate->setCalendarPopup(true);
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add-dark.svg")), tr("New version from"), this);
    add->setObjectName(QStringLiteral("ruleAddVersionButton"));
    addRow->addWidget(add);
    addRow->addWidget(m_newDate, 1);
    left->addLayout(addRow);
    layout->addLayout(left);

    auto *right = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("ruleTitleLabel"));
    m_title->setProperty("role", QStringLiteral("heading"));
    right->addWidget(m_title);
    m_example = new QLabel(tr("Example default: the program publishes no numbers. These values are the shipped "
                              "examples until an administrator saves the program's own."),
                           this);
    m_example->setObjectName(QStringLiteral("ruleExampleLabel"));
    m_example->setWordWrap(true);
    right->addWidget(m_example);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    auto tierBox = [this](const QString &title, QDoubleSpinBox *&sales, QSpinBox *&certified, QSpinBox *&preSale,
                          QSpinBox *&won, const char *prefix) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long Russian label goes above its field
        const QByteArray p(prefix);
        sales = moneySpin(QByteArray(p + "SalesSpin").constData());
        certified = intSpin(QByteArray(p + "CertifiedSpin").constData(), 1000, {});
        preSale = intSpin(QByteArray(p + "PreSaleSpin").constData(), 1000, {});
        won = intSpin(QByteArray(p + "WonSpin").constData(), 10000, {});
        form->addRow(tr("Sales, 12 months"), sales);
        form->addRow(tr("Certified specialists"), certified);
        form->addRow(tr("of them Pre-Sale"), preSale);
        form->addRow(tr("Registered deals won"), won);
        return box;
    };
    grid->addWidget(tierBox(tr("Gold requires"), m_goldSales, m_goldCertified, m_goldPreSale, m_goldWon, "ruleGold"), 0,
                    0);
    grid->addWidget(tierBox(tr("Platinum requires"), m_platinumSales, m_platinumCertified, m_platinumPreSale,
                            m_platinumWon, "rulePlatinum"),
                    0, 1);
    auto *periods = new QGroupBox(tr("Periods"), this);
    auto *periodForm = new QFormLayout(periods);
    periodForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_grace = intSpin("ruleGraceSpin", 3650, tr(" days"));
    m_validity = intSpin("ruleValiditySpin", 240, tr(" months"));
    m_protection = intSpin("ruleProtectionSpin", 3650, tr(" days"));
    m_extension = intSpin("ruleExtensionSpin", 3650, tr(" days"));
    m_maxExtensions = intSpin("ruleMaxExtensionsSpin", 20, {});
    periodForm->addRow(tr("Grace before a downgrade"), m_grace);
    periodForm->addRow(tr("Certificate validity"), m_validity);
    periodForm->addRow(tr("Deal protection"), m_protection);
    periodForm->addRow(tr("Protection extension"), m_extension);
    periodForm->addRow(tr("Extensions at most"), m_maxExtensions);
    grid->addWidget(periods, 1, 0);
    auto *discounts = new QGroupBox(tr("Partner discount"), this);
    auto *discountForm = new QFormLayout(discounts);
    discountForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_baseDiscount = percentSpin("ruleBaseDiscountSpin");
    m_silverDiscount = percentSpin("ruleSilverDiscountSpin");
    m_goldDiscount = percentSpin("ruleGoldDiscountSpin");
    m_platinumDiscount = percentSpin("rulePlatinumDiscountSpin");
    discountForm->addRow(tr("Base"), m_baseDiscount);
    discountForm->addRow(tr("Registered, Silver"), m_silverDiscount);
    discountForm->addRow(tr("Registered, Gold"), m_goldDiscount);
    discountForm->addRow(tr("Registered, Platinum"), m_platinumDiscount);
    grid->addWidget(discounts, 1, 1);
    right->addLayout(grid);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ruleErrorLabel"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    right->addWidget(m_error);
    right->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save version"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("ruleSaveButton"));
    m_save->setProperty("primary", true);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProgramRulesDialog::reject);
    addSaveShortcut(this, m_save);
    connect(m_save, &QPushButton::clicked, this, &ProgramRulesDialog::save);
    right->addWidget(buttons);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProgramRulesDialog::showVersion);
    connect(add, &QPushButton::clicked, this, [this] { addVersion(m_newDate->date()); });
    reload(service->today());
    resize(900, 560);
}

QSpinBox *ProgramRulesDialog::intSpin(const char *name, int max, const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(0, max);
    spin->setSuffix(suffix);
    connect(spin, &QSpinBox::valueChanged, this, &ProgramRulesDialog::markEdited);
    return spin;
}

QDoubleSpinBox *ProgramRulesDialog::percentSpin(const char *name)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(0, 100);
    spin->setDecimals(2);
    spin->setSuffix(tr(" %"));
    connect(spin, &QDoubleSpinBox::valueChanged, this, &ProgramRulesDialog::markEdited);
    return spin;
}

QDoubleSpinBox *ProgramRulesDialog::moneySpin(const char *name)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(0, 1e12);
    spin->setDecimals(0);
    spin->setSingleStep(1'000'000);
    spin->setGroupSeparatorShown(true);
    spin->setSuffix(tr(" ₽"));
    connect(spin, &QDoubleSpinBox::valueChanged, this, &ProgramRulesDialog::markEdited);
    return spin;
}

void ProgramRulesDialog::reload(const QDate &select)
{
    auto book = m_service->rules();
    if (!book) {
        m_error->setText(book.error().text());
        m_error->show();
        return;
    }
    m_versions = book.value().versions();
    m_unsaved = QList<bool>(m_versions.size(), false);
    const QSignalBlocker block(m_list);
    m_list->clear();
    int current = 0;
    for (int i = 0; i < m_versions.size(); ++i) {
        const ProgramRules &r = m_versions.at(i);
        auto *item = new QListWidgetItem(m_list);
        item->setText(
            r.exampleDefaults
                ? tr("From %1 · example defaults").arg(QLocale().toString(r.effectiveFrom, QLocale::ShortFormat))
                : tr("From %1").arg(QLocale().toString(r.effectiveFrom, QLocale::ShortFormat)));
        if (r.effectiveFrom <= select)
            current = i;
    }
    m_row = -1;
    m_list->setCurrentRow(current);
    showVersion(current);
}

void ProgramRulesDialog::keepEdits()
{
    // Edits of a version not yet saved survive a look at another one.
    if (m_row < 0 || m_row >= m_versions.size() || !m_unsaved.value(m_row))
        return;
    const bool example = m_versions.at(m_row).exampleDefaults;
    m_versions[m_row] = formRules();
    m_versions[m_row].exampleDefaults = example;
}

void ProgramRulesDialog::showVersion(int row)
{
    if (row < 0 || row >= m_versions.size())
        return;
    keepEdits();
    m_row = row;
    const ProgramRules &r = m_versions.at(row);
    m_loading = true;
    m_title->setText(tr("In force from %1").arg(QLocale().toString(r.effectiveFrom, QLocale::LongFormat)));
    m_example->setVisible(r.exampleDefaults);
    m_goldSales->setValue(static_cast<double>(r.gold.minSalesMinor / 100));
    m_goldCertified->setValue(r.gold.minCertifiedSpecialists);
    m_goldPreSale->setValue(r.gold.minPreSaleSpecialists);
    m_goldWon->setValue(r.gold.minRegisteredDealsWon);
    m_platinumSales->setValue(static_cast<double>(r.platinum.minSalesMinor / 100));
    m_platinumCertified->setValue(r.platinum.minCertifiedSpecialists);
    m_platinumPreSale->setValue(r.platinum.minPreSaleSpecialists);
    m_platinumWon->setValue(r.platinum.minRegisteredDealsWon);
    m_grace->setValue(r.graceDays);
    m_validity->setValue(r.certificateValidityMonths);
    m_protection->setValue(r.protection.protectionDays);
    m_extension->setValue(r.protection.extensionDays);
    m_maxExtensions->setValue(r.protection.maxExtensions);
    m_baseDiscount->setValue(r.baseDiscountBp / 100.0);
    m_silverDiscount->setValue(r.registrationBpSilver / 100.0);
    m_goldDiscount->setValue(r.registrationBpGold / 100.0);
    m_platinumDiscount->setValue(r.registrationBpPlatinum / 100.0);
    m_loading = false;
    m_error->hide();
    m_save->setEnabled(m_unsaved.value(row));
}

void ProgramRulesDialog::markEdited()
{
    if (m_loading || m_row < 0)
        return;
    m_unsaved[m_row] = true;
    m_save->setEnabled(true);
}

ProgramRules ProgramRulesDialog::formRules() const
{
    ProgramRules r = m_versions.at(m_row);
    r.exampleDefaults = false; // an administrator's save makes these the program's own values
    r.gold.minSalesMinor = static_cast<qint64>(m_goldSales->value()) * 100;
    r.gold.minCertifiedSpecialists = m_goldCertified->value();
    r.gold.minPreSaleSpecialists = m_goldPreSale->value();
    r.gold.minRegisteredDealsWon = m_goldWon->value();
    r.platinum.minSalesMinor = static_cast<qint64>(m_platinumSales->value()) * 100;
    r.platinum.minCertifiedSpecialists = m_platinumCertified->value();
    r.platinum.minPreSaleSpecialists = m_platinumPreSale->value();
    r.platinum.minRegisteredDealsWon = m_platinumWon->value();
    r.graceDays = m_grace->value();
    r.certificateValidityMonths = m_validity->value();
    r.protection.protectionDays = m_protection->value();
    r.protection.extensionDays = m_extension->value();
    r.protection.maxExtensions = m_maxExtensions->value();
    r.baseDiscountBp = static_cast<int>(std::lround(m_baseDiscount->value() * 100));
    r.registrationBpSilver = static_cast<int>(std::lround(m_silverDiscount->value() * 100));
    r.registrationBpGold = static_cast<int>(std::lround(m_goldDiscount->value() * 100));
    r.registrationBpPlatinum = static_cast<int>(std::lround(m_platinumDiscount->value() * 100));
    return r;
}

void ProgramRulesDialog::addVersion(const QDate &date)
{
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions.at(i).effectiveFrom == date) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    keepEdits();
    m_row = -1;
    ProgramRules r = RuleBook(m_versions).at(date);
    r.effectiveFrom = date;
    int at = 0;
    while (at < m_versions.size() && m_versions.at(at).effectiveFrom < date)
        ++at;
    m_versions.insert(at, r);
    m_unsaved.insert(at, true);
    m_list->insertItem(at, tr("From %1 · not saved").arg(QLocale().toString(date, QLocale::ShortFormat)));
    m_list->setCurrentRow(at);
    m_save->setEnabled(true);
}

bool ProgramRulesDialog::selectVersion(const QDate &effectiveFrom)
{
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions.at(i).effectiveFrom == effectiveFrom) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

bool ProgramRulesDialog::save()
{
    if (m_row < 0)
        return false;
    const ProgramRules rules = formRules();
    const Status status = m_service->saveRules(rules);
    if (!status) {
        m_error->setText(status.error().text());
        m_error->show();
        return false;
    }
    reload(rules.effectiveFrom);
    selectVersion(rules.effectiveFrom);
    return true;
}

} // namespace pd::views
