#pragma once

// JSON bodies for the scripted server. Kept out of the test's translation unit because moc
// mis-reads raw string literals that contain "//".

#include <QByteArray>
#include <QString>
#include <QStringList>

QByteArray batchJson(const QString &id, int order = 1);
QByteArray pageJson(const QStringList &ids, int total, const QString &nextCursor, const QString &nextHost = QString());
QByteArray problemJson(int status, const QByteArray &title, const QByteArray &detail);
QByteArray badRequestJson();
QByteArray emptyRelationPageJson();
