#include "ui/planning/planningreportpdf.h"

#include "models/displaytext.h"
#include "models/planning/planningcharts.h"
#include "models/planning/planningtablemodels.h"
#include "ui/planning/planningchartviews.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace BatchDesk::Ui {

namespace {

int g_lastPageCount = 0;

// Draws rows of text columns down the page, starting a page (with its heading) when full.
class PageFlow final
{
public:
    PageFlow(QPdfWriter &writer, QPainter &painter, QString heading)
        : m_writer(writer)
        , m_painter(painter)
        , m_heading(std::move(heading))
    {
        m_area = QRectF(QPointF(0, 0), QSizeF(m_writer.width(), m_writer.height()));
        startPage(false);
    }

    double width() const { return m_area.width(); }
    double remaining() const { return m_area.bottom() - m_y; }
    QPainter &painter() { return m_painter; }
    double y() const { return m_y; }
    void advance(double h) { m_y += h; }
    int pages() const { return m_page; }

    void ensure(double height)
    {
        if (m_y + height > m_area.bottom())
            startPage(true);
    }

    void title(const QString &text)
    {
        QFont f = m_base;
        f.setBold(true);
        f.setPointSizeF(m_base.pointSizeF() * 1.3);
        m_painter.setFont(f);
        const double h = QFontMetricsF(f, &m_writer).height() * 1.6;
        ensure(h * 3);
        m_painter.drawText(QRectF(0, m_y, width(), h), Qt::AlignLeft | Qt::AlignBottom, text);
        m_y += h * 1.2;
        m_painter.setFont(m_base);
    }

    void paragraph(const QString &text)
    {
        m_painter.setFont(m_base);
        const QRectF bound = m_painter.boundingRect(QRectF(0, 0, width(), 1e6), Qt::TextWordWrap, text);
        ensure(bound.height());
        m_painter.drawText(QRectF(0, m_y, width(), bound.height()), Qt::TextWordWrap, text);
        m_y += bound.height() * 1.3;
    }

    // A table: column widths as shares of the width; the header repeats on each page.
    void table(const QStringList &header, const QList<double> &shares, const QList<QStringList> &rows,
               const QList<bool> &rightAligned)
    {
        const double rowHeight = QFontMetricsF(m_base, &m_writer).height() * 1.35;
        auto drawRow = [&](const QStringList &cells, bool bold) {
            QFont f = m_base;
            f.setBold(bold);
            m_painter.setFont(f);
            double x = 0;
            for (qsizetype c = 0; c < cells.size() && c < shares.size(); ++c) {
                const double w = shares.at(c) * width();
                const QRectF cell(x + w * 0.02, m_y, w * 0.96, rowHeight);
                const QString text = QFontMetricsF(f, &m_writer).elidedText(cells.at(c), Qt::ElideRight, cell.width());
                m_painter.drawText(cell, Qt::AlignVCenter | (rightAligned.value(c) ? Qt::AlignRight : Qt::AlignLeft), text);
                x += w;
            }
            m_y += rowHeight;
            m_painter.setFont(m_base);
        };
        ensure(rowHeight * 3);
        drawRow(header, true);
        m_painter.drawLine(QPointF(0, m_y), QPointF(width(), m_y));
        for (const QStringList &row : rows) {
            if (m_y + rowHeight > m_area.bottom()) {
                startPage(true);
                drawRow(header, true);
                m_painter.drawLine(QPointF(0, m_y), QPointF(width(), m_y));
            }
            drawRow(row, false);
        }
        m_y += rowHeight;
    }

private:
    void startPage(bool next)
    {
        if (next)
            m_writer.newPage();
        ++m_page;
        m_base = QFont(QStringLiteral("DejaVu Sans"));
        m_base.setPointSizeF(8.5);
        m_painter.setFont(m_base);
        const double h = QFontMetricsF(m_base, &m_writer).height() * 1.5;
        m_painter.drawText(QRectF(0, 0, m_area.width(), h), Qt::AlignLeft | Qt::AlignVCenter, m_heading);
        m_painter.drawText(QRectF(0, 0, m_area.width(), h), Qt::AlignRight | Qt::AlignVCenter,
                           PlanningReportPdf::tr("Page %1").arg(m_page));
        m_painter.drawLine(QPointF(0, h), QPointF(m_area.width(), h));
        m_y = h * 1.5;
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    QString m_heading;
    QRectF m_area;
    QFont m_base;
    double m_y = 0;
    int m_page = 0;
};

QString num(double v)
{
    return QLocale().toString(v, 'f', 1);
}

QString optionalDays(const std::optional<double> &v)
{
    return v ? num(*v) : QStringLiteral("—");
}

QString date(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat) : QStringLiteral("—");
}

} // namespace

int PlanningReportPdf::lastPageCount()
{
    return g_lastPageCount;
}

