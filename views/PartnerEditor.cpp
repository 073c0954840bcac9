#include "PartnerEditor.h"

#include "FormParts.h"
#include "Inn.h"
#include "PartnerHistoryView.h"
#include "PartnerService.h"
#include "PeopleEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

namespace pd::views {
namespace {

const QDate kNoDate(1900, 1, 1);

template <typename E>
void fillCombo(QComboBox *combo)
{
    for (E v : domain::allValues<E>())
        combo->addItem(domain::displayName(v), static_cast<int>(v));
}

template <typename E>
E comboValue(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

template <typename E>
void setComboValue(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

PartnerEditor::PartnerEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("partnerEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("partnerTitleLabel"));
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("partnerSubtitleLabel"));
    m_subtitle->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("partnerErrorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("partnerTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildDetailsTab(), tr("Details"));
    m_people = new PeopleEditor(m_tabs);
    m_tabs->addTab(m_people, tr("Contacts"));
    m_notes = new QPlainTextEdit(m_tabs);
    m_notes->setObjectName(QStringLiteral("partnerNotesEdit"));
    m_notes->setPlaceholderText(tr("Notes about this partner: agreements, next steps, anything worth remembering."));
    auto *notesPage = new QWidget(m_tabs);
    auto *notesLayout = new QVBoxLayout(notesPage);
    notesLayout->setContentsMargins(0, 8, 0, 0);
    notesLayout->addWidget(m_notes);
    m_tabs->addTab(notesPage, tr("Notes"));
    m_history = new PartnerHistoryView(m_tabs);
    m_tabs->addTab(m_history, tr("History"));
    layout->addWidget(m_tabs, 1);

    m_saveBlocked = new FormMessageLabel(this);
    m_saveBlocked->setObjectName(QStringLiteral("partnerSaveBlockedLabel"));
    m_saveBlocked->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_saveBlocked);

    auto *buttons = new QHBoxLayout;
    m_delete = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deletePartnerButton"));
    m_revert = new QPushButton(QIcon(QStringLiteral(":/icons/revert.svg")), tr("Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertPartnerButton"));
    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("Save"), this);
    m_save->setObjectName(QStringLiteral("savePartnerButton"));
    m_save->setProperty("primary", true);
    m_save->setDefault(true);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &PartnerEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &PartnerEditor::revert);
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_loaded.id); });
    addSaveShortcut(this, m_save, [this] { explainBlockedSave(); });

    using namespace domain;
    connect(m_name, &QLineEdit::textEdited, this, [this] { onEdited(fields::name); });
    connect(m_inn, &QLineEdit::textEdited, this, [this] { onEdited(fields::inn); });
    connect(m_manager, &QLineEdit::textEdited, this, [this] { onEdited(fields::manager); });
    connect(m_region, &QLineEdit::textEdited, this, [this] { onEdited(fields::region); });
    connect(m_wlBrand, &QLineEdit::textEdited, this, [this] { onEdited(fields::wlBrand); });
    connect(m_wlRestricted, &QLineEdit::textEdited, this, [this] { onEdited(fields::wlRestrictedServices); });
    connect(m_legalForm, &QComboBox::currentIndexChanged, this, [this] { onEdited(fields::legalForm); });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { onEdited(fields::role); });
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] { onEdited(fields::tier); });
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] { onEdited(fields::stage); });
    connect(m_wlPayment, &QComboBox::currentIndexChanged, this, [this] { onEdited(fields::wlPaymentModel); });
    connect(m_registeredOn, &QDateEdit::dateChanged, this, [this] { onEdited(fields::registeredOn); });
    connect(m_wlMarkup, &QDoubleSpinBox::valueChanged, this, [this] { onEdited(fields::wlMarkupBp); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { onEdited(fields::notes); });
    connect(m_people, &PeopleEditor::changed, this, [this] { onEdited(QLatin1String("people")); });

    setService(nullptr);
}

QWidget *PartnerEditor::fieldWithMessage(QWidget *field, QLatin1String key)
{
    auto *box = new QWidget(field->parentWidget());
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    auto *message = new FormMessageLabel(box);
    message->setObjectName(QStringLiteral("fieldMessage_") + key);
    message->setProperty("role", QStringLiteral("error"));
    message->hide();
    v->addWidget(message);
    m_messages.insert(key, message);
    m_fields.insert(key, field);
    return box;
}

