// Renders the main window on the demo seed, loaded from niagara-sim through a real
// NiagaraClient, into mainwindow-demo.png next to the test binary (a test artifact).

#include "common/simprocess.h"
#include "client/niagaraclient.h"
#include "models/batchstore.h"
#include "ui/batchdetailpane.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindowOnDemoData();
};

void TestScreenshot::mainWindowOnDemoData()
{
    TestSupport::SimProcess sim;
    QString error;
    QVERIFY2(sim.start(QStringLiteral("demo"), {}, &error), qPrintable(error));

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("batchdesk.ini")), QSettings::IniFormat);
    QNetworkAccessManager network;
    Niagara::NiagaraClient client(&network);
    client.setBaseUrl(sim.baseUrl());
    client.setBearerToken(sim.managerToken());
    BatchDesk::BatchStore store;
    store.setClient(&client);
    BatchDesk::Ui::MainWindow window(&store, &client, &settings);
    window.resize(1440, 860);
    window.show();
    QSignalSpy finished(&store, &BatchDesk::BatchStore::loadFinished);
    window.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 120000);
    QVERIFY2(window.errorBanner()->message().isEmpty(), qPrintable(window.errorBanner()->message()));
    QCOMPARE(store.size(), 1200);
    QVERIFY(window.loadProgressText().contains(QStringLiteral("1,200")));

    QVERIFY(window.selectFirstBatch());
    QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->relationsState() == BatchDesk::Ui::BatchDetailPane::RelationsState::Loaded,
                             30000);
    QVERIFY(!window.detailPane()->fieldText(QStringLiteral("customer.label")).isEmpty());
    QTest::qWait(200); // let the pane lay out before the picture

    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/mainwindow-demo.png");
    const QImage image = window.grab().toImage();
    QVERIFY(image.save(path));
    QVERIFY(QFileInfo(path).size() > 0);
    // Not blank: a real board has text, bars in six colours, selection, alternating rows.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
}

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
