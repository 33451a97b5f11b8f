#include "client/logging.h"

Q_LOGGING_CATEGORY(lcNiagaraHttp, "niagara.client.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNiagaraDecode, "niagara.client.decode", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNiagaraPaging, "niagara.client.paging", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNiagaraAuth, "niagara.client.auth", QtInfoMsg)
