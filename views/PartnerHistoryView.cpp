#include "PartnerHistoryView.h"

#include "ListPageParts.h"
#include "Partner.h"
#include "PartnerRules.h"
#include "TextUtil.h"
#include "ThemeColor.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::views {

PartnerHistoryView::PartnerHistoryView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    m_stack = new QStackedWidget(this);
    m_tree = new QTreeWidget(m_stack);
    m_tree->setObjectName(QStringLiteral("partnerHistoryTree"));
    m_tree->setHeaderLabels({tr("Change"), tr("Details")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 190);
    fitSectionsToTitles(m_tree->header());
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack);
    showMessage(tr("The history of a partner appears here once it is saved."));
}

void PartnerHistoryView::showMessage(const QString &message)
{
    m_tree->clear();
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

QString PartnerHistoryView::fieldLabel(const QString &entity, const QString &field)
{
    using namespace domain::fields;
    if (entity == QLatin1String("person")) {
        if (field == personName)
            return tr("Contact name");
        if (field == personPosition)
            return tr("Contact position");
        if (field == personEmail)
            return tr("Contact e-mail");
        if (field == personPhone)
            return tr("Contact phone");
    }
    if (field == name)
        return tr("Name");
    if (field == legalForm)
        return tr("Legal form");
    if (field == inn)
        return tr("INN");
    if (field == registeredOn)
        return tr("Registered on");
    if (field == role)
        return tr("Role");
    if (field == tier)
        return tr("Status");
    if (field == stage)
        return tr("Onboarding stage");
    if (field == manager)
        return tr("Partner manager");
    if (field == region)
        return tr("Region");
    if (field == notes)
        return tr("Notes");
    if (field == wlBrand)
        return tr("Brand name");
    if (field == wlPaymentModel)
        return tr("Client payment model");
    if (field == wlMarkupBp)
        return tr("Price markup");
    if (field == wlRestrictedServices)
        return tr("Restricted services");
    return field;
}

QString PartnerHistoryView::valueText(const QString &field, const QVariant &value)
{
    using namespace domain::fields;
    if (value.isNull() || !value.isValid())
        return tr("(empty)");
    const QString text = value.toString();
    if (field == legalForm) {
        if (auto v = domain::legalFormFromKey(text))
            return domain::displayName(*v);
    } else if (field == role) {
        if (auto v = domain::roleFromKey(text))
            return domain::displayName(*v);
    } else if (field == tier) {
        if (auto v = domain::tierFromKey(text))
            return domain::displayName(*v);
    } else if (field == stage) {
        if (auto v = domain::stageFromKey(text))
            return domain::displayName(*v);
    } else if (field == wlPaymentModel) {
        if (auto v = domain::paymentModelFromKey(text))
            return domain::displayName(*v);
    } else if (field == registeredOn) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return QLocale().toString(date, QLocale::ShortFormat);
    } else if (field == wlMarkupBp) {
        bool ok = false;
        const int bp = text.toInt(&ok);
        if (ok)
            return QLocale().toString(bp / 100.0, 'f', 2) + QStringLiteral(" %");
    } else if (field == wlRestrictedServices && value.typeId() == QMetaType::QStringList) {
        return value.toStringList().join(QStringLiteral(", "));
    } else if (field == notes) {
        QString oneLine = text.simplified();
        if (oneLine.size() > 80)
            oneLine = oneLine.left(79) + QStringLiteral("…");
        return oneLine.isEmpty() ? tr("(empty)") : oneLine;
    }
    return text.isEmpty() ? tr("(empty)") : text;
}

void PartnerHistoryView::setEntries(const QList<storage::AuditEntry> &entries)
{
    m_tree->clear();
    if (entries.isEmpty()) {
        showMessage(tr("No changes have been recorded for this partner yet."));
        return;
    }
    const QLocale locale;
    for (const storage::AuditEntry &e : entries) {
        const bool person = e.entity == QLatin1String("person");
        QString personName;
        for (const storage::FieldChange &c : e.changes) {
            if (c.field == domain::fields::personName)
                personName = (c.newValue.isNull() ? c.oldValue : c.newValue).toString();
        }
        QString what;
        if (e.action == QLatin1String("create"))
            what = person ? tr("Contact added") : tr("Partner created");
        else if (e.action == QLatin1String("delete"))
            what = person ? tr("Contact removed") : tr("Partner deleted");
        else
            what = person ? tr("Contact edited") : tr("Edited");
        if (person && !personName.isEmpty())
            what += QStringLiteral(": ") + personName;

        auto *top = new QTreeWidgetItem(m_tree);
        const QDateTime local = e.at.toLocalTime();
        const QString when = locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                             + local.time().toString(QStringLiteral("HH:mm"));
        top->setText(0, what);
        top->setToolTip(0, what);
        QFont bold = top->font(0);
        bold.setWeight(QFont::DemiBold);
        top->setFont(0, bold);
        QString details = tr("%1 · %2").arg(when, e.actor);
        if (e.action == QLatin1String("update"))
            details += QStringLiteral(" · ")
                       + readablePlural(tr("%n field(s) changed", nullptr, static_cast<int>(e.changes.size())),
                                        static_cast<int>(e.changes.size()));
        top->setText(1, details);
        top->setToolTip(1, locale.toString(local, QLocale::LongFormat));
        top->setForeground(1, items::textOnBase(QColor(0x64, 0x74, 0x8B), m_tree->palette()));

        for (const storage::FieldChange &c : e.changes) {
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, fieldLabel(e.entity, c.field));
            QString change;
            if (e.action == QLatin1String("create"))
                change = valueText(c.field, c.newValue);
            else if (e.action == QLatin1String("delete"))
                change = valueText(c.field, c.oldValue);
            else
                change = valueText(c.field, c.oldValue) + QStringLiteral("  →  ") + valueText(c.field, c.newValue);
            child->setText(1, change);
            child->setToolTip(1, change);
        }
        top->setExpanded(e.action == QLatin1String("update") || e.changes.size() <= 3);
    }
    m_stack->setCurrentWidget(m_tree);
}

} // namespace pd::views
