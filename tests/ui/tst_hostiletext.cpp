// Text from the server or from other users is shown as plain text, everywhere. A scripted
// server answers with a board whose every text field holds HTML (an image of /dev/zero, a red
// 28 pt span, bold): batch, queue, work order, customer, program, project and location names,
// the address, status names and descriptions, technicians' names and e-mails, the signed-in
// user, relations, a problem+json error's detail and validation messages, and the server's
// name in the connection dialog. The test opens every screen that shows them (board rows and
// their tooltips, the detail pane, the delete confirmation, the error banner,
// both wizards, the connection dialog with its sign-in panel) and checks, on each:
//   - every label that shows the hostile text shows it as plain text (or escaped, where the
//     label is rich text on purpose): the guard that fails when a new label is added without
//     plainLabel();
//   - every tooltip (widgets and the views' models) with it is escaped or cannot be taken for
//     HTML;
//   - no pixel of the board, the pane and the banners is the hostile red;
//   - the app is still running (rendering the image would read /dev/zero until it aborts).
// Leaves hostile-text.png next to the test binary.

#include "common/scriptedserver.h"
#include "common/sessionfixture.h"
#include "models/batchroles.h"
#include "models/batchstore.h"
#include "models/planning/planningservice.h"
#include "ui/batchdetailpane.h"
#include "ui/connectiondialog.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/wizards/assigntechnicianswizard.h"
#include "ui/wizards/splitworkorderwizard.h"
#include "wizarddriver.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCoreApplication>
#include <QHelpEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>
#include <QWizard>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HOSTILE_TEXT_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define HOSTILE_TEXT_ASAN 1
#endif

#ifdef HOSTILE_TEXT_ASAN
// Should a regression hand `<img src="/dev/zero">` to a rich-text renderer, Qt reads /dev/zero
// until memory runs out. Stop at 1 GiB instead of taking the machine's memory with it (the
// run's ASAN_OPTIONS still win for anything they set).
extern "C" const char *__asan_default_options();
extern "C" const char *__asan_default_options()
{
    return "max_allocation_size_mb=1024";
}
#endif

