#include "cursor.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <utility>

namespace sim {

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qsizetype kMacBytes = 12;
} // namespace

CursorCodec::CursorCodec(QByteArray secret)
    : m_secret(std::move(secret))
{
}

QByteArray CursorCodec::mac(const QByteArray &payload) const
{
    return QMessageAuthenticationCode::hash(payload, m_secret, QCryptographicHash::Sha256).left(kMacBytes);
}

std::string CursorCodec::encode(const std::string &scope, std::int64_t afterSeq) const
{
    QByteArray payload = QByteArray::fromStdString(scope);
    payload.append('|').append(QByteArray::number(afterSeq));
    QByteArray signedPayload = payload;
    signedPayload.append('|').append(mac(payload));
    return signedPayload.toBase64(kBase64).toStdString();
}

std::optional<std::int64_t> CursorCodec::decode(const std::string &scope, const std::string &cursor) const
{
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(cursor),
                                                        kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &raw = *decoded;
    if (raw.size() <= kMacBytes + 1 || raw.at(raw.size() - kMacBytes - 1) != '|')
        return std::nullopt;
    const QByteArray payload = raw.left(raw.size() - kMacBytes - 1);
    if (mac(payload) != raw.right(kMacBytes))
        return std::nullopt;
    const qsizetype bar = payload.lastIndexOf('|');
    if (bar < 0 || payload.left(bar) != QByteArray::fromStdString(scope))
        return std::nullopt;
    bool ok = false;
    const qlonglong seq = payload.mid(bar + 1).toLongLong(&ok);
    if (!ok || seq < 0)
        return std::nullopt;
    return seq;
}

} // namespace sim
