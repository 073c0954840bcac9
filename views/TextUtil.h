#pragma once

#include <QString>

namespace pd::views {

// tr("%n partner(s)", nullptr, n) reads "partner(s)" until a translation gives the plural forms; the
// English source text is made readable here so the app never shows "(s)".
inline QString readablePlural(QString text, int n)
{
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace pd::views
