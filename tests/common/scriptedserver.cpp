#include "common/scriptedserver.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace TestSupport {

ScriptedAction ScriptedAction::respond(int status, QByteArray body, QList<std::pair<QByteArray, QByteArray>> headers)
{
    ScriptedAction a;
    a.status = status;
    a.body = std::move(body);
    a.headers = std::move(headers);
    return a;
}

ScriptedAction ScriptedAction::json(int status, QByteArray body)
{
    return respond(status, std::move(body), {{"Content-Type", "application/json"}});
}

ScriptedAction ScriptedAction::problem(int status, QByteArray body)
{
    return respond(status, std::move(body), {{"Content-Type", "application/problem+json"}});
}

ScriptedAction ScriptedAction::reset()
{
    ScriptedAction a;
    a.kind = Kind::Reset;
    return a;
}

ScriptedAction ScriptedAction::hang()
{
    ScriptedAction a;
    a.kind = Kind::Hang;
    return a;
}

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
}

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
}

QUrl ScriptedServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_buffers.remove(socket) && socket->property("hanging").toBool())
                ++m_clientAborts;
            socket->deleteLater();
        });
        m_buffers.insert(socket, {});
    }
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.startsWith('\x16')) {
        // A TLS ClientHello on this plain-HTTP server: answer in plain text, as a
        // misconfigured server would, so the client's handshake fails at once.
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        RecordedRequest request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() >= 2) {
            request.method = requestLine.at(0);
            request.target = requestLine.at(1);
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // wait for the rest of the body
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);

        const ScriptedAction action = m_responder ? m_responder(request)
                                                  : (m_script.isEmpty() ? m_fallback : m_script.takeFirst());
        switch (action.kind) {
        case ScriptedAction::Kind::Reset:
            // SO_LINGER with a zero timeout makes close() send RST: the peer sees a connection
            // reset, not a clean end of stream.
            {
                const linger hard{1, 0};
                ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            }
            socket->abort();
            return;
        case ScriptedAction::Kind::Hang:
            socket->setProperty("hanging", true);
            return;
        case ScriptedAction::Kind::Respond: {
            QByteArray response = "HTTP/1.1 " + QByteArray::number(action.status) + " Scripted\r\n";
            for (const auto &[name, value] : action.headers)
                response += name + ": " + value + "\r\n";
            if (action.closeWithoutLength) {
                response += "Connection: close\r\n\r\n";
                response += action.body;
                socket->write(response);
                socket->disconnectFromHost();
                return;
            }
            response += "Content-Length: " + QByteArray::number(action.body.size()) + "\r\n";
            response += "Connection: keep-alive\r\n\r\n";
            response += action.body;
            socket->write(response);
            break;
        }
        }
    }
}

} // namespace TestSupport
