#include "Inn.h"

#include "Partner.h"

#include <QCoreApplication>

#include <array>

namespace pd::domain::inn {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pd::domain::Inn)
};

constexpr std::array<int, 9> kWeights10{2, 4, 10, 3, 5, 9, 4, 6, 8};
constexpr std::array<int, 10> kWeights11{7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
constexpr std::array<int, 11> kWeights12{3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

template <std::size_t N>
int checkDigit(const QString &digits, const std::array<int, N> &weights)
{
    int sum = 0;
    for (std::size_t i = 0; i < N; ++i)
        sum += digits.at(static_cast<qsizetype>(i)).digitValue() * weights[i];
    return sum % 11 % 10;
}

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

QString checksumError(const QString &inn)
{
    if (inn.size() == 10) {
        if (checkDigit(inn, kWeights10) != inn.at(9).digitValue())
            return Tr::tr("INN %1 has a wrong check digit: it is not a valid taxpayer number.").arg(inn);
        return {};
    }
    if (checkDigit(inn, kWeights11) != inn.at(10).digitValue()
        || checkDigit(inn, kWeights12) != inn.at(11).digitValue())
        return Tr::tr("INN %1 has wrong check digits: it is not a valid taxpayer number.").arg(inn);
    return {};
}

} // namespace

QString validateAny(const QString &inn)
{
    if (inn.isEmpty())
        return Tr::tr("INN is required.");
    if (!allDigits(inn))
        return Tr::tr("INN may contain digits only.");
    if (inn.size() != 10 && inn.size() != 12)
        return Tr::tr("INN must have 10 digits (legal entity) or 12 digits (sole proprietor); this one has %1.")
            .arg(inn.size());
    return checksumError(inn);
}

QString validate(const QString &inn, LegalForm form)
{
    if (inn.isEmpty())
        return Tr::tr("INN is required.");
    if (!allDigits(inn))
        return Tr::tr("INN may contain digits only.");
    const int expected = form == LegalForm::SoleProprietor ? 12 : 10;
    if (inn.size() != expected) {
        return form == LegalForm::SoleProprietor
                   ? Tr::tr("The INN of a sole proprietor has 12 digits; this one has %1.").arg(inn.size())
                   : Tr::tr("The INN of a legal entity has 10 digits; this one has %1.").arg(inn.size());
    }
    return checksumError(inn);
}

bool isValid(const QString &inn)
{
    return validateAny(inn).isEmpty();
}

QString complete(const QString &body)
{
    if (!allDigits(body))
        return {};
    if (body.size() == 9) {
        QString inn = body + QLatin1Char('0');
        inn[9] = QChar(u'0' + checkDigit(inn, kWeights10));
        return inn;
    }
    if (body.size() == 10) {
        QString inn = body + QStringLiteral("00");
        inn[10] = QChar(u'0' + checkDigit(inn, kWeights11));
        inn[11] = QChar(u'0' + checkDigit(inn, kWeights12));
        return inn;
    }
    return {};
}

} // namespace pd::domain::inn
