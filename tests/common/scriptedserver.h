#pragma once

// A loopback HTTP/1.1 server that answers each request with the next scripted action: a
// response, an abrupt connection reset, or silence (to provoke timeouts). It records every
// request it receives so tests can assert what the client actually sent.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace TestSupport {

struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // raw request target, exactly as sent ("/batches?limit=100&offset=...")
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;
};

struct ScriptedAction
{
    enum class Kind { Respond, Reset, Hang };
    Kind kind = Kind::Respond;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // No Content-Length: the body ends when the server closes the connection (HTTP/1.0
    // style), so a client can only learn the size while it downloads.
    bool closeWithoutLength = false;

    static ScriptedAction respond(int status, QByteArray body = {},
                                  QList<std::pair<QByteArray, QByteArray>> headers = {});
    static ScriptedAction json(int status, QByteArray body);
    static ScriptedAction problem(int status, QByteArray body);
    static ScriptedAction reset();
    static ScriptedAction hang();
};

class ScriptedServer final : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedServer(QObject *parent = nullptr);
    bool listen();
    QUrl baseUrl() const;

    void enqueue(const ScriptedAction &action) { m_script.append(action); }
    // Used when the script is empty.
    void setFallback(const ScriptedAction &action) { m_fallback = action; }
    // Picks the answer from the request instead of the script (for paging tests).
    void setResponder(std::function<ScriptedAction(const RecordedRequest &)> responder) { m_responder = std::move(responder); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return static_cast<int>(m_requests.size()); }
    int connectionsAborted() const { return m_clientAborts; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    QList<ScriptedAction> m_script;
    ScriptedAction m_fallback = ScriptedAction::respond(500, "no script");
    std::function<ScriptedAction(const RecordedRequest &)> m_responder;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_clientAborts = 0;
};

} // namespace TestSupport
