#include "client/apierror.h"

#include <QTest>

using Niagara::ApiError;
using Niagara::Operation;

Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(Niagara::Operation)

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusMapsToKind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<bool>("transient");
        QTest::newRow("400") << 400 << ApiError::Kind::BadRequest << false;
        QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized << false;
        QTest::newRow("403") << 403 << ApiError::Kind::Forbidden << false;
        QTest::newRow("404") << 404 << ApiError::Kind::NotFound << false;
        QTest::newRow("423") << 423 << ApiError::Kind::Locked << false;
        QTest::newRow("429") << 429 << ApiError::Kind::RateLimited << true;
        QTest::newRow("500") << 500 << ApiError::Kind::ServerError << true;
        QTest::newRow("503") << 503 << ApiError::Kind::ServerError << true;
        QTest::newRow("599") << 599 << ApiError::Kind::ServerError << true;
        QTest::newRow("409") << 409 << ApiError::Kind::UnexpectedStatus << false;
        QTest::newRow("302") << 302 << ApiError::Kind::UnexpectedStatus << false;
    }
    void statusMapsToKind()
    {
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        QFETCH(bool, transient);
        const ApiError error = ApiError::fromHttpStatus(Operation::GetBatch, status, std::nullopt);
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.isTransient(), transient);
        QVERIFY(!error.message().isEmpty());
    }

    void forbiddenNamesThePermission_data()
    {
        QTest::addColumn<Niagara::Operation>("op");
        QTest::addColumn<QString>("permission");
        QTest::newRow("list") << Operation::ListBatches << QStringLiteral("batch:all");
        QTest::newRow("create") << Operation::CreateBatch << QStringLiteral("batch:create");
        QTest::newRow("split") << Operation::CreateBatches << QStringLiteral("batch:update");
        QTest::newRow("delete") << Operation::DeleteBatch << QStringLiteral("batch:delete");
        QTest::newRow("attach") << Operation::CreateRelation << QStringLiteral("batch:attach");
        QTest::newRow("detach") << Operation::DeleteRelation << QStringLiteral("batch:detach");
    }
    void forbiddenNamesThePermission()
    {
        QFETCH(Niagara::Operation, op);
        QFETCH(QString, permission);
        const ApiError error = ApiError::fromHttpStatus(op, 403, std::nullopt);
        QCOMPARE(error.requiredPermission(), permission);
        QVERIFY2(error.message().contains(permission), qPrintable(error.message()));
    }

    void badRequestListsFields()
    {
        Niagara::Problem problem;
        problem.status = 400;
        problem.detail = QStringLiteral("Invalid Data");
        problem.validationMessages.append({QStringLiteral("minimum"), QStringLiteral(".number_cycles"), QString(),
                                           QStringLiteral("must be >= 1"), QString()});
        problem.validationMessages.append({QStringLiteral("required"), QStringLiteral(".queue.queue_id"), QString(),
                                           QStringLiteral("is required"), QString()});
        const ApiError error = ApiError::fromHttpStatus(Operation::CreateBatch, 400, problem);
        const QStringList lines = error.validationLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("number_cycles")));
        QVERIFY(lines.at(0).contains(QStringLiteral("must be >= 1")));
        QVERIFY(error.message().contains(QStringLiteral("queue.queue_id: is required")));
    }

    void nonHttpKindsHaveDistinctMessages()
    {
        QSet<QString> messages;
        for (ApiError::Kind kind : {ApiError::Kind::Network, ApiError::Kind::Timeout, ApiError::Kind::Tls,
                                    ApiError::Kind::InvalidResponse, ApiError::Kind::Cancelled}) {
            const ApiError error(kind, Operation::ListBatches);
            QVERIFY(error.isError());
            messages.insert(error.message());
        }
        QCOMPARE(messages.size(), 5);
        QVERIFY(!ApiError().isError());
        QVERIFY(ApiError().message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
