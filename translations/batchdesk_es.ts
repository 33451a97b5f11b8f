<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BatchDesk::ActivityModel</name>
    <message numerus="yes">
        <source>Undo is possible for %Ln more minute(s), until %1.</source>
        <translation>
            <numerusform>Se puede deshacer durante %Ln minuto más, hasta las %1.</numerusform>
            <numerusform>Se puede deshacer durante %Ln minutos más, hasta las %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An undo is not undone.</source>
        <translation>Una acción de deshacer no se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleted batches cannot be brought back from here.</source>
        <translation>Los lotes eliminados no se pueden recuperar desde aquí.</translation>
    </message>
    <message>
        <source>Already undone.</source>
        <translation>Ya se deshizo.</translation>
    </message>
    <message>
        <source>Nothing was done, so there is nothing to undo.</source>
        <translation>No se hizo nada, así que no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>The undo window ended at %1.</source>
        <translation>El plazo para deshacer terminó el %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::ActivityRecord</name>
    <message>
        <source>Done: %1 of %2</source>
        <translation>Hecho: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Partly done: %1 of %2, %Ln failed or not attempted</source>
        <translation>
            <numerusform>Hecho en parte: %1 de %2, %Ln fallido o sin intentar</numerusform>
            <numerusform>Hecho en parte: %1 de %2, %Ln fallidos o sin intentar</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 of %2 done</source>
        <translation>Fallido: %1 de %2 hechos</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::DemoWorkspace</name>
    <message>
        <source>The demo server did not start within %1 seconds.</source>
        <translation>El servidor de demostración no se inició en %1 segundos.</translation>
    </message>
    <message>
        <source>The demo server (niagara-sim) was not found next to BatchDesk in %1.</source>
        <translation>No se encontró el servidor de demostración (niagara-sim) junto a BatchDesk en %1.</translation>
    </message>
    <message>
        <source>Could not create the folder for the demo data: %1</source>
        <translation>No se pudo crear la carpeta para los datos de demostración: %1</translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>No se pudo iniciar el servidor de demostración: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>se cerró por un fallo</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly (%1).</source>
        <translation>El servidor de demostración se detuvo inesperadamente (%1).</translation>
    </message>
    <message>
        <source>The demo server stopped while starting (%1).</source>
        <translation>El servidor de demostración se detuvo mientras se iniciaba (%1).</translation>
    </message>
    <message>
        <source>The demo server answered unexpectedly: %1</source>
        <translation>El servidor de demostración respondió de forma inesperada: %1</translation>
    </message>
    <message>
        <source>The demo server reported an invalid address: %1</source>
        <translation>El servidor de demostración indicó una dirección no válida: %1</translation>
    </message>
    <message>
        <source>The demo server keeps stopping and was not started again. %1</source>
        <translation>El servidor de demostración se detiene una y otra vez y no se volvió a iniciar. %1</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::Main</name>
    <message>
        <source>Shop-floor batch board for the Niagara API.</source>
        <translation>Tablero de lotes para la planta de producción con la API de Niagara.</translation>
    </message>
    <message>
        <source>Niagara API base URL: the saved server with this address becomes the current one (a new one is saved). Without it, the last server used (at first the demo workspace).</source>
        <translation>URL base de la API de Niagara: el servidor guardado con esta dirección pasa a ser el actual (si no existe, se guarda uno nuevo). Sin esta opción, se usa el último servidor utilizado (la primera vez, el espacio de demostración).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after the first load, then quit.</source>
        <translation>Guarda una imagen de la ventana en FILE tras la primera carga y después se cierra.</translation>
    </message>
    <message>
        <source>SQLite file of the demo workspace (default: in the app data folder).</source>
        <translation>Archivo SQLite del espacio de demostración (predeterminado: en la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <source>The server address “%1” is not a valid URL.</source>
        <translation>La dirección del servidor “%1” no es una URL válida.</translation>
    </message>
    <message>
        <source>Sign the demo workspace in as the seeded user with this email address (default: the production manager dana.whitfield@demo.batchdesk.test).</source>
        <translation>Iniciar la sesión del espacio de demostración como el usuario de ejemplo con esta dirección de correo (predeterminado: la jefa de producción dana.whitfield@demo.batchdesk.test).</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>The desk to open with: board, planning or mywork.</source>
        <translation>El escritorio con el que abrir: board, planning o mywork.</translation>
    </message>
    <message>
        <source>Start in shop-floor mode (full screen, larger type and targets).</source>
        <translation>Empezar en modo taller (pantalla completa, letra y controles más grandes).</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::SignInBrowser</name>
    <message>
        <source>No web browser could be opened for signing in. Use a personal token instead, or set a default browser.</source>
        <translation>No se pudo abrir ningún navegador web para iniciar sesión. Use un token personal o configure un navegador predeterminado.</translation>
    </message>
    <message>
        <source>the demo server could not be reached</source>
        <translation>no se pudo contactar con el servidor de demostración</translation>
    </message>
    <message>
        <source>the demo server answered HTTP %1</source>
        <translation>el servidor de demostración respondió HTTP %1</translation>
    </message>
    <message>
        <source>The demo workspace could not sign in: %1</source>
        <translation>El espacio de demostración no pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <source>The demo workspace could not sign in: its server is not running.</source>
        <translation>El espacio de demostración no pudo iniciar sesión: su servidor no está en marcha.</translation>
    </message>
    <message>
        <source>it has no user with the email address “%1”</source>
        <translation>no tiene ningún usuario con la dirección de correo «%1»</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::WorkspaceConnector</name>
    <message>
        <source>Starting the demo workspace…</source>
        <translation>Iniciando el espacio de demostración…</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de demostración</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly; starting it again…</source>
        <translation>El servidor de demostración se detuvo inesperadamente; volviendo a iniciarlo…</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly and was restarted.</source>
        <translation>El servidor de demostración se detuvo inesperadamente y se reinició.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::BatchCyclesFeed</name>
    <message>
        <source>You have no access to this batch&apos;s units: %1</source>
        <translation>No tiene acceso a las unidades de este lote: %1</translation>
    </message>
    <message>
        <source>The units could not be loaded.</source>
        <translation>No se pudieron cargar las unidades.</translation>
    </message>
    <message>
        <source>This server does not list the units of a batch.</source>
        <translation>Este servidor no enumera las unidades de un lote.</translation>
    </message>
    <message>
        <source>This batch no longer exists on the server.</source>
        <translation>Este lote ya no existe en el servidor.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::BatchRelationsModel</name>
    <message>
        <source>You have no access to this batch&apos;s relations: %1</source>
        <translation>No tiene acceso a las relaciones de este lote: %1</translation>
    </message>
    <message>
        <source>This batch no longer exists on the server.</source>
        <translation>Este lote ya no existe en el servidor.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::BatchTreeModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Queue / Work order / Batch</source>
        <translation>Cola / Orden de trabajo / Lote</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Number of cycles</source>
        <translation>Número de ciclos</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% completado</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Column: the work order&apos;s due date.</extracomment>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Column: the batch&apos;s position in its queue (batches are worked in this order).</extracomment>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lote %1</translation>
    </message>
    <message>
        <source>%1 of %2 batches</source>
        <translation>%1 de %2 lotes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lote</numerusform>
            <numerusform>%Ln lotes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 needed</source>
        <translation>%1 de %2 necesarios</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 y %Ln más</numerusform>
            <numerusform>%1 y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Prioridad %1</translation>
    </message>
    <message numerus="yes">
        <source>Server total: %Ln batch(es)</source>
        <translation>
            <numerusform>Total en el servidor: %Ln lote</numerusform>
            <numerusform>Total en el servidor: %Ln lotes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycles needed: %1</source>
        <extracomment>Tooltip of a work order&apos;s progress bar, after the counts per status</extracomment>
        <translation>Ciclos necesarios: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; languages that put a (non-breaking) space before % write &quot;%1 %&quot;.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 (%2 counted)</source>
        <extracomment>Cycles column of a batch whose counts per status add up to another number</extracomment>
        <translation>%1 (%2 contados)</translation>
    </message>
    <message>
        <source>The cycle counts by status add up to %1, but the batch has %2 cycles. Progress is worked out from the larger number.</source>
        <translation>Los ciclos por estado suman %1, pero el lote tiene %2 ciclos. El progreso se calcula con el número mayor.</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <extracomment>Due-date cell of a work order past its due date with cycles still to complete</extracomment>
        <translation>%1 — fuera de plazo</translation>
    </message>
    <message>
        <source>%1, %2 of %3 cycles complete, %4</source>
        <translation>%1, %2 de %3 ciclos completados, %4</translation>
    </message>
    <message>
        <source>, %1 blocked</source>
        <extracomment>Appended to a row&apos;s spoken summary</extracomment>
        <translation>, %1 bloqueados</translation>
    </message>
    <message>
        <source>, overdue</source>
        <extracomment>Appended to a row&apos;s spoken summary</extracomment>
        <translation>, fuera de plazo</translation>
    </message>
    <message>
        <source>No cycles</source>
        <translation>Sin ciclos</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>Tooltip line of the cycle progress bar: category name, count, percentage of all cycles</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Past its due date with cycles still to complete</source>
        <translation>Fecha de vencimiento superada con ciclos aún sin terminar</translation>
    </message>
    <message>
        <source>In batches: %1 (%2)</source>
        <translation>En lotes: %1 (%2)</translation>
    </message>
    <message>
        <source>Not in a batch yet: %1</source>
        <extracomment>The hatched part of a work order&apos;s progress bar; also its legend name</extracomment>
        <translation>Aún sin lote: %1</translation>
    </message>
</context>
<context>
    <name>BatchDesk::BoardCache</name>
    <message>
        <source>The board could not be saved for the next start: %1</source>
        <translation>No se pudo guardar el tablero para el próximo inicio: %1</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::BatchListing</name>
    <message numerus="yes">
        <source>%1  [%2]  priority %3  %Ln batch(es)</source>
        <extracomment>CLI table, queue line: label, [id], priority, number of batches.</extracomment>
        <translation>
            <numerusform>%1  [%2]  prioridad %3  %Ln lote</numerusform>
            <numerusform>%1  [%2]  prioridad %3  %Ln lotes</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lote</numerusform>
            <numerusform>%Ln lotes</numerusform>
        </translation>
    </message>
    <message>
        <source>(server total %1)</source>
        <translation>(total en el servidor: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln omitido</numerusform>
            <numerusform>%Ln omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped item %1: %2: %3</source>
        <translation>elemento omitido %1: %2: %3</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::CliRunner</name>
    <message>
        <source>Base URL of the Niagara API (default: $NIAGARA_SERVER).</source>
        <translation>URL base de la API de Niagara (predeterminada: $NIAGARA_SERVER).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>Formato de salida: table, json o csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Batches per request, 1-100.</source>
        <translation>Lotes por solicitud, 1-100.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Relation type, e.g. technician.</source>
        <translation>Tipo de relación, p. ej., technician.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Entity type, e.g. USER.</source>
        <translation>Tipo de entidad, p. ej., USER.</translation>
    </message>
    <message>
        <source>Entity id.</source>
        <translation>ID de la entidad.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>INWARD or OUTWARD.</source>
        <translation>INWARD o OUTWARD.</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Work order id.</source>
        <translation>ID de la orden de trabajo.</translation>
    </message>
    <message>
        <source>Queue id for the new batches.</source>
        <translation>ID de la cola para los lotes nuevos.</translation>
    </message>
    <message>
        <source>Cycles per batch.</source>
        <translation>Ciclos por lote.</translation>
    </message>
    <message>
        <source>Number of batches.</source>
        <translation>Número de lotes.</translation>
    </message>
    <message>
        <source>last: the last batch is smaller; spread: sizes differ by at most one.</source>
        <translation>last: el último lote es más pequeño; spread: los tamaños difieren como máximo en uno.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>criterio</translation>
    </message>
    <message>
        <source>Technician user id (repeatable).</source>
        <translation>ID de usuario del técnico (repetible).</translation>
    </message>
    <message>
        <source>user_id</source>
        <translation>id_usuario</translation>
    </message>
    <message>
        <source>One technician per batch in turn, instead of all on every batch.</source>
        <translation>Un técnico por lote, por turnos, en lugar de todos en cada lote.</translation>
    </message>
    <message>
        <source>Label pattern: {work_order} {queue} {n} {total} {size}.</source>
        <translation>Patrón de etiqueta: {work_order} {queue} {n} {total} {size}.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>patrón</translation>
    </message>
    <message>
        <source>Cycles to split (default: all the work order still needs).</source>
        <translation>Ciclos que se dividirán (predeterminado: todos los que la orden de trabajo aún necesita).</translation>
    </message>
    <message>
        <source>Allow splitting more cycles than the work order still needs.</source>
        <translation>Permite dividir más ciclos de los que la orden de trabajo aún necesita.</translation>
    </message>
    <message>
        <source>One POST per batch (applies labels and queue order) instead of one PATCH per batch size.</source>
        <translation>Un POST por lote (aplica las etiquetas y la posición en la cola) en lugar de un PATCH por tamaño de lote.</translation>
    </message>
    <message>
        <source>Print the plan and its requests; send nothing.</source>
        <translation>Muestra el plan y sus solicitudes; no envía nada.</translation>
    </message>
    <message>
        <source>Batch id (repeatable).</source>
        <translation>ID del lote (repetible).</translation>
    </message>
    <message>
        <source>Make the given technicians the batches&apos; only ones.</source>
        <translation>Hace que los técnicos indicados sean los únicos de los lotes.</translation>
    </message>
    <message>
        <source>batches, relations or workorders</source>
        <translation>batches, relations o workorders</translation>
    </message>
    <message>
        <source>list, get, delete, assign, add, remove or split</source>
        <translation>list, get, delete, assign, add, remove o split</translation>
    </message>
    <message>
        <source>Run with --help for usage.</source>
        <translation>Ejecute con --help para ver el uso.</translation>
    </message>
    <message>
        <source>Missing command: expected e.g. &quot;batches list&quot;.</source>
        <translation>Falta el comando: se esperaba, p. ej., &quot;batches list&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1 %2&quot; takes %Ln argument(s).</source>
        <translation>
            <numerusform>&quot;%1 %2&quot; requiere %Ln argumento.</numerusform>
            <numerusform>&quot;%1 %2&quot; requiere %Ln argumentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Comando desconocido: &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation>Formato desconocido &quot;%1&quot;: use table, json o csv.</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to 100.</source>
        <translation>--page-size debe ser un número entero entre 1 y 100.</translation>
    </message>
    <message>
        <source>--direction must be INWARD or OUTWARD.</source>
        <translation>--direction debe ser INWARD o OUTWARD.</translation>
    </message>
    <message>
        <source>&quot;relations add&quot; needs --relation, --entity-type and --entity-id.</source>
        <translation>&quot;relations add&quot; necesita --relation, --entity-type y --entity-id.</translation>
    </message>
    <message>
        <source>&quot;workorders split&quot; needs --work-order and --queue.</source>
        <translation>&quot;workorders split&quot; necesita --work-order y --queue.</translation>
    </message>
    <message>
        <source>Give exactly one of --batch-size and --batches.</source>
        <translation>Indique exactamente una de las opciones --batch-size y --batches.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least 1.</source>
        <translation>--%1 debe ser un número entero mayor o igual que 1.</translation>
    </message>
    <message>
        <source>--remainder must be last or spread.</source>
        <translation>--remainder debe ser last o spread.</translation>
    </message>
    <message>
        <source>--cycles must be a whole number of at least 1.</source>
        <translation>--cycles debe ser un número entero mayor o igual que 1.</translation>
    </message>
    <message>
        <source>&quot;batches assign&quot; needs at least one --batch and one --technician.</source>
        <translation>&quot;batches assign&quot; necesita al menos un --batch y un --technician.</translation>
    </message>
    <message>
        <source>Give the server&apos;s base URL with --server (http or https).</source>
        <translation>Indique la URL base del servidor con --server (http o https).</translation>
    </message>
    <message>
        <source>No saved sign-in for %1. Sign in to this server in BatchDesk (Connection…), or set NIAGARA_TOKEN to a bearer token.</source>
        <translation>No hay ningún inicio de sesión guardado para %1. Inicie sesión en este servidor en BatchDesk (Conexión…) o defina NIAGARA_TOKEN con un token de portador.</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 could not be read: %2 Set NIAGARA_TOKEN instead.</source>
        <translation>No se pudo leer el inicio de sesión guardado para %1: %2 Defina NIAGARA_TOKEN en su lugar.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 in the keychain. Sign in to this server in BatchDesk (Connection…), or set NIAGARA_TOKEN to a bearer token.</source>
        <translation>No hay ningún inicio de sesión guardado para %1 en el llavero. Inicie sesión en este servidor en BatchDesk (Conexión…) o defina NIAGARA_TOKEN con un token de portador.</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 has expired. Open BatchDesk on this server to renew it, or set NIAGARA_TOKEN.</source>
        <translation>El inicio de sesión guardado para %1 ha caducado. Abra BatchDesk con este servidor para renovarlo o defina NIAGARA_TOKEN.</translation>
    </message>
    <message>
        <source>Skipped batch %1 (%2): %3</source>
        <translation>Se omitió el lote %1 (%2): %3</translation>
    </message>
    <message>
        <source>Deleted batch %1.</source>
        <translation>Se eliminó el lote %1.</translation>
    </message>
    <message>
        <source>Created relation %1.</source>
        <translation>Se creó la relación %1.</translation>
    </message>
    <message>
        <source>Removed relation %1.</source>
        <translation>Se quitó la relación %1.</translation>
    </message>
    <message>
        <source>Planning commands print a table or json (--format table|json).</source>
        <translation>Los comandos de planificación muestran una tabla o json (--format table|json).</translation>
    </message>
    <message>
        <source>planning report: a technician is overloaded above this many days of work (default: the desktop app&apos;s setting, else 5).</source>
        <translation>planning report: un técnico está sobrecargado por encima de este número de días de trabajo (predeterminado: el ajuste de la aplicación de escritorio o, si no, 5).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>planning report: neither read nor add to the completion history.</source>
        <translation>planning report: no leer ni ampliar el historial de ciclos completados.</translation>
    </message>
    <message>
        <source>--overload-days takes a number of days above 0.</source>
        <translation>--overload-days requiere un número de días mayor que 0.</translation>
    </message>
    <message>
        <source>Command-line access to Niagara batches.

Commands:
  batches list                       every batch, grouped by queue and work order
  batches get BATCH_ID               one batch
  batches delete BATCH_ID            delete a batch
  batches mine                       your batches in the order to work them: blocked, in progress,
                                     next, done today
  batches cycles BATCH_ID [--status CATEGORY]
                                     a batch&apos;s units (cycles), optionally of one status category
  batches assign --batch ID... --technician USER_ID... [--replace]
                                     add (or replace) technicians on batches
  workorders split --work-order ID --queue ID (--batch-size N | --batches N)
                   [--remainder last|spread] [--technician USER_ID...] [--round-robin]
                   [--label PATTERN] [--cycles N [--allow-over-split]] [--individually] [--dry-run]
                                     split a work order&apos;s remaining cycles into batches
  relations list BATCH_ID            a batch&apos;s relations (filters: --entity-type, --relation, --direction)
  relations add BATCH_ID             relate an entity (--relation, --entity-type, --entity-id)
  relations remove BATCH_ID RELATION_ID
  planning report [--overload-days N] [--no-history]
                                     the planning desk&apos;s queues, work orders and technicians:
                                     pace, backlog, projected finish, risk, load

The bearer token is read from the NIAGARA_TOKEN environment variable; without it, from the sign-in
the BatchDesk desktop app saved for --server in the system keychain.
Exit codes: 0 success, 2 usage error, 3 API error, 4 partial failure (some items failed).</source>
        <translation>Acceso por línea de comandos a los lotes de Niagara.

Comandos:
  batches list                       todos los lotes, agrupados por cola y orden de trabajo
  batches get ID_LOTE                un lote
  batches delete ID_LOTE             elimina un lote
  batches mine                       sus lotes en el orden de trabajo: bloqueados, en curso,
                                     siguientes, terminados hoy
  batches cycles ID_LOTE [--status CATEGORÍA]
                                     las unidades (ciclos) de un lote, opcionalmente de una sola categoría de estado
  batches assign --batch ID... --technician ID_USUARIO... [--replace]
                                     añade (o reemplaza) técnicos en los lotes
  workorders split --work-order ID --queue ID (--batch-size N | --batches N)
                   [--remainder last|spread] [--technician ID_USUARIO...] [--round-robin]
                   [--label PATRÓN] [--cycles N [--allow-over-split]] [--individually] [--dry-run]
                                     divide en lotes los ciclos restantes de una orden de trabajo
  relations list ID_LOTE             relaciones de un lote (filtros: --entity-type, --relation, --direction)
  relations add ID_LOTE              relaciona una entidad (--relation, --entity-type, --entity-id)
  relations remove ID_LOTE ID_RELACIÓN
  planning report [--overload-days N] [--no-history]
                                     las colas, órdenes de trabajo y técnicos de la planificación:
                                     ritmo, trabajo pendiente, fin previsto, riesgo, carga

El token de portador se lee de la variable de entorno NIAGARA_TOKEN; si no está definida, del inicio de sesión
que la aplicación de escritorio BatchDesk guardó para --server en el llavero del sistema.
Códigos de salida: 0 éxito, 2 error de uso, 3 error de la API, 4 fallo parcial (algunos elementos fallaron).</translation>
    </message>
    <message>
        <source>A status category: PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED or CANCELLED.</source>
        <translation>Una categoría de estado: PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED o CANCELLED.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>--status must be PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED or CANCELLED.</source>
        <translation>--status debe ser PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED o CANCELLED.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::PlanningCommand</name>
    <message>
        <source>No user with id “%1” on the server.</source>
        <translation>No hay ningún usuario con el ID “%1” en el servidor.</translation>
    </message>
    <message>
        <source>No work order with id “%1” on the server.</source>
        <translation>No hay ninguna orden de trabajo con el ID “%1” en el servidor.</translation>
    </message>
    <message>
        <source>No queue with id “%1” on the server.</source>
        <translation>No hay ninguna cola con el ID “%1” en el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 cycles still to batch; this plan makes %Ln batch(es) with %3 cycles:</source>
        <translation>
            <numerusform>Quedan %1 de %2 ciclos por poner en lotes; este plan crea %Ln lote con %3 ciclos:</numerusform>
            <numerusform>Quedan %1 de %2 ciclos por poner en lotes; este plan crea %Ln lotes con %3 ciclos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Solicitudes:</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 not attempted.</source>
        <translation>%1 correctos, %2 fallidos, %3 sin intentar.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::PlanningReport</name>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>%1 active, %2/day, backlog %3 days</source>
        <extracomment>CLI planning table, queue line: label, active cycles, pace, backlog days, overloaded or not.</extracomment>
        <translation>%1 activos, %2/día, pendiente %3 días</translation>
    </message>
    <message>
        <source>OVERLOADED</source>
        <translation>SOBRECARGADA</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Órdenes de trabajo</translation>
    </message>
    <message>
        <source>%1 of %2 left, %3/day, finish %4, due %5</source>
        <translation>quedan %1 de %2, %3/día, fin %4, vence %5</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>%1 open cycles, %2/day, load %3 days</source>
        <translation>%1 ciclos abiertos, %2/día, carga %3 días</translation>
    </message>
</context>
<context>
    <name>BatchDesk::CodeLookup</name>
    <message>
        <source>No batch or unit matches “%1”.</source>
        <translation>Ningún lote ni unidad coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n batches hold a unit labelled “%1”: choose one.</source>
        <translation>
            <numerusform>%n lote contiene una unidad «%1»: elija uno.</numerusform>
            <numerusform>%n lotes contienen una unidad «%1»: elija uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batches are labelled “%1”: choose one.</source>
        <translation>
            <numerusform>%n lote se llama «%1»: elija uno.</numerusform>
            <numerusform>%n lotes se llaman «%1»: elija uno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::CompletionHistory</name>
    <message>
        <source>The completion history could not be saved: %1</source>
        <translation>No se pudo guardar el historial de ciclos completados: %1</translation>
    </message>
    <message>
        <source>The completion history could not be read: %1</source>
        <translation>No se pudo leer el historial de ciclos completados: %1</translation>
    </message>
    <message>
        <source>The history was written by a newer version of BatchDesk.</source>
        <translation>El historial lo escribió una versión más reciente de BatchDesk.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::CycleListModel</name>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a unit&apos;s second attempt</comment>
        <translation>Reintento</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unit %1: %2</source>
        <translation>Unidad %1: %2</translation>
    </message>
</context>
<context>
    <name>BatchDesk::FilteredAggregateProxy</name>
    <message>
        <source>%1 of %2 batches</source>
        <extracomment>Status bar and detail pane while filters are on: &quot;6 of 102 batches&quot;</extracomment>
        <translation>%1 de %2 lotes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lote</numerusform>
            <numerusform>%Ln lotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::MyWork</name>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) became blocked since %1</source>
        <translation>
            <numerusform>%n lote bloqueado desde las %1</numerusform>
            <numerusform>%n lotes bloqueados desde las %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n became blocked</source>
        <translation>
            <numerusform>%n bloqueado</numerusform>
            <numerusform>%n bloqueados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>My work section title with its count, e.g. &quot;Blocked (2)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n batch(es)</source>
        <translation>
            <numerusform>%1: %n lote</numerusform>
            <numerusform>%1: %n lotes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>my work section</comment>
        <translation>Bloqueados</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>my work section</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>my work section</comment>
        <translation>Siguientes</translation>
    </message>
    <message>
        <source>Done today</source>
        <comment>my work section</comment>
        <translation>Terminados hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) assigned to you since %1</source>
        <translation>
            <numerusform>%n lote asignado a usted desde las %1</numerusform>
            <numerusform>%n lotes asignados a usted desde las %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation>%1 / %2 hechos</translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation>%1 bloqueados</translation>
    </message>
    <message>
        <source>Assigned to you: %1.</source>
        <translation>Asignados a usted: %1.</translation>
    </message>
    <message>
        <source>Blocked: %1.</source>
        <translation>Bloqueados: %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Permissions</name>
    <message>
        <source>Your role on this server does not allow creating batches (%1).</source>
        <translation>Su rol en este servidor no permite crear lotes (%1).</translation>
    </message>
    <message>
        <source>Your role on this server does not allow assigning technicians (%1).</source>
        <translation>Su rol en este servidor no permite asignar técnicos (%1).</translation>
    </message>
    <message>
        <source>Your role on this server does not allow deleting batches (%1).</source>
        <translation>Su rol en este servidor no permite eliminar lotes (%1).</translation>
    </message>
    <message>
        <source>Not allowed in this queue: %1</source>
        <translation>No permitido en esta cola: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: changes can be made again once it is back.</source>
        <translation>No se puede contactar con el servidor: se podrán volver a hacer cambios en cuanto vuelva a estar disponible.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningCharts</name>
    <message>
        <source>%1: %2 of %3 cycles complete.</source>
        <translation>%1: %2 de %3 ciclos completados.</translation>
    </message>
    <message>
        <source>Finish projected for %1.</source>
        <translation>Fin previsto: %1.</translation>
    </message>
    <message>
        <source>No finish can be projected at the current pace.</source>
        <translation>Al ritmo actual no se puede prever el fin.</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>Vence: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 cycles completed in %n day(s)</source>
        <translation>
            <numerusform>%1: %2 ciclos completados en %n día</numerusform>
            <numerusform>%1: %2 ciclos completados en %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningMonitor</name>
    <message>
        <source>The server&apos;s metrics need the permission report:read.</source>
        <translation>Las métricas del servidor requieren el permiso report:read.</translation>
    </message>
    <message>
        <source>The server offers no metrics.</source>
        <translation>El servidor no ofrece métricas.</translation>
    </message>
    <message>
        <source>The server cut its metrics short: the pace may be too low.</source>
        <translation>El servidor recortó sus métricas: el ritmo puede ser demasiado bajo.</translation>
    </message>
    <message numerus="yes">
        <source>No pace yet: no completions recorded in the last %n day(s).</source>
        <translation>
            <numerusform>Aún no hay ritmo: no se registró ningún ciclo completado en el último %n día.</numerusform>
            <numerusform>Aún no hay ritmo: no se registró ningún ciclo completado en los últimos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pace from %n day(s), server metrics.</source>
        <translation>
            <numerusform>Ritmo de %n día, métricas del servidor.</numerusform>
            <numerusform>Ritmo de %n días, métricas del servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pace from %n day(s), this app&apos;s history.</source>
        <translation>
            <numerusform>Ritmo de %n día, historial de esta aplicación.</numerusform>
            <numerusform>Ritmo de %n días, historial de esta aplicación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pace from %1 days: %2 from server metrics, %3 from this app&apos;s history.</source>
        <translation>Ritmo de %1 días: %2 de las métricas del servidor, %3 del historial de esta aplicación.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningService</name>
    <message numerus="yes">
        <source>%Ln queue(s)</source>
        <translation>
            <numerusform>%Ln cola</numerusform>
            <numerusform>%Ln colas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 y %Ln más</numerusform>
            <numerusform>%1 y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %1 into %Ln batch(es) in %2</source>
        <translation>
            <numerusform>División de %1 en %Ln lote en %2</numerusform>
            <numerusform>División de %1 en %Ln lotes en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment with nothing to change</source>
        <translation>Asignación sin nada que cambiar</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %Ln batch(es) in %2</source>
        <translation>
            <numerusform>Asignación de %1 a %Ln lote en %2</numerusform>
            <numerusform>Asignación de %1 a %Ln lotes en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %1 from %Ln batch(es) in %2</source>
        <translation>
            <numerusform>Retirada de %1 de %Ln lote en %2</numerusform>
            <numerusform>Retirada de %1 de %Ln lotes en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %Ln batch(es) in %2, replacing %3</source>
        <translation>
            <numerusform>Asignación de %1 a %Ln lote en %2, en lugar de %3</numerusform>
            <numerusform>Asignación de %1 a %Ln lotes en %2, en lugar de %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted batch “%1” in %2</source>
        <translation>Eliminación del lote “%1” en %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln batch(es) in %1</source>
        <translation>
            <numerusform>Eliminación de %Ln lote en %1</numerusform>
            <numerusform>Eliminación de %Ln lotes en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo of “%1”</source>
        <translation>Deshacer “%1”</translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningTables</name>
    <message>
        <source>—</source>
        <comment>no value: the pace is 0</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>work order risk</comment>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>work order risk</comment>
        <translation>Retrasada</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>work order risk</comment>
        <translation>Estancada</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>work order risk</comment>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>On track</source>
        <comment>work order risk</comment>
        <translation>En plazo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Pace / day</source>
        <translation>Ritmo / día</translation>
    </message>
    <message>
        <source>Backlog, days</source>
        <translation>Pendiente, días</translation>
    </message>
    <message>
        <source>Days to due</source>
        <translation>Días hasta vencimiento</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>Cycles pending, in progress, verifying or blocked</source>
        <translation>Ciclos pendientes, en curso, en verificación o bloqueados</translation>
    </message>
    <message>
        <source>Cycles completed per day in this queue</source>
        <translation>Ciclos completados por día en esta cola</translation>
    </message>
    <message>
        <source>Active cycles divided by the pace</source>
        <translation>Ciclos activos divididos entre el ritmo</translation>
    </message>
    <message>
        <source>Days until the earliest due date among the queue&apos;s unfinished work orders</source>
        <translation>Días hasta la fecha de vencimiento más próxima entre las órdenes de trabajo sin terminar de la cola</translation>
    </message>
    <message>
        <source>Overloaded when the backlog takes longer than the days left to the earliest due date</source>
        <translation>Sobrecargada cuando el trabajo pendiente lleva más días de los que quedan hasta el vencimiento más próximo</translation>
    </message>
    <message>
        <source>Who can work the queue (the server&apos;s queue relations)</source>
        <translation>Quién puede trabajar en la cola (las relaciones de cola del servidor)</translation>
    </message>
    <message>
        <source>%1: %2 active cycles, backlog %3 days, %4</source>
        <translation>%1: %2 ciclos activos, pendiente %3 días, %4</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>queue load</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>No completions in this queue in the pace window: the backlog does not clear.</source>
        <translation>Ningún ciclo completado en esta cola en el periodo del ritmo: el trabajo pendiente no se reduce.</translation>
    </message>
    <message>
        <source>Earliest due date: %1</source>
        <translation>Vencimiento más próximo: %1</translation>
    </message>
    <message>
        <source>The server does not say who can work this queue.</source>
        <translation>El servidor no indica quién puede trabajar en esta cola.</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necesarios</translation>
    </message>
    <message>
        <source>Batched</source>
        <translation>En lotes</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restantes</translation>
    </message>
    <message>
        <source>Projected finish</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Slack (days)</source>
        <translation>Margen (días)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Needed minus complete, never below 0</source>
        <translation>Necesarios menos completados, nunca por debajo de 0</translation>
    </message>
    <message>
        <source>Cycles of this work order completed per day</source>
        <translation>Ciclos de esta orden de trabajo completados por día</translation>
    </message>
    <message>
        <source>Now plus the remaining cycles at the current pace</source>
        <translation>Ahora más los ciclos restantes al ritmo actual</translation>
    </message>
    <message>
        <source>Days between the projected finish and the due date; negative: late at this pace</source>
        <translation>Días entre el fin previsto y la fecha de vencimiento; negativo: con este ritmo, llega tarde</translation>
    </message>
    <message>
        <source>%1: %2, %3 of %4 cycles remaining</source>
        <translation>%1: %2, quedan %3 de %4 ciclos</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no projected finish: the pace is 0</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no due date</comment>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>No cycles of this work order were completed in the pace window.</source>
        <translation>No se completó ningún ciclo de esta orden de trabajo en el periodo del ritmo.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Load (days)</source>
        <translation>Carga (días)</translation>
    </message>
    <message>
        <source>Active cycles of their batches; a batch&apos;s cycles are shared equally among its technicians</source>
        <translation>Ciclos activos de sus lotes; los ciclos de un lote se reparten por igual entre sus técnicos</translation>
    </message>
    <message>
        <source>Cycles they completed per day</source>
        <translation>Ciclos que completa por día</translation>
    </message>
    <message>
        <source>Open cycles divided by their pace</source>
        <translation>Ciclos abiertos divididos entre su ritmo</translation>
    </message>
    <message>
        <source>%1: %2 open cycles, load %3 days, %4</source>
        <translation>%1: %2 ciclos abiertos, carga %3 días, %4</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>technician load</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Overloaded above %1 days of work at their pace</source>
        <translation>Sobrecargado con más de %1 días de trabajo a su ritmo</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open cycles</comment>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>overloaded</source>
        <comment>queue load</comment>
        <translation>sobrecargada</translation>
    </message>
    <message>
        <source>not overloaded</source>
        <comment>queue load</comment>
        <translation>no sobrecargada</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>queue load</comment>
        <translation>Sobrecargada</translation>
    </message>
    <message>
        <source>overloaded</source>
        <comment>technician load</comment>
        <translation>sobrecargado</translation>
    </message>
    <message>
        <source>not overloaded</source>
        <comment>technician load</comment>
        <translation>no sobrecargado</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>technician load</comment>
        <translation>Sobrecargado</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) not in a batch yet</source>
        <translation>
            <numerusform>%n ciclo aún sin lote</numerusform>
            <numerusform>%n ciclos aún sin lote</numerusform>
        </translation>
    </message>
    <message>
        <source>No pace yet: no completions recorded, and no server metrics. The load is known once this app has seen work complete, or with report:read.</source>
        <translation>Aún sin ritmo: no hay finalizaciones registradas ni métricas del servidor. La carga se conoce cuando esta aplicación ha visto trabajo terminado, o con report:read.</translation>
    </message>
    <message>
        <source>No pace yet</source>
        <comment>work order risk</comment>
        <translation>Aún sin ritmo</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>queue load: no pace yet</comment>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Done, late (due date passed), stalled (no pace), no pace yet (no completions recorded at all yet), at risk (finish after the due date) or on track</source>
        <translation>Terminada, retrasada (vencimiento superado), estancada (sin ritmo), aún sin ritmo (todavía no hay finalizaciones registradas), en riesgo (fin después del vencimiento) o en plazo</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>technician load: no pace yet</comment>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>BatchDesk::QueueCatalogModel</name>
    <message>
        <source>Lower numbers are worked first</source>
        <translation>Los números más bajos se procesan primero</translation>
    </message>
    <message>
        <source>Batches with cycles still to work (pending, in progress, verifying or blocked)</source>
        <translation>Lotes con ciclos aún por procesar (pendientes, en curso, en verificación o bloqueados)</translation>
    </message>
    <message>
        <source>Cycles still to work in this queue</source>
        <translation>Ciclos aún por procesar en esta cola</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Active batches</source>
        <translation>Lotes activos</translation>
    </message>
    <message>
        <source>Active cycles</source>
        <translation>Ciclos activos</translation>
    </message>
