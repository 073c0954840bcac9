#include "NewRegistrationDialog.h"

#include "DealService.h"
#include "DealText.h"
#include "SearchText.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::views {
namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

QStringList nonEmpty(const QString &s)
{
    return s.trimmed().isEmpty() ? QStringList() : QStringList{s.trimmed()};
}

constexpr int kPartnerInnRole = Qt::UserRole + 1;

// The partners whose name or INN holds every word typed, «е» finding «ё» and case ignored.
class FoldedPartnerFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setQuery(const QString &query)
    {
        m_query = query.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        const QString text = index.data().toString() + QLatin1Char(' ') + index.data(kPartnerInnRole).toString();
        return domain::searchtext::containsAllWords(text, m_query);
    }

private:
    QString m_query;
};

} // namespace

NewRegistrationDialog::NewRegistrationDialog(DealService *service, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setObjectName(QStringLiteral("newRegistrationDialog"));
    setWindowTitle(tr("New deal registration"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(14);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns);

    auto group = [this](const QString &title, QVBoxLayout *column) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        form->setVerticalSpacing(7);
        column->addWidget(box);
        return form;
    };
    auto edit = [this](const char *name, const QString &placeholder = {}) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setPlaceholderText(placeholder);
        return e;
    };

    QFormLayout *partner = group(tr("Partner"), left);
    // Hundreds of partners: the field finds them as their name or INN is typed, and its list still holds them all.
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("registrationPartnerCombo"));
    m_partner->setEditable(true);
    m_partner->setInsertPolicy(QComboBox::NoInsert);
    m_partner->setMaxVisibleItems(15);
    m_partner->lineEdit()->setPlaceholderText(tr("Type a name or INN to find the partner"));
    if (auto partners = service->partners()) {
        QList<storage::PartnerSummary> list = partners.value();
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
        for (const storage::PartnerSummary &p : list) {
            m_partner->addItem(p.name, p.id);
            m_partner->setItemData(m_partner->count() - 1, p.inn, kPartnerInnRole);
        }
    }
    m_partner->setCurrentIndex(-1);
    auto *partnerFilter = new FoldedPartnerFilter(this);
    partnerFilter->setSourceModel(m_partner->model());
    m_partnerCompleter = new QCompleter(partnerFilter, this);
    m_partnerCompleter->setObjectName(QStringLiteral("registrationPartnerCompleter"));
    m_partnerCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion); // the filter above decides
    m_partnerCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_partnerCompleter->setMaxVisibleItems(12);
    m_partner->lineEdit()->setCompleter(m_partnerCompleter);
    connect(m_partner->lineEdit(), &QLineEdit::textEdited, partnerFilter, &FoldedPartnerFilter::setQuery);
    connect(m_partnerCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this, partnerFilter](const QModelIndex &index) {
                const auto *completion =
                    qobject_cast<const QAbstractProxyModel *>(m_partnerCompleter->completionModel());
                const QModelIndex filtered = completion ? completion->mapToSource(index) : index;
                m_partner->setCurrentIndex(partnerFilter->mapToSource(filtered).row());
            });
    // Enter on typed text that finds partners picks the first one found.
    connect(m_partner->lineEdit(), &QLineEdit::returnPressed, this, [this, partnerFilter] {
        if (chosenPartnerId().isEmpty() && partnerFilter->rowCount() > 0)
            m_partner->setCurrentIndex(partnerFilter->mapToSource(partnerFilter->index(0, 0)).row());
    });
    m_accountManager = edit("registrationAccountManagerEdit");
    m_replyName = edit("registrationReplyNameEdit", tr("Name"));
    m_replyEmail = edit("registrationReplyEmailEdit", tr("E-mail"));
    m_replyPhone = edit("registrationReplyPhoneEdit", tr("Phone"));
    partner->addRow(tr("Partner"), m_partner);
    partner->addRow(tr("Account manager"), m_accountManager);
    partner->addRow(tr("Reply to"), m_replyName);
    partner->addRow(QString(), m_replyEmail);
    partner->addRow(QString(), m_replyPhone);

    QFormLayout *customer = group(tr("Customer"), left);
    m_customer = edit("registrationCustomerEdit", tr("ООО «Ромашка»"));
    m_customerInn = edit("registrationCustomerInnEdit", tr("10 or 12 digits; empty if unknown"));
    m_contactName = edit("registrationContactNameEdit", tr("Decision maker"));
    m_contactPosition = edit("registrationContactPositionEdit", tr("Position"));
    m_contactEmail = edit("registrationContactEmailEdit", tr("E-mail"));
    m_contactPhone = edit("registrationContactPhoneEdit", tr("Phone"));
    m_projects = edit("registrationProjectsEdit", tr("Comma-separated"));
    customer->addRow(tr("Name"), m_customer);
    customer->addRow(tr("INN"), m_customerInn);
    customer->addRow(tr("Decision maker"), m_contactName);
    customer->addRow(QString(), m_contactPosition);
    customer->addRow(QString(), m_contactEmail);
    customer->addRow(QString(), m_contactPhone);
    customer->addRow(tr("Project IDs"), m_projects);
    left->addStretch(1);

    QFormLayout *deal = group(tr("Deal"), right);
    m_amount = edit("registrationAmountEdit", tr("RUB excl. VAT"));
    auto *period = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("registrationYearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setValue(service->now().date().year());
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("registrationQuarterCombo"));
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(tr("Q%1").arg(q), q);
    m_quarter->setCurrentIndex((service->now().date().month() - 1) / 3);
    period->addWidget(m_quarter);
    period->addWidget(m_year, 1);
    m_consumption = edit("registrationConsumptionEdit", tr("RUB per year"));
    m_products = new QListWidget(this);
    m_products->setObjectName(QStringLiteral("registrationProductsList"));
    for (const QString &product : dealText::knownProducts()) {
        auto *item = new QListWidgetItem(product, m_products);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_products->setFixedHeight(132);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("registrationDescriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(64);
    deal->addRow(tr("Amount"), m_amount);
    deal->addRow(tr("Expected"), period);
    deal->addRow(tr("Annual consumption"), m_consumption);
    deal->addRow(tr("Products"), m_products);
    deal->addRow(tr("Description"), m_description);

    m_conflicts = new QLabel(this);
    m_conflicts->setObjectName(QStringLiteral("registrationConflictsLabel"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextFormat(Qt::RichText);
    m_conflicts->setMinimumHeight(40);
    right->addWidget(m_conflicts);
    right->addStretch(1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("registrationErrorLabel"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("File registration"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("registrationCreateButton"));
    m_create->setProperty("primary", true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewRegistrationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The conflict check is one indexed lookup; a short pause keeps typing fluid all the same.
    m_conflictTimer = new QTimer(this);
    m_conflictTimer->setSingleShot(true);
    m_conflictTimer->setInterval(200);
    connect(m_conflictTimer, &QTimer::timeout, this, &NewRegistrationDialog::checkConflicts);
    const auto changed = [this] {
        validate();
        m_conflictTimer->start();
    };
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textChanged, this, changed);
    connect(m_partner, &QComboBox::currentIndexChanged, this, changed); // its typed text is one of the line edits
    connect(m_quarter, &QComboBox::currentIndexChanged, this, changed);
    connect(m_year, &QSpinBox::valueChanged, this, changed);
    connect(m_products, &QListWidget::itemChanged, this, changed);
    validate();
    checkConflicts();
    resize(900, sizeHint().height());
}

QString NewRegistrationDialog::chosenPartnerId() const
{
    const int index = m_partner->currentIndex();
    if (index < 0 || m_partner->lineEdit()->text() != m_partner->itemText(index))
        return {};
    return m_partner->itemData(index).toString();
}

domain::Registration NewRegistrationDialog::registration() const
{
    domain::Registration r;
    r.partnerId = chosenPartnerId();
    r.partnerName = r.partnerId.isEmpty() ? QString() : m_partner->itemText(m_partner->currentIndex());
    r.partnerAccountManager = m_accountManager->text().trimmed();
    r.replyContact = {
        m_replyName->text().trimmed(), {}, nonEmpty(m_replyPhone->text()), nonEmpty(m_replyEmail->text())};
    r.customerName = m_customer->text().trimmed();
    r.customerInn = m_customerInn->text().trimmed();
    r.customerContact = {m_contactName->text().trimmed(), m_contactPosition->text().trimmed(),
                         nonEmpty(m_contactPhone->text()), nonEmpty(m_contactEmail->text())};
    r.customerProjectIds = splitList(m_projects->text());
    r.amount =
        domain::Money::parse(m_amount->text().isEmpty() ? QStringLiteral("0") : m_amount->text(), QStringLiteral("RUB"))
            .value_or(domain::Money::rub(-1));
    r.expectedYear = m_year->value();
    r.expectedQuarter = m_quarter->currentData().toInt();
    r.expectedAnnualConsumption =
        domain::Money::parse(m_consumption->text().isEmpty() ? QStringLiteral("0") : m_consumption->text(),
                             QStringLiteral("RUB"))
            .value_or(domain::Money::rub(0));
    for (int i = 0; i < m_products->count(); ++i) {
        if (m_products->item(i)->checkState() == Qt::Checked)
            r.products << m_products->item(i)->text();
    }
    r.description = m_description->toPlainText().trimmed();
    r.state = domain::ApplicationState::AwaitingReview;
    return r;
}

void NewRegistrationDialog::validate()
{
    QString error;
    if (!m_amount->text().isEmpty() && !domain::Money::parse(m_amount->text(), QStringLiteral("RUB")))
        error = tr("The amount %1 is not a number of rubles.").arg(m_amount->text());
    else if (!m_consumption->text().isEmpty() && !domain::Money::parse(m_consumption->text(), QStringLiteral("RUB")))
        error = tr("The annual consumption %1 is not a number of rubles.").arg(m_consumption->text());
    else
        error = DealService::validateForm(registration());
    m_error->setText(error);
    m_create->setEnabled(error.isEmpty());
}

void NewRegistrationDialog::checkConflicts()
{
    domain::Registration r = registration();
    if (r.customerName.isEmpty() || r.products.isEmpty() || r.partnerId.isEmpty()) {
        m_conflicts->setText(QStringLiteral("<span style='color:#64748B'>%1</span>")
                                 .arg(tr("Competing registrations of other partners appear here as you enter the "
                                         "partner, the customer and the products.")
                                          .toHtmlEscaped()));
        return;
    }
    r.id = QStringLiteral("unsaved-registration");
    r.filedAt = m_service->now();
    auto found = m_service->conflictsOf(r);
    if (!found) {
        m_conflicts->setText(found.error().text().toHtmlEscaped());
        return;
    }
    if (found.value().isEmpty()) {
        m_conflicts->setText(QStringLiteral("<span style='color:#166534'>✓ %1</span>")
                                 .arg(tr("No other partner claims this customer and product.").toHtmlEscaped()));
        return;
    }
    QString html =
        QStringLiteral("<b style='color:#92400E'>%1</b><ul style='margin:4px 0 0 -24px'>")
            .arg(tr("This registration would compete with %n registration(s):", nullptr, int(found.value().size()))
                     .toHtmlEscaped());
    for (const storage::DealConflict &c : found.value())
        html += QStringLiteral("<li style='color:#78350F'>%1</li>").arg(c.reason.toHtmlEscaped());
    m_conflicts->setText(html + QStringLiteral("</ul>"));
}

void NewRegistrationDialog::accept()
{
    validate();
    if (!m_create->isEnabled())
        return;
    auto created = m_service->create(registration());
    if (!created) {
        m_error->setText(created.error().text());
        return;
    }
    m_createdId = created.value().id;
    QDialog::accept();
}

} // namespace pd::views
