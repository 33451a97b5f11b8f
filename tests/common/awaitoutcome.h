#pragma once

// Runs one asynchronous NiagaraClient call to completion inside a test (the event loop keeps
// running while it waits).

#include "client/niagaraclient.h"

#include <QTest>

#include <memory>
#include <optional>

namespace TestSupport {

template <typename T, typename Start>
Niagara::Outcome<T> await(Start start, int timeoutMs = 60000)
{
    auto result = std::make_shared<std::optional<Niagara::Outcome<T>>>();
    start([result](Niagara::Outcome<T> outcome) { *result = std::move(outcome); });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, timeoutMs))
        qFatal("request did not finish");
    return **result;
}

} // namespace TestSupport
