#pragma once

#include <QString>

class QApplication;

namespace pd::views {

// The look of PartnerDesk: the Fusion style with a restrained palette and the app's style sheet, so it
// looks the same on every desktop; light or dark as chosen in Preferences (System follows the desktop).
void applyAppearance(QApplication &app);

namespace theme {

enum class Choice
{
    System,
    Light,
    Dark
};

// The stored choice (Settings::Key::Theme) and storing a new one, which applies it at once: every open
// window repaints in the new palette, no restart needed.
Choice choice();
void setChoice(Choice choice);
QString displayName(Choice choice);
// Whether `choice` comes out dark on this desktop (System: the desktop's dark mode where the platform
// reports it; Qt before 6.5 reads the lightness of the platform's window colour).
bool isDark(Choice choice);
// Applies the palette and style sheet of `choice` to the running application.
void apply(Choice choice);

} // namespace theme
} // namespace pd::views