</context>
<context>
    <name>BatchDesk::RunItemModel</name>
    <message>
        <source>Not attempted</source>
        <translation>Sin intentar</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>Aún no creado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Session</name>
    <message>
        <source>Enter the OAuth client id the server&apos;s administrator gave you.</source>
        <translation>Introduzca el ID de cliente OAuth que le proporcionó el administrador del servidor.</translation>
    </message>
    <message>
        <source>This token was not accepted: %1</source>
        <translation>No se aceptó este token: %1</translation>
    </message>
    <message>
        <source>Your sign-in to %1 is no longer valid. Sign in again; nothing on screen is lost.</source>
        <translation>Su inicio de sesión en %1 ya no es válido. Vuelva a iniciar sesión; no se pierde nada de lo que hay en pantalla.</translation>
    </message>
    <message>
        <source>Paste the personal token first.</source>
        <translation>Pegue primero el token personal.</translation>
    </message>
    <message>
        <source>Your sign-in to %1 has expired. Sign in again; nothing on screen is lost.</source>
        <translation>Su inicio de sesión en %1 ha caducado. Vuelva a iniciar sesión; no se pierde nada de lo que hay en pantalla.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::SplitPlan</name>
    <message>
        <source>Choose the work order to split.</source>
        <translation>Elija la orden de trabajo que desea dividir.</translation>
    </message>
    <message>
        <source>Choose the queue the new batches go into.</source>
        <translation>Elija la cola a la que irán los lotes nuevos.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1 cycle.</source>
        <translation>El tamaño del lote debe ser de al menos 1 ciclo.</translation>
    </message>
    <message>
        <source>Make at least one batch.</source>
        <translation>Cree al menos un lote.</translation>
    </message>
    <message>
        <source>A batch can hold at most %1 cycles.</source>
        <translation>Un lote puede contener como máximo %1 ciclos.</translation>
    </message>
    <message>
        <source>This would make more than %1 batches; choose a larger batch size or fewer batches.</source>
        <translation>Se crearían más de %1 lotes; elija un tamaño de lote mayor o menos lotes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) cannot share %1 cycles: every batch needs at least one cycle.</source>
        <translation>
            <numerusform>%Ln lote no puede repartirse %1 ciclos: cada lote necesita al menos un ciclo.</numerusform>
            <numerusform>%Ln lotes no pueden repartirse %1 ciclos: cada lote necesita al menos un ciclo.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 cycles of this work order are already in batches. To add more batches anyway, enter the number of cycles and allow splitting more than is needed.</source>
        <translation>Los %1 ciclos de esta orden de trabajo ya están en lotes. Para añadir más lotes de todos modos, introduzca el número de ciclos y active “Permitir dividir más de lo que aún se necesita”.</translation>
    </message>
    <message>
        <source>Only %1 of the work order&apos;s %2 cycles are not in a batch yet; splitting %3 needs your explicit permission.</source>
        <translation>Solo %1 de los %2 ciclos de la orden de trabajo no están aún en un lote; dividir %3 requiere su permiso explícito.</translation>
    </message>
    <message>
        <source>The number of cycles to split must be at least 1.</source>
        <translation>El número de ciclos que se dividirán debe ser al menos 1.</translation>
    </message>
    <message>
        <source>Enter a label pattern, for example {work_order} {n}/{total}.</source>
        <translation>Introduzca un patrón de etiqueta, por ejemplo {work_order} {n}/{total}.</translation>
    </message>
    <message>
        <source>The label pattern uses %1, which is not a placeholder. Use %2.</source>
        <translation>El patrón de etiqueta usa %1, que no es un marcador. Use %2.</translation>
    </message>
    <message>
        <source>Labels would be longer than %1 characters; shorten the pattern.</source>
        <translation>Las etiquetas tendrían más de %1 caracteres; acorte el patrón.</translation>
    </message>
    <message numerus="yes">
        <source>With the last batch smaller, %1 cycles fit in %Ln batch(es); choose &quot;spread evenly&quot; to get exactly %2.</source>
        <translation>
            <numerusform>Con el último lote más pequeño, %1 ciclos caben en %Ln lote; elija “Repartir por igual” para obtener exactamente %2.</numerusform>
            <numerusform>Con el último lote más pequeño, %1 ciclos caben en %Ln lotes; elija “Repartir por igual” para obtener exactamente %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The label pattern has no {n}: every batch gets the same label.</source>
        <translation>El patrón de etiqueta no contiene {n}: todos los lotes recibirán la misma etiqueta.</translation>
    </message>
    <message>
        <source>%1 cycles more than the work order still needs will be put in batches.</source>
        <translation>Se pondrán en lotes %1 ciclos más de los que la orden de trabajo aún necesita.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::SplitPreviewModel</name>
    <message>
        <source>No technicians</source>
        <translation>Sin técnicos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Queue order</source>
        <translation>Posición en la cola</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
