#pragma once

#include <QLoggingCategory>

// One logging category per area of the client. Nothing logged here ever contains a token:
// requests are logged by method, path and status only.
Q_DECLARE_LOGGING_CATEGORY(lcNiagaraHttp)
Q_DECLARE_LOGGING_CATEGORY(lcNiagaraDecode)
Q_DECLARE_LOGGING_CATEGORY(lcNiagaraPaging)
Q_DECLARE_LOGGING_CATEGORY(lcNiagaraAuth)
