#include "ShortcutsDialog.h"

#include "SearchText.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::views {
namespace {

QString plainText(QString text)
{
    // "&Open Database…" → "Open Database…"; "&&" stays one "&".
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            texts << key.toString(QKeySequence::NativeText);
    }
    texts.removeDuplicates();
    return texts.join(QStringLiteral(", "));
}

QString groupOf(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent()) {
        const QVariant group = o->property("pdShortcutGroup");
        if (group.isValid())
            return group.toString();
    }
    return ShortcutsDialog::tr("General");
}

// The menu an action sits in (the first one), else the widget it was added to.
QString groupOfAction(const QAction *action)
{
    const QObjectList associated = action->associatedObjects();
    for (const QObject *o : associated) {
        if (const auto *menu = qobject_cast<const QMenu *>(o)) {
            if (!menu->title().isEmpty())
                return plainText(menu->title());
        }
    }
    for (const QObject *o : associated) {
        if (qobject_cast<const QWidget *>(o) && !qobject_cast<const QMenuBar *>(o))
            return groupOf(o);
    }
    return groupOf(action);
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<Entry> entries;
    QSet<QString> seen;
    const auto add = [&entries, &seen](const QString &group, const QString &action, const QString &keys) {
        if (keys.isEmpty() || action.isEmpty())
            return;
        const QString key = group + QLatin1Char('\n') + action + QLatin1Char('\n') + keys;
        if (seen.contains(key))
            return;
        seen.insert(key);
        entries.append({group, action, keys});
    };
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->isSeparator() || action->menu())
            continue;
        // "pdShortcutText" names an action whose text changes (Undo names the change it undoes).
        QString text = action->property("pdShortcutText").toString();
        if (text.isEmpty())
            text = plainText(action->text());
        if (text.isEmpty())
            text = action->toolTip();
        add(groupOfAction(action), text, keysText(action->shortcuts()));
    }
    const QList<QShortcut *> shortcuts = window->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts) {
        QString text = shortcut->property("pdShortcutText").toString();
        if (text.isEmpty())
            text = shortcut->whatsThis();
        add(groupOf(shortcut), text, keysText(shortcut->keys()));
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutsFilterEdit"));
    m_filter->setPlaceholderText(tr("Find a command or a key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setProperty("pdSearchField", true);
    layout->addWidget(m_filter);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);

    QList<Entry> entries = collect(window);
    QStringList groups;
    for (const Entry &e : entries) {
        if (!groups.contains(e.group))
            groups << e.group;
    }
    for (const QString &group : groups) {
        auto *top = new QTreeWidgetItem(m_tree, {group});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFirstColumnSpanned(true);
        top->setFlags(Qt::ItemIsEnabled);
        for (const Entry &e : entries) {
            if (e.group == group)
                new QTreeWidgetItem(top, {e.action, e.keys});
        }
        top->setExpanded(true);
    }
    m_tree->setItemsExpandable(false);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 600);
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        int shown = 0;
        for (int j = 0; j < top->childCount(); ++j) {
            QTreeWidgetItem *item = top->child(j);
            const QString haystack = item->text(0) + QLatin1Char(' ') + item->text(1) + QLatin1Char(' ') + top->text(0);
            const bool match = needle.isEmpty() || domain::searchtext::containsAllWords(haystack, needle);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        top->setHidden(shown == 0);
    }
}

} // namespace pd::views
