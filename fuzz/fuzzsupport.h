#pragma once

// Shared by the fuzz targets: a broken invariant must stop the fuzzer with a report, even in
// builds without assertions (Q_ASSERT is gone under NDEBUG, and the fuzzer only sees crashes).

#include <cstdio>
#include <cstdlib>

#define BATCHDESK_FUZZ_CHECK(condition)                                                                   \
    do {                                                                                                   \
        if (!(condition)) {                                                                                \
            std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", __FILE__, __LINE__, #condition);    \
            std::abort();                                                                                  \
        }                                                                                                  \
    } while (false)
