#pragma once

// Answers the message box a window opened (window-modal, open() rather than exec()): waits for
// it, checks what it says, and clicks the button whose text (without the & of its shortcut)
// is `choice`. False when no such box or button appeared.

#include <QAbstractButton>
#include <QMessageBox>
#include <QTest>
#include <QWidget>

namespace TestSupport {

inline bool answerMessageBox(QWidget &owner, const QString &choice, const QString &expectedText = QString())
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = owner.findChild<QMessageBox *>()) != nullptr && box->isVisible(); }, 5000))
        return false;
    if (!expectedText.isEmpty() && !box->text().contains(expectedText))
        return false;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().remove(QLatin1Char('&')) == choice) {
            button->click();
            return true;
        }
    }
    return false;
}

} // namespace TestSupport
