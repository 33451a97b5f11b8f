#include "app/cli/clirunner.h"

#include "app/appidentity.h"
#include "app/cli/batchlisting.h"
#include "app/cli/planningreport.h"
#include "client/auth/credentialstore.h"
#include "client/pagewalk.h"
#include "models/batchproxies.h"
#include "models/batchstore.h"
#include "models/batchtreemodel.h"
#include "models/session/session.h"

#include <nlohmann/json.hpp>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSettings>

#include <cstdio>

namespace BatchDesk::Cli {

using namespace Niagara;

namespace {

// Every message (usage errors, the server's words inside an ApiError's message, skipped
// items) reaches the terminal through terminalLines(): no control character gets through.
void writeErr(const QString &text)
{
    const QByteArray bytes = terminalLines(text).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

nlohmann::ordered_json relationJson(const Relation &r)
{
    nlohmann::ordered_json j;
    j["relation_id"] = r.id.toStdString();
    j["relation"] = r.relation.toStdString();
    j["label"] = r.label.toStdString();
    j["direction"] = r.direction.toStdString();
    if (r.entity) {
        j["entity"] = {{"entity_type", r.entity->type.toStdString()},
                       {"entity_id", r.entity->id.toStdString()},
                       {"label", r.entity->label.toStdString()}};
    } else {
        j["entity"] = nullptr;
    }
    return j;
}

nlohmann::ordered_json batchJson(const Batch &b)
{
    nlohmann::ordered_json j;
    j["batch_id"] = b.id.toStdString();
    j["label"] = b.label.toStdString();
    j["queue_id"] = b.queue.id.toStdString();
    j["queue"] = b.queue.label.toStdString();
    j["work_order_id"] = b.workOrder.id.toStdString();
    j["work_order"] = b.workOrder.label.toStdString();
    j["order"] = b.order.isNumber() ? nlohmann::ordered_json(b.order.number())
                                    : nlohmann::ordered_json(b.order.toString().toStdString());
    j["number_cycles"] = b.numberCycles;
    j["current_status"] = b.currentStatus ? nlohmann::ordered_json(b.currentStatus->label.toStdString())
                                          : nlohmann::ordered_json(nullptr);
    nlohmann::ordered_json cycles;
    for (StatusCategory c : kAllStatusCategories)
        cycles[std::string(categoryCountKey(c))] = b.cycles[c];
    j["cycles"] = cycles;
    j["due_date"] = b.workOrder.dueDate.isValid()
                        ? nlohmann::ordered_json(b.workOrder.dueDate.toString(Qt::ISODateWithMs).toStdString())
                        : nlohmann::ordered_json(nullptr);
    return j;
}

} // namespace

CliRunner::CliRunner(QObject *parent)
    : QObject(parent)
    , m_client(&m_network)
{
}

CliRunner::~CliRunner() = default;

std::optional<int> CliRunner::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Command-line access to Niagara batches.\n\n"
        "Commands:\n"
        "  batches list                       every batch, grouped by queue and work order\n"
        "  batches get BATCH_ID               one batch\n"
        "  batches delete BATCH_ID            delete a batch\n"
        "  batches mine                       your batches in the order to work them: blocked, in progress,\n"
        "                                     next, done today\n"
        "  batches cycles BATCH_ID [--status CATEGORY]\n"
        "                                     a batch's units (cycles), optionally of one status category\n"
        "  batches assign --batch ID... --technician USER_ID... [--replace]\n"
        "                                     add (or replace) technicians on batches\n"
        "  workorders split --work-order ID --queue ID (--batch-size N | --batches N)\n"
        "                   [--remainder last|spread] [--technician USER_ID...] [--round-robin]\n"
        "                   [--label PATTERN] [--cycles N [--allow-over-split]] [--individually] [--dry-run]\n"
        "                                     split a work order's remaining cycles into batches\n"
        "  relations list BATCH_ID            a batch's relations (filters: --entity-type, --relation, --direction)\n"
        "  relations add BATCH_ID             relate an entity (--relation, --entity-type, --entity-id)\n"
        "  relations remove BATCH_ID RELATION_ID\n"
        "  planning report [--overload-days N] [--no-history]\n"
        "                                     the planning desk's queues, work orders and technicians:\n"
        "                                     pace, backlog, projected finish, risk, load\n\n"
        "The bearer token is read from the NIAGARA_TOKEN environment variable; without it, from the sign-in\n"
        "the BatchDesk desktop app saved for --server in the system keychain.\n"
        "Exit codes: 0 success, 2 usage error, 3 API error, 4 partial failure (some items failed)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          tr("Base URL of the Niagara API (default: $NIAGARA_SERVER)."), tr("url"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: table, json or csv."),
                                          tr("format"), QStringLiteral("table"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"), tr("Batches per request, 1-100."), tr("n"),
                                            QStringLiteral("100"));
    const QCommandLineOption relationOption(QStringLiteral("relation"), tr("Relation type, e.g. technician."),
                                            tr("type"));
    const QCommandLineOption entityTypeOption(QStringLiteral("entity-type"), tr("Entity type, e.g. USER."), tr("type"));
    const QCommandLineOption entityIdOption(QStringLiteral("entity-id"), tr("Entity id."), tr("id"));
    const QCommandLineOption directionOption(QStringLiteral("direction"), tr("INWARD or OUTWARD."), tr("direction"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        tr("A status category: PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED or CANCELLED."), tr("category"));
    // Planning (workorders split, batches assign).
    const QCommandLineOption workOrderOption(QStringLiteral("work-order"), tr("Work order id."), tr("id"));
    const QCommandLineOption queueOption(QStringLiteral("queue"), tr("Queue id for the new batches."), tr("id"));
    const QCommandLineOption batchSizeOption(QStringLiteral("batch-size"), tr("Cycles per batch."), tr("n"));
    const QCommandLineOption batchCountOption(QStringLiteral("batches"), tr("Number of batches."), tr("n"));
    const QCommandLineOption remainderOption(QStringLiteral("remainder"),
                                             tr("last: the last batch is smaller; spread: sizes differ by at most one."),
                                             tr("policy"), QStringLiteral("last"));
    const QCommandLineOption technicianOption(QStringLiteral("technician"), tr("Technician user id (repeatable)."),
                                              tr("user_id"));
    const QCommandLineOption roundRobinOption(QStringLiteral("round-robin"),
                                              tr("One technician per batch in turn, instead of all on every batch."));
    const QCommandLineOption labelOption(QStringLiteral("label"),
                                         tr("Label pattern: {work_order} {queue} {n} {total} {size}."), tr("pattern"));
    const QCommandLineOption cyclesOption(QStringLiteral("cycles"),
                                          tr("Cycles to split (default: all the work order still needs)."), tr("n"));
    const QCommandLineOption overSplitOption(QStringLiteral("allow-over-split"),
                                             tr("Allow splitting more cycles than the work order still needs."));
    const QCommandLineOption individuallyOption(QStringLiteral("individually"),
                                                tr("One POST per batch (applies labels and queue order) instead of "
                                                   "one PATCH per batch size."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Print the plan and its requests; send nothing."));
    const QCommandLineOption batchOption(QStringLiteral("batch"), tr("Batch id (repeatable)."), tr("id"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
                                           tr("Make the given technicians the batches' only ones."));
    const QCommandLineOption overloadOption(QStringLiteral("overload-days"),
                                           tr("planning report: a technician is overloaded above this many days of "
                                              "work (default: the desktop app's setting, else 5)."),
                                           tr("days"));
    const QCommandLineOption noHistoryOption(QStringLiteral("no-history"),
                                             tr("planning report: neither read nor add to the completion history."));
    parser.addOptions({overloadOption, noHistoryOption, statusOption});
    parser.addOptions({serverOption, formatOption, pageSizeOption, relationOption, entityTypeOption, entityIdOption,
                       directionOption, workOrderOption, queueOption, batchSizeOption, batchCountOption,
                       remainderOption, technicianOption, roundRobinOption, labelOption, cyclesOption,
                       overSplitOption, individuallyOption, dryRunOption, batchOption, replaceOption});
    parser.addPositionalArgument(QStringLiteral("group"), tr("batches, relations or workorders"));
    parser.addPositionalArgument(QStringLiteral("command"), tr("list, get, delete, assign, add, remove or split"));

    if (!parser.parse(arguments)) {
        writeErr(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        const QByteArray help = parser.helpText().toUtf8();
        std::fwrite(help.constData(), 1, static_cast<std::size_t>(help.size()), stdout);
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return ExitOk;
    }

    auto usage = [](const QString &why) -> std::optional<int> {
        writeErr(why);
        writeErr(tr("Run with --help for usage."));
        return ExitUsage;
    };

    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usage(tr("Missing command: expected e.g. \"batches list\"."));
    const QString group = positional.at(0);
    const QString command = positional.at(1);
    m_args = positional.mid(2);

    struct Known
    {
        const char *group;
        const char *command;
        Command value;
        int args;
    };
    static const Known known[] = {
        {"batches", "list", Command::BatchesList, 0},       {"batches", "get", Command::BatchesGet, 1},
        {"batches", "delete", Command::BatchesDelete, 1},   {"relations", "list", Command::RelationsList, 1},
        {"relations", "add", Command::RelationsAdd, 1},     {"relations", "remove", Command::RelationsRemove, 2},
        {"batches", "assign", Command::BatchesAssign, 0},   {"workorders", "split", Command::WorkOrdersSplit, 0},
        {"planning", "report", Command::PlanningReport, 0}, {"batches", "cycles", Command::BatchesCycles, 1},
        {"batches", "mine", Command::BatchesMine, 0},
    };
    for (const Known &k : known) {
        if (group == QLatin1String(k.group) && command == QLatin1String(k.command)) {
            m_command = k.value;
            if (m_args.size() != k.args)
                return usage(tr("\"%1 %2\" takes %Ln argument(s).", nullptr, k.args).arg(group, command));
        }
    }
    if (m_command == Command::None)
        return usage(tr("Unknown command \"%1 %2\".").arg(group, command));

    const QString format = parser.value(formatOption);
    if (format == QLatin1String("table"))
        m_format = Format::Table;
    else if (format == QLatin1String("json"))
        m_format = Format::Json;
    else if (format == QLatin1String("csv"))
        m_format = Format::Csv;
    else
        return usage(tr("Unknown format \"%1\": use table, json or csv.").arg(format));

    bool pageSizeOk = false;
    m_pageSize = parser.value(pageSizeOption).toInt(&pageSizeOk);
    if (!pageSizeOk || m_pageSize < 1 || m_pageSize > 100)
        return usage(tr("--page-size must be a whole number from 1 to 100."));

    m_relation = parser.value(relationOption);
    m_entityType = parser.value(entityTypeOption);
    m_entityId = parser.value(entityIdOption);
    m_direction = parser.value(directionOption).toUpper();
    if (!m_direction.isEmpty() && m_direction != QLatin1String("INWARD") && m_direction != QLatin1String("OUTWARD"))
        return usage(tr("--direction must be INWARD or OUTWARD."));
    if (parser.isSet(statusOption)) {
        const QByteArray wire = parser.value(statusOption).toUpper().toLatin1();
        m_status = Niagara::categoryFromWireName(std::string_view(wire.constData(), static_cast<std::size_t>(wire.size())));
        if (!m_status)
            return usage(tr("--status must be PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED or CANCELLED."));
    }
    if (m_command == Command::RelationsAdd && (m_relation.isEmpty() || m_entityType.isEmpty() || m_entityId.isEmpty()))
        return usage(tr("\"relations add\" needs --relation, --entity-type and --entity-id."));

    const auto positiveNumber = [&parser](const QCommandLineOption &option) -> std::optional<qint64> {
        bool ok = false;
        const qint64 n = parser.value(option).toLongLong(&ok);
        return ok && n >= 1 ? std::optional<qint64>(n) : std::nullopt;
    };
    if (m_command == Command::WorkOrdersSplit) {
        m_split.workOrderId = parser.value(workOrderOption);
        m_split.queueId = parser.value(queueOption);
        if (m_split.workOrderId.isEmpty() || m_split.queueId.isEmpty())
            return usage(tr("\"workorders split\" needs --work-order and --queue."));
        if (parser.isSet(batchSizeOption) == parser.isSet(batchCountOption))
            return usage(tr("Give exactly one of --batch-size and --batches."));
        const QCommandLineOption &sizing = parser.isSet(batchSizeOption) ? batchSizeOption : batchCountOption;
        const std::optional<qint64> value = positiveNumber(sizing);
        if (!value)
            return usage(tr("--%1 must be a whole number of at least 1.").arg(sizing.names().constFirst()));
        m_split.sizing = parser.isSet(batchSizeOption) ? SizingMode::BatchSize : SizingMode::BatchCount;
        m_split.sizingValue = *value;
        const QString remainder = parser.value(remainderOption);
        if (remainder == QLatin1String("last"))
            m_split.remainder = RemainderPolicy::LastSmaller;
        else if (remainder == QLatin1String("spread"))
            m_split.remainder = RemainderPolicy::SpreadEvenly;
        else
            return usage(tr("--remainder must be last or spread."));
        if (parser.isSet(cyclesOption)) {
            m_split.cyclesToSplit = positiveNumber(cyclesOption);
            if (!m_split.cyclesToSplit)
                return usage(tr("--cycles must be a whole number of at least 1."));
        }
        m_split.allowOverSplit = parser.isSet(overSplitOption);
        m_split.technicianIds = parser.values(technicianOption);
        m_split.technicianMode = parser.isSet(roundRobinOption) ? TechnicianMode::RoundRobin : TechnicianMode::AllBatches;
        m_split.labelPattern = parser.value(labelOption);
        m_split.creation = parser.isSet(individuallyOption) ? CreationMode::Individual : CreationMode::Bulk;
        m_split.dryRun = parser.isSet(dryRunOption);
    }
    if (m_command == Command::BatchesAssign) {
        m_assign.batchIds = parser.values(batchOption);
        m_assign.technicianIds = parser.values(technicianOption);
        if (m_assign.batchIds.isEmpty() || m_assign.technicianIds.isEmpty())
            return usage(tr("\"batches assign\" needs at least one --batch and one --technician."));
        m_assign.batchIds.removeDuplicates();
        m_assign.mode = parser.isSet(replaceOption) ? AssignMode::Replace : AssignMode::Add;
    }
    if (parser.isSet(overloadOption)) {
        bool ok = false;
        const double days = parser.value(overloadOption).toDouble(&ok);
        if (!ok || !(days > 0) || days > 3650)
            return usage(tr("--overload-days takes a number of days above 0."));
        m_overloadDays = days;
    }
    m_noHistory = parser.isSet(noHistoryOption);
    if ((m_command == Command::WorkOrdersSplit || m_command == Command::BatchesAssign) && m_format == Format::Csv)
        return usage(tr("Planning commands print a table or json (--format table|json)."));

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString server = parser.isSet(serverOption) ? parser.value(serverOption)
                                                      : env.value(QStringLiteral("NIAGARA_SERVER"));
    QUrl url = QUrl::fromUserInput(server);
    // "https://host/" and "https://host" are the same server (and the same saved profile).
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    if (server.isEmpty() || !url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return usage(tr("Give the server's base URL with --server (http or https)."));
    // The same rule as the desktop app: no token travels unencrypted to another machine.
    if (const std::optional<QString> refused = Niagara::TransportPolicy::check(url)) {
        writeErr(*refused);
        return ExitUsage;
    }
    m_server = url;
    m_client.setBaseUrl(url);

    // NIAGARA_TOKEN first; otherwise the desktop app's saved sign-in for this server.
    const QString token = env.value(QStringLiteral("NIAGARA_TOKEN"));
    if (!token.isEmpty()) {
        m_client.setBearerToken(token);
        return std::nullopt;
    }
    QSettings settings(QString::fromLatin1(App::kOrganizationName), QString::fromLatin1(App::kSettingsApplicationName));
    const ServerDirectory directory(&settings);
    const std::optional<ServerProfile> profile = directory.profileForUrl(url);
    const QString user = profile ? directory.lastUser(profile->id) : QString();
    if (!profile || user.isEmpty()) {
        writeErr(tr("No saved sign-in for %1. Sign in to this server in BatchDesk (Connection…), or set "
                    "NIAGARA_TOKEN to a bearer token.")
                     .arg(url.toDisplayString()));
        return ExitUsage;
    }
    m_keychainKey = CredentialStore::entryKey(profile->id, user);
    return std::nullopt;
}

void CliRunner::run()
{
    if (!m_keychainKey.isEmpty() && !m_client.hasToken()) {
        readSavedSignIn();
        return;
    }
    runCommand();
}

void CliRunner::readSavedSignIn()
{
    m_credentials = std::make_unique<CredentialStore>();
    m_credentials->read(m_keychainKey, this, [this](const CredentialStore::Result &result) {
        const QString server = m_server.toDisplayString();
        switch (result.status) {
        case CredentialStore::Status::Unavailable:
            // The keychain's own words are in result.message; never a token.
            writeErr(tr("The saved sign-in for %1 could not be read: %2 Set NIAGARA_TOKEN instead.")
                         .arg(server, result.message));
            finish(ExitUsage);
            return;
        case CredentialStore::Status::NotFound:
            writeErr(tr("No saved sign-in for %1 in the keychain. Sign in to this server in BatchDesk (Connection…), "
                        "or set NIAGARA_TOKEN to a bearer token.")
                         .arg(server));
            finish(ExitUsage);
            return;
        case CredentialStore::Status::Ok: break;
        }
        const Credentials &saved = *result.credentials;
        if (saved.expiresAt.isValid() && saved.expiresAt <= QDateTime::currentDateTimeUtc()) {
            // Renewing here would rotate the refresh token under a running BatchDesk; the app
            // renews it itself when it next runs.
            writeErr(tr("The saved sign-in for %1 has expired. Open BatchDesk on this server to renew it, or set "
                        "NIAGARA_TOKEN.")
                         .arg(server));
            finish(ExitUsage);
            return;
        }
        m_client.setBearerToken(saved.accessToken);
        runCommand();
    });
}

void CliRunner::runCommand()
{
    switch (m_command) {
    case Command::BatchesList: listBatches(); break;
    case Command::BatchesGet: getBatch(); break;
    case Command::BatchesDelete: deleteBatch(); break;
    case Command::RelationsList: listRelations(); break;
    case Command::BatchesCycles: listCycles(); break;
    case Command::BatchesMine: listMyWork(); break;
    case Command::RelationsAdd: addRelation(); break;
    case Command::RelationsRemove: removeRelation(); break;
    case Command::WorkOrdersSplit:
    case Command::BatchesAssign:
        m_planning = std::make_unique<PlanningCommand>(&m_client, &m_requests, m_format == Format::Json);
        connect(m_planning.get(), &PlanningCommand::finished, this, &CliRunner::finish);
        if (m_command == Command::WorkOrdersSplit)
            m_planning->split(m_split);
        else
            m_planning->assign(m_assign);
        break;
    case Command::PlanningReport: planningReport(); break;
    case Command::None: finish(ExitUsage); break;
    }
}

void CliRunner::planningReport()
{
    // The desk's own pieces: the store the board loads, the planning service's reads, the
    // monitor that records the history and computes the figures.
    makeStore();
    m_planningService = std::make_unique<PlanningService>(&m_client);
    m_planningService->setRequestQueue(&m_requests);
    m_monitor = std::make_unique<PlanningMonitor>(m_store.get(), m_planningService.get());
    QSettings settings(QString::fromLatin1(App::kOrganizationName), QString::fromLatin1(App::kSettingsApplicationName));
    m_monitor->setOverloadThreshold(m_overloadDays.value_or(
        settings.value(QLatin1String(PlanningMonitor::kOverloadThresholdKey), PlanningMonitor::kDefaultOverloadThresholdDays).toDouble()));
    if (!m_noHistory) {
        // The desktop app's history for this server: keyed by its saved profile, else the URL.
        const ServerDirectory directory(&settings);
        const std::optional<ServerProfile> profile = directory.profileForUrl(m_server);
        m_monitor->setHistoryPath(CompletionHistory::defaultPath(
            App::dataDir(), profile ? profile->id : m_server.toString(QUrl::FullyEncoded)));
    }
    connect(m_store.get(), &BatchStore::loadFinished, this, [this] {
        // Technicians first when the server does not embed them (seed revision).
        if (m_store->pendingTechnicianFetches() > 0)
            return;
        m_monitor->refresh();
    });
    connect(m_store.get(), &BatchStore::techniciansLoaded, this, [this] {
        if (!m_monitor->isBusy() && !m_monitor->hasFigures())
            m_monitor->refresh();
    });
    connect(m_monitor.get(), &PlanningMonitor::problem, this, [](const QString &message) { writeErr(message); });
    connect(m_monitor.get(), &PlanningMonitor::figuresChanged, this, [this] {
        const PlanningReport report(m_monitor->figures());
        switch (m_format) {
        case Format::Json: writeOut(report.toJson()); break;
        case Format::Csv: writeOut(report.toCsv()); break;
        case Format::Table: writeOut(report.toTable()); break;
        }
        if (!m_monitor->metricsNote().isEmpty())
            writeErr(m_monitor->metricsNote());
        finish(ExitOk);
    });
    m_store->reload();
}

void CliRunner::makeStore()
{
    m_store = std::make_unique<BatchStore>();
    m_store->setClient(&m_client);
    m_store->setRequestQueue(&m_requests);
    m_store->setPageSize(m_pageSize);
    connect(m_store.get(), &BatchStore::loadFailed, this, &CliRunner::fail);
}

void CliRunner::listBatches()
{
    // The same store, tree and sort the board uses, so the listing groups exactly as the GUI.
    makeStore();
    connect(m_store.get(), &BatchStore::loadFinished, this, [this] {
        BatchTreeModel tree(m_store.get());
        BatchSortProxy sorted;
        sorted.setSortBy(BatchSortProxy::SortBy::Order);
        sorted.setSourceModel(&tree);
        const BatchListing listing(*m_store, sorted);
        switch (m_format) {
        case Format::Json: writeOut(listing.toJson()); break;
        case Format::Csv: writeOut(listing.toCsv()); break;
        case Format::Table: writeOut(listing.toTable()); break;
        }
        for (const DecodeIssue &issue : m_store->skipped())
            writeErr(tr("Skipped batch %1 (%2): %3").arg(issue.index).arg(issue.path, issue.message));
        finish(ExitOk);
    });
    m_store->reload();
}

void CliRunner::getBatch()
{
    m_client.getBatch(m_args.at(0), this, [this](Outcome<Batch> outcome) {
        if (!outcome.ok())
            return fail(outcome.error);
        const nlohmann::ordered_json j = batchJson(*outcome.value);
        if (m_format == Format::Json) {
            writeOut(QByteArray::fromStdString(j.dump(2)) + '\n');
        } else if (m_format == Format::Csv) {
            // A header and one record; the cycle counts get a column each, as in "batches list".
            QList<CsvCell> header;
            QList<CsvCell> record;
            const auto add = [&header, &record](const std::string &key, const nlohmann::ordered_json &value) {
                header << QString::fromStdString(key);
                if (value.is_string())
                    record << QString::fromStdString(value.get<std::string>());
                else if (value.is_number())
                    record << CsvCell(QString::fromStdString(value.dump()), CsvKind::Number);
                else
                    record << (value.is_null() ? QString() : QString::fromStdString(value.dump()));
            };
            for (const auto &[key, value] : j.items()) {
                if (value.is_object()) {
                    for (const auto &[innerKey, innerValue] : value.items())
                        add(innerKey, innerValue);
                } else {
                    add(key, value);
                }
            }
            writeOut(csvRecord(header) + csvRecord(record));
        } else {
            QByteArray text;
            for (const auto &[key, value] : j.items())
                text += QString::fromStdString(key).toUtf8() + ": "
                        + terminalText(QString::fromStdString(value.is_string() ? value.get<std::string>() : value.dump()))
                              .toUtf8()
                        + '\n';
            writeOut(text);
        }
        finish(ExitOk);
    });
}

void CliRunner::deleteBatch()
{
    const QString id = m_args.at(0);
    m_client.deleteBatch(id, this, [this, id](Outcome<Done> outcome) {
        if (!outcome.ok())
            return fail(outcome.error);
        writeOut(terminalText(tr("Deleted batch %1.").arg(id)).toUtf8() + '\n');
        finish(ExitOk);
    });
}

void CliRunner::listRelations()
{
    RelationFilter filter{m_entityType, m_relation, m_direction};
    const int pageSize = m_pageSize;
    PageFetch<Relation> fetch = [this, filter, pageSize](const PageRequest &page, QObject *ctx, auto cb) {
        PageRequest request = page;
        request.limit = pageSize;
        return m_client.listRelations(m_args.at(0), filter, request, ctx, std::move(cb));
    };
    collectAllPages<Relation>(Operation::ListRelations, fetch, this, [this](Outcome<QList<Relation>> all) {
        if (!all.ok())
            return fail(all.error);
        if (m_format == Format::Json) {
            nlohmann::ordered_json arr = nlohmann::ordered_json::array();
            for (const Relation &r : std::as_const(*all.value))
                arr.push_back(relationJson(r));
            writeOut(QByteArray::fromStdString(arr.dump(2)) + '\n');
        } else {
            QByteArray text = m_format == Format::Csv
                                  ? csvRecord({QStringLiteral("relation_id"), QStringLiteral("relation"),
                                               QStringLiteral("direction"), QStringLiteral("entity_type"),
                                               QStringLiteral("entity_id"), QStringLiteral("label")})
                                  : QByteArray();
            for (const Relation &r : std::as_const(*all.value)) {
                const QStringList fields{r.id, r.relation, r.direction, r.entity ? r.entity->type : QString(),
                                         r.entity ? r.entity->id : QString(),
                                         r.entity ? r.entity->label : r.label};
                text += fieldRecord(fields, m_format == Format::Csv);
            }
            writeOut(text);
        }
        finish(ExitOk);
    });
}

void CliRunner::addRelation()
{
    const NewRelation relation{m_relation, m_entityType, m_entityId};
    m_client.createRelation(m_args.at(0), relation, this, [this](Outcome<Relation> outcome) {
        if (!outcome.ok())
            return fail(outcome.error);
        if (m_format == Format::Json)
            writeOut(QByteArray::fromStdString(relationJson(*outcome.value).dump(2)) + '\n');
        else
            writeOut(terminalText(tr("Created relation %1.").arg(outcome.value->id)).toUtf8() + '\n');
        finish(ExitOk);
    });
}

void CliRunner::removeRelation()
{
    const QString relationId = m_args.at(1);
    m_client.deleteRelation(m_args.at(0), relationId, this, [this, relationId](Outcome<Done> outcome) {
        if (!outcome.ok())
            return fail(outcome.error);
        writeOut(terminalText(tr("Removed relation %1.").arg(relationId)).toUtf8() + '\n');
        finish(ExitOk);
    });
}

void CliRunner::fail(const ApiError &error)
{
    writeErr(error.message());
    finish(ExitApiError);
}

void CliRunner::finish(int code)
{
    Q_EMIT finished(code);
}

void CliRunner::writeOut(const QByteArray &data)
{
    std::fwrite(data.constData(), 1, static_cast<std::size_t>(data.size()), stdout);
    std::fflush(stdout);
}

} // namespace BatchDesk::Cli