QString PlanningReportPdf::write(const QString &path, const PlanningFigures &figures, const Heading &heading,
                                 const QString &paceSummary, const QString &burnUpWorkOrderId)
{
    QPdfWriter writer(path);
    writer.setResolution(150);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(tr("Planning report"));
    writer.setCreator(QStringLiteral("BatchDesk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("The report could not be written to %1.").arg(QFileInfo(path).fileName());
    const QString when = QLocale().toString(figures.generatedAt.toLocalTime(), QLocale::ShortFormat);
    //: PDF page heading: server, signed-in user, time of the figures.
    PageFlow flow(writer, painter,
                  tr("BatchDesk planning report — %1 — %2 — %3")
                      .arg(DisplayText::label(heading.server, 60), DisplayText::label(heading.user, 60), when));
    flow.paragraph(paceSummary);

    const QList<double> queueShares{0.28, 0.1, 0.1, 0.1, 0.12, 0.12, 0.18};
    QList<QStringList> rows;
    for (const QueueFigures &q : figures.queues)
        rows.append({DisplayText::label(q.label), QLocale().toString(q.activeCycles), QLocale().toString(q.blockedCycles),
                     num(q.pacePerDay), optionalDays(q.backlogDays), q.daysLeft ? num(*q.daysLeft) : QString(),
                     q.overloaded ? tr("Overloaded", "queue load") : tr("OK", "queue load")});
    flow.title(tr("Queues"));
    flow.table({tr("Queue"), tr("Active"), tr("Blocked"), tr("Pace / day"), tr("Backlog, days"), tr("Days to due"),
                tr("Load")},
               queueShares, rows, {false, true, true, true, true, true, false});

    rows.clear();
    for (const WorkOrderFigures &w : figures.workOrders)
        rows.append({DisplayText::label(w.label), QLocale().toString(w.cyclesNeeded), QLocale().toString(w.cyclesBatched),
                     QLocale().toString(w.cyclesComplete), QLocale().toString(w.cyclesRemaining), num(w.pacePerDay),
                     date(w.projectedFinish), date(w.dueDate), w.slackDays ? num(*w.slackDays) : QString(),
                     riskDisplayName(w.risk)});
    flow.title(tr("Work orders, worst first"));
    flow.table({tr("Work order"), tr("Needed"), tr("Batched"), tr("Complete"), tr("Remaining"), tr("Pace / day"),
                tr("Projected finish"), tr("Due"), tr("Slack (days)"), tr("Risk")},
               {0.3, 0.065, 0.065, 0.07, 0.075, 0.07, 0.1, 0.085, 0.08, 0.09}, rows,
               {false, true, true, true, true, true, true, true, true, false});

    rows.clear();
    for (const TechnicianFigures &t : figures.technicians)
        rows.append({DisplayText::label(t.name), num(t.openCycles), QLocale().toString(t.batches),
                     QString::number(t.queueIds.size()), num(t.pacePerDay),
                     t.openCycles > 0 ? optionalDays(t.loadDays) : num(0), t.overloaded ? tr("Overloaded", "technician load") : tr("OK", "technician load")});
    flow.title(tr("Technicians"));
    flow.table({tr("Technician"), tr("Open cycles"), tr("Batches"), tr("Queues"), tr("Pace / day"), tr("Load (days)"),
                tr("Load")},
               {0.3, 0.12, 0.1, 0.1, 0.12, 0.12, 0.14}, rows, {false, true, true, true, true, true, false});

    // The charts, each half a page, drawn by the desk's own chart views.
    const QSize chartPixels(1600, 700);
    const double chartHeight = flow.width() * chartPixels.height() / chartPixels.width();
    BurnUpChartView burnUp;
    burnUp.resize(chartPixels);
    burnUp.setBurnUp(BurnUp::of(figures, burnUpWorkOrderId.isEmpty() && !figures.workOrders.empty()
                                              ? figures.workOrders.front().workOrderId
                                              : burnUpWorkOrderId));
    DailyCompletionsChartView daily;
    daily.resize(chartPixels);
    daily.setData(DailyQueueCompletions::of(figures));
    for (QChartView *view : {static_cast<QChartView *>(&burnUp), static_cast<QChartView *>(&daily)}) {
        // Laid out as if shown (the chart takes its size from a resize event), never on screen.
        view->setAttribute(Qt::WA_DontShowOnScreen);
        view->show();
        flow.ensure(chartHeight);
        view->render(&painter, QRectF(0, flow.y(), flow.width(), chartHeight));
        flow.advance(chartHeight * 1.05);
    }
    flow.paragraph(burnUp.textAlternative());

    g_lastPageCount = flow.pages();
    if (!painter.end())
        return tr("The report could not be written to %1.").arg(QFileInfo(path).fileName());
    return {};
}

} // namespace BatchDesk::Ui
