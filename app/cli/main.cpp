#include "app/cli/clirunner.h"
#include "app/pluralfallback.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("batchdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("BatchDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BATCHDESK_VERSION));

    BatchDesk::App::PluralFallbackTranslator plurals;
    QCoreApplication::installTranslator(&plurals);

    BatchDesk::Cli::CliRunner runner;
    if (const std::optional<int> exitNow = runner.parse(QCoreApplication::arguments()))
        return *exitNow;
    QObject::connect(&runner, &BatchDesk::Cli::CliRunner::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    QTimer::singleShot(0, &runner, &BatchDesk::Cli::CliRunner::run);
    return QCoreApplication::exec();
}
