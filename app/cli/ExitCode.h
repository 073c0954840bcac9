#pragma once

namespace pd::cli {

// The exit codes of every partnerdesk-cli command, as --help lists them.
enum ExitCode : int
{
    Success = 0,
    DataError = 1,  // the data or the user's file is wrong: stderr says what and where
    UsageError = 2, // the command line is wrong: unknown command or option, bad value
};

} // namespace pd::cli
