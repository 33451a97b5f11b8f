#include "ui/fittedlabel.h"

#include <QLabel>

namespace BatchDesk::Ui {

namespace {

// The text a fitted label was given, without the break chances.
constexpr char kValueProperty[] = "batchdesk_value";

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
                shown += QChar(0x200B);
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
    }
}

QString fittedLabelValue(const QLabel *label)
{
    const QVariant value = label->property(kValueProperty);
    return value.isValid() ? value.toString() : label->text();
}

} // namespace BatchDesk::Ui
