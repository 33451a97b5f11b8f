#pragma once

// What the QR code on a printed batch traveler holds: "BATCH-" and the batch id. Batch ids are
// [0-9a-zA-Z_-]+ (the contract), so the payload is plain ASCII that a keyboard-wedge scanner
// types without surprises. The prefix tells a traveler's code apart from a batch label that
// happens to equal another batch's id; a code is first tried as a batch id anyway (scanning
// looks up ids, then payloads, then labels, then unit labels).

#include <QString>

#include <optional>

namespace BatchDesk {

inline constexpr QLatin1StringView kTravelerPayloadPrefix("BATCH-");

inline QString travelerPayload(const QString &batchId)
{
    return QString(kTravelerPayloadPrefix + batchId);
}

// The batch id in a traveler's payload; nullopt when `code` is not one (no prefix, or nothing
// after it). Case of the prefix is ignored: some scanners are set to send capitals only.
inline std::optional<QString> batchIdFromTravelerPayload(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (!trimmed.startsWith(kTravelerPayloadPrefix, Qt::CaseInsensitive) || trimmed.size() == kTravelerPayloadPrefix.size())
        return std::nullopt;
    return trimmed.mid(kTravelerPayloadPrefix.size());
}

} // namespace BatchDesk
