#include "ui/planning/planningchartviews.h"

#include "models/displaytext.h"

#include <QEvent>
#include <QLocale>
#include <QPalette>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace BatchDesk::Ui {

namespace {

// The chart's look from the widget's palette: the dark theme on a dark palette, and the
// palette's own colours for background and text, so the chart sits in the desk like a table.
void applyPalette(QChart *chart, const QWidget *widget)
{
    const QPalette palette = widget->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.brush(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
    }
    chart->setMargins(QMargins(4, 4, 4, 4));
}

// A value axis from 0 whose ticks fall on round whole numbers (1, 2, 5 × 10^k), whatever the
// largest value: "52, 105, 157" or "0.75" ticks say less than "50, 100, 150".
void roundTicks(QValueAxis *axis, double largest)
{
    const double raw = std::max(1.0, largest / 5.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    axis->setRange(0, std::ceil(largest * 1.05 / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
}

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

} // namespace

// --- burn-up ---------------------------------------------------------------------------------

BurnUpChartView::BurnUpChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("BurnUpChart"));
    setRenderHint(QPainter::Antialiasing);
    rebuild();
}

void BurnUpChartView::setBurnUp(const std::optional<BurnUp> &burnUp)
{
    m_burnUp = burnUp;
    rebuild();
}

QString BurnUpChartView::textAlternative() const
{
    return m_burnUp ? m_burnUp->textAlternative() : tr("No work order chosen.");
}

void BurnUpChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QChartView::changeEvent(event);
}

void BurnUpChartView::rebuild()
{
    auto *c = new QChart;
    c->legend()->setAlignment(Qt::AlignBottom);
    if (!m_burnUp) {
        c->setTitle(tr("Choose a work order to see its burn-up"));
    } else {
        const BurnUp &b = *m_burnUp;
        c->setTitle(tr("Burn-up: %1").arg(DisplayText::label(b.label, 80)));
        auto *done = new QLineSeries(c);
        done->setName(tr("Complete"));
        QDateTime first = b.now;
        QDateTime last = b.now;
        double top = static_cast<double>(b.needed);
        for (const QList<BurnUpPoint> &segment : b.segments) {
            for (const BurnUpPoint &p : segment) {
                done->append(static_cast<qreal>(ms(p.at)), p.complete);
                first = std::min(first, p.at);
                top = std::max(top, p.complete);
            }
        }
        auto *projection = new QLineSeries(c);
        projection->setName(tr("Projection at the current pace"));
        QPen dashed = projection->pen();
        dashed.setStyle(Qt::DashLine);
        dashed.setWidth(2);
        projection->setPen(dashed);
        for (const BurnUpPoint &p : b.projection) {
            projection->append(static_cast<qreal>(ms(p.at)), p.complete);
            last = std::max(last, p.at);
        }
        if (b.dueDate.isValid()) {
            first = std::min(first, b.dueDate);
            last = std::max(last, b.dueDate);
        }
        // A projection years away would squash the history: the axis stops 60 days past now or the due date.
        const QDateTime cap = std::max(b.now.addDays(60), b.dueDate.isValid() ? b.dueDate.addDays(7) : b.now);
        if (last > cap)
            last = cap;
        auto *target = new QLineSeries(c);
        target->setName(tr("Needed"));
        target->append(static_cast<qreal>(ms(first)), static_cast<qreal>(b.needed));
        target->append(static_cast<qreal>(ms(last)), static_cast<qreal>(b.needed));
        QPen thin = target->pen();
        thin.setStyle(Qt::DotLine);
        thin.setWidth(2);
        target->setPen(thin);
        c->addSeries(done);
        c->addSeries(projection);
        c->addSeries(target);
        if (b.dueDate.isValid()) {
            auto *due = new QLineSeries(c);
            due->setName(tr("Due date"));
            due->append(static_cast<qreal>(ms(b.dueDate)), 0);
            due->append(static_cast<qreal>(ms(b.dueDate)), top * 1.05);
            QPen duePen = due->pen();
            duePen.setWidth(2);
            duePen.setStyle(Qt::DashDotLine);
            due->setPen(duePen);
            c->addSeries(due);
        }
        auto *x = new QDateTimeAxis(c);
        x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
        x->setRange(first, last.addSecs(3600));
        x->setTickCount(6);
        auto *y = new QValueAxis(c);
        roundTicks(y, top);
        y->setTitleText(tr("Cycles"));
        c->addAxis(x, Qt::AlignBottom);
        c->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *s : c->series()) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
    }
    QChart *old = chart();
    setChart(c);
    delete old;
    applyPalette(c, this);
    // The theme colours each line; the meaning is in the pens: solid for what is done, dashed
    // for the projection, dotted for the target, dash-dot for the due date, the due date in
    // the one colour the app uses for overdue.
    const QList<QAbstractSeries *> series = c->series();
    const QColor colours[] = {palette().color(QPalette::Highlight), palette().color(QPalette::Text),
                              palette().color(QPalette::Text), DisplayText::errorColor(palette())};
    for (qsizetype i = 0; i < series.size() && i < 4; ++i) {
        if (auto *line = qobject_cast<QLineSeries *>(series.at(i))) {
            QPen pen = line->pen();
            pen.setColor(colours[i]);
            line->setPen(pen);
        }
    }
    setAccessibleName(tr("Burn-up chart"));
    setAccessibleDescription(textAlternative());
    setToolTip(DisplayText::toolTip(textAlternative()));
}

// --- daily completions -------------------------------------------------------------------

DailyCompletionsChartView::DailyCompletionsChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("DailyCompletionsChart"));
    setRenderHint(QPainter::Antialiasing);
    rebuild();
}

void DailyCompletionsChartView::setData(const DailyQueueCompletions &completions)
{
    m_data = completions;
    rebuild();
}

QString DailyCompletionsChartView::textAlternative() const
{
    return m_data.queueIds.isEmpty() ? tr("No completions to show yet.") : m_data.textAlternative();
}

void DailyCompletionsChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QChartView::changeEvent(event);
}

void DailyCompletionsChartView::rebuild()
{
    auto *c = new QChart;
    c->setTitle(tr("Cycles completed per day, by queue (last %n day(s))", nullptr, static_cast<int>(m_data.days.size())));
    c->legend()->setAlignment(Qt::AlignRight);
    auto *series = new QStackedBarSeries(c);
    for (qsizetype q = 0; q < m_data.queueIds.size(); ++q) {
        auto *set = new QBarSet(DisplayText::label(m_data.queueLabels.at(q), 40), series);
        for (double v : m_data.values.at(q))
            *set << v;
        series->append(set);
    }
    c->addSeries(series);
    QStringList categories;
    for (qsizetype i = 0; i < m_data.days.size(); ++i) {
        const QString day = QLocale().toString(m_data.days.at(i), QStringLiteral("ddd d"));
        // A day no source covers is marked, not drawn as a day without work.
        categories << (m_data.covered.value(i) ? day : tr("%1 (no data)").arg(day));
    }
    auto *x = new QBarCategoryAxis(c);
    x->append(categories);
    auto *y = new QValueAxis(c);
    roundTicks(y, std::max(1.0, m_data.maxDayTotal()));
    y->setTitleText(tr("Cycles"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart *old = chart();
    setChart(c);
    delete old;
    applyPalette(c, this);
    setAccessibleName(tr("Daily completions chart"));
    setAccessibleDescription(textAlternative());
    setToolTip(DisplayText::toolTip(textAlternative()));
}

} // namespace BatchDesk::Ui