void PartnerEditor::addFieldRow(QFormLayout *form, const QString &label, QWidget *field, QLatin1String key,
                                bool required)
{
    QWidget *box = fieldWithMessage(field, key);
    QLabel *title = required ? createRequiredLabel(label, box->parentWidget()) : new QLabel(label, box->parentWidget());
    title->setObjectName(QStringLiteral("fieldLabel_") + key);
    // The label stands beside the field, not beside the field and its message line (the field's height
    // with the style sheet's paddings).
    field->ensurePolished();
    title->setFixedHeight(field->sizeHint().height());
    title->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    title->setBuddy(field);
    form->addRow(title, box);
    m_fieldNames.insert(key, label);
}

QWidget *PartnerEditor::buildDetailsTab()
{
    using namespace domain;
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("partnerDetailsPage"));
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 12, 8, 8);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(4);
    outer->addLayout(form);

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("partnerNameEdit"));
    m_name->setPlaceholderText(tr("e.g. LLC “Northern Cloud”"));
    m_name->setMaxLength(partnerRules::kMaxNameLength + 50);
    m_legalForm = new QComboBox(page);
    m_legalForm->setObjectName(QStringLiteral("partnerLegalFormCombo"));
    fillCombo<LegalForm>(m_legalForm);
    m_inn = new QLineEdit(page);
    m_inn->setObjectName(QStringLiteral("partnerInnEdit"));
    m_inn->setPlaceholderText(tr("10 digits (legal entity) or 12 (sole proprietor)"));
    m_inn->setMaxLength(12);
    m_registeredOn = new QDateEdit(page);
    m_registeredOn->setObjectName(QStringLiteral("partnerRegisteredEdit"));
    m_registeredOn->setDisplayFormat(dateFormat());
    setUpOptionalDate(m_registeredOn, kNoDate, tr("Not set (required)"));
    m_role = new QComboBox(page);
    m_role->setObjectName(QStringLiteral("partnerRoleCombo"));
    fillCombo<Role>(m_role);
    m_tier = new QComboBox(page);
    m_tier->setObjectName(QStringLiteral("partnerTierCombo"));
    fillCombo<Tier>(m_tier);
    m_stage = new QComboBox(page);
    m_stage->setObjectName(QStringLiteral("partnerStageCombo"));
    fillCombo<OnboardingStage>(m_stage);
    m_manager = new QLineEdit(page);
    m_manager->setObjectName(QStringLiteral("partnerManagerEdit"));
    m_region = new QLineEdit(page);
    m_region->setObjectName(QStringLiteral("partnerRegionEdit"));

    addFieldRow(form, tr("Name"), m_name, fields::name, true);
    addFieldRow(form, tr("Legal form"), m_legalForm, fields::legalForm, false);
    addFieldRow(form, tr("INN"), m_inn, fields::inn, true);
    addFieldRow(form, tr("Registered on"), m_registeredOn, fields::registeredOn, true);
    addFieldRow(form, tr("Role"), m_role, fields::role, false);
    addFieldRow(form, tr("Status"), m_tier, fields::tier, false);
    addFieldRow(form, tr("Onboarding"), m_stage, fields::stage, false);
    addFieldRow(form, tr("Partner manager"), m_manager, fields::manager, false);
    addFieldRow(form, tr("Region"), m_region, fields::region, false);

    m_whiteLabel = new QGroupBox(tr("White Label settings"), page);
    m_whiteLabel->setObjectName(QStringLiteral("whiteLabelGroup"));
    auto *wl = new QFormLayout(m_whiteLabel);
    wl->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    wl->setHorizontalSpacing(14);
    wl->setVerticalSpacing(4);
    m_wlBrand = new QLineEdit(m_whiteLabel);
    m_wlBrand->setObjectName(QStringLiteral("wlBrandEdit"));
    m_wlPayment = new QComboBox(m_whiteLabel);
    m_wlPayment->setObjectName(QStringLiteral("wlPaymentCombo"));
    fillCombo<PaymentModel>(m_wlPayment);
    m_wlMarkup = new QDoubleSpinBox(m_whiteLabel);
    m_wlMarkup->setObjectName(QStringLiteral("wlMarkupSpin"));
    m_wlMarkup->setRange(0.0, partnerRules::kMaxMarkupBp / 100.0);
    m_wlMarkup->setDecimals(2);
    m_wlMarkup->setSuffix(QStringLiteral(" %"));
    m_wlRestricted = new QLineEdit(m_whiteLabel);
    m_wlRestricted->setObjectName(QStringLiteral("wlRestrictedEdit"));
    m_wlRestricted->setPlaceholderText(tr("Services the clients may not use, separated by commas"));
    addFieldRow(wl, tr("Brand name"), m_wlBrand, fields::wlBrand, true);
    addFieldRow(wl, tr("Client payment"), m_wlPayment, fields::wlPaymentModel, false);
    addFieldRow(wl, tr("Price markup"), m_wlMarkup, fields::wlMarkupBp, false);
    addFieldRow(wl, tr("Restricted services"), m_wlRestricted, fields::wlRestrictedServices, false);
    outer->addSpacing(6);
    outer->addWidget(m_whiteLabel);
    outer->addStretch();
    // A list's longest entry («White Label partner») does not hold the form wide: it shows in the open list.
    for (QComboBox *combo : page->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    scroll->setWidget(page);
    return scroll;
}

