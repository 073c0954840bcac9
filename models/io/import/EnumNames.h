#pragma once

#include "Deal.h"
#include "ImportRow.h"
#include "Partner.h"
#include "TierEngine.h"

namespace pd::io::enumNames {

// What each enumeration's values are called in files: the storage key, the English name and the Russian
// names, plus the name in the interface language (so a file exported in either language reads back).
QList<EnumName<domain::LegalForm>> legalForms();
QList<EnumName<domain::Role>> roles();
QList<EnumName<domain::Tier>> tiers();
QList<EnumName<domain::OnboardingStage>> stages();
QList<EnumName<domain::PaymentModel>> paymentModels();
QList<EnumName<domain::Competence>> competences();
QList<EnumName<domain::ApplicationState>> applicationStates();
QList<EnumName<domain::DealOutcome>> outcomes();

} // namespace pd::io::enumNames
