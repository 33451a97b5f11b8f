#pragma once

// One raw HTTP request to niagara-sim (or any loopback server) through QNetworkAccessManager,
// for tests that speak to the sim directly rather than through the client.

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <memory>
#include <utility>

namespace TestSupport {

struct HttpReply
{
    int status = 0; // 0: no answer within 30 s
    QByteArray contentType;
    QByteArray body;
    QJsonObject json; // the body, when it is a JSON object
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray retryAfter;
    QByteArray location; // redirects are never followed
    QByteArray cacheControl;
};

// Sends `verb` to `url` with "Authorization: Bearer <token>" (unless the token is null),
// `body` as `contentType` (when not empty) and any `headers`, and waits for the answer while
// the event loop runs.
inline HttpReply httpCall(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url, const QString &token,
                          const QByteArray &body = {},
                          const QByteArray &contentType = QByteArrayLiteral("application/json"),
                          const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkRequest request(url);
    // Qt 6 follows same-or-safer redirects by default; the OAuth tests read the 302 itself.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isNull())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!body.isEmpty() && !contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (verb == "PATCH")
        request.setRawHeader("Accept-Patch", "application/json");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        return {};
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.error = reply->error();
    r.retryAfter = reply->rawHeader("Retry-After");
    r.location = reply->rawHeader("Location");
    r.cacheControl = reply->rawHeader("Cache-Control");
    return r;
}

} // namespace TestSupport
