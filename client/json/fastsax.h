#pragma once

// simdjson as the lexer in front of nlohmann's SAX interface (internal to client/json/).
//
// nlohmann's lexer reads a batch page one character at a time and copies every string a
// character at a time: on a 100,000-batch load it was about a fifth of all CPU samples, as
// much as the rest of the decoder (docs/performance.md, "simdjson in front of the SAX
// reader"). simdjson parses the same page about ten times as fast. The decoders stay what
// they are: SAX handlers (SaxReader) fed the same events in the same order.
//
// The events are nlohmann's exactly, with one deliberate gap: simdjson keeps no number text,
// so a document with a floating-point number is declined (nlohmann then reads it and hands
// the handler the number as the server wrote it). Any document simdjson rejects is declined
// too, before a single event, so the error the user sees is always nlohmann's, with its
// position; a body cut in transit is still told from a malformed one.

#include <nlohmann/json.hpp>

#include <string_view>

namespace Niagara::Json {

enum class FastSax {
    Finished, // every event delivered, the handler accepted all of them
    Stopped,  // the handler returned false; no further events
    Declined, // not attempted or not valid for simdjson: no event was delivered
};

// Bodies larger than this are left to nlohmann: each thread's simdjson parser keeps buffers
// as large as the largest document it has read, and a page of 100 batches is well under 2 MB.
inline constexpr std::size_t kFastSaxMaxBytes = 4 * 1024 * 1024;

// Delivers the SAX events of `json` to `handler` as nlohmann::json::sax_parse (strict) would.
// Integers: negative ones as number_integer, the others as number_unsigned ("-0" arrives as
// unsigned 0 where nlohmann says integer 0; the same number to every reader).
FastSax fastSaxParse(std::string_view json, nlohmann::json_sax<nlohmann::json> &handler);
// Decode::setFastLexerEnabled(false) declines every document.

} // namespace Niagara::Json
