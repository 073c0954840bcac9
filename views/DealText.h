#pragma once

#include "Deal.h"

#include <QDateTime>
#include <QStringList>

namespace pd::views::dealText {

// "12.06.2026 09:00" in the user's locale and time zone; "—" when there is no time.
QString dateTime(const QDateTime &utc);
QString date(const QDateTime &utc);
// "Registered · Won" or "Awaiting review".
QString stateText(const domain::ApplicationState state, const domain::DealOutcome outcome);
QString contactText(const domain::Contact &c);
// Every name the deal lists' State column can show (its width is the longest one's).
QStringList stateColumnTexts();
// The products the program sells: what the registration form and the product filter offer.
QStringList knownProducts();

} // namespace pd::views::dealText
