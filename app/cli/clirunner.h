#pragma once

#include "app/cli/planningcommands.h"
#include "client/niagaraclient.h"
#include "models/planning/planningmonitor.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace BatchDesk {
class BatchStore;
}

namespace Niagara {
class CredentialStore;
}

namespace BatchDesk::Cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,
    ExitApiError = 3,
    ExitPartial = 4, // a bulk write where some items succeeded and others did not
};

// Parses batchdesk-cli's command line and runs one command against the server.
// parse() settles usage errors before any network traffic; run() then works asynchronously
// and emits finished(exitCode) exactly once.
//
// The bearer token: NIAGARA_TOKEN when set; otherwise the sign-in the desktop app saved for
// --server (its settings name the saved server and who signed in last there, the OS keychain
// holds the token), read asynchronously at the start of run().
class CliRunner final : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(QObject *parent = nullptr);
    ~CliRunner() override;

    // nullopt when a command is ready to run(); otherwise the exit code to end with now
    // (usage error, or 0 after --help/--version), its text already written.
    std::optional<int> parse(const QStringList &arguments);
    void run();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void runCommand();
    void readSavedSignIn();
    void listBatches();
    void getBatch();
    void deleteBatch();
    void listRelations();
    void listCycles(); // cyclelisting.cpp
    void listMyWork(); // myworklisting.cpp
    // The board's store on this client and request queue; a failed load fails the command.
    void makeStore();
    void printMyWork();
    void addRelation();
    void removeRelation();
    void planningReport();
    void fail(const Niagara::ApiError &error);
    void finish(int code);
    void writeOut(const QByteArray &data);

    enum class Command {
        None,
        BatchesList,
        BatchesGet,
        BatchesDelete,
        BatchesAssign,
        BatchesCycles,
        BatchesMine,
        PlanningReport,
        RelationsList,
        RelationsAdd,
        RelationsRemove,
        WorkOrdersSplit,
    };
    enum class Format { Table, Json, Csv };

    Command m_command = Command::None;
    Format m_format = Format::Table;
    QStringList m_args; // positional arguments after "<group> <command>"
    QString m_relation;
    QString m_entityType;
    QString m_entityId;
    QString m_direction;
    std::optional<Niagara::StatusCategory> m_status; // batches cycles --status
    QString m_userId;       // batches mine: the signed-in user
    bool m_printed = false; // batches mine: printed once (load or technicians, whichever is last)
    int m_pageSize = 100;
    QUrl m_server;
    QString m_keychainKey; // set when the token comes from the desktop app's saved sign-in

    QNetworkAccessManager m_network;
    Niagara::NiagaraClient m_client;
    RequestQueue m_requests; // the one bound for the store and the planning service
    std::unique_ptr<BatchStore> m_store;
    SplitArgs m_split;
    AssignArgs m_assign;
    std::unique_ptr<PlanningCommand> m_planning;
    std::unique_ptr<PlanningService> m_planningService; // planning report
    std::unique_ptr<PlanningMonitor> m_monitor;
    std::optional<double> m_overloadDays; // --overload-days; else the desktop app's setting
    bool m_noHistory = false;
    std::unique_ptr<Niagara::CredentialStore> m_credentials;
};

} // namespace BatchDesk::Cli