</context>
<context>
    <name>BatchDesk::TechnicianAccessProxy</name>
    <message>
        <source>cannot work %1</source>
        <extracomment>Why a person is not offered for the batches: the queue(s) they are not related to.</extracomment>
        <translation>no puede trabajar en %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A person&apos;s queues, then why they are not offered: &quot;Fast Lane · cannot work Imaging Bay&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ActivityPanel</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Splits, assignments and deletions made from this app appear here, with Undo while it is possible.</source>
        <translation>Las divisiones, asignaciones y eliminaciones hechas desde esta aplicación aparecen aquí, con “Deshacer” mientras sea posible.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Nothing to undo yet.</source>
        <translation>Aún no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Choose an entry to undo.</source>
        <translation>Elija una entrada para deshacerla.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignBatchesPage</name>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Choose the batches to staff. Search, then select rows; hold Ctrl or Shift to choose several. Batches stay chosen while you search for more.</source>
        <translation>Elija los lotes a los que asignará técnicos. Busque y seleccione filas; mantenga pulsada la tecla Ctrl o Mayús para elegir varias. Los lotes elegidos se conservan mientras busca otros.</translation>
    </message>
    <message>
        <source>Search batches, work orders, queues, technicians</source>
        <translation>Buscar lotes, órdenes de trabajo, colas, técnicos</translation>
    </message>
    <message>
        <source>No batch chosen yet.</source>
        <translation>Aún no se ha elegido ningún lote.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) chosen: %1</source>
        <translation>
            <numerusform>%Ln lote elegido: %1</numerusform>
            <numerusform>%Ln lotes elegidos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the board yet: %1. The board is still loading them, or they are no longer on the server; the preview reads them from the server.</source>
        <translation>Aún no están en el tablero: %1. El tablero todavía los está cargando o ya no están en el servidor; la vista previa los lee del servidor.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Reading the technicians each batch has now…</source>
        <translation>Leyendo los técnicos que tiene ahora cada lote…</translation>
    </message>
    <message>
        <source>The batches&apos; current technicians could not be read: %1</source>
        <translation>No se pudieron leer los técnicos actuales de los lotes: %1</translation>
    </message>
    <message>
        <source>Nothing to change: the chosen technicians are already the batches&apos; technicians.</source>
        <translation>Nada que cambiar: los técnicos elegidos ya son los técnicos de los lotes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 on %Ln batch(es).</source>
        <translation>
            <numerusform>%1 y %2 en %Ln lote.</numerusform>
            <numerusform>%1 y %2 en %Ln lotes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relation(s) to create</source>
        <translation>
            <numerusform>%Ln relación por crear</numerusform>
            <numerusform>%Ln relaciones por crear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to delete</source>
        <translation>
            <numerusform>%Ln por eliminar</numerusform>
            <numerusform>%Ln por eliminar</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier in this session the server did not let you change technicians in these queues:
