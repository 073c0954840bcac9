#include "PreferencesDialog.h"

#include "Appearance.h"
#include "Backups.h"
#include "Language.h"
#include "Settings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pd::views {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);

    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (Language::Choice choice : {Language::Choice::System, Language::Choice::English, Language::Choice::Russian})
        m_language->addItem(Language::displayName(choice), static_cast<int>(choice));
    m_language->setCurrentIndex(m_language->findData(static_cast<int>(Language::choice())));
    form->addRow(tr("&Language:"), m_language);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    for (theme::Choice choice : {theme::Choice::System, theme::Choice::Light, theme::Choice::Dark})
        m_theme->addItem(theme::displayName(choice), static_cast<int>(choice));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(theme::choice())));
    m_theme->setToolTip(tr("System follows the dark mode of your desktop where it tells PartnerDesk."));
    form->addRow(tr("&Appearance:"), m_theme);
    const storage::backups::Policy backups = storage::backups::Policy::fromSettings();
    m_dailyBackups = new QSpinBox(this);
    m_dailyBackups->setObjectName(QStringLiteral("dailyBackupsSpin"));
    m_dailyBackups->setRange(1, 365);
    m_dailyBackups->setValue(backups.daily);
    m_dailyBackups->setToolTip(tr("The newest backup of each of this many days is kept."));
    form->addRow(tr("&Daily backups kept:"), m_dailyBackups);
    m_weeklyBackups = new QSpinBox(this);
    m_weeklyBackups->setObjectName(QStringLiteral("weeklyBackupsSpin"));
    m_weeklyBackups->setRange(0, 520);
    m_weeklyBackups->setValue(backups.weekly);
    m_weeklyBackups->setToolTip(tr("Then the newest backup of each of this many weeks before those."));
    form->addRow(tr("&Weekly backups kept:"), m_weeklyBackups);
    layout->addLayout(form);

    m_note = new QLabel(tr("The interface, numbers, dates and amounts follow the chosen language. "
                           "A new language takes effect when PartnerDesk starts again; a new appearance at once."),
                        this);
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    m_note->setMinimumWidth(380);
    layout->addWidget(m_note);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setProperty("primary", true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        store();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::store()
{
    storage::backups::Policy{m_dailyBackups->value(), m_weeklyBackups->value()}.save();
    Language::setChoice(static_cast<Language::Choice>(m_language->currentData().toInt()));
    const auto chosenTheme = static_cast<theme::Choice>(m_theme->currentData().toInt());
    if (chosenTheme != theme::choice())
        theme::setChoice(chosenTheme); // applies at once
}

void PreferencesDialog::edit(QWidget *parent)
{
    const Language::Choice before = Language::choice();
    PreferencesDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted || Language::choice() == before)
        return;
    if (Language::locale(Language::choice()).language() == Language::locale(before).language())
        return; // e.g. "System" on an English system and "English": nothing changes on screen

    QMessageBox box(QMessageBox::Question, tr("Language Changed"),
                    tr("PartnerDesk speaks the new language after a restart. Restart now?"), QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("restartQuestion"));
    QPushButton *now = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() == now && parent)
        restart(parent->window());
}

void PreferencesDialog::restart(QWidget *window)
{
    QStringList arguments;
    const QString last = Settings::value(Settings::Key::LastDatabase).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        arguments << QStringLiteral("--db") << last;
    // Closed first: the window may ask about unsent changes, and a Cancel there must not leave two
    // PartnerDesks on the same file.
    if (!window->close())
        return;
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        QMessageBox::warning(nullptr, tr("Restart"),
                             tr("PartnerDesk could not start again. Start it yourself to switch the language."));
}

} // namespace pd::views
