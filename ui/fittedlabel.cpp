#include "ui/fittedlabel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>

namespace BatchDesk::Ui {

namespace {

// The text a fitted label was given, without the break chances.
constexpr char kValueProperty[] = "batchdesk_value";
constexpr QChar kBreakChance(0x200B);

// Copying from a fitted label copies what the user sees, not the break chances in it: a
// serial pasted into a search or a ticket must match. QLabel copies its text as it holds it,
// so Ctrl+C and the context menu's Copy are answered here.
class CopyWithoutBreaks final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *label = qobject_cast<QLabel *>(watched);
        if (label == nullptr)
            return false;
        switch (event->type()) {
        case QEvent::ShortcutOverride:
        case QEvent::KeyPress:
            if (static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy) && label->hasSelectedText()) {
                event->accept();
                if (event->type() == QEvent::KeyPress)
                    copy(label);
                return true;
            }
            return false;
        case QEvent::ContextMenu: {
            // The pane's words: fitted labels live in the detail pane.
            QMenu menu(label);
            QAction *copyAction = menu.addAction(QCoreApplication::translate("BatchDesk::Ui::BatchDetailPane", "&Copy"));
            copyAction->setShortcut(QKeySequence::Copy);
            copyAction->setEnabled(label->hasSelectedText());
            QAction *selectAll = menu.addAction(QCoreApplication::translate("BatchDesk::Ui::BatchDetailPane", "Select All"));
            selectAll->setShortcut(QKeySequence::SelectAll);
            QAction *chosen = menu.exec(static_cast<QContextMenuEvent *>(event)->globalPos());
            if (chosen == copyAction)
                copy(label);
            else if (chosen == selectAll)
                label->setSelection(0, static_cast<int>(label->text().size()));
            return true;
        }
        default:
            return false;
        }
    }

private:
    static void copy(const QLabel *label)
    {
        QString text = label->selectedText();
        text.remove(kBreakChance);
        QGuiApplication::clipboard()->setText(text);
    }
};

} // namespace

void fitLabelToWidth(QLabel *label)
{
    QSizePolicy policy = label->sizePolicy(); // keeps the word wrap's height-for-width
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    label->setSizePolicy(policy);
    // Runs this long are no words (the longest German compounds are shorter); they break
    // every kChunk characters, never inside a surrogate pair or before a combining mark.
    constexpr qsizetype kLongRun = 30;
    constexpr int kChunk = 16;
    const QString text = label->text();
    QString shown;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text.at(i).isSpace())
            continue;
        const QStringView run = QStringView(text).mid(runStart, i - runStart);
        for (qsizetype j = 0, sinceBreak = 0; j < run.size(); ++j) {
            shown += run.at(j);
            const bool next = j + 1 < run.size();
            if (run.size() >= kLongRun && next && ++sinceBreak >= kChunk && !run.at(j).isHighSurrogate()
                && !run.at(j + 1).isMark()) {
                shown += kBreakChance;
                sinceBreak = 0;
            }
        }
        if (i < text.size())
            shown += text.at(i);
        runStart = i + 1;
    }
    if (shown.size() != text.size()) {
        label->setProperty(kValueProperty, text);
        label->setText(shown);
        // What a screen reader speaks: the value, not its break chances.
        label->setAccessibleName(text);
        if (label->findChild<CopyWithoutBreaks *>(QString(), Qt::FindDirectChildrenOnly) == nullptr)
            label->installEventFilter(new CopyWithoutBreaks(label));
    }
}

QString fittedLabelValue(const QLabel *label)
{
    const QVariant value = label->property(kValueProperty);
    return value.isValid() ? value.toString() : label->text();
}

} // namespace BatchDesk::Ui