namespace {

using TestSupport::RecordedRequest;
using TestSupport::ScriptedAction;

const QString kImage = QStringLiteral("<img src=\"/dev/zero\">");
const QString kRed = QStringLiteral("<span style=\"color:#ff0000;font-size:28pt\">RED</span>");
const QString kBold = QStringLiteral("<b>bold</b>");
// In every hostile text, escaped or not.
const QString kMarker = QStringLiteral("/dev/zero");

QString hostile(const char *field)
{
    return QString::fromLatin1(field) + QLatin1Char(' ') + kImage + kRed + kBold;
}

const QString kStamp = QStringLiteral("2026-11-20T08:00:00Z");

QJsonObject stamped(QJsonObject o)
{
    o.insert(QStringLiteral("created"), kStamp);
    o.insert(QStringLiteral("updated"), kStamp);
    return o;
}

QJsonObject status(const char *field)
{
    return {{QStringLiteral("status"), hostile(field)},
            {QStringLiteral("description"), hostile("status description")},
            {QStringLiteral("category"), QStringLiteral("IN_PROGRESS")}};
}

QJsonObject user(const QString &id, const char *name)
{
    return stamped({{QStringLiteral("user_id"), id},
                    {QStringLiteral("name"), hostile(name)},
                    {QStringLiteral("email"), QString(kImage + QLatin1Char('@') + id + QStringLiteral(".test"))}});
}

QJsonObject location(bool formatted)
{
    QJsonObject address;
    for (const char *part : {"country", "administrative_area", "locality", "postal_code", "thoroughfare", "premise",
                             "sub_premise"})
        address.insert(QLatin1String(part), hostile(part));
    return stamped({{QStringLiteral("location_id"), QStringLiteral("loc-1")},
                    {QStringLiteral("label"), hostile("location")},
                    {QStringLiteral("location_type"), hostile("location type")},
                    {QStringLiteral("formatted_address"), formatted ? hostile("formatted address") : QString()},
                    {QStringLiteral("address"), address}});
}

QJsonObject queue()
{
    return stamped({{QStringLiteral("queue_id"), QStringLiteral("q-1")},
                    {QStringLiteral("label"), hostile("queue")},
                    {QStringLiteral("priority"), 1},
                    {QStringLiteral("location"), location(true)},
                    {QStringLiteral("active_batches"), 1},
                    {QStringLiteral("active_cycles"), 10}});
}

QJsonObject workOrder()
{
    const QJsonObject customer = stamped({{QStringLiteral("customer_id"), QStringLiteral("c-1")},
                                          {QStringLiteral("label"), hostile("customer")}});
    const QJsonObject program = stamped({{QStringLiteral("program_id"), QStringLiteral("p-1")},
                                         {QStringLiteral("label"), hostile("program")},
                                         {QStringLiteral("customer"), customer}});
    const QJsonObject project = stamped({{QStringLiteral("project_id"), QStringLiteral("pj-1")},
                                         {QStringLiteral("label"), hostile("project")},
                                         {QStringLiteral("description"), hostile("project description")},
                                         {QStringLiteral("customer"), customer},
                                         {QStringLiteral("program"), program}});
    const QJsonObject cycles{{QStringLiteral("work_flow"), QJsonObject{{QStringLiteral("label"), hostile("workflow")}}},
                             {QStringLiteral("needed"), 40},
                             {QStringLiteral("pending"), 10},
                             {QStringLiteral("in_progress"), 0},
                             {QStringLiteral("verifying"), 0},
                             {QStringLiteral("complete"), 0},
                             {QStringLiteral("blocked"), 0},
                             {QStringLiteral("cancelled"), 0}};
    return stamped({{QStringLiteral("work_order_id"), QStringLiteral("wo-1")},
                    {QStringLiteral("label"), hostile("work order")},
                    {QStringLiteral("description"), hostile("work order description")},
                    {QStringLiteral("work_order_type"), hostile("work order type")},
                    {QStringLiteral("begin_date"), kStamp},
                    {QStringLiteral("due_date"), QStringLiteral("2026-12-15T17:00:00Z")},
                    {QStringLiteral("start_date"), kStamp},
                    {QStringLiteral("end_date"), QStringLiteral("2026-12-20T17:00:00Z")},
                    {QStringLiteral("current_status"), status("work order status")},
                    {QStringLiteral("project"), project},
                    {QStringLiteral("location"), location(false)},
                    {QStringLiteral("cycles"), QJsonArray{cycles}}});
}

QJsonObject batch()
{
    return stamped({{QStringLiteral("batch_id"), QStringLiteral("b-1")},
                    {QStringLiteral("label"), hostile("batch")},
                    {QStringLiteral("order"), 1},
                    {QStringLiteral("number_cycles"), 10},
                    {QStringLiteral("cycles"), QJsonObject{{QStringLiteral("pending"), 4},
                                                           {QStringLiteral("in_progress"), 2},
                                                           {QStringLiteral("verifying"), 1},
                                                           {QStringLiteral("complete"), 2},
                                                           {QStringLiteral("blocked"), 1},
                                                           {QStringLiteral("cancelled"), 0}}},
                    {QStringLiteral("current_status"), status("batch status")},
                    {QStringLiteral("queue"), queue()},
                    {QStringLiteral("work_order"), workOrder()},
                    {QStringLiteral("assigned_users"), QJsonArray{user(QStringLiteral("u-tech"), "technician")}},
                    {QStringLiteral("total_assigned_users"), 1}});
}

QByteArray page(const char *key, const QJsonArray &items)
{
    const QJsonObject body{{QStringLiteral("total_count"), items.size()},
                           {QStringLiteral("limit"), 100},
                           {QStringLiteral("offset"), QJsonValue::Null},
                           {QStringLiteral("_embedded"), QJsonObject{{QLatin1String(key), items}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray problem(int status)
{
    const QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("about:blank")},
        {QStringLiteral("title"), hostile("problem title")},
        {QStringLiteral("status"), status},
        {QStringLiteral("detail"), hostile("problem detail")},
        {QStringLiteral("validation_messages"),
         QJsonArray{QJsonObject{{QStringLiteral("keyword"), QStringLiteral("pattern")},
                                {QStringLiteral("dataPath"), QStringLiteral(".label")},
                                {QStringLiteral("message"), hostile("validation message")}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// The whole API, hostile.
ScriptedAction answer(const RecordedRequest &request)
{
    const qsizetype query = request.target.indexOf('?');
    const QByteArray path = query < 0 ? request.target : request.target.left(query);
    if (path == "/me") {
        const QJsonObject me = user(QStringLiteral("u-me"), "signed-in user");
        return ScriptedAction::json(200, QJsonDocument(me).toJson(QJsonDocument::Compact));
    }
    if (request.method == "GET" && path == "/batches")
        return ScriptedAction::json(200, page("nter:batches", {batch()}));
    if (request.method == "GET" && path.startsWith("/batches/") && path.endsWith("/relations")) {
        const QJsonObject relation = stamped(
            {{QStringLiteral("relation_id"), QStringLiteral("r-1")},
             {QStringLiteral("relation"), QStringLiteral("technician")},
             {QStringLiteral("label"), hostile("relation")},
             {QStringLiteral("direction"), QStringLiteral("outgoing")},
             {QStringLiteral("entity"), stamped({{QStringLiteral("entity_type"), QStringLiteral("USER")},
                                                 {QStringLiteral("entity_id"), QStringLiteral("u-tech")},
                                                 {QStringLiteral("label"), hostile("related entity")}})}});
        return ScriptedAction::json(200, page("nter:relations", {relation}));
    }
    if (path == "/queues")
        return ScriptedAction::json(200, page("nter:queues", {queue()}));
    if (path == "/work-orders")
        return ScriptedAction::json(200, page("nter:work-orders", {workOrder()}));
    if (path == "/users")
        return ScriptedAction::json(200, page("nter:users", {user(QStringLiteral("u-tech"), "technician"),
                                                             user(QStringLiteral("u-other"), "other technician")}));
    // Deleting (and anything else): refused, with the detail and validation messages in HTML.
    return ScriptedAction::problem(400, problem(400));
}

// The hostile markup unescaped (the app's own markup, such as a summary's <b>, is fine).
bool showsRawMarkup(const QString &text)
{
    return text.contains(QLatin1String("<img")) || text.contains(QLatin1String("<span"))
        || text.contains(QLatin1String("<b>bold"));
}

// A tooltip is safe when Qt shows it as plain text, or when it is rich text with the hostile
// markup escaped.
bool safeToolTip(const QString &tip)
{
    return !tip.contains(kMarker) || !Qt::mightBeRichText(tip) || !showsRawMarkup(tip);
}

// Every visible label, message box and tooltip under every top-level window, and every
// tooltip its item views' models give. Returns what is wrong; counts the hostile texts seen.
QStringList audit(int *seen)
{
    QStringList problems;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisibleTo(top))
                continue;
            if (auto *label = qobject_cast<QLabel *>(w); label && label->text().contains(kMarker)) {
                ++*seen;
                // Plain, or rich text with the markup escaped (the summaries in bold, tooltips).
                if (label->textFormat() != Qt::PlainText && showsRawMarkup(label->text()))
                    problems << QStringLiteral("label %1 (%2) shows %3 as rich text")
                                    .arg(label->objectName(), QString::fromLatin1(label->parentWidget()->metaObject()->className()),
                                         label->text());
            }
            if (!safeToolTip(w->toolTip()))
                problems << QStringLiteral("tooltip of %1: %2").arg(w->objectName(), w->toolTip());
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
                const QAbstractItemModel *model = view->model();
                const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                    for (int row = 0; row < model->rowCount(parent); ++row) {
                        for (int column = 0; column < model->columnCount(parent); ++column) {
                            const QModelIndex index = model->index(row, column, parent);
                            const QString tip = index.data(Qt::ToolTipRole).toString();
                            if (tip.contains(kMarker))
                                ++*seen;
                            if (!safeToolTip(tip))
                                problems << QStringLiteral("%1 row %2 column %3 tooltip: %4")
                                                .arg(view->objectName())
                                                .arg(row)
                                                .arg(column)
                                                .arg(tip);
                        }
                        walk(model->index(row, 0, parent));
                    }
                };
                walk(QModelIndex());
            }
        }
    }
    return problems;
}

// Pixels of the hostile red: none of the app's own colours (the blocked vermillion included)
// comes near it.
int redPixels(const QImage &image)
{
    int red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qRed(p) > 200 && qGreen(p) < 60 && qBlue(p) < 60)
                ++red;
        }
    }
    return red;
}

