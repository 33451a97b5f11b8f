#pragma once

// The planning desk's charts (Qt Charts): a work order's burn-up and the queues' daily
// completions. They draw what models/planning/planningcharts.h computed, follow the palette
// (dark mode included) and the language, and carry a text alternative for screen readers
// (accessible description, also the tooltip).

#include "models/planning/planningcharts.h"

#include <QtCharts/QChartView>

#include <optional>

namespace BatchDesk::Ui {

class BurnUpChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit BurnUpChartView(QWidget *parent = nullptr);
    void setBurnUp(const std::optional<BurnUp> &burnUp);
    QString textAlternative() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    std::optional<BurnUp> m_burnUp;
};

class DailyCompletionsChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit DailyCompletionsChartView(QWidget *parent = nullptr);
    void setData(const DailyQueueCompletions &completions);
    QString textAlternative() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    DailyQueueCompletions m_data;
};

} // namespace BatchDesk::Ui
