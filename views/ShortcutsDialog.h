#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace pd::views {

// Help → Keyboard Shortcuts: every shortcut of a window, read from its actions and QShortcuts when the
// dialog opens (so the list never goes stale), grouped by the menu or page they belong to, with a filter.
// A widget's group is the "pdShortcutGroup" property of it or its nearest ancestor that has one.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry
    {
        QString group;
        QString action;
        QString keys; // in the platform's words, "Ctrl+F"; several separated by ", "
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // What the dialog lists for `window`.
    static QList<Entry> collect(const QWidget *window);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace pd::views
