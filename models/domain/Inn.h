#pragma once

#include <QString>

namespace pd::domain {

enum class LegalForm;

// The Russian taxpayer number (ИНН): 10 digits for a legal entity, 12 for a sole proprietor,
// with check digits computed by the weights of the Federal Tax Service.
namespace inn {

// Empty when the number is well formed for the legal form, otherwise what is wrong with it.
QString validate(const QString &inn, LegalForm form);
// Empty when the number is a well-formed 10- or 12-digit INN of either kind.
QString validateAny(const QString &inn);
bool isValid(const QString &inn);

// The check digits that complete a 9-digit (legal entity) or 10-digit (sole proprietor) body.
QString complete(const QString &body);

} // namespace inn
} // namespace pd::domain
