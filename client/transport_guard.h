#pragma once

// Included first by every header of the transport target (batchdesk_client): NiagaraClient,
// paging, decoding, retries, OAuth sign-in and the keychain. The ui library is compiled with
// BATCHDESK_LAYER_UI defined, so an include of any of them from ui/ stops the build here
// instead of linking the network into a widget. Widgets reach the server through models
// (BatchStore, PlanningService, Session, BatchRelationsModel), which link the transport
// privately; the value types they share are in the domain target (client/domain.h,
// client/requests.h, client/apierror.h, client/statuscategory.h, client/auth/serverprofile.h).
// tests/models/CMakeLists.txt (layering_ui_refuses_*) proves the refusal.

#if defined(BATCHDESK_LAYER_UI) && !defined(BATCHDESK_LAYER_UI_TRANSPORT_EXEMPT)
#error "ui/ must not include the client transport (client/niagaraclient.h and friends); go through a model or service in models/"
#endif
