#include "PreferencesDialog.h"

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
#include <QVBoxLayout>

namespace pd::views {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
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
    layout->addLayout(form);

    m_note = new QLabel(tr("The interface, numbers, dates and amounts follow the chosen language. "
                           "A new language takes effect when PartnerDesk starts again."),
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
    Language::setChoice(static_cast<Language::Choice>(m_language->currentData().toInt()));
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
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
        QMessageBox::warning(window, tr("Restart"),
                             tr("PartnerDesk could not start again. Close it and start it yourself to switch the language."));
        return;
    }
    window->close();
}

} // namespace pd::views
