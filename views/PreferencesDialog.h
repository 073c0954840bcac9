#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace pd::views {

// Preferences: the interface language (the system's, English or Russian), the appearance (System,
// Light, Dark) and how many daily and weekly backups are kept. A new language takes effect when PartnerDesk starts
// again, and the dialog offers to restart at once; a new appearance applies at once.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Shows the dialog; on OK stores the choice and, when the language changed, offers a restart.
    static void edit(QWidget *parent);

    // Starts PartnerDesk again on the last database and closes `window` (which saves its layout).
    static void restart(QWidget *window);

private:
    void store();

    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QSpinBox *m_dailyBackups = nullptr;
    QSpinBox *m_weeklyBackups = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace pd::views