%1</source>
        <translation>Antes en esta sesión, el servidor no le permitió cambiar los técnicos en estas colas:
%1</translation>
    </message>
    <message>
        <source>Assign</source>
        <comment>change: the technician is added to the batch</comment>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Unassign</source>
        <comment>change: the technician is taken off the batch</comment>
        <translation>Desasignar</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is who will work which batches.</source>
        <translation>Aún no se ha enviado nada. Esto es quién trabajará en qué lotes.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Añadir a %1 en %2</translation>
    </message>
    <message>
        <source>Take %1 off %2</source>
        <translation>Quitar a %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lote</numerusform>
            <numerusform>%Ln lotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignTechniciansPage</name>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>Choose who works these batches, and whether they join or replace the technicians the batches have now.</source>
        <translation>Elija quién trabajará en estos lotes y si se suman a los técnicos que tienen ahora los lotes o los reemplazan.</translation>
    </message>
    <message>
        <source>Add: keep the batches&apos; current technicians</source>
        <translation>Añadir: conservar los técnicos actuales de los lotes</translation>
    </message>
    <message>
        <source>Replace: the chosen people become the only technicians</source>
        <translation>Reemplazar: las personas elegidas pasan a ser los únicos técnicos</translation>
    </message>
    <message numerus="yes">
        <source>For %Ln batch(es): %1</source>
        <translation>
            <numerusform>Para %Ln lote: %1</numerusform>
            <numerusform>Para %Ln lotes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignTechniciansWizard</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln más</numerusform>
            <numerusform>%Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign technicians</source>
        <translation>Asignar técnicos</translation>
    </message>
    <message>
        <source>Assigning technicians</source>
        <translation>Asignando técnicos</translation>
    </message>
    <message>
        <source>Every relation is listed with its outcome. Failed changes can be retried; the assignment can be undone for a while.</source>
        <translation>Cada relación aparece con su resultado. Los cambios fallidos se pueden reintentar; la asignación se puede deshacer durante un tiempo.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A batch&apos;s label in quotes, in a list of batches.</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The batches selected on the board were not used; Start over uses them instead.</source>
        <translation>No se usaron los lotes seleccionados en el tablero; “Empezar de nuevo” los usa en su lugar.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BatchDetailPane</name>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Status in the detail pane: the customer&apos;s label, then the category, e.g. &quot;Imaging (In progress)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The batch is no longer on the server.</source>
        <translation>El lote ya no está en el servidor.</translation>
    </message>
    <message>
        <source>Select a batch to see its work order, customer, location and relations.</source>
        <translation>Seleccione un lote para ver su orden de trabajo, cliente, ubicación y relaciones.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>The batch&apos;s position in its queue (batches are worked in this order).</extracomment>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sin estado</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Begins</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Cycles per workflow</source>
        <translation>Ciclos por flujo de trabajo</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>%1 needed, %2 complete</source>
        <translation>%1 necesarios, %2 completados</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignados</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>No figura ninguno</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A relation of a batch: the related entity, its type and the relation&apos;s direction</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>Resumen de la cola</translation>
    </message>
    <message>
        <source>Work order summary</source>
        <translation>Resumen de la orden de trabajo</translation>
    </message>
    <message>
        <source>Batches shown</source>
        <translation>Lotes mostrados</translation>
    </message>
    <message>
        <source>Batches on server</source>
        <translation>Lotes en el servidor</translation>
    </message>
    <message>
        <source>Cycles needed</source>
        <translation>Ciclos necesarios</translation>
    </message>
    <message>
        <source>Active batches</source>
        <translation>Lotes activos</translation>
    </message>
    <message>
        <source>Active cycles</source>
        <translation>Ciclos activos</translation>
    </message>
    <message>
        <source>You have no access to this batch on the server.</source>
        <translation>No tiene acceso a este lote en el servidor.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BatchNavigator</name>
    <message>
        <source>&amp;Go to batch…</source>
        <translation>&amp;Ir al lote…</translation>
    </message>
    <message>
        <source>Open a batch by its id, label, traveler code or a unit&apos;s serial (%1)</source>
        <translation>Abrir un lote por su id, su etiqueta, el código de su hoja de ruta o el número de serie de una unidad (%1)</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BoardDesk</name>
    <message numerus="yes">
        <source>Delete the %n selected batches from the server</source>
        <translation>
            <numerusform>Eliminar del servidor el %n lote seleccionado</numerusform>
            <numerusform>Eliminar del servidor los %n lotes seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected batches?</source>
        <translation>
            <numerusform>¿Eliminar el %n lote seleccionado?</numerusform>
            <numerusform>¿Eliminar los %n lotes seleccionados?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n batch(es)…</source>
        <translation>
            <numerusform>Eliminando %n lote…</numerusform>
            <numerusform>Eliminando %n lotes…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>no eliminado</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n batch(es).</source>
        <translation>
            <numerusform>Se eliminó %n lote.</numerusform>
            <numerusform>Se eliminaron %n lotes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) had already been deleted on the server.</source>
        <translation>
            <numerusform>%n lote ya se había eliminado en el servidor.</numerusform>
            <numerusform>%n lotes ya se habían eliminado en el servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) could not be deleted:</source>
        <translation>
            <numerusform>No se pudo eliminar %n lote:</numerusform>
            <numerusform>No se pudieron eliminar %n lotes:</numerusform>
        </translation>
    </message>
    <message>
        <source>No batches match the filters.</source>
        <translation>Ningún lote coincide con los filtros.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show every batch again: clears the search, the statuses, “Assigned to me” and “Overdue”</source>
        <translation>Volver a mostrar todos los lotes: borra la búsqueda, los estados, “Asignados a mí” y “Vencidos”</translation>
    </message>
    <message>
        <source>Select one or more batches to print their travelers.</source>
        <translation>Seleccione uno o más lotes para imprimir sus hojas de ruta.</translation>
    </message>
    <message>
        <source>Print a traveler for each selected batch, or save them as PDF (%1)</source>
        <translation>Imprimir una hoja de ruta por lote seleccionado, o guardarlas como PDF (%1)</translation>
    </message>
    <message>
        <source>Print travelers…</source>
        <translation>Imprimir hojas de ruta…</translation>
    </message>
    <message>
        <source>The filters were cleared to show the batch.</source>
        <translation>Se quitaron los filtros para mostrar el lote.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BurnUpChartView</name>
    <message>
        <source>No work order chosen.</source>
        <translation>No se ha elegido ninguna orden de trabajo.</translation>
    </message>
    <message>
        <source>Choose a work order to see its burn-up</source>
        <translation>Elija una orden de trabajo para ver su gráfico burn-up</translation>
    </message>
    <message>
        <source>Burn-up: %1</source>
        <translation>Burn-up: %1</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Projection at the current pace</source>
        <translation>Previsión al ritmo actual</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necesarios</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Burn-up chart</source>
        <translation>Gráfico burn-up</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::CatalogBrowser</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Loaded %1 of %2, loading more…</source>
        <translation>Cargados %1 de %2; cargando más…</translation>
    </message>
    <message>
        <source>Nothing loaded</source>
        <translation>No se cargó nada</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>Cargados %1 de %2</translation>
    </message>
    <message>
        <source>Loaded %1 of %2; scroll down for more</source>
        <translation>Cargados %1 de %2; desplácese hacia abajo para ver más</translation>
    </message>
    <message>
        <source>All %1 loaded</source>
        <translation>Cargados los %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ConnectionDialog</name>
    <message>
        <source>Servers and sign-in</source>
        <translation>Servidores e inicio de sesión</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>The demo workspace runs on this computer. BatchDesk starts it and sets its address on every start.</source>
        <translation>El espacio de demostración se ejecuta en este equipo. BatchDesk lo inicia y establece su dirección cada vez que se abre.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>Conectar a este servidor</translation>
    </message>
    <message>
        <source>Make this the current server; the board reloads from it.</source>
        <translation>Convierte este servidor en el actual; el tablero se vuelve a cargar desde él.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>%1 — current</source>
        <translation>%1 — actual</translation>
    </message>
    <message>
        <source>The demo workspace on this computer; it cannot be removed.</source>
        <translation>El espacio de demostración de este equipo; no se puede quitar.</translation>
    </message>
    <message>
        <source>Saved. The address changed, so you were signed out of this server.</source>
        <translation>Guardado. La dirección cambió, así que se cerró su sesión en este servidor.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Quitar servidor</translation>
    </message>
    <message>
        <source>Remove the server “%1”?</source>
        <translation>¿Quitar el servidor “%1”?</translation>
    </message>
    <message>
        <source>Its saved sign-in is removed from this computer&apos;s keychain as well.</source>
        <translation>Su inicio de sesión guardado también se quitará del llavero de este equipo.</translation>
    </message>
    <message>
        <source>The demo workspace cannot be removed.</source>
        <translation>El espacio de demostración no se puede quitar.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::DailyCompletionsChartView</name>
    <message>
        <source>No completions to show yet.</source>
        <translation>Aún no hay ciclos completados que mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>Cycles completed per day, by queue (last %n day(s))</source>
        <translation>
            <numerusform>Ciclos completados por día, por cola (último %n día)</numerusform>
            <numerusform>Ciclos completados por día, por cola (últimos %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (sin datos)</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Daily completions chart</source>
        <translation>Gráfico de ciclos completados por día</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::DraftNote</name>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Forget this draft and start from an empty wizard (or from what was selected on the board).</source>
        <translation>Descartar este borrador y empezar con un asistente vacío (o con lo que estaba seleccionado en el tablero).</translation>
    </message>
    <message>
        <source>Restored the draft you left at %1.</source>
        <translation>Se restauró el borrador que dejó a las %1.</translation>
    </message>
    <message>
        <source>Restored the draft you left on %1.</source>
        <translation>Se restauró el borrador que dejó el %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::GoToBatchDialog</name>
    <message>
        <source>Go to batch</source>
        <translation>Ir al lote</translation>
    </message>
    <message>
        <source>&amp;Scan or type a code:</source>
        <translation>&amp;Escanee o escriba un código:</translation>
    </message>
    <message>
        <source>Batch id, label, traveler code or unit serial</source>
        <translation>Id del lote, etiqueta, código de hoja de ruta o n.º de serie</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::LegendWidget</name>
    <message>
        <source>Cycles a work order needs that no batch holds yet</source>
        <translation>Ciclos que necesita una orden de trabajo y que aún no están en ningún lote</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::LoadWarning</name>
    <message>
        <source>%1 (%2 days of work)</source>
        <translation>%1 (%2 días de trabajo)</translation>
    </message>
    <message>
        <source>%1 (%2 cycles, none completed in the pace window)</source>
        <translation>%1 (%2 ciclos, ninguno completado en el periodo del ritmo)</translation>
    </message>
    <message>
        <source>This plan puts people over %1 days of work at their pace: %2.</source>
        <translation>Este plan deja a personas por encima de %1 días de trabajo a su ritmo: %2.</translation>
    </message>
    <message>
        <source>You can still go ahead, or go back and choose someone else.</source>
        <translation>Puede continuar de todos modos, o volver atrás y elegir a otra persona.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::MainWindow</name>
    <message>
        <source>BatchDesk</source>
        <translation>BatchDesk</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load the batches again (F5)</source>
        <translation>Volver a cargar los lotes (F5)</translation>
    </message>
    <message>
        <source>Split work order…</source>
        <translation>Dividir orden de trabajo…</translation>
    </message>
    <message>
        <source>Assign technicians…</source>
        <translation>Asignar técnicos…</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Eliminar lote</translation>
    </message>
    <message>
        <source>Delete the selected batch from the server</source>
        <translation>Eliminar del servidor el lote seleccionado</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>The server the board shows; switching reloads the board from it</source>
        <translation>El servidor que muestra el tablero; al cambiarlo, el tablero se vuelve a cargar desde él</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Conexión…</translation>
    </message>
    <message>
        <source>Servers and sign-in: add a server, sign in or out, switch servers</source>
        <translation>Servidores e inicio de sesión: añadir un servidor, iniciar o cerrar sesión, cambiar de servidor</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>About BatchDesk</source>
        <translation>Acerca de BatchDesk</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <extracomment>Menu of the main window: what is done on the batch board.</extracomment>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <extracomment>Language menu entry: use the language the operating system is set to.</extracomment>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>Search batches, work orders, queues, technicians (Ctrl+F)</source>
        <translation>Buscar lotes, órdenes de trabajo, colas, técnicos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show all statuses</source>
        <translation>Mostrar todos los estados</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Asignados a mí</translation>
    </message>
    <message>
        <source>Only batches where you are one of the technicians</source>
        <translation>Solo los lotes en los que usted es uno de los técnicos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Filter: only batches of work orders past their due date.</extracomment>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Only batches of work orders past their due date with unfinished cycles</source>
        <translation>Solo los lotes de órdenes de trabajo vencidas con ciclos sin terminar</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Queue order</source>
        <extracomment>Sort key: the batches&apos; order in their queue (the order they are worked in).</extracomment>
        <translation>Posición en la cola</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>Cargados %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lote</numerusform>
            <numerusform>%Ln lotes</numerusform>
        </translation>
    </message>
    <message>
        <source>Load failed</source>
        <translation>Error al cargar</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BatchDesk %1&lt;/h3&gt;&lt;p&gt;The shop-floor batch board for the Niagara API: batches by queue and work order, splitting work orders and assigning technicians.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BatchDesk %1&lt;/h3&gt;&lt;p&gt;El tablero de lotes para la planta de producción con la API de Niagara: lotes por cola y orden de trabajo, división de órdenes de trabajo y asignación de técnicos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — not signed in</source>
        <translation>%1 — sin sesión iniciada</translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation>%1 — sesión iniciada como %2</translation>
    </message>
    <message>
        <source>Split a work order into batches, with a preview of every batch</source>
        <translation>Dividir una orden de trabajo en lotes, con una vista previa de cada lote</translation>
    </message>
    <message>
        <source>Assign technicians to the selected batch, or to the batches of the selected work order</source>
        <translation>Asignar técnicos al lote seleccionado o a los lotes de la orden de trabajo seleccionada</translation>
    </message>
    <message>
        <source>Needs a connection to the server</source>
        <translation>Requiere conexión con el servidor</translation>
    </message>
    <message>
        <source>Delete the batch “%1”?</source>
        <translation>¿Eliminar el lote “%1”?</translation>
    </message>
    <message>
        <source>The batch and its relations are removed from the server. This cannot be undone.</source>
        <translation>El lote y sus relaciones se eliminarán del servidor. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>Estado: todos</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Status: %Ln selected</source>
        <translation>
            <numerusform>Estado: %Ln seleccionado</numerusform>
            <numerusform>Estado: %Ln seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only batches in some status categories</source>
        <translation>Mostrar solo los lotes de algunas categorías de estado</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation>Ningún servidor elegido</translation>
    </message>
    <message>
        <source>%1 — signing in…</source>
        <translation>%1 — iniciando sesión…</translation>
    </message>
    <message>
        <source>%1 — signed in</source>
        <translation>%1 — sesión iniciada</translation>
    </message>
    <message>
        <source>%1 — sign-in expired</source>
        <translation>%1 — inicio de sesión caducado</translation>
    </message>
    <message>
        <source>Your sign-in to %1 expired — sign in again. Nothing on screen is lost.</source>
        <translation>Su inicio de sesión en %1 caducó: vuelva a iniciar sesión. No se pierde nada de lo que hay en pantalla.</translation>
    </message>
    <message>
        <source>Your sign-in expired — sign in again. Nothing on screen is lost.</source>
        <translation>Su inicio de sesión caducó: vuelva a iniciar sesión. No se pierde nada de lo que hay en pantalla.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Shop-floor mode</source>
        <translation>Modo &amp;taller</translation>
    </message>
    <message>
        <source>Full screen, larger type and larger rows and buttons for the bench (%1)</source>
        <translation>Pantalla completa, letra más grande y filas y botones más altos para el puesto (%1)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>Batch %1 is not on this server&apos;s board.</source>
        <translation>El lote %1 no está en el tablero de este servidor.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::MyWorkDelegate</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Under a batch&apos;s label on My work: its work order and its queue.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Blocked</source>
        <extracomment>A badge on a My work row: the batch became blocked since the user last looked.</extracomment>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A badge on a My work row: the batch was assigned to the user since they last looked.</extracomment>
        <translation>Nuevo</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::MyWorkDesk</name>
    <message>
        <source>My work</source>
        <translation>Mi trabajo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es): %1 blocked, %2 in progress, %3 next, %4 done today</source>
        <extracomment>The My work desk&apos;s status bar, e.g. &quot;7 batches: 1 blocked, 2 in progress, 4 next, 0 done today&quot;.</extracomment>
        <translation>
            <numerusform>%Ln lote: %1 bloqueados, %2 en curso, %3 siguientes, %4 hechos hoy</numerusform>
            <numerusform>%Ln lotes: %1 bloqueados, %2 en curso, %3 siguientes, %4 hechos hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read your batches and the chosen batch&apos;s units from the server again (%1)</source>
        <translation>Volver a leer del servidor sus lotes y las unidades del lote elegido (%1)</translation>
    </message>
    <message>
        <source>&amp;Mark as seen</source>
        <translation>&amp;Marcar como visto</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Marcar como visto</translation>
    </message>
    <message>
        <source>&amp;Print travelers…</source>
        <translation>&amp;Imprimir hojas de ruta…</translation>
    </message>
    <message>
        <source>Show on the &amp;board</source>
        <translation>Mostrar en el &amp;tablero</translation>
    </message>
    <message>
        <source>&amp;Notify me of changes</source>
        <translation>&amp;Avisarme de los cambios</translation>
    </message>
    <message>
        <source>A desktop notification when a batch is assigned to you or becomes blocked</source>
        <translation>Una notificación de escritorio cuando se le asigna un lote o uno queda bloqueado</translation>
    </message>
    <message>
        <source>This desktop has no notification area, so BatchDesk cannot show notifications here.</source>
        <translation>Este escritorio no tiene área de notificaciones, así que BatchDesk no puede mostrarlas aquí.</translation>
    </message>
    <message>
        <source>Sign in to see the batches assigned to you.</source>
        <translation>Inicie sesión para ver los lotes asignados a usted.</translation>
    </message>
    <message>
        <source>BatchDesk: your work changed</source>
        <translation>BatchDesk: su trabajo cambió</translation>
    </message>
    <message>
        <source>Print a traveler for each chosen batch, or save them as PDF (%1)</source>
        <translation>Imprimir una hoja de ruta por lote elegido, o guardarlas como PDF (%1)</translation>
    </message>
    <message>
        <source>Choose one or more batches to print their travelers.</source>
        <translation>Elija uno o más lotes para imprimir sus hojas de ruta.</translation>
    </message>
    <message>
        <source>Remember the list as it is now: the highlight of what changed goes (%1)</source>
        <translation>Recordar la lista tal como está: el resaltado de los cambios desaparece (%1)</translation>
    </message>
    <message>
        <source>Nothing changed since you last looked.</source>
        <translation>Nada cambió desde la última vez que miró.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::OfflineStatus</name>
    <message>
        <source>Offline since %1 — trying again now…</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time).</extracomment>
        <translation>Sin conexión desde las %1 — reintentando ahora…</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>Status bar: the board shows the copy kept on this computer. %1: when it was current (a time today, else a date and time).</extracomment>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>The board shows the copy kept on this computer until the server&apos;s answer replaces it.</source>
        <translation>El tablero muestra la copia guardada en este equipo hasta que la respuesta del servidor la sustituya.</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — trying again in %Ln s. Showing the last-known data; changes are disabled.</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time); %Ln: seconds until the next try.</extracomment>
        <translation>
            <numerusform>Sin conexión desde las %1 — nuevo intento en %Ln s. Se muestran los últimos datos conocidos; los cambios están desactivados.</numerusform>
            <numerusform>Sin conexión desde las %1 — nuevo intento en %Ln s. Se muestran los últimos datos conocidos; los cambios están desactivados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — trying again in %Ln min. Showing the last-known data; changes are disabled.</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time); %Ln: minutes until the next try (rounded up).</extracomment>
        <translation>
            <numerusform>Sin conexión desde las %1 — nuevo intento en %Ln min. Se muestran los últimos datos conocidos; los cambios están desactivados.</numerusform>
            <numerusform>Sin conexión desde las %1 — nuevo intento en %Ln min. Se muestran los últimos datos conocidos; los cambios están desactivados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::PlanningDesk</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>The table could not be saved to %1: %2</source>
        <translation>No se pudo guardar la tabla en %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Choose a work order in the table first.</source>
        <translation>Elija primero una orden de trabajo en la tabla.</translation>
    </message>
    <message>
        <source>Show this work order&apos;s batches on the board</source>
        <translation>Mostrar los lotes de esta orden de trabajo en el tablero</translation>
    </message>
    <message>
        <source>Split this work order&apos;s remaining cycles into batches</source>
        <translation>Dividir en lotes los ciclos restantes de esta orden de trabajo</translation>
    </message>
    <message>
        <source>Choose a technician in the table first.</source>
        <translation>Elija primero un técnico en la tabla.</translation>
    </message>
    <message>
        <source>Show this technician&apos;s batches on the board</source>
        <translation>Mostrar los lotes de este técnico en el tablero</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n queue(s) overloaded</source>
        <extracomment>Status bar of the planning desk; each part counts the rows its table shows.</extracomment>
        <translation>
            <numerusform>Sobrecargadas: %1 de %n cola</numerusform>
            <numerusform>Sobrecargadas: %1 de %n colas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n work order(s) late, stalled or at risk</source>
        <translation>
            <numerusform>Retrasadas, estancadas o en riesgo: %1 de %n orden de trabajo</numerusform>
            <numerusform>Retrasadas, estancadas o en riesgo: %1 de %n órdenes de trabajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n technician(s) overloaded</source>
        <translation>
            <numerusform>Sobrecargados: %1 de %n técnico</numerusform>
            <numerusform>Sobrecargados: %1 de %n técnicos</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the plan…</source>
        <translation>Calculando el plan…</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Datos de las %1.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Órdenes de trabajo</translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation>Burn-up</translation>
    </message>
    <message>
        <source>Daily completions</source>
        <translation>Completados por día</translation>
    </message>
    <message>
        <source>Work orders, worst first</source>
        <translation>Órdenes de trabajo, las más críticas primero</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>&amp;Overloaded above</source>
        <translation>&amp;Sobrecarga a partir de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>A technician is overloaded when their open cycles take longer than this at their pace</source>
        <translation>Un técnico está sobrecargado cuando sus ciclos abiertos, a su ritmo, llevan más de este número de días</translation>
    </message>
    <message>
        <source>Show every queue&apos;s work orders and technicians</source>
        <translation>Mostrar las órdenes de trabajo y los técnicos de todas las colas</translation>
    </message>
    <message>
        <source>Show all queues</source>
        <translation>Mostrar todas las colas</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Show work order on &amp;board</source>
        <translation>Mostrar orden de trabajo en el ta&amp;blero</translation>
    </message>
    <message>
        <source>&amp;Split work order…</source>
        <translation>&amp;Dividir orden de trabajo…</translation>
    </message>
    <message>
        <source>Show &amp;technician&apos;s batches on board</source>
        <translation>Mostrar lotes del &amp;técnico en el tablero</translation>
    </message>
    <message>
        <source>Export &amp;queues as CSV…</source>
        <translation>Exportar &amp;colas como CSV…</translation>
    </message>
    <message>
        <source>Export &amp;work orders as CSV…</source>
        <translation>Exportar ó&amp;rdenes de trabajo como CSV…</translation>
    </message>
    <message>
        <source>Export t&amp;echnicians as CSV…</source>
        <translation>Exportar técnic&amp;os como CSV…</translation>
    </message>
    <message>
        <source>Save planning &amp;report as PDF…</source>
        <translation>Guardar &amp;informe de planificación como PDF…</translation>
    </message>
    <message>
        <source>The tables and charts as shown, paginated, headed with server, user and time</source>
        <translation>Las tablas y los gráficos tal como se muestran, paginados, con encabezado de servidor, usuario y hora</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::PlanningReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Planning report</source>
        <translation>Informe de planificación</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>No se pudo escribir el informe en %1.</translation>
    </message>
    <message>
        <source>BatchDesk planning report — %1 — %2 — %3</source>
        <extracomment>PDF page heading: server, signed-in user, time of the figures.</extracomment>
        <translation>Informe de planificación de BatchDesk — %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Pace / day</source>
        <translation>Ritmo / día</translation>
    </message>
    <message>
        <source>Backlog, days</source>
        <translation>Pendiente, días</translation>
    </message>
    <message>
        <source>Days to due</source>
        <translation>Días hasta vencimiento</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Work orders, worst first</source>
        <translation>Órdenes de trabajo, las más críticas primero</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necesarios</translation>
    </message>
    <message>
        <source>Batched</source>
        <translation>En lotes</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restantes</translation>
    </message>
    <message>
        <source>Projected finish</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Slack (days)</source>
        <translation>Margen (días)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Open cycles</source>
        <translation>Ciclos abiertos</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Load (days)</source>
        <translation>Carga (días)</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>queue load</comment>
        <translation>Sobrecargada</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>queue load</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>technician load</comment>
        <translation>Sobrecargado</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>technician load</comment>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ProgressBarPainter</name>
    <message>
        <source>Not in a batch yet</source>
        <extracomment>Legend and tooltip name of the hatched part of a work order&apos;s progress bar</extracomment>
        <translation>Aún sin lote</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::RunProgressWidget</name>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar ejecución</translation>
    </message>
    <message>
        <source>Send nothing more. Requests already sent may still be carried out by the server.</source>
        <translation>No enviar nada más. Es posible que el servidor aún lleve a cabo las solicitudes ya enviadas.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidos</translation>
    </message>
    <message>
        <source>Checks what the server holds first, then sends only what is still missing, so nothing is created twice.</source>
        <translation>Primero comprueba lo que tiene el servidor y después envía solo lo que aún falta, para que nada se cree dos veces.</translation>
    </message>
    <message>
        <source>Reverts what this run did: deletes the batches it created (not those with cycles in progress) or removes the technicians it assigned.</source>
        <translation>Revierte lo que hizo esta ejecución: elimina los lotes que creó (salvo los que tengan ciclos en curso) o quita los técnicos que asignó.</translation>
    </message>
    <message>
        <source>Nothing to carry out yet.</source>
        <translation>Aún no hay nada que ejecutar.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %Ln change(s) to make.</source>
        <translation>
            <numerusform>Listo: %Ln cambio por hacer.</numerusform>
            <numerusform>Listo: %Ln cambios por hacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the work order&apos;s batches on the server before writing…</source>
        <translation>Leyendo los lotes de la orden de trabajo en el servidor antes de escribir…</translation>
    </message>
    <message>
        <source>Undoing: %1 of %2 done…</source>
        <translation>Deshaciendo: %1 de %2 hechos…</translation>
    </message>
    <message>
        <source>Writing: %1 of %2 done…</source>
        <translation>Escribiendo: %1 de %2 hechos…</translation>
    </message>
    <message>
        <source>Finding the new batches on the server…</source>
        <translation>Buscando los lotes nuevos en el servidor…</translation>
    </message>
    <message>
        <source>Checking what the server holds before sending anything again…</source>
        <translation>Comprobando lo que tiene el servidor antes de volver a enviar nada…</translation>
    </message>
    <message numerus="yes">
        <source>Undone: all %Ln change(s) reverted.</source>
        <translation>
            <numerusform>Deshecho: se revirtió %Ln cambio.</numerusform>
            <numerusform>Deshecho: se revirtieron los %Ln cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: all %Ln change(s) made.</source>
        <translation>
            <numerusform>Terminado: se hizo %Ln cambio.</numerusform>
            <numerusform>Terminado: se hicieron los %Ln cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 not attempted.</source>
        <translation>%1 hechos, %2 fallidos, %3 sin intentar.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>“Retry failed” checks the server before sending anything again.</source>
        <translation>“Reintentar fallidos” comprueba el servidor antes de volver a enviar nada.</translation>
    </message>
    <message>
        <source>Undo (%1 left)</source>
        <translation>Deshacer (quedan %1)</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Cambios (%1)</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Deshacer (%1)</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>Creación de %1</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>Eliminación de %1</translation>
    </message>
    <message>
        <source>%1 added to %2</source>
        <translation>Asignación de %1 a %2</translation>
    </message>
    <message>
        <source>%1 taken off %2</source>
        <translation>Retirada de %1 de %2</translation>
    </message>
    <message>
        <source>%1 more people changed</source>
        <translation>Cambios para otras %1 personas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lote</numerusform>
            <numerusform>%Ln lotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ServerForm</name>
    <message>
        <source>e.g. Albany production</source>
        <translation>p. ej., Producción Albany</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <source>OAuth &amp;client id:</source>
        <translation>ID de &amp;cliente OAuth:</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>URL de &amp;autorización:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL del &amp;token:</translation>
    </message>
    <message>
        <source>Leave the OAuth fields empty to use the server&apos;s standard sign-in addresses.</source>
        <translation>Deje vacíos los campos de OAuth para usar las direcciones de inicio de sesión estándar del servidor.</translation>
    </message>
    <message>
        <source>&lt;server URL&gt;/oauth/authorize</source>
        <translation>&lt;URL del servidor&gt;/oauth/authorize</translation>
    </message>
    <message>
        <source>&lt;server URL&gt;/oauth/token</source>
        <translation>&lt;URL del servidor&gt;/oauth/token</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SignInPanel</name>
    <message>
        <source>Sign in with browser</source>
        <translation>Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <source>Opens the server&apos;s sign-in page in your web browser; BatchDesk receives the answer on this computer only.</source>
        <translation>Abre la página de inicio de sesión del servidor en su navegador web; BatchDesk recibe la respuesta solo en este equipo.</translation>
    </message>
    <message>
        <source>Use a personal token…</source>
        <translation>Usar un token personal…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Revokes the sign-in on the server and removes it from this computer&apos;s keychain.</source>
        <translation>Revoca el inicio de sesión en el servidor y lo quita del llavero de este equipo.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancelar inicio de sesión</translation>
    </message>
    <message>
        <source>Paste your personal token</source>
        <translation>Pegue su token personal</translation>
    </message>
    <message>
        <source>Check and use</source>
        <translation>Comprobar y usar</translation>
    </message>
    <message>
        <source>The token is checked with the server before it is kept.</source>
        <translation>El token se comprueba con el servidor antes de guardarlo.</translation>
    </message>
    <message>
        <source>Sign-in to %1</source>
        <translation>Inicio de sesión en %1</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Sin sesión iniciada.</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>Elija primero un servidor.</translation>
    </message>
    <message>
        <source>Signing in… If the browser opened, finish there.</source>
        <translation>Iniciando sesión… Si se abrió el navegador, termine allí.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Sesión iniciada como %1 (%2).</translation>
    </message>
    <message>
        <source>With a personal token.</source>
        <translation>Con un token personal.</translation>
    </message>
    <message>
        <source>Your sign-in expired. Sign in again; nothing on screen is lost.</source>
        <translation>Su inicio de sesión caducó. Vuelva a iniciar sesión; no se pierde nada de lo que hay en pantalla.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>The system keychain is not available, so this sign-in lasts only until BatchDesk closes. It is not saved anywhere; you will sign in again after restarting BatchDesk.</source>
        <translation>El llavero del sistema no está disponible, por lo que este inicio de sesión solo dura hasta que se cierre BatchDesk. No se guarda en ningún sitio; tendrá que volver a iniciar sesión al reiniciar BatchDesk.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitQueuePage</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Choose the production queue the new batches go into. Queues with lower priority numbers are worked first; the active columns show what each queue still has to work.</source>
        <translation>Elija la cola de producción a la que irán los lotes nuevos. Las colas con números de prioridad más bajos se procesan primero; las columnas de activos muestran lo que cada cola aún tiene por procesar.</translation>
    </message>
    <message>
        <source>Earlier in this session the server did not let you create batches in this queue: %1</source>
        <translation>Antes en esta sesión, el servidor no le permitió crear lotes en esta cola: %1</translation>
    </message>
    <message>
        <source>The queues could not be loaded. “%1” stays chosen and is selected once they load.</source>
        <translation>No se pudieron cargar las colas. “%1” sigue elegida y se seleccionará en cuanto se carguen.</translation>
    </message>
    <message>
        <source>The queue “%1” is no longer on the server. Choose another one.</source>
        <translation>La cola “%1” ya no está en el servidor. Elija otra.</translation>
    </message>
    <message>
        <source>Waiting for the queues to load to select “%1”.</source>
        <translation>Esperando a que se carguen las colas para seleccionar “%1”.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Create batches</source>
        <translation>Crear lotes</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s), at most %1 at a time</source>
        <translation>
            <numerusform>%Ln solicitud, como máximo %1 a la vez</numerusform>
            <numerusform>%Ln solicitudes, como máximo %1 a la vez</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is what will be created.</source>
        <translation>Aún no se ha enviado nada. Esto es lo que se creará.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>batches: “and 1 of 20”</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>1 batch of %1</source>
        <translation>1 lote de %1</translation>
    </message>
    <message>
        <source>%1 batches of %2</source>
        <translation>%1 lotes de %2</translation>
    </message>
    <message>
        <source>Create %1 in %2.</source>
        <translation>Crear %1 en %2.</translation>
    </message>
    <message>
        <source>%1 cycles in all, for “%2”.</source>
        <translation>%1 ciclos en total, para “%2”.</translation>
    </message>
    <message>
        <source>Nobody is assigned yet.</source>
        <translation>Aún no hay nadie asignado.</translation>
    </message>
    <message>
        <source>%1 take turns, one technician per batch.</source>
        <translation>%1 se turnan, un técnico por lote.</translation>
    </message>
    <message>
        <source>Each batch gets %1.</source>
        <translation>Cada lote recibe a %1.</translation>
    </message>
    <message>
        <source>Created all at once: the server names the batches, your label pattern is not applied.</source>
        <translation>Creación de todos a la vez: el servidor asigna el nombre a los lotes y su patrón de etiqueta no se aplica.</translation>
    </message>
    <message>
        <source>The work order&apos;s finish cannot be projected yet: the planning desk has no figures for it.</source>
        <translation>Aún no se puede prever el fin de la orden de trabajo: la planificación no tiene cifras para ella.</translation>
    </message>
    <message>
        <source>Every cycle the work order needs is complete.</source>
        <translation>Todos los ciclos que necesita la orden de trabajo están completados.</translation>
    </message>
    <message>
        <source>No cycles of this work order were completed in the last %1 days, so its finish cannot be projected.</source>
        <translation>No se completó ningún ciclo de esta orden de trabajo en los últimos %1 días, así que no se puede prever su fin.</translation>
    </message>
    <message>
        <source>it has no due date</source>
        <translation>no tiene fecha de vencimiento</translation>
    </message>
    <message>
        <source>on its due date</source>
        <translation>en su fecha de vencimiento</translation>
    </message>
    <message>
        <source>%1 before its due date</source>
        <translation>%1 antes de su vencimiento</translation>
    </message>
    <message>
        <source>%1 after its due date</source>
        <translation>%1 después de su vencimiento</translation>
    </message>
    <message>
        <source>At the current pace of %1 cycles a day the work order finishes on %2, %3.</source>
        <translation>Al ritmo actual de %1 ciclos al día, la orden de trabajo termina el %2, %3.</translation>
    </message>
    <message>
        <source>After this split %1 cycles are still not in any batch.</source>
        <translation>Tras esta división, %1 ciclos siguen sin estar en ningún lote.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitSizingPage</name>
    <message>
        <source>Sizing</source>
        <translation>Tamaño de los lotes</translation>
    </message>
    <message>
        <source>Decide how the cycles are cut into batches. The preview shows every batch that will be created.</source>
        <translation>Decida cómo se reparten los ciclos en lotes. La vista previa muestra cada lote que se creará.</translation>
    </message>
    <message>
        <source>Cycles per batch</source>
        <translation>Ciclos por lote</translation>
    </message>
    <message>
        <source>Number of batches</source>
        <translation>Número de lotes</translation>
    </message>
    <message>
        <source>Last batch smaller</source>
        <translation>Último lote más pequeño</translation>
    </message>
    <message>
        <source>Spread evenly (sizes differ by at most one)</source>
        <translation>Repartir por igual (los tamaños difieren como máximo en uno)</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <source>Split only</source>
        <translation>Dividir solo</translation>
    </message>
    <message>
        <source> cycles</source>
        <translation> ciclos</translation>
    </message>
    <message>
        <source>Allow splitting more than is still needed</source>
        <translation>Permitir dividir más de lo que aún se necesita</translation>
    </message>
    <message>
        <source>All at once (recommended)</source>
        <translation>Todos a la vez (recomendado)</translation>
    </message>
    <message>
        <source>One by one</source>
        <translation>Uno por uno</translation>
    </message>
    <message>
        <source>Split by:</source>
        <translation>Dividir por:</translation>
    </message>
    <message>
        <source>Remainder:</source>
        <translation>Resto:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Cycles:</source>
        <translation>Ciclos:</translation>
    </message>
    <message>
        <source>Create:</source>
        <translation>Crear:</translation>
    </message>
    <message>
        <source> cycles per batch</source>
        <translation> ciclos por lote</translation>
    </message>
    <message>
        <source> batches</source>
        <translation> lotes</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs %2 cycles; %3 are in batches already, so &lt;b&gt;%4&lt;/b&gt; remain to split. New batches go into &lt;b&gt;%5&lt;/b&gt;, after queue order %6.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; necesita %2 ciclos; %3 ya están en lotes, así que quedan &lt;b&gt;%4&lt;/b&gt; por dividir. Los lotes nuevos van a &lt;b&gt;%5&lt;/b&gt;, después de la posición %6 de la cola.</translation>
    </message>
    <message>
        <source>Preview: no batches</source>
        <translation>Vista previa: ningún lote</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln batch(es), %1 cycles in all</source>
        <translation>
            <numerusform>Vista previa: %Ln lote, %1 ciclos en total</numerusform>
            <numerusform>Vista previa: %Ln lotes, %1 ciclos en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One request per batch size (%Ln request(s) for this plan). The server names and orders these batches itself, as “&lt;work order&gt; &lt;number&gt;”: the labels and queue order in the preview apply only when batches are created one by one.</source>
        <translation>
            <numerusform>Una solicitud por tamaño de lote (%Ln solicitud para este plan). El servidor asigna por su cuenta el nombre y el orden de estos lotes, con el formato “&lt;work order&gt; &lt;number&gt;” (orden de trabajo y número): las etiquetas y las posiciones en la cola de la vista previa solo se aplican cuando los lotes se crean uno por uno.</numerusform>
            <numerusform>Una solicitud por tamaño de lote (%Ln solicitudes para este plan). El servidor asigna por su cuenta el nombre y el orden de estos lotes, con el formato “&lt;work order&gt; &lt;number&gt;” (orden de trabajo y número): las etiquetas y las posiciones en la cola de la vista previa solo se aplican cuando los lotes se crean uno por uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One request per batch (%Ln request(s)), each with the label and queue order shown in the preview. Slower for many batches.</source>
        <translation>
            <numerusform>Una solicitud por lote (%Ln solicitud), cada una con la etiqueta y la posición en la cola que muestra la vista previa. Más lento con muchos lotes.</numerusform>
            <numerusform>Una solicitud por lote (%Ln solicitudes), cada una con la etiqueta y la posición en la cola que muestra la vista previa. Más lento con muchos lotes.</numerusform>
        </translation>
    </message>
    <message>
        <source>All at once: the server names and orders these batches itself, so your label pattern is not applied. Choose “One by one” to keep your labels.</source>
        <translation>Todos a la vez: el servidor asigna por su cuenta el nombre y el orden de estos lotes, así que su patrón de etiqueta no se aplica. Elija “Uno por uno” para conservar sus etiquetas.</translation>
    </message>
    <message>
        <source>One by one, because you changed the label pattern: creating batches all at once cannot carry labels. One request per batch (%1 in all); slower for many batches.</source>
        <translation>Uno por uno, porque cambió el patrón de etiqueta: al crear todos los lotes a la vez no se pueden enviar etiquetas. Una solicitud por lote (%1 en total); más lento con muchos lotes.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitTechniciansPage</name>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>Optional: choose who works the new batches. You can also assign people later.</source>
        <translation>Opcional: elija quién trabajará en los lotes nuevos. También puede asignar personas más adelante.</translation>
    </message>
    <message>
        <source>Assign everyone chosen to every batch</source>
        <translation>Asignar a todos los elegidos a cada lote</translation>
    </message>
    <message>
        <source>Round-robin: one technician per batch, taking turns</source>
        <translation>Rotación: un técnico por lote, por turnos</translation>
    </message>
    <message>
        <source>Nobody chosen: the new batches start without technicians.</source>
        <translation>Nadie elegido: los lotes nuevos empiezan sin técnicos.</translation>
    </message>
    <message numerus="yes">
        <source>Each of the %Ln new batch(es) gets %1.</source>
        <translation>
            <numerusform>%Ln lote nuevo recibe a %1.</numerusform>
            <numerusform>Cada uno de los %Ln lotes nuevos recibe a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln new batch(es) take turns: %1.</source>
        <translation>
            <numerusform>Reparto por turnos en %Ln lote nuevo: %1.</numerusform>
            <numerusform>Reparto por turnos en los %Ln lotes nuevos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>batch 1 gets %1, batch 2 gets %2, and so on</source>
        <translation>el lote 1 recibe a %1, el lote 2 a %2, y así sucesivamente</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitWorkOrderPage</name>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
    <message>
        <source>Choose the work order to split into batches. “In batches” is what its batches on the server already hold; “Still to split” is what the new batches can take.</source>
        <translation>Elija la orden de trabajo que desea dividir en lotes. “En lotes” es lo que ya contienen sus lotes en el servidor; “Por dividir” es lo que pueden recibir los lotes nuevos.</translation>
    </message>
    <message>
        <source>Search work orders by name, customer or id</source>
        <translation>Buscar órdenes de trabajo por nombre, cliente o ID</translation>
    </message>
    <message>
        <source>The batches on the server could not be counted, so what is still to split is unknown: %1</source>
        <translation>No se pudieron contar los lotes del servidor, así que se desconoce cuánto queda por dividir: %1</translation>
    </message>
    <message>
        <source>Counting the cycles already in batches…</source>
        <translation>Contando los ciclos que ya están en lotes…</translation>
    </message>
    <message>
        <source>The work orders could not be loaded. “%1” stays chosen and is selected once they load.</source>
        <translation>No se pudieron cargar las órdenes de trabajo. “%1” sigue elegida y se seleccionará en cuanto se carguen.</translation>
    </message>
    <message>
        <source>The work order “%1” is no longer on the server. Choose another one.</source>
        <translation>La orden de trabajo “%1” ya no está en el servidor. Elija otra.</translation>
    </message>
    <message>
        <source>Waiting for the work orders to load to select “%1”.</source>
        <translation>Esperando a que se carguen las órdenes de trabajo para seleccionar “%1”.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitWorkOrderWizard</name>
    <message>
        <source>Split work order</source>
        <translation>Dividir orden de trabajo</translation>
    </message>
    <message>
        <source>Creating batches</source>
        <translation>Creando lotes</translation>
    </message>
    <message>
        <source>Every change is listed with its outcome. Failed changes can be retried; the whole split can be undone for a while.</source>
        <translation>Cada cambio aparece con su resultado. Los cambios fallidos se pueden reintentar; toda la división se puede deshacer durante un tiempo.</translation>
    </message>
    <message>
        <source>What is selected on the board was not used; Start over uses it instead.</source>
        <translation>No se usó lo seleccionado en el tablero; “Empezar de nuevo” lo usa en su lugar.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::TechnicianPicker</name>
    <message>
        <source>Search people by name or email</source>
        <translation>Buscar personas por nombre o correo electrónico</translation>
    </message>
    <message>
        <source>Nobody chosen. Tick the people to assign.</source>
        <translation>Nadie elegido. Marque las personas que desea asignar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen: %1</source>
        <translation>
            <numerusform>%Ln elegido: %1</numerusform>
            <numerusform>%Ln elegidos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todos</translation>
    </message>
    <message>
        <source>The planning desk&apos;s figures are not ready yet: everybody is offered.</source>
        <translation>Las cifras de la planificación aún no están listas: se ofrece a todos.</translation>
    </message>
    <message>
        <source>Who can work %1 is not known: everybody is offered.</source>
        <translation>No se sabe quién puede trabajar en %1: se ofrece a todos.</translation>
    </message>
    <message>
        <source>Everybody is shown; those who cannot work %1 say so.</source>
        <translation>Se muestra a todos; quienes no pueden trabajar en %1 lo indican.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A chosen person and why they should not be: &quot;Mei Chen cannot work Imaging Bay&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Chosen although not related to the queue: %1.</source>
        <translation>Elegidos aunque no están relacionados con la cola: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Offering those who can work %1; %Ln other(s) behind “Show all”.</source>
        <translation>
            <numerusform>Se ofrece a quienes pueden trabajar en %1; %Ln persona más está en “Mostrar todos”.</numerusform>
            <numerusform>Se ofrece a quienes pueden trabajar en %1; %Ln personas más están en “Mostrar todos”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The people could not be loaded, so %1 cannot be assigned yet. Retry above.</source>
        <translation>No se pudieron cargar las personas, así que aún no se puede asignar a %1. Pulse “Reintentar” arriba.</translation>
    </message>
    <message>
        <source>Waiting for %1 to load from the server.</source>
        <translation>Cargando desde el servidor los datos de %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::Traveler</name>
    <message>
        <source>Batch</source>
        <extracomment>Caption above the batch&apos;s label on a printed traveler.</extracomment>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Cycles</source>
        <extracomment>Caption of the number of cycles (units) in the batch on a printed traveler.</extracomment>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Caption of the work order&apos;s due date on a printed traveler.</extracomment>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>On a printed traveler: the batch has no technicians.</extracomment>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>Hoja A4</translation>
    </message>
    <message>
        <source>Letter sheet</source>
        <translation>Hoja Carta</translation>
    </message>
    <message>
        <source>4 × 6 in label (thermal printer)</source>
        <extracomment>Paper format: a 4 by 6 inch label for a thermal label printer.</extracomment>
        <translation>Etiqueta de 4 × 6 pulg. (impresora térmica)</translation>
    </message>
    <message>
        <source>Batch traveler</source>
        <extracomment>Title of a printed batch traveler (the sheet that goes on a box of devices).</extracomment>
        <translation>Hoja de ruta del lote</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Mark on a printed traveler: the work order is past its due date with cycles still to do.</extracomment>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Scan the code to open this batch in BatchDesk.</source>
        <translation>Escanee el código para abrir este lote en BatchDesk.</translation>
    </message>
    <message>
        <source>There are no batches to print travelers for.</source>
        <translation>No hay lotes para los que imprimir hojas de ruta.</translation>
    </message>
    <message>
        <source>Batch travelers</source>
        <translation>Hojas de ruta de lotes</translation>
    </message>
    <message>
        <source>The travelers could not be written to %1.</source>
        <translation>No se pudieron escribir las hojas de ruta en %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::TravelerDialog</name>
    <message>
        <source>Print travelers</source>
        <translation>Imprimir hojas de ruta</translation>
    </message>
    <message numerus="yes">
        <source>Travelers for %Ln batch(es)</source>
        <translation>
            <numerusform>Hojas de ruta para %Ln lote</numerusform>
            <numerusform>Hojas de ruta para %Ln lotes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <extracomment>Label of the paper format choice (A4 sheet, Letter sheet, 4 x 6 label).</extracomment>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Batch travelers</source>
        <translation>Hojas de ruta de lotes</translation>
    </message>
    <message>
        <source>Save travelers as PDF</source>
        <translation>Guardar hojas de ruta como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>The travelers were not saved.</source>
        <translation>Las hojas de ruta no se guardaron.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::UnitsPane</name>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Units of %1</source>
        <translation>Unidades de %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Reload units</source>
        <translation>Recargar unidades</translation>
    </message>
    <message>
        <source>Read this batch&apos;s units from the server again</source>
        <translation>Volver a leer del servidor las unidades de este lote</translation>
    </message>
    <message>
        <source>All units (%1)</source>
        <extracomment>The units filter: every unit of the batch, with how many.</extracomment>
        <translation>Todas las unidades (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The units filter: a status category with how many units are in it, e.g. &quot;Blocked (2)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a batch to see its units.</source>
        <translation>Elija un lote para ver sus unidades.</translation>
    </message>
    <message>
        <source>Reading the units…</source>
        <translation>Leyendo las unidades…</translation>
    </message>
    <message>
        <source>This batch has no units on the server yet.</source>
        <translation>Este lote aún no tiene unidades en el servidor.</translation>
    </message>
    <message>
        <source>No unit of this batch is in “%1”.</source>
        <translation>Ninguna unidad de este lote está en «%1».</translation>
    </message>
</context>
<context>
    <name>BatchDesk::UserCatalogModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>no pace</source>
        <translation>sin ritmo</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Can work</source>
        <translation>Puede trabajar en</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
</context>
<context>
    <name>BatchDesk::WorkOrderCatalogModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Counting the batches on the server…</source>
        <translation>Contando los lotes del servidor…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) on the server hold these cycles</source>
        <translation>
            <numerusform>%Ln lote del servidor contiene estos ciclos</numerusform>
            <numerusform>%Ln lotes del servidor contienen estos ciclos</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Cycles needed</source>
        <translation>Ciclos necesarios</translation>
    </message>
    <message>
        <source>In batches</source>
        <translation>En lotes</translation>
    </message>
    <message>
        <source>Still to split</source>
        <translation>Por dividir</translation>
    </message>
