#include "models/planning/writeitem.h"

#include <QLocale>

namespace BatchDesk {

QString WriteItem::description() const
{
    const QString batch = batchLabel.isEmpty() ? batchId : batchLabel;
    const QString user = userName.isEmpty() ? userId : userName;
    switch (action) {
    case Action::CreateBatch:
        return tr("Create batch “%1” (%Ln cycle(s))", nullptr, static_cast<int>(numberCycles)).arg(batch);
    case Action::AddTechnician:
        return tr("Assign %1 to “%2”").arg(user, batch);
    case Action::RemoveTechnician:
        return tr("Unassign %1 from “%2”").arg(user, batch);
    case Action::DeleteBatch:
        return tr("Delete batch “%1”").arg(batch);
    }
    return {};
}

} // namespace BatchDesk
