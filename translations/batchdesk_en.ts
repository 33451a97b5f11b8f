<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchDesk::ActivityModel</name>
    <message numerus="yes">
        <source>Undo is possible for %Ln more minute(s), until %1.</source>
        <translation>
            <numerusform>Undo is possible for %Ln more minute, until %1.</numerusform>
            <numerusform>Undo is possible for %Ln more minutes, until %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::ActivityRecord</name>
    <message numerus="yes">
        <source>Partly done: %1 of %2, %Ln failed or not attempted</source>
        <translation>
            <numerusform>Partly done: %1 of %2, %Ln failed or not attempted</numerusform>
            <numerusform>Partly done: %1 of %2, %Ln failed or not attempted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::BatchTreeModel</name>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server total: %Ln batch(es)</source>
        <translation>
            <numerusform>Server total: %Ln batch</numerusform>
            <numerusform>Server total: %Ln batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::BatchListing</name>
    <message numerus="yes">
        <source>%1  [%2]  priority %3  %Ln batch(es)</source>
        <extracomment>CLI table, queue line: label, [id], priority, number of batches.</extracomment>
        <translation>
            <numerusform>%1  [%2]  priority %3  %Ln batch</numerusform>
            <numerusform>%1  [%2]  priority %3  %Ln batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::CliRunner</name>
    <message numerus="yes">
        <source>&quot;%1 %2&quot; takes %Ln argument(s).</source>
        <translation>
            <numerusform>&quot;%1 %2&quot; takes %Ln argument.</numerusform>
            <numerusform>&quot;%1 %2&quot; takes %Ln arguments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::PlanningCommand</name>
    <message numerus="yes">
        <source>%1 of %2 cycles still to batch; this plan makes %Ln batch(es) with %3 cycles:</source>
        <translation>
            <numerusform>%1 of %2 cycles still to batch; this plan makes %Ln batch with %3 cycles:</numerusform>
            <numerusform>%1 of %2 cycles still to batch; this plan makes %Ln batches with %3 cycles:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::CodeLookup</name>
    <message numerus="yes">
        <source>%n batches hold a unit labelled “%1”: choose one.</source>
        <translation>
            <numerusform>%n batches hold a unit labelled “%1”: choose one.</numerusform>
            <numerusform>%n batches hold a unit labelled “%1”: choose one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batches are labelled “%1”: choose one.</source>
        <translation>
            <numerusform>%n batches are labelled “%1”: choose one.</numerusform>
            <numerusform>%n batches are labelled “%1”: choose one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::FilteredAggregateProxy</name>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::MyWork</name>
    <message numerus="yes">
        <source>%n batch(es) became blocked since %1</source>
        <translation>
            <numerusform>%n batch became blocked since %1</numerusform>
            <numerusform>%n batches became blocked since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n became blocked</source>
        <translation>
            <numerusform>%n became blocked</numerusform>
            <numerusform>%n became blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n batch(es)</source>
        <translation>
            <numerusform>%1: %n batch</numerusform>
            <numerusform>%1: %n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) assigned to you since %1</source>
        <translation>
            <numerusform>%n batch assigned to you since %1</numerusform>
            <numerusform>%n batches assigned to you since %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningCharts</name>
    <message numerus="yes">
        <source>%1: %2 cycles completed in %n day(s)</source>
        <translation>
            <numerusform>%1: %2 cycles completed in %n day</numerusform>
            <numerusform>%1: %2 cycles completed in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningMonitor</name>
    <message numerus="yes">
        <source>No pace yet: no completions recorded in the last %n day(s).</source>
        <translation>
            <numerusform>No pace yet: no completions recorded in the last %n day.</numerusform>
            <numerusform>No pace yet: no completions recorded in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pace from %n day(s), server metrics.</source>
        <translation>
            <numerusform>Pace from %n day, server metrics.</numerusform>
            <numerusform>Pace from %n days, server metrics.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pace from %n day(s), this app&apos;s history.</source>
        <translation>
            <numerusform>Pace from %n day, this app&apos;s history.</numerusform>
            <numerusform>Pace from %n days, this app&apos;s history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningService</name>
    <message numerus="yes">
        <source>%Ln queue(s)</source>
        <translation>
            <numerusform>%Ln queue</numerusform>
            <numerusform>%Ln queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %1 into %Ln batch(es) in %2</source>
        <translation>
            <numerusform>Split %1 into %Ln batch(es) in %2</numerusform>
            <numerusform>Split %1 into %Ln batch(es) in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %Ln batch(es) in %2</source>
        <translation>
            <numerusform>Assigned %1 to %Ln batch(es) in %2</numerusform>
            <numerusform>Assigned %1 to %Ln batch(es) in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %1 from %Ln batch(es) in %2</source>
        <translation>
            <numerusform>Unassigned %1 from %Ln batch(es) in %2</numerusform>
            <numerusform>Unassigned %1 from %Ln batch(es) in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %Ln batch(es) in %2, replacing %3</source>
        <translation>
            <numerusform>Assigned %1 to %Ln batch(es) in %2, replacing %3</numerusform>
            <numerusform>Assigned %1 to %Ln batch(es) in %2, replacing %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln batch(es) in %1</source>
        <translation>
            <numerusform>Deleted %Ln batch(es) in %1</numerusform>
            <numerusform>Deleted %Ln batch(es) in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningTables</name>
    <message numerus="yes">
        <source>%n cycle(s) not in a batch yet</source>
        <translation>
            <numerusform>%n cycle not in a batch yet</numerusform>
            <numerusform>%n cycles not in a batch yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::SplitPlan</name>
    <message numerus="yes">
        <source>%Ln batch(es) cannot share %1 cycles: every batch needs at least one cycle.</source>
        <translation>
            <numerusform>%Ln batch cannot share %1 cycles: every batch needs at least one cycle.</numerusform>
            <numerusform>%Ln batches cannot share %1 cycles: every batch needs at least one cycle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the last batch smaller, %1 cycles fit in %Ln batch(es); choose &quot;spread evenly&quot; to get exactly %2.</source>
        <translation>
            <numerusform>With the last batch smaller, %1 cycles fit in %Ln batch; choose &quot;spread evenly&quot; to get exactly %2.</numerusform>
            <numerusform>With the last batch smaller, %1 cycles fit in %Ln batches; choose &quot;spread evenly&quot; to get exactly %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignBatchesPage</name>
    <message numerus="yes">
        <source>%Ln batch(es) chosen: %1</source>
        <translation>
            <numerusform>%Ln batch chosen: %1</numerusform>
            <numerusform>%Ln batches chosen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignPreviewPage</name>
    <message numerus="yes">
        <source>%1 and %2 on %Ln batch(es).</source>
        <translation>
            <numerusform>%1 and %2 on %Ln batch.</numerusform>
            <numerusform>%1 and %2 on %Ln batches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relation(s) to create</source>
        <translation>
            <numerusform>%Ln relation to create</numerusform>
            <numerusform>%Ln relations to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to delete</source>
        <translation>
            <numerusform>%Ln to delete</numerusform>
            <numerusform>%Ln to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignTechniciansPage</name>
    <message numerus="yes">
        <source>For %Ln batch(es): %1</source>
        <translation>
            <numerusform>For %Ln batch: %1</numerusform>
            <numerusform>For %Ln batches: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignTechniciansWizard</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BoardDesk</name>
    <message numerus="yes">
        <source>Delete the %n selected batches from the server</source>
        <translation>
            <numerusform>Delete the %n selected batch from the server</numerusform>
            <numerusform>Delete the %n selected batches from the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected batches?</source>
        <translation>
            <numerusform>Delete the %n selected batch?</numerusform>
            <numerusform>Delete the %n selected batches?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n batch(es)…</source>
        <translation>
            <numerusform>Deleting %n batch…</numerusform>
            <numerusform>Deleting %n batches…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n batch(es).</source>
        <translation>
            <numerusform>Deleted %n batch.</numerusform>
            <numerusform>Deleted %n batches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) had already been deleted on the server.</source>
        <translation>
            <numerusform>%n batch had already been deleted on the server.</numerusform>
            <numerusform>%n batches had already been deleted on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) could not be deleted:</source>
        <translation>
            <numerusform>%n batch could not be deleted:</numerusform>
            <numerusform>%n batches could not be deleted:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::CatalogBrowser</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::DailyCompletionsChartView</name>
    <message numerus="yes">
        <source>Cycles completed per day, by queue (last %n day(s))</source>
        <translation>
            <numerusform>Cycles completed per day, by queue (last %n day)</numerusform>
            <numerusform>Cycles completed per day, by queue (last %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status: %Ln selected</source>
        <translation>
            <numerusform>Status: %Ln selected</numerusform>
            <numerusform>Status: %Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::MyWorkDesk</name>
    <message numerus="yes">
        <source>%Ln batch(es): %1 blocked, %2 in progress, %3 next, %4 done today</source>
        <extracomment>The My work desk&apos;s status bar, e.g. &quot;7 batches: 1 blocked, 2 in progress, 4 next, 0 done today&quot;.</extracomment>
        <translation>
            <numerusform>%Ln batch: %1 blocked, %2 in progress, %3 next, %4 done today</numerusform>
            <numerusform>%Ln batches: %1 blocked, %2 in progress, %3 next, %4 done today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::OfflineStatus</name>
    <message numerus="yes">
        <source>Offline since %1 — trying again in %Ln s. Showing the last-known data; changes are disabled.</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time); %Ln: seconds until the next try.</extracomment>
        <translation>
            <numerusform>Offline since %1 — trying again in %Ln s. Showing the last-known data; changes are disabled.</numerusform>
            <numerusform>Offline since %1 — trying again in %Ln s. Showing the last-known data; changes are disabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — trying again in %Ln min. Showing the last-known data; changes are disabled.</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time); %Ln: minutes until the next try (rounded up).</extracomment>
        <translation>
            <numerusform>Offline since %1 — trying again in %Ln min. Showing the last-known data; changes are disabled.</numerusform>
            <numerusform>Offline since %1 — trying again in %Ln min. Showing the last-known data; changes are disabled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::PlanningDesk</name>
    <message numerus="yes">
        <source>%1 of %n queue(s) overloaded</source>
        <extracomment>Status bar of the planning desk; each part counts the rows its table shows.</extracomment>
        <translation>
            <numerusform>%1 of %n queue overloaded</numerusform>
            <numerusform>%1 of %n queues overloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n work order(s) late, stalled or at risk</source>
        <translation>
            <numerusform>%1 of %n work order late, stalled or at risk</numerusform>
            <numerusform>%1 of %n work orders late, stalled or at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n technician(s) overloaded</source>
        <translation>
            <numerusform>%1 of %n technician overloaded</numerusform>
            <numerusform>%1 of %n technicians overloaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::RunProgressWidget</name>
    <message numerus="yes">
        <source>Ready: %Ln change(s) to make.</source>
        <translation>
            <numerusform>Ready: %Ln change to make.</numerusform>
            <numerusform>Ready: %Ln changes to make.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: all %Ln change(s) reverted.</source>
        <translation>
            <numerusform>Undone: all %Ln change reverted.</numerusform>
            <numerusform>Undone: all %Ln changes reverted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: all %Ln change(s) made.</source>
        <translation>
            <numerusform>Finished: all %Ln change made.</numerusform>
            <numerusform>Finished: all %Ln changes made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitReviewPage</name>
    <message numerus="yes">
        <source>%Ln request(s), at most %1 at a time</source>
        <translation>
            <numerusform>%Ln request, at most %1 at a time</numerusform>
            <numerusform>%Ln requests, at most %1 at a time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitSizingPage</name>
    <message numerus="yes">
        <source>Preview: %Ln batch(es), %1 cycles in all</source>
        <translation>
            <numerusform>Preview: %Ln batch, %1 cycles in all</numerusform>
            <numerusform>Preview: %Ln batches, %1 cycles in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One request per batch size (%Ln request(s) for this plan). The server names and orders these batches itself, as “&lt;work order&gt; &lt;number&gt;”: the labels and queue order in the preview apply only when batches are created one by one.</source>
        <translation>
            <numerusform>One request per batch size (%Ln request for this plan). The server names and orders these batches itself, as “&lt;work order&gt; &lt;number&gt;”: the labels and queue order in the preview apply only when batches are created one by one.</numerusform>
            <numerusform>One request per batch size (%Ln requests for this plan). The server names and orders these batches itself, as “&lt;work order&gt; &lt;number&gt;”: the labels and queue order in the preview apply only when batches are created one by one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One request per batch (%Ln request(s)), each with the label and queue order shown in the preview. Slower for many batches.</source>
        <translation>
            <numerusform>One request per batch (%Ln request), each with the label and queue order shown in the preview. Slower for many batches.</numerusform>
            <numerusform>One request per batch (%Ln requests), each with the label and queue order shown in the preview. Slower for many batches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitTechniciansPage</name>
    <message numerus="yes">
        <source>Each of the %Ln new batch(es) gets %1.</source>
        <translation>
            <numerusform>Each of the %Ln new batch gets %1.</numerusform>
            <numerusform>Each of the %Ln new batches gets %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln new batch(es) take turns: %1.</source>
        <translation>
            <numerusform>The %Ln new batch takes turns: %1.</numerusform>
            <numerusform>The %Ln new batches take turns: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::TechnicianPicker</name>
    <message numerus="yes">
        <source>%Ln chosen: %1</source>
        <translation>
            <numerusform>%Ln chosen: %1</numerusform>
            <numerusform>%Ln chosen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offering those who can work %1; %Ln other(s) behind “Show all”.</source>
        <translation>
            <numerusform>Offering those who can work %1; %Ln other behind “Show all”.</numerusform>
            <numerusform>Offering those who can work %1; %Ln others behind “Show all”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::TravelerDialog</name>
    <message numerus="yes">
        <source>Travelers for %Ln batch(es)</source>
        <translation>
            <numerusform>Travelers for %Ln batch</numerusform>
            <numerusform>Travelers for %Ln batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::WorkOrderCatalogModel</name>
    <message numerus="yes">
        <source>%Ln batch(es) on the server hold these cycles</source>
        <translation>
            <numerusform>%Ln batch on the server holds these cycles</numerusform>
            <numerusform>%Ln batches on the server hold these cycles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::WriteItem</name>
    <message numerus="yes">
        <source>Create batch “%1” (%Ln cycle(s))</source>
        <translation>
            <numerusform>Create batch “%1” (%Ln cycle)</numerusform>
            <numerusform>Create batch “%1” (%Ln cycles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::WriteRun</name>
    <message numerus="yes">
        <source>Create %Ln batch(es) of %1 cycles</source>
        <translation>
            <numerusform>Create %Ln batch of %1 cycles</numerusform>
            <numerusform>Create %Ln batches of %1 cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln batch(es) of %1 cycles each, technicians per batch: %2</source>
        <translation>
            <numerusform>Create %Ln batch of %1 cycles, technicians per batch: %2</numerusform>
            <numerusform>Create %Ln batches of %1 cycles each, technicians per batch: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Niagara::ApiError</name>
    <message numerus="yes">
        <source>%Ln batch(es) could not be shown because the server sent invalid data for them.</source>
        <translation>
            <numerusform>%Ln batch could not be shown because the server sent invalid data for it.</numerusform>
            <numerusform>%Ln batches could not be shown because the server sent invalid data for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) could not be shown because the server sent invalid data for them: %1</source>
        <translation>
            <numerusform>%Ln batch could not be shown because the server sent invalid data for it: %1</numerusform>
            <numerusform>%Ln batches could not be shown because the server sent invalid data for them: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