// Shows the tooltip of `index` the way a hovering mouse does; the text it shows.
QString hoverToolTip(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint pos = view->visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(view->viewport(), &event);
    if (!QTest::qWaitFor([] { return QToolTip::isVisible(); }, 5000))
        return {};
    // The tooltip window is a top-level label: audit() checks it too while it shows.
    return QToolTip::text();
}

} // namespace

class TestHostileText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyScreenShowsRemoteTextLiterally();
};

#define AUDIT(where)                                                                                                   \
    do {                                                                                                               \
        int seen = 0;                                                                                                  \
        const QStringList problems = audit(&seen);                                                                     \
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral(where ": ") + problems.join(QStringLiteral("\n"))));   \
        QVERIFY2(seen > 0, where ": no hostile text on screen");                                                      \
    } while (false)

void TestHostileText::everyScreenShowsRemoteTextLiterally()
{
    TestSupport::ScriptedServer server;
    QVERIFY(server.listen());
    server.setResponder(&answer);

    TestSupport::SessionFixture f;
    Niagara::ServerProfile profile;
    profile.id = QStringLiteral("hostile-server");
    profile.name = hostile("server name");
    profile.baseUrl = server.baseUrl();
    QVERIFY(!f.session.saveProfile(profile));
    f.session.switchTo(profile.id);

    BatchDesk::BatchStore store;
    store.setClient(&f.client);
    BatchDesk::PlanningService planning(&f.client);
    BatchDesk::Ui::MainWindow window(&store, &f.settings);
    window.setSession(&f.session);
    window.setPlanningService(&planning);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QSignalSpy loaded(&store, &BatchDesk::BatchStore::loadFinished);
    f.session.usePersonalToken(QStringLiteral("hostile-token"));
    QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), BatchDesk::Session::State::SignedIn, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(store.batch(QStringLiteral("b-1")) != nullptr, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(window.connectionStatusText().contains(kMarker), 30000);

    // --- the board and the detail pane, with the batch selected
    QVERIFY(window.selectFirstBatch());
    QTRY_VERIFY_WITH_TIMEOUT(
        window.detailPane()->relationsState() == BatchDesk::Ui::BatchDetailPane::RelationsState::Loaded, 30000);
    QCOMPARE(window.detailPane()->fieldText(QStringLiteral("batch.label")), hostile("batch"));
    QTest::qWait(100); // laid out and painted
    AUDIT("board with the batch selected");

    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/hostile-text.png");
    const QImage board = window.grab().toImage();
    QVERIFY(board.save(path));
    QCOMPARE(redPixels(board), 0);

    // Tooltips as the mouse shows them: the batch's label and status, the queue and work order rows.
    QTreeView *tree = window.tree();
    const QModelIndex batchRow = tree->currentIndex().siblingAtColumn(BatchDesk::LabelColumn);
    for (const QModelIndex &index : {batchRow.siblingAtColumn(BatchDesk::StatusColumn), batchRow.parent(),
                                     batchRow.parent().parent()}) {
        const QString tip = hoverToolTip(tree, index);
        QVERIFY2(tip.contains(kMarker), qPrintable(tip));
        QVERIFY2(safeToolTip(tip), qPrintable(tip));
        AUDIT("board with a tooltip");
        QToolTip::hideText();
    }

    // The work order's and the queue's summaries in the pane.
    for (const QModelIndex &group : {batchRow.parent(), batchRow.parent().parent()}) {
        tree->setCurrentIndex(group);
        QTest::qWait(20);
        AUDIT("detail pane of a group");
        QCOMPARE(redPixels(window.grab().toImage()), 0);
    }

    // --- deleting: the confirmation quotes the label, the refusal fills the banner
    QVERIFY(window.selectFirstBatch());
    window.deleteAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr && box->isVisible());
    QCOMPARE(box->textFormat(), Qt::PlainText);
    AUDIT("delete confirmation");
    QAbstractButton *confirm = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            confirm = button;
    }
    QVERIFY(confirm);
    confirm->click();
    QTRY_VERIFY_WITH_TIMEOUT(window.errorBanner()->message().contains(hostile("validation message")), 30000);
    QTest::qWait(50);
    AUDIT("error banner");
    QCOMPARE(redPixels(window.grab().toImage()), 0);

    // --- the split wizard, page by page to the review
    {
        BatchDesk::Ui::SplitWorkOrderWizard *wizard = window.openSplitWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QVERIFY(WizardDriver::chooseInCatalog(wizard->workOrderPage()->browser(), QStringLiteral("work"),
                                              QStringLiteral("wo-1")));
        AUDIT("split wizard: work order");
        QVERIFY(WizardDriver::clickNext(*wizard));
        QVERIFY(WizardDriver::chooseInCatalog(wizard->queuePage()->browser(), QString(), QStringLiteral("q-1")));
        AUDIT("split wizard: queue");
        QVERIFY(WizardDriver::clickNext(*wizard));
        AUDIT("split wizard: sizing");
        QVERIFY(WizardDriver::clickNext(*wizard));
        QVERIFY(WizardDriver::tickTechnician(wizard->techniciansPage()->picker(), hostile("technician")));
        AUDIT("split wizard: technicians");
        QVERIFY(WizardDriver::clickNext(*wizard));
        QCOMPARE(wizard->currentId(), int(BatchDesk::Ui::SplitWorkOrderWizard::ReviewPageId));
        AUDIT("split wizard: review");
        wizard->reject();
    }

    // --- the assign wizard, for the selected batch, to the preview
    {
        QVERIFY(window.selectFirstBatch());
        BatchDesk::Ui::AssignTechniciansWizard *wizard = window.openAssignWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QVERIFY(WizardDriver::tickTechnician(wizard->techniciansPage()->picker(), hostile("other technician")));
        AUDIT("assign wizard: technicians");
        QVERIFY(WizardDriver::clickNext(*wizard));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->previewPage()->summaryText().contains(QStringLiteral("Reading")), 30000);
        AUDIT("assign wizard: preview");
        wizard->reject();
    }

    // --- the connection dialog: the server's name and the signed-in user
    {
        BatchDesk::Ui::ConnectionDialog *dialog = window.openConnectionDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        AUDIT("connection dialog");
        dialog->close();
    }

    // The sign-in banner: the same ErrorBanner, with the window's words around the server's name
    // (an expiry itself needs an OAuth refresh that fails, which this server does not speak).
    window.signInBanner()->showError(
        QStringLiteral("Your sign-in to %1 expired — sign in again.").arg(hostile("server name")), [] {},
        QStringLiteral("Sign in again"));
    QTest::qWait(50);
    AUDIT("sign-in banner");
    QCOMPARE(redPixels(window.grab().toImage()), 0);
}

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
