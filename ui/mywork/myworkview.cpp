#include "ui/mywork/myworkview.h"

#include "models/batchroles.h"
#include "models/mywork/myworkmodel.h"
#include "ui/statuspalette.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHeaderView>
#include <QPainter>

namespace BatchDesk::Ui {

namespace {

// The category whose colour marks a section heading.
Niagara::StatusCategory sectionSwatchCategory(WorkSection section)
{
    switch (section) {
    case WorkSection::Blocked: return Niagara::StatusCategory::Blocked;
    case WorkSection::InProgress: return Niagara::StatusCategory::InProgress;
    case WorkSection::Next: return Niagara::StatusCategory::Pending;
    case WorkSection::DoneToday: return Niagara::StatusCategory::Complete;
    }
    return Niagara::StatusCategory::Pending;
}

// Readable on both light and dark bases: a deep red on light, a soft one on dark.
QColor warningTextColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() > 128 ? QColor(0xa3, 0x14, 0x14) : QColor(0xff, 0x8a, 0x80);
}

QColor changedRowTint(const QPalette &palette)
{
    QColor tint = palette.color(QPalette::Highlight);
    tint.setAlpha(45);
    return tint;
}

QFont sectionFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 1.15);
    font.setBold(true);
    return font;
}

} // namespace

QFont MyWorkDelegate::labelFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 1.4);
    font.setBold(true);
    return font;
}

QString MyWorkDelegate::subtitleText(const QModelIndex &index)
{
    //: Under a batch's label on My work: its work order and its queue.
    return QCoreApplication::translate("BatchDesk::Ui::MyWorkDelegate", "%1 · %2")
        .arg(index.siblingAtColumn(MyWorkModel::WorkOrderColumn).data().toString(),
             index.siblingAtColumn(MyWorkModel::QueueColumn).data().toString());
}

QString MyWorkDelegate::badgeText(const QModelIndex &index)
{
    if (!index.data(MyWorkModel::ChangedRole).toBool())
        return {};
    //: A badge on a My work row: the batch became blocked since the user last looked.
    if (index.data(MyWorkModel::NewlyBlockedRole).toBool())
        return QCoreApplication::translate("BatchDesk::Ui::MyWorkDelegate", "Blocked");
    //: A badge on a My work row: the batch was assigned to the user since they last looked.
    return QCoreApplication::translate("BatchDesk::Ui::MyWorkDelegate", "New");
}

void MyWorkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget != nullptr ? widget->style() : QApplication::style();
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    if (index.data(MyWorkModel::IsSectionRole).toBool()) {
        const QString text = opt.text;
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const auto section = static_cast<WorkSection>(index.data(MyWorkModel::SectionRole).toInt());
        const QFont font = sectionFont(opt.font);
        const QFontMetrics metrics(font);
        const int side = std::max(10, metrics.height() - 6);
        const QRect swatch(opt.rect.left() + 4, opt.rect.center().y() - side / 2, side, side);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        StatusPalette::fill(*painter, QRectF(swatch), sectionSwatchCategory(section), opt.palette);
        painter->setPen(StatusPalette::frameColor(opt.palette));
        painter->drawRect(QRectF(swatch).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->setFont(font);
        painter->setPen(textColor);
        const QRect textRect = opt.rect.adjusted(side + 12, 0, -4, 0);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(text, Qt::ElideRight, textRect.width()));
        painter->restore();
        return;
    }

    const int column = index.column();
    if (column == MyWorkModel::BatchColumn) {
        const QString text = opt.text;
        const QString subtitle = subtitleText(index);
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        painter->save();
        QRect textRect = opt.rect.adjusted(8, 4, -6, -4);
        const QString badge = badgeText(index);
        if (!badge.isEmpty()) {
            QFont badgeFont = opt.font;
            badgeFont.setBold(true);
            const QFontMetrics badgeMetrics(badgeFont);
            const int w = badgeMetrics.horizontalAdvance(badge) + 12;
            const int h = badgeMetrics.height() + 4;
            const QRect badgeRect(textRect.right() - w, opt.rect.center().y() - h / 2, w, h);
            painter->setRenderHint(QPainter::Antialiasing);
            const bool blocked = index.data(MyWorkModel::NewlyBlockedRole).toBool();
            const QColor fill = blocked ? warningTextColor(opt.palette) : opt.palette.color(QPalette::Highlight);
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(badgeRect, h / 2.0, h / 2.0);
            painter->setFont(badgeFont);
            painter->setPen(fill.lightness() > 140 ? QColor(Qt::black) : QColor(Qt::white));
            painter->drawText(badgeRect, Qt::AlignCenter, badge);
            textRect.setRight(badgeRect.left() - 6);
        }
        // The label large, the work order and queue under it: one glance per box.
        const QFont font = labelFont(opt.font);
        const QFontMetrics labelMetrics(font);
        const QFontMetrics subtitleMetrics(opt.font);
        const int block = labelMetrics.height() + subtitleMetrics.height();
        const int top = textRect.top() + std::max(0, (textRect.height() - block) / 2);
        painter->setFont(font);
        painter->setPen(textColor);
        painter->drawText(QRect(textRect.left(), top, textRect.width(), labelMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          labelMetrics.elidedText(text, Qt::ElideMiddle, textRect.width()));
        painter->setFont(opt.font);
        QColor subtitleColor = textColor;
        if (!selected)
            subtitleColor.setAlphaF(0.75);
        painter->setPen(subtitleColor);
        painter->drawText(QRect(textRect.left(), top + labelMetrics.height(), textRect.width(), subtitleMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, subtitleMetrics.elidedText(subtitle, Qt::ElideRight, textRect.width()));
        painter->restore();
        return;
    }
    if (column == MyWorkModel::DueColumn && index.data(BatchRoles::OverdueRole).toBool()) {
        opt.font.setBold(true);
        if (!selected)
            opt.palette.setColor(QPalette::Text, warningTextColor(opt.palette));
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QSize MyWorkDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(MyWorkModel::IsSectionRole).toBool()) {
        const QFontMetrics metrics(sectionFont(option.font));
        size.setHeight(std::max(size.height(), metrics.height() + 10));
        size.setWidth(metrics.horizontalAdvance(index.data().toString()) + metrics.height() + 20);
        return size;
    }
    if (index.column() == MyWorkModel::BatchColumn) {
        const QFontMetrics metrics(labelFont(option.font));
        const QFontMetrics subtitleMetrics(option.font);
        int width = std::max(metrics.horizontalAdvance(index.data().toString()),
                             subtitleMetrics.horizontalAdvance(subtitleText(index)))
                    + 14;
        const QString badge = badgeText(index);
        if (!badge.isEmpty()) {
            QFont badgeFont = option.font;
            badgeFont.setBold(true);
            width += QFontMetrics(badgeFont).horizontalAdvance(badge) + 18;
        }
        size.setWidth(std::max(size.width(), width));
        size.setHeight(std::max(size.height(), metrics.height() + subtitleMetrics.height() + 10));
    }
    return size;
}

MyWorkTree::MyWorkTree(QWidget *parent)
    : QTreeView(parent)
{
    setItemDelegate(new MyWorkDelegate(this));
    setRootIsDecorated(false);
    setItemsExpandable(false); // sections stay open: the list is short and always shown whole
    setIndentation(0);
    setUniformRowHeights(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(false);
}

void MyWorkTree::spanSections()
{
    if (!model())
        return;
    for (int row = 0; row < model()->rowCount(); ++row) {
        setFirstColumnSpanned(row, QModelIndex(), true);
        expand(model()->index(row, 0));
    }
}

int MyWorkTree::sizeHintForColumn(int column) const
{
    const int base = QTreeView::sizeHintForColumn(column);
    if (column != MyWorkModel::ProgressColumn || !model())
        return base;
    const QFontMetrics metrics(font());
    int widest = metrics.horizontalAdvance(QLatin1Char('0')) * 16;
    for (int s = 0; s < model()->rowCount(); ++s) {
        const QModelIndex section = model()->index(s, 0);
        for (int r = 0; r < model()->rowCount(section); ++r)
            widest = std::max(widest, metrics.horizontalAdvance(model()->index(r, column, section).data().toString()));
    }
    // The text sits on the bar with a margin each side.
    return std::max(base, widest + 2 * metrics.height());
}

void MyWorkTree::drawRow(QPainter *painter, const QStyleOptionViewItem &options, const QModelIndex &index) const
{
    // The whole row of a changed batch is tinted, the bar's column too.
    if (index.data(MyWorkModel::ChangedRole).toBool()) {
        QRect row = options.rect;
        row.setLeft(0);
        row.setRight(viewport()->width());
        painter->fillRect(row, changedRowTint(options.palette));
        QRect accent = row;
        accent.setWidth(4);
        painter->fillRect(accent, index.data(MyWorkModel::NewlyBlockedRole).toBool() ? warningTextColor(options.palette)
                                                                                      : options.palette.color(QPalette::Highlight));
    }
    QTreeView::drawRow(painter, options, index);
}

} // namespace BatchDesk::Ui
