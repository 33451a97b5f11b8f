#pragma once
// Texts the assign-technicians wizard's pages share (assigntechnicianswizard.cpp,
// assignpreviewpage.cpp, assigntechniciansdraft.cpp).

#include "ui/plaintext.h"
#include "ui/wizards/assigntechnicianswizard.h"

#include <QLabel>
#include <QLocale>

namespace BatchDesk::Ui::AssignWizardText {

inline QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = plainLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

inline QString firstLabels(const QList<AssignmentTarget> &targets, int shown = 4)
{
    QStringList labels;
    for (const AssignmentTarget &t : targets.mid(0, shown))
        //: A batch's label in quotes, in a list of batches.
        labels << AssignTechniciansWizard::tr("“%1”").arg(t.batchLabel.isEmpty() ? t.batchId : t.batchLabel);
    if (targets.size() > shown)
        labels << AssignTechniciansWizard::tr("%Ln more", nullptr, static_cast<int>(targets.size() - shown));
    return QLocale().createSeparatedList(labels);
}

} // namespace BatchDesk::Ui::AssignWizardText
