#include "app/cli/clirunner.h"
#include "app/i18n/translations.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("batchdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("BatchDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCHDESK_VERSION));

    // A command-line tool speaks the language of its environment (LANGUAGE, LC_ALL, LANG);
    // the desktop app's own choice is for the desktop app.
    BatchDesk::App::Translations translations;
    translations.restore();

    BatchDesk::Cli::CliRunner runner;
    if (const std::optional<int> exitNow = runner.parse(QCoreApplication::arguments()))
        return *exitNow;
    QObject::connect(&runner, &BatchDesk::Cli::CliRunner::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    QTimer::singleShot(0, &runner, &BatchDesk::Cli::CliRunner::run);
    return QCoreApplication::exec();
}
