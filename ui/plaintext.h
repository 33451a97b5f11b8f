#pragma once

// Text from the server or from other users (labels, names, emails, status names, addresses,
// server messages, server names and URLs typed in) is shown as plain text, everywhere. Qt's
// default for QLabel, QMessageBox and tooltips is to guess: anything that looks like HTML is
// rendered as HTML, and rendering loads images: a batch label of `<img src="/dev/zero">` aborts
// the app, a `<span style=…>` paints whatever the sender liked.
//
// So in ui/: every QLabel is made with plainLabel() (a label that wants markup sets
// Qt::RichText itself and escapes each inserted value with toHtmlEscaped()), every tooltip
// that can hold such text goes through plainToolTip(), every message box that can through
// makePlain(). tst_hostiletext walks every label and tooltip on screen to keep it so.

#include "models/displaytext.h"

#include <QLabel>
#include <QMessageBox>

namespace BatchDesk::Ui {

// A label that shows its text literally, whatever it holds.
inline QLabel *plainLabel(QWidget *parent, const QString &text = QString())
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

// A tooltip that shows `text` literally (escaped rich text: Qt renders tooltips as HTML when
// they merely look like it). Empty stays empty. The same as the models' tooltips use.
inline QString plainToolTip(const QString &text)
{
    return DisplayText::toolTip(text);
}

// A message box whose text and informative text are shown literally.
inline void makePlain(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
}

} // namespace BatchDesk::Ui