void PartnerEditor::setService(PartnerService *service)
{
    m_service = service;
    load(domain::Partner{}, false);
    setEnabled(service != nullptr);
}

bool PartnerEditor::showPartner(const QString &id)
{
    if (!m_service)
        return false;
    auto partner = m_service->get(id);
    if (!partner) {
        load(domain::Partner{}, false);
        showStoreError(partner.error());
        return false;
    }
    load(partner.value(), false);
    return true;
}

void PartnerEditor::startNew()
{
    domain::Partner blank;
    blank.stage = domain::OnboardingStage::Application;
    load(blank, true);
    m_tabs->setCurrentIndex(0);
    m_name->setFocus();
}

void PartnerEditor::load(const domain::Partner &p, bool isNew)
{
    m_loading = true;
    m_loaded = p;
    m_isNew = isNew;
    m_touched.clear();
    m_saveAttempted = false;
    m_banner->hide();
    m_name->setText(p.name);
    setComboValue(m_legalForm, p.legalForm);
    m_inn->setText(p.inn);
    m_registeredOn->setDate(p.registeredOn.isValid() ? p.registeredOn : kNoDate);
    setComboValue(m_role, p.role);
    setComboValue(m_tier, p.tier);
    setComboValue(m_stage, p.stage);
    m_manager->setText(p.manager);
    m_region->setText(p.region);
    m_wlBrand->setText(p.whiteLabel.brandName);
    setComboValue(m_wlPayment, p.whiteLabel.clientPaymentModel);
    m_wlMarkup->setValue(p.whiteLabel.priceMarkupBp / 100.0);
    m_wlRestricted->setText(p.whiteLabel.restrictedServices.join(QStringLiteral(", ")));
    m_notes->setPlainText(p.notes);
    m_people->setPeople(p.people);
    m_loading = false;
    updateRoleDependentFields();
    refreshHistory();
    validate();
    emit dirtyChanged(false);
}

domain::Partner PartnerEditor::currentPartner() const
{
    using namespace domain;
    Partner p = m_loaded;
    p.name = m_name->text().trimmed();
    p.legalForm = comboValue<LegalForm>(m_legalForm);
    p.inn = m_inn->text().trimmed();
    p.registeredOn = m_registeredOn->date() == kNoDate ? QDate() : m_registeredOn->date();
    p.role = comboValue<Role>(m_role);
    p.tier = p.role == Role::Agent ? Tier::None : comboValue<Tier>(m_tier);
    p.stage = comboValue<OnboardingStage>(m_stage);
    p.manager = m_manager->text().trimmed();
    p.region = m_region->text().trimmed();
    p.whiteLabel.brandName = m_wlBrand->text().trimmed();
    p.whiteLabel.clientPaymentModel = comboValue<PaymentModel>(m_wlPayment);
    p.whiteLabel.priceMarkupBp = qRound(m_wlMarkup->value() * 100.0);
    QStringList services;
    for (const QString &s : m_wlRestricted->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString t = s.trimmed(); !t.isEmpty())
            services.append(t);
    }
    p.whiteLabel.restrictedServices = services;
    p.notes = m_notes->toPlainText();
    p.people = m_people->people();
    return p;
}

