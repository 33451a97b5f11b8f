#pragma once

// Driving the planning wizards the way a manager does (mouse clicks on rows and buttons, keys
// in fields) and reading the server's state back with plain GETs through NiagaraClient.
// Shared by tst_splitwizard and tst_assignwizard.

#include "client/niagaraclient.h"
#include "common/awaitoutcome.h"
#include "common/httpcall.h"
#include "models/batchstore.h"
#include "models/planning/catalogmodels.h"
#include "models/planning/planningmonitor.h"
#include "ui/wizards/catalogbrowser.h"
#include "ui/wizards/technicianpicker.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDir>
#include <QLayout>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QWizard>

namespace WizardDriver {

// The row of `view` whose `role` is `value`, or an invalid index.
inline QModelIndex findRow(const QAbstractItemView *view, const QString &value, int role = BatchDesk::PagedCatalogModel::IdRole)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(role).toString() == value)
            return index;
    }
    return {};
}

inline bool clickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    if (!rect.isValid())
        return false;
    // Right of the check box (if any), on the text.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(rect.right() - 8, rect.center().y()));
    return view->currentIndex() == index;
}

// Types into a line edit as a person would, replacing what was there.
inline void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    if (!text.isEmpty())
        QTest::keyClicks(field, text);
}

// Searches a catalog, clicks the row with `id` once it shows.
inline bool chooseInCatalog(BatchDesk::Ui::CatalogBrowser *browser, const QString &search, const QString &id)
{
    if (browser->searchField()->isVisible())
        typeInto(browser->searchField(), search);
    QModelIndex index;
    if (!QTest::qWaitFor([&] { return (index = findRow(browser->view(), id)).isValid(); }, 30000))
        return false;
    return clickIndex(browser->view(), index) && browser->currentId() == id;
}

// Ticks a person in a technician picker: search by name, click the row, press Space.
inline bool tickTechnician(BatchDesk::Ui::TechnicianPicker *picker, const QString &name)
{
    BatchDesk::Ui::CatalogBrowser *browser = picker->browser();
    typeInto(browser->searchField(), name);
    QModelIndex index;
    if (!QTest::qWaitFor([&] { return (index = findRow(browser->view(), name, Qt::DisplayRole)).isValid(); }, 30000))
        return false;
    if (!clickIndex(browser->view(), index))
        return false;
    const qsizetype before = picker->chosenIds().size();
    QTest::keyClick(browser->view(), Qt::Key_Space);
    typeInto(browser->searchField(), QString());
    return picker->chosenIds().size() == before + 1;
}

inline bool clickNext(QWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    if (!QTest::qWaitFor([&] { return next->isVisible() && next->isEnabled(); }, 30000))
        return false;
    const int before = wizard.currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return wizard.currentId() != before;
}

// The planning desk's figures as the app has them: the board's store loaded (with every
// batch's technicians) and the monitor's computation over it finished.
inline bool loadPlanningFigures(BatchDesk::BatchStore &store, BatchDesk::PlanningMonitor &monitor, int timeoutMs = 120000)
{
    monitor.setFollowStore(true);
    store.reload();
    return QTest::qWaitFor([&] {
        return monitor.hasFigures() && !monitor.isBusy() && !store.isLoading() && store.pendingTechnicianFetches() == 0;
    }, timeoutMs);
}

// The rows a view shows, by `role` (the user ids of a technician picker, by default).
inline QStringList shownValues(const QAbstractItemView *view, int role = BatchDesk::PagedCatalogModel::IdRole)
{
    QStringList out;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, 0).data(role).toString();
    return out;
}

// Every batch on the server (every page), through the client.
inline QList<Niagara::Batch> allBatches(Niagara::NiagaraClient &client, QObject *context)
{
    QList<Niagara::Batch> out;
    Niagara::PageRequest page;
    for (;;) {
        const auto outcome = TestSupport::await<Niagara::Page<Niagara::Batch>>(
            [&](auto done) { return client.listBatches(page, context, done); });
        if (!outcome.ok())
            qFatal("listing batches failed: %s", qPrintable(outcome.error.message()));
        out += outcome.value->items;
        if (!outcome.value->offset)
            return out;
        page.offset = *outcome.value->offset;
    }
}

inline QList<Niagara::Batch> batchesOf(Niagara::NiagaraClient &client, QObject *context, const QString &workOrderId)
{
    QList<Niagara::Batch> out;
    for (const Niagara::Batch &b : allBatches(client, context)) {
        if (b.workOrder.id == workOrderId)
            out << b;
    }
    return out;
}

// The user ids of a batch's technician relations, sorted.
inline QStringList technicianIds(Niagara::NiagaraClient &client, QObject *context, const QString &batchId)
{
    Niagara::RelationFilter filter;
    filter.relation = QStringLiteral("technician");
    filter.entityType = QStringLiteral("USER");
    const auto outcome = TestSupport::await<Niagara::Page<Niagara::Relation>>(
        [&](auto done) { return client.listRelations(batchId, filter, Niagara::PageRequest{}, context, done); });
    if (!outcome.ok())
        qFatal("listing relations failed: %s", qPrintable(outcome.error.message()));
    QStringList ids;
    for (const Niagara::Relation &r : outcome.value->items) {
        if (r.entity)
            ids << r.entity->id;
    }
    ids.sort();
    return ids;
}

inline QHash<QString, QString> userIdsByName(Niagara::NiagaraClient &client, QObject *context)
{
    const auto outcome = TestSupport::await<Niagara::Page<Niagara::User>>(
        [&](auto done) { return client.listUsers(Niagara::PageRequest{}, context, done); });
    if (!outcome.ok())
        qFatal("listing users failed: %s", qPrintable(outcome.error.message()));
    QHash<QString, QString> ids;
    for (const Niagara::User &u : outcome.value->items)
        ids.insert(u.name, u.id);
    return ids;
}

// The sim's own count of write requests (POST, PATCH, PUT, DELETE) since it started: what
// reached the server, whatever the client under test believes. Needs --test-admin; -1 when it
// cannot be read.
inline int simWritesSeen(QNetworkAccessManager &network, const QUrl &simUrl)
{
    const TestSupport::HttpReply reply =
        TestSupport::httpCall(network, "GET", simUrl.resolved(QUrl(QStringLiteral("/_sim/faults"))), QString());
    return reply.status == 200 ? reply.json.value(QStringLiteral("writes_seen")).toInt(-1) : -1;
}

// Re-arms the sim's fault profile (the --faults syntax; "" clears it) at run time.
inline bool setSimFaults(QNetworkAccessManager &network, const QUrl &simUrl, const QString &spec)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("faults"), spec}}).toJson(QJsonDocument::Compact);
    return TestSupport::httpCall(network, "PUT", simUrl.resolved(QUrl(QStringLiteral("/_sim/faults"))), QString(), body).status
        == 204;
}

// Lets `widget` settle before a picture: pending layout requests, polish and the views'
// deferred column fits (zero-interval timers) are all posted events, none of them timed.
inline void settleLayout(QWidget &widget)
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        if (widget.layout() != nullptr)
            widget.layout()->activate();
        QCoreApplication::processEvents();
    }
}

// Saves a picture of `widget` next to the test binary; returns the path.
inline QString saveScreenshot(QWidget &widget, const QString &name)
{
    settleLayout(widget);
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (!widget.grab().save(path))
        qWarning("could not save %s", qPrintable(path));
    return path;
}

} // namespace WizardDriver
