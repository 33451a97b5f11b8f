#pragma once

// Reads every page of a batch's technician relations. Shared by the service (assignment
// preview) and WriteRun (reconcile before retry).

#include "client/niagaraclient.h"

#include <functional>

namespace BatchDesk {

void listTechnicianRelations(Niagara::NiagaraClient *client, const QString &batchId, QObject *context,
                             std::function<void(Niagara::Outcome<QList<Niagara::Relation>>)> done);

} // namespace BatchDesk