bool PartnerEditor::isDirty() const
{
    return m_isNew || currentPartner() != m_loaded;
}

QString PartnerEditor::partnerName() const
{
    return m_loaded.name;
}

void PartnerEditor::onEdited(QLatin1String field)
{
    if (m_loading)
        return;
    m_touched.insert(field);
    if (field == domain::fields::role)
        updateRoleDependentFields();
    if (field == domain::fields::legalForm)
        m_touched.insert(domain::fields::inn); // the INN's length depends on the legal form
    validate();
    emit dirtyChanged(isDirty());
}

void PartnerEditor::updateRoleDependentFields()
{
    const auto role = comboValue<domain::Role>(m_role);
    const bool agent = role == domain::Role::Agent;
    if (agent) {
        const bool wasLoading = std::exchange(m_loading, true);
        setComboValue(m_tier, domain::Tier::None);
        m_loading = wasLoading;
    }
    m_tier->setEnabled(!agent);
    m_tier->setToolTip(agent ? tr("Agents have no status: only Partners and White Label partners do.") : QString());
    m_whiteLabel->setVisible(role == domain::Role::WhiteLabel);
}

void PartnerEditor::validate()
{
    if (!m_service) {
        m_issues.clear();
        showIssues();
        return;
    }
    const domain::Partner p = currentPartner();
    m_issues = domain::partnerRules::validate(p, m_service->clock().todayUtc());
    const bool innWellFormed = domain::inn::validate(p.inn, p.legalForm).isEmpty();
    if (innWellFormed) {
        auto holder = m_service->partnerIdWithInn(p.inn, m_isNew ? QString() : m_loaded.id);
        if (holder && !holder.value().isEmpty()) {
            auto other = m_service->summary(holder.value());
            const QString otherName = other ? other.value().name : holder.value();
            m_issues.append({domain::fields::inn, tr("This INN already belongs to “%1”.").arg(otherName)});
        }
    }
    showIssues();
}

void PartnerEditor::showIssues()
{
    QHash<QString, QString> byField;
    QList<domain::FieldIssue> personIssues;
    for (const domain::FieldIssue &issue : std::as_const(m_issues)) {
        if (issue.field.startsWith(QLatin1String("people[")))
            personIssues.append(issue);
        else if (!byField.contains(issue.field))
            byField.insert(issue.field, issue.message);
    }
    // A stored partner shows every problem; a new one once the user has started on it or tried to save.
    const bool revealed = !m_isNew || m_saveAttempted || !m_touched.isEmpty();
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QString message = byField.value(it.key());
        const bool visible = !message.isEmpty() && revealed;
        it.value()->setMessage(visible ? message : QString());
        it.value()->setVisible(visible);
        if (QWidget *field = m_fields.value(it.key())) {
            setFieldInvalid(field, visible);
            field->setToolTip(visible ? message : QString());
        }
    }
    m_people->showIssues(personIssues);
    const int contactsTab = m_tabs->indexOf(m_people);
    m_tabs->setTabText(contactsTab, personIssues.isEmpty() ? tr("Contacts") : tr("Contacts ⚠"));

    const bool dirty = isDirty();
    const QString blocked = m_service && dirty ? saveBlockedText(revealed) : QString();
    m_saveBlocked->setMessage(blocked);
    m_saveBlocked->setProperty("role", revealed ? QStringLiteral("error") : QStringLiteral("caption"));
    m_saveBlocked->style()->unpolish(m_saveBlocked);
    m_saveBlocked->style()->polish(m_saveBlocked);
    m_save->setEnabled(m_service && m_issues.isEmpty() && dirty);
    m_save->setToolTip(blocked);
    m_revert->setEnabled(m_service && dirty && !(m_isNew && m_touched.isEmpty()));
    m_delete->setVisible(!m_isNew);
    m_delete->setEnabled(m_service && !m_isNew && !m_loaded.id.isEmpty());
    updateHeader();
}

