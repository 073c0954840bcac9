#include "Command.h"

#include "CliContext.h"

namespace pd::cli {

std::optional<qint64> Command::integerOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                             qint64 min, qint64 max, CliContext &context) const
{
    const QString text = parser.isSet(option) ? parser.value(option) : option.defaultValues().value(0);
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (ok && value >= min && value <= max)
        return value;
    context.usageError(tr("--%1 needs a whole number from %2 to %3; got '%4'.")
                           .arg(option.names().constLast())
                           .arg(min)
                           .arg(max)
                           .arg(text),
                       name());
    return std::nullopt;
}

} // namespace pd::cli
