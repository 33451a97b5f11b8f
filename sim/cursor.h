#pragma once

// Opaque paging cursors. A cursor names the last row of the previous page by its immutable
// seq (keyset paging), so rows inserted meanwhile never shift a page. It is signed with a
// per-database secret so that a tampered or foreign cursor is rejected rather than obeyed.

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string>

namespace sim {

class CursorCodec final
{
public:
    explicit CursorCodec(QByteArray secret);

    // scope ties a cursor to one listing ("batches", "relations:<batch id>", ...).
    std::string encode(const std::string &scope, std::int64_t afterSeq) const;
    std::optional<std::int64_t> decode(const std::string &scope, const std::string &cursor) const;

private:
    QByteArray mac(const QByteArray &payload) const;

    QByteArray m_secret;
};

} // namespace sim
