// Fuzz target: problem+json error bodies (RFC 7807) as the client reads them for ApiError —
// Decode::problem() — and the user-facing text ApiError makes from them (message(),
// validationLines()) for every status the client maps. The whole input is the body.

#include "client/apierror.h"
#include "client/decode.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace Niagara;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    const std::optional<Problem> problem = Decode::problem(body);

    // The statuses ApiError maps to kinds, and one it does not; the operation varies with the
    // input so every action text is met without multiplying the work per input.
    static constexpr int kStatuses[] = {400, 401, 403, 404, 423, 429, 500, 418};
    const auto op = static_cast<Operation>(size % (static_cast<std::size_t>(Operation::GetMe) + 1));
    for (const int status : kStatuses) {
        const ApiError error = ApiError::fromHttpStatus(op, status, problem);
        BATCHDESK_FUZZ_CHECK(error.isError());
        BATCHDESK_FUZZ_CHECK(!error.message().isEmpty());
        const QStringList lines = error.validationLines();
        BATCHDESK_FUZZ_CHECK(lines.size() == (problem ? problem->validationMessages.size() : 0));
    }
    return 0;
}