</context>
<context>
    <name>BatchDesk::WriteItem</name>
    <message numerus="yes">
        <source>Create batch “%1” (%Ln cycle(s))</source>
        <translation>
            <numerusform>Crear el lote “%1” (%Ln ciclo)</numerusform>
            <numerusform>Crear el lote “%1” (%Ln ciclos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign %1 to “%2”</source>
        <translation>Asignar a %1 al lote “%2”</translation>
    </message>
    <message>
        <source>Unassign %1 from “%2”</source>
        <translation>Desasignar a %1 del lote “%2”</translation>
    </message>
    <message>
        <source>Delete batch “%1”</source>
        <translation>Eliminar el lote “%1”</translation>
    </message>
</context>
<context>
    <name>BatchDesk::WriteRun</name>
    <message>
        <source>Refused in queue “%1”: %2</source>
        <translation>Denegado en la cola “%1”: %2</translation>
    </message>
    <message>
        <source>Cancelled while the request was under way; the server may have carried it out. “Retry failed” checks the server before sending anything again.</source>
        <translation>Se canceló mientras la solicitud estaba en curso; es posible que el servidor la haya llevado a cabo. “Reintentar fallidos” comprueba el servidor antes de volver a enviar nada.</translation>
    </message>
    <message>
        <source>%1 The server may have carried it out; “Retry failed” checks before sending it again.</source>
        <translation>%1 Es posible que el servidor la haya llevado a cabo; “Reintentar fallidos” lo comprueba antes de volver a enviarla.</translation>
    </message>
    <message>
        <source>Could not read the work order&apos;s batches before writing, so nothing was sent: %1</source>
        <translation>No se pudieron leer los lotes de la orden de trabajo antes de escribir, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>The work order changed since this plan was made: %1 of its %2 cycles are in batches now, so only %3 remain, but the plan splits %4. Nothing was sent; go back to the sizing and check the plan.</source>
        <translation>La orden de trabajo cambió desde que se hizo este plan: ahora %1 de sus %2 ciclos están en lotes, así que solo quedan %3, pero el plan divide %4. No se envió nada; vuelva al paso Tamaño de los lotes y revise el plan.</translation>
    </message>
    <message>
        <source>Found on the server: the earlier request was carried out although its answer was lost.</source>
        <translation>Encontrado en el servidor: la solicitud anterior se llevó a cabo aunque se perdió su respuesta.</translation>
    </message>
    <message>
        <source>Could not read back the new batches: %1</source>
        <translation>No se pudieron volver a leer los lotes nuevos: %1</translation>
    </message>
    <message>
        <source>Not attempted: its batch was not created.</source>
        <translation>Sin intentar: su lote no se creó.</translation>
    </message>
    <message>
        <source>Could not check the server before retrying, so nothing was sent again: %1</source>
        <translation>No se pudo comprobar el servidor antes de reintentar, así que no se volvió a enviar nada: %1</translation>
    </message>
    <message>
        <source>Its id is unknown, so it cannot be deleted from here.</source>
        <translation>Se desconoce su ID, así que no se puede eliminar desde aquí.</translation>
    </message>
    <message>
        <source>Already removed on the server.</source>
        <translation>Ya se había quitado en el servidor.</translation>
    </message>
    <message>
        <source>Already deleted on the server.</source>
        <translation>Ya se había eliminado en el servidor.</translation>
    </message>
    <message>
        <source>Could not check the server before retrying: %1</source>
        <translation>No se pudo comprobar el servidor antes de reintentar: %1</translation>
    </message>
    <message>
        <source>Found on the server: the earlier request was carried out.</source>
        <translation>Encontrado en el servidor: la solicitud anterior se llevó a cabo.</translation>
    </message>
    <message>
        <source>Create batch “%1” with %2 cycles at queue position %3</source>
        <translation>Crear el lote “%1” con %2 ciclos en la posición %3 de la cola</translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln batch(es) of %1 cycles</source>
        <translation>
            <numerusform>Crear %Ln lote de %1 ciclos</numerusform>
            <numerusform>Crear %Ln lotes de %1 ciclos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln batch(es) of %1 cycles each, technicians per batch: %2</source>
        <translation>
            <numerusform>Crear %Ln lote de %1 ciclos, técnicos por lote: %2</numerusform>
            <numerusform>Crear %Ln lotes de %1 ciclos cada uno, técnicos por lote: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Niagara::ApiError</name>
    <message>
        <source>load the batches</source>
        <translation>cargar los lotes</translation>
    </message>
    <message>
        <source>load the batch</source>
        <translation>cargar el lote</translation>
    </message>
    <message>
        <source>create the batch</source>
        <translation>crear el lote</translation>
    </message>
    <message>
        <source>create the batches</source>
        <translation>crear los lotes</translation>
    </message>
    <message>
        <source>delete the batch</source>
        <translation>eliminar el lote</translation>
    </message>
    <message>
        <source>load the batch&apos;s relations</source>
        <translation>cargar las relaciones del lote</translation>
    </message>
    <message>
        <source>add the relation</source>
        <translation>añadir la relación</translation>
    </message>
    <message>
        <source>remove the relation</source>
        <translation>quitar la relación</translation>
    </message>
    <message>
        <source>load the queues</source>
        <translation>cargar las colas</translation>
    </message>
    <message>
        <source>load the work orders</source>
        <translation>cargar las órdenes de trabajo</translation>
    </message>
    <message>
        <source>load the users</source>
        <translation>cargar los usuarios</translation>
    </message>
    <message>
        <source>load your profile</source>
        <translation>cargar su perfil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server refused to %1 because the data is not valid.</source>
        <translation>El servidor se negó a %1 porque los datos no son válidos.</translation>
    </message>
    <message>
        <source>Could not %1: your sign-in is not valid or has expired. Please sign in again.</source>
        <translation>No fue posible %1: su inicio de sesión no es válido o ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are not allowed to %1. This needs the permission &quot;%2&quot;; ask a manager to grant it.</source>
        <translation>No tiene permiso para %1. Se necesita el permiso “%2”; pida a un responsable que se lo conceda.</translation>
    </message>
    <message>
        <source>Could not %1: it no longer exists on the server. It may have been deleted by someone else.</source>
        <translation>No fue posible %1: el elemento ya no existe en el servidor. Es posible que otra persona lo haya eliminado.</translation>
    </message>
    <message>
        <source>Could not %1: it is locked because some of its cycles are in progress or being verified. Try again when they are finished.</source>
        <translation>No fue posible %1: el lote está bloqueado porque algunos de sus ciclos están en curso o en verificación. Vuelva a intentarlo cuando terminen.</translation>
    </message>
    <message>
        <source>Could not %1: the server is receiving too many requests. Please wait a moment and try again.</source>
        <translation>No fue posible %1: el servidor está recibiendo demasiadas solicitudes. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not %1: the server had an internal problem (HTTP %2). Please try again later.</source>
        <translation>No fue posible %1: el servidor tuvo un problema interno (HTTP %2). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Could not %1: the server answered with an unexpected status (HTTP %2).</source>
        <translation>No fue posible %1: el servidor respondió con un estado inesperado (HTTP %2).</translation>
    </message>
    <message>
        <source>Could not %1: the server cannot be reached. Check the network connection and the server address.</source>
        <translation>No fue posible %1: no se puede contactar con el servidor. Compruebe la conexión de red y la dirección del servidor.</translation>
    </message>
    <message>
        <source>Could not %1: the server did not answer in time. Please try again.</source>
        <translation>No fue posible %1: el servidor no respondió a tiempo. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not %1: the secure connection to the server failed (certificate or TLS problem). The request was not sent.</source>
        <translation>No fue posible %1: falló la conexión segura con el servidor (problema de certificado o de TLS). La solicitud no se envió.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer could not be understood.</source>
        <translation>No fue posible %1: no se pudo interpretar la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Operación cancelada: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) could not be shown because the server sent invalid data for them.</source>
        <translation>
            <numerusform>No se pudo mostrar %Ln lote porque el servidor envió datos no válidos.</numerusform>
            <numerusform>No se pudieron mostrar %Ln lotes porque el servidor envió datos no válidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) could not be shown because the server sent invalid data for them: %1</source>
        <translation>
            <numerusform>No se pudo mostrar %Ln lote porque el servidor envió datos no válidos: %1</numerusform>
            <numerusform>No se pudieron mostrar %Ln lotes porque el servidor envió datos no válidos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not %1: the server sent an empty answer. Please try again.</source>
        <translation>No fue posible %1: el servidor envió una respuesta vacía. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not %1: the server answered with a web page instead of data. Check the server address; a proxy or a sign-in page of the network may be in the way.</source>
        <translation>No fue posible %1: el servidor respondió con una página web en lugar de datos. Compruebe la dirección del servidor; puede que un proxy o una página de acceso de la red se interponga.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer was far larger than expected, so it was stopped.</source>
        <translation>No fue posible %1: la respuesta del servidor era mucho más grande de lo esperado y se detuvo.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer is malformed (nested too deeply) and was not used.</source>
        <translation>No fue posible %1: la respuesta del servidor está mal formada (anidada a demasiada profundidad) y no se usó.</translation>
    </message>
    <message>
        <source>Could not %1 completely: the server sent the same page again, so loading was stopped.</source>
        <translation>No fue posible %1 por completo: el servidor volvió a enviar la misma página, así que se detuvo la carga.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer was cut off before it was complete. Please try again.</source>
        <translation>No fue posible %1: la respuesta del servidor se cortó antes de llegar completa. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>load the roles</source>
        <translation>cargar los roles</translation>
    </message>
    <message>
        <source>load the users of a role</source>
        <translation>cargar los usuarios de un rol</translation>
    </message>
    <message>
        <source>read the completion metrics</source>
        <translation>leer las métricas de ciclos completados</translation>
    </message>
    <message>
        <source>load a queue&apos;s technicians</source>
        <translation>cargar los técnicos de una cola</translation>
    </message>
    <message>
        <source>Could not %1: this server does not offer them.</source>
        <translation>No fue posible %1: este servidor no ofrece esos datos.</translation>
    </message>
    <message>
        <source>load the units of the batch</source>
        <translation>cargar las unidades del lote</translation>
    </message>