bool PartnerEditor::isRequiredAndEmpty(const QString &key) const
{
    using namespace domain;
    if (key == fields::name)
        return m_name->text().trimmed().isEmpty();
    if (key == fields::inn)
        return m_inn->text().trimmed().isEmpty();
    if (key == fields::registeredOn)
        return m_registeredOn->date() == kNoDate;
    if (key == fields::wlBrand)
        return m_wlBrand->text().trimmed().isEmpty();
    return false;
}

QString PartnerEditor::saveBlockedText(bool revealed) const
{
    QStringList reasons;
    QStringList missing; // required fields left empty, in the form's order
    QSet<QString> seen;
    bool contacts = false;
    for (const domain::FieldIssue &issue : m_issues) {
        if (issue.field.startsWith(QLatin1String("people["))) {
            if (!std::exchange(contacts, true))
                reasons.append(tr("Contacts: %1").arg(issue.message));
            continue;
        }
        if (seen.contains(issue.field))
            continue;
        seen.insert(issue.field);
        const QString name = m_fieldNames.value(issue.field, issue.field);
        if (isRequiredAndEmpty(issue.field)) {
            reasons.append(tr("%1 is required").arg(name));
            missing.append(name);
        } else {
            reasons.append(tr("%1: %2").arg(name, issue.message));
        }
    }
    if (reasons.isEmpty())
        return {};
    // A new form nobody has typed in yet is not scolded: it says what to fill in.
    if (!revealed && missing.size() == reasons.size())
        return tr("To save, fill in the fields marked *: %1.").arg(missing.join(QStringLiteral(", ")));
    return tr("Cannot save: %1.").arg(reasons.join(QStringLiteral("; ")));
}

void PartnerEditor::explainBlockedSave()
{
    if (!m_service || m_issues.isEmpty())
        return;
    m_saveAttempted = true;
    showIssues();
    const domain::FieldIssue &first = m_issues.constFirst();
    if (first.field.startsWith(QLatin1String("people["))) {
        m_tabs->setCurrentWidget(m_people);
        return;
    }
    if (QWidget *field = m_fields.value(first.field); field && field->isEnabled()) {
        m_tabs->setCurrentIndex(0);
        field->setFocus(Qt::ShortcutFocusReason);
    }
}

void PartnerEditor::updateHeader()
{
    if (m_isNew) {
        const QString name = m_name->text().trimmed();
        m_title->setText(name.isEmpty() ? tr("New partner") : name);
        m_subtitle->setText(tr("Not saved yet"));
        return;
    }
    m_title->setText(m_loaded.name);
    QStringList parts;
    parts << domain::displayName(m_loaded.role);
    if (m_loaded.role != domain::Role::Agent && m_loaded.tier != domain::Tier::None)
        parts << domain::displayName(m_loaded.tier);
    parts << tr("INN %1").arg(m_loaded.inn);
    if (m_loaded.updatedAt.isValid())
        parts << tr("updated %1").arg(QLocale().toString(m_loaded.updatedAt.toLocalTime(), QLocale::ShortFormat));
    m_subtitle->setText(parts.join(QStringLiteral("  ·  ")).toHtmlEscaped());
}

bool PartnerEditor::save()
{
    validate();
    if (!m_service || !m_issues.isEmpty())
        return false;
    const domain::Partner p = currentPartner();
    Result<domain::Partner> stored = m_isNew ? m_service->create(p) : m_service->update(p);
    if (!stored) {
        showStoreError(stored.error());
        return false;
    }
    load(stored.value(), false);
    emit saved(stored.value().id);
    return true;
}

void PartnerEditor::revert()
{
    if (m_isNew)
        startNew();
    else
        load(m_loaded, false);
}

void PartnerEditor::refreshHistory()
{
    if (!m_service || m_isNew || m_loaded.id.isEmpty()) {
        m_history->showMessage(tr("The history of a partner appears here once it is saved."));
        return;
    }
    auto history = m_service->historyOf(m_loaded.id);
    if (!history)
        m_history->showMessage(history.error().text());
    else
        m_history->setEntries(history.value());
}

void PartnerEditor::showStoreError(const Error &error)
{
    m_banner->setText(error.text());
    m_banner->show();
    if (!error.field.isEmpty()) {
        if (FormMessageLabel *label = m_messages.value(error.field)) {
            label->setMessage(error.message);
            label->show();
        }
    }
}

} // namespace pd::views
