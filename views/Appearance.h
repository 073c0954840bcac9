#pragma once

class QApplication;

namespace pd::views {

// The look of PartnerDesk: the Fusion style with a restrained light palette and the app's style sheet,
// so it looks the same on every desktop.
void applyAppearance(QApplication &app);

} // namespace pd::views
