// Fuzz target: batchdesk-cli's command line, CliRunner::parse(), which settles every usage
// error (the planning commands' options included) before any request. The input is argv
// without the program name: arguments separated by NUL bytes ("batches\0list\0--server\0...").
//
// parse() must not reach the network or the keychain: NIAGARA_TOKEN is set here, so it never
// looks for the desktop app's saved sign-in (settings, keychain), and run() is never called.
// What parse() prints (usage errors, --help, --version) goes to a null stream, so the fuzzer's
// own output stays readable; sanitizer reports still reach the real stderr (fd 2).

#include "app/cli/clirunner.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

FILE *nullStream()
{
    static FILE *const stream = std::fopen("/dev/null", "w");
    return stream;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // A token from the environment ends parse() before any settings file or keychain lookup;
    // NIAGARA_SERVER would make --server optional and hide the inputs that lack it.
    ::setenv("NIAGARA_TOKEN", "fuzz-token", 1);
    ::unsetenv("NIAGARA_SERVER");
    // --help and --version need the application's name and arguments, as in main().
    static int argc = 1;
    static char name[] = "batchdesk-cli";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("batchdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("BatchDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.0.0-fuzz"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QStringList arguments{QStringLiteral("batchdesk-cli")};
    if (size > 0) {
        const char *const text = reinterpret_cast<const char *>(data);
        std::size_t start = 0;
        for (std::size_t i = 0; i <= size; ++i) {
            if (i == size || text[i] == '\0') {
                arguments << QString::fromUtf8(text + start, static_cast<qsizetype>(i - start));
                start = i + 1;
            }
        }
    }

    // parse() writes with fwrite/printf to stdout and stderr: swap the streams, not the file
    // descriptors, so that a sanitizer report in parse() is still seen.
    FILE *const out = stdout;
    FILE *const err = stderr;
    stdout = nullStream();
    stderr = nullStream();
    BatchDesk::Cli::CliRunner runner;
    const std::optional<int> exitNow = runner.parse(arguments);
    stdout = out;
    stderr = err;

    // Either a command is ready, or parse() ended with one of the documented exit codes.
    if (exitNow && *exitNow != BatchDesk::Cli::ExitOk && *exitNow != BatchDesk::Cli::ExitUsage)
        std::abort();
    return 0;
}