</context>
<context>
    <name>Niagara::CredentialStore</name>
    <message>
        <source>The system keychain could not be used (%1). You stay signed in until BatchDesk closes; your sign-in is not saved anywhere else.</source>
        <translation>No se pudo usar el llavero del sistema (%1). Su sesión seguirá iniciada hasta que cierre BatchDesk; su inicio de sesión no se guarda en ningún otro sitio.</translation>
    </message>
</context>
<context>
    <name>Niagara::OAuthSignIn</name>
    <message>
        <source>&lt;html&gt;&lt;body style=&quot;font-family:sans-serif&quot;&gt;&lt;h2&gt;Signed in to BatchDesk&lt;/h2&gt;&lt;p&gt;You can close this tab and return to BatchDesk.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body style=&quot;font-family:sans-serif&quot;&gt;&lt;h2&gt;Sesión iniciada en BatchDesk&lt;/h2&gt;&lt;p&gt;Puede cerrar esta pestaña y volver a BatchDesk.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Signing in took too long. Start again, and finish in the browser within a few minutes.</source>
        <translation>El inicio de sesión tardó demasiado. Empiece de nuevo y termine en el navegador en pocos minutos.</translation>
    </message>
    <message>
        <source>BatchDesk could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>BatchDesk no pudo escuchar en 127.0.0.1 la respuesta del navegador.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).</source>
        <translation>El servidor rechazó el inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>El servidor rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The server did not renew the sign-in (%1).</source>
        <translation>El servidor no renovó el inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached: %1</source>
        <translation>No se pudo contactar con el servidor de inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The server refused the sign-in (HTTP %1).</source>
        <translation>El servidor rechazó el inicio de sesión (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Niagara::StatusCategory</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>En verificación</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>Niagara::TransportPolicy</name>
    <message>
        <source>“%1” is not a server address. Enter one like https://api.example.com.</source>
        <translation>“%1” no es una dirección de servidor. Introduzca una como https://api.example.com.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address; sign in instead.</source>
        <translation>No incluya el nombre de usuario ni la contraseña en la dirección del servidor; inicie sesión en su lugar.</translation>
    </message>
    <message>
        <source>%1 must be reached over https: sign-in tokens are never sent unencrypted to another machine. Plain http is only allowed for 127.0.0.1 and ::1.</source>
        <translation>A %1 se debe acceder por https: los tokens de inicio de sesión nunca se envían sin cifrar a otro equipo. Solo se permite http sin cifrar para 127.0.0.1 y ::1.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (it must start with https://).</source>
        <translation>“%1” no es una dirección web (debe empezar por https://).</translation>
    </message>
</context>
</TS>
