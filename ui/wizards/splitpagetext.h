#pragma once

// What the split wizard's pages share: labels that explain, and lists of names. Internal to
// ui/wizards/splitworkorderwizard.cpp and splitpages.cpp.

#include "models/displaytext.h"
#include "ui/plaintext.h"

#include <QLabel>
#include <QLocale>
#include <QStringList>

namespace BatchDesk::Ui::SplitPageText {

inline constexpr int kDefaultBatchSize = 25;

// Text that explains a problem: wrapped, selectable, in the palette's error colour (one that
// works on dark bases too); other notes in the placeholder colour. Hidden until it has text.
inline QLabel *messageLabel(QWidget *parent, const QString &objectName, bool problem)
{
    auto *label = plainLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (problem) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, DisplayText::errorColor(palette));
        label->setPalette(palette);
    } else {
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    label->hide();
    return label;
}

inline void showLines(QLabel *label, const QStringList &lines)
{
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
}

inline QString listOfNames(const QList<Niagara::User> &users)
{
    QStringList names;
    for (const Niagara::User &u : users)
        names << DisplayText::userName(u);
    return QLocale().createSeparatedList(names);
}

} // namespace BatchDesk::Ui::SplitPageText
