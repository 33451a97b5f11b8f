<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BatchDesk::ActivityModel</name>
    <message numerus="yes">
        <source>Undo is possible for %Ln more minute(s), until %1.</source>
        <translation>
            <numerusform>Rückgängig machen ist noch %Ln Minute lang möglich, bis %1.</numerusform>
            <numerusform>Rückgängig machen ist noch %Ln Minuten lang möglich, bis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An undo is not undone.</source>
        <translation>Ein Rückgängigmachen lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleted batches cannot be brought back from here.</source>
        <translation>Gelöschte Chargen lassen sich hier nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Already undone.</source>
        <translation>Bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Nothing was done, so there is nothing to undo.</source>
        <translation>Es wurde nichts ausgeführt, daher gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The undo window ended at %1.</source>
        <translation>Die Frist zum Rückgängigmachen endete am %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::ActivityRecord</name>
    <message>
        <source>Done: %1 of %2</source>
        <translation>Erledigt: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Partly done: %1 of %2, %Ln failed or not attempted</source>
        <translation>
            <numerusform>Teilweise erledigt: %1 von %2, %Ln fehlgeschlagen oder nicht versucht</numerusform>
            <numerusform>Teilweise erledigt: %1 von %2, %Ln fehlgeschlagen oder nicht versucht</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 of %2 done</source>
        <translation>Fehlgeschlagen: %1 von %2 erledigt</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::DemoWorkspace</name>
    <message>
        <source>The demo server did not start within %1 seconds.</source>
        <translation>Der Demo-Server ist nicht innerhalb von %1 Sekunden gestartet.</translation>
    </message>
    <message>
        <source>The demo server (niagara-sim) was not found next to BatchDesk in %1.</source>
        <translation>Der Demo-Server (niagara-sim) wurde in %1 neben BatchDesk nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not create the folder for the demo data: %1</source>
        <translation>Der Ordner für die Demodaten konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly (%1).</source>
        <translation>Der Demo-Server wurde unerwartet beendet (%1).</translation>
    </message>
    <message>
        <source>The demo server stopped while starting (%1).</source>
        <translation>Der Demo-Server wurde während des Starts beendet (%1).</translation>
    </message>
    <message>
        <source>The demo server answered unexpectedly: %1</source>
        <translation>Unerwartete Antwort vom Demo-Server: %1</translation>
    </message>
    <message>
        <source>The demo server reported an invalid address: %1</source>
        <translation>Der Demo-Server hat eine ungültige Adresse gemeldet: %1</translation>
    </message>
    <message>
        <source>The demo server keeps stopping and was not started again. %1</source>
        <translation>Der Demo-Server wird immer wieder beendet und wurde nicht erneut gestartet. %1</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::Main</name>
    <message>
        <source>Shop-floor batch board for the Niagara API.</source>
        <translation>Chargen-Plantafel für die Fertigung mit der Niagara API.</translation>
    </message>
    <message>
        <source>Niagara API base URL: the saved server with this address becomes the current one (a new one is saved). Without it, the last server used (at first the demo workspace).</source>
        <translation>Basis-URL der Niagara API: Der gespeicherte Server mit dieser Adresse wird zum aktuellen Server (gibt es keinen, wird ein neuer gespeichert). Ohne diese Option wird der zuletzt verwendete Server genutzt (anfangs der Demo-Arbeitsbereich).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after the first load, then quit.</source>
        <translation>Nach dem ersten Laden ein Bild des Fensters in FILE speichern und dann beenden.</translation>
    </message>
    <message>
        <source>SQLite file of the demo workspace (default: in the app data folder).</source>
        <translation>SQLite-Datei des Demo-Arbeitsbereichs (Standard: im Datenordner der App).</translation>
    </message>
    <message>
        <source>The server address “%1” is not a valid URL.</source>
        <translation>Die Serveradresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Sign the demo workspace in as the seeded user with this email address (default: the production manager dana.whitfield@demo.batchdesk.test).</source>
        <translation>Den Demo-Arbeitsbereich als den vorbereiteten Benutzer mit dieser E-Mail-Adresse anmelden (Standard: die Produktionsleiterin dana.whitfield@demo.batchdesk.test).</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>The desk to open with: board, planning or mywork.</source>
        <translation>Der Arbeitsbereich beim Start: board, planning oder mywork.</translation>
    </message>
    <message>
        <source>Start in shop-floor mode (full screen, larger type and targets).</source>
        <translation>Im Werkstattmodus starten (Vollbild, größere Schrift und Bedienelemente).</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::SignInBrowser</name>
    <message>
        <source>No web browser could be opened for signing in. Use a personal token instead, or set a default browser.</source>
        <translation>Für die Anmeldung konnte kein Webbrowser geöffnet werden. Verwenden Sie stattdessen ein persönliches Token oder legen Sie einen Standardbrowser fest.</translation>
    </message>
    <message>
        <source>the demo server could not be reached</source>
        <translation>der Demo-Server war nicht erreichbar</translation>
    </message>
    <message>
        <source>the demo server answered HTTP %1</source>
        <translation>der Demo-Server hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>The demo workspace could not sign in: %1</source>
        <translation>Der Demo-Arbeitsbereich konnte sich nicht anmelden: %1</translation>
    </message>
    <message>
        <source>The demo workspace could not sign in: its server is not running.</source>
        <translation>Der Demo-Arbeitsbereich konnte sich nicht anmelden: Sein Server läuft nicht.</translation>
    </message>
    <message>
        <source>it has no user with the email address “%1”</source>
        <translation>es gibt dort keinen Benutzer mit der E-Mail-Adresse „%1“</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::WorkspaceConnector</name>
    <message>
        <source>Starting the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird gestartet…</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly; starting it again…</source>
        <translation>Der Demo-Server wurde unerwartet beendet; er wird neu gestartet…</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly and was restarted.</source>
        <translation>Der Demo-Server wurde unerwartet beendet und neu gestartet.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::BatchCyclesFeed</name>
    <message>
        <source>You have no access to this batch&apos;s units: %1</source>
        <translation>Sie haben keinen Zugriff auf die Einheiten dieser Charge: %1</translation>
    </message>
    <message>
        <source>The units could not be loaded.</source>
        <translation>Die Einheiten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>This server does not list the units of a batch.</source>
        <translation>Dieser Server listet die Einheiten einer Charge nicht auf.</translation>
    </message>
    <message>
        <source>This batch no longer exists on the server.</source>
        <translation>Diese Charge ist auf dem Server nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::BatchRelationsModel</name>
    <message>
        <source>You have no access to this batch&apos;s relations: %1</source>
        <translation>Sie haben keinen Zugriff auf die Beziehungen dieser Charge: %1</translation>
    </message>
    <message>
        <source>This batch no longer exists on the server.</source>
        <translation>Diese Charge ist auf dem Server nicht mehr vorhanden.</translation>
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
        <translation>Warteschlange / Auftrag / Charge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Number of cycles</source>
        <translation>Anzahl Zyklen</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% fertig</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Column: the work order&apos;s due date.</extracomment>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Column: the batch&apos;s position in its queue (batches are worked in this order).</extracomment>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <source>%1 of %2 batches</source>
        <translation>%1 von %2 Chargen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln Charge</numerusform>
            <numerusform>%Ln Chargen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 needed</source>
        <translation>%1 von %2 benötigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weiterer</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message numerus="yes">
        <source>Server total: %Ln batch(es)</source>
        <translation>
            <numerusform>Auf dem Server insgesamt: %Ln Charge</numerusform>
            <numerusform>Auf dem Server insgesamt: %Ln Chargen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycles needed: %1</source>
        <extracomment>Tooltip of a work order&apos;s progress bar, after the counts per status</extracomment>
        <translation>Benötigte Zyklen: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; languages that put a (non-breaking) space before % write &quot;%1 %&quot;.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 (%2 counted)</source>
        <extracomment>Cycles column of a batch whose counts per status add up to another number</extracomment>
        <translation>%1 (%2 gezählt)</translation>
    </message>
    <message>
        <source>The cycle counts by status add up to %1, but the batch has %2 cycles. Progress is worked out from the larger number.</source>
        <translation>Die Zyklen nach Status ergeben zusammen %1, die Charge hat aber %2 Zyklen. Der Fortschritt wird aus der größeren Zahl berechnet.</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <extracomment>Due-date cell of a work order past its due date with cycles still to complete</extracomment>
        <translation>%1 — überfällig</translation>
    </message>
    <message>
        <source>%1, %2 of %3 cycles complete, %4</source>
        <translation>%1, %2 von %3 Zyklen abgeschlossen, %4</translation>
    </message>
    <message>
        <source>, %1 blocked</source>
        <extracomment>Appended to a row&apos;s spoken summary</extracomment>
        <translation>, %1 blockiert</translation>
    </message>
    <message>
        <source>, overdue</source>
        <extracomment>Appended to a row&apos;s spoken summary</extracomment>
        <translation>, überfällig</translation>
    </message>
    <message>
        <source>No cycles</source>
        <translation>Keine Zyklen</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>Tooltip line of the cycle progress bar: category name, count, percentage of all cycles</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Past its due date with cycles still to complete</source>
        <translation>Fälligkeitsdatum überschritten, aber noch nicht alle Zyklen abgeschlossen</translation>
    </message>
    <message>
        <source>In batches: %1 (%2)</source>
        <translation>In Chargen: %1 (%2)</translation>
    </message>
    <message>
        <source>Not in a batch yet: %1</source>
        <extracomment>The hatched part of a work order&apos;s progress bar; also its legend name</extracomment>
        <translation>Noch ohne Charge: %1</translation>
    </message>
</context>
<context>
    <name>BatchDesk::BoardCache</name>
    <message>
        <source>The board could not be saved for the next start: %1</source>
        <translation>Die Plantafel konnte nicht für den nächsten Start gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::BatchListing</name>
    <message numerus="yes">
        <source>%1  [%2]  priority %3  %Ln batch(es)</source>
        <extracomment>CLI table, queue line: label, [id], priority, number of batches.</extracomment>
        <translation>
            <numerusform>%1  [%2]  Priorität %3  %Ln Charge</numerusform>
            <numerusform>%1  [%2]  Priorität %3  %Ln Chargen</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln Charge</numerusform>
            <numerusform>%Ln Chargen</numerusform>
        </translation>
    </message>
    <message>
        <source>(server total %1)</source>
        <translation>(auf dem Server insgesamt %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped item %1: %2: %3</source>
        <translation>übersprungener Eintrag %1: %2: %3</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::CliRunner</name>
    <message>
        <source>Base URL of the Niagara API (default: $NIAGARA_SERVER).</source>
        <translation>Basis-URL der Niagara API (Standard: $NIAGARA_SERVER).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>Ausgabeformat: table, json oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Batches per request, 1-100.</source>
        <translation>Chargen pro Anfrage, 1–100.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Relation type, e.g. technician.</source>
        <translation>Beziehungstyp, z. B. technician.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>Entity type, e.g. USER.</source>
        <translation>Entitätstyp, z. B. USER.</translation>
    </message>
    <message>
        <source>Entity id.</source>
        <translation>Entitäts-ID.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>INWARD or OUTWARD.</source>
        <translation>INWARD oder OUTWARD.</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>richtung</translation>
    </message>
    <message>
        <source>Work order id.</source>
        <translation>ID des Arbeitsauftrags.</translation>
    </message>
    <message>
        <source>Queue id for the new batches.</source>
        <translation>ID der Warteschlange für die neuen Chargen.</translation>
    </message>
    <message>
        <source>Cycles per batch.</source>
        <translation>Zyklen pro Charge.</translation>
    </message>
    <message>
        <source>Number of batches.</source>
        <translation>Anzahl der Chargen.</translation>
    </message>
    <message>
        <source>last: the last batch is smaller; spread: sizes differ by at most one.</source>
        <translation>last: Die letzte Charge ist kleiner; spread: Die Größen weichen höchstens um eins voneinander ab.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>regel</translation>
    </message>
    <message>
        <source>Technician user id (repeatable).</source>
        <translation>Benutzer-ID eines Technikers (wiederholbar).</translation>
    </message>
    <message>
        <source>user_id</source>
        <translation>benutzer_id</translation>
    </message>
    <message>
        <source>One technician per batch in turn, instead of all on every batch.</source>
        <translation>Reihum ein Techniker pro Charge, statt alle auf jeder Charge.</translation>
    </message>
    <message>
        <source>Label pattern: {work_order} {queue} {n} {total} {size}.</source>
        <translation>Muster für die Bezeichnung: {work_order} {queue} {n} {total} {size}.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>muster</translation>
    </message>
    <message>
        <source>Cycles to split (default: all the work order still needs).</source>
        <translation>Aufzuteilende Zyklen (Standard: alle, die der Arbeitsauftrag noch benötigt).</translation>
    </message>
    <message>
        <source>Allow splitting more cycles than the work order still needs.</source>
        <translation>Erlaubt, mehr Zyklen aufzuteilen, als der Arbeitsauftrag noch benötigt.</translation>
    </message>
    <message>
        <source>One POST per batch (applies labels and queue order) instead of one PATCH per batch size.</source>
        <translation>Ein POST pro Charge (übernimmt Bezeichnungen und Reihenfolge in der Warteschlange) statt eines PATCH pro Chargengröße.</translation>
    </message>
    <message>
        <source>Print the plan and its requests; send nothing.</source>
        <translation>Plan und zugehörige Anfragen ausgeben; nichts senden.</translation>
    </message>
    <message>
        <source>Batch id (repeatable).</source>
        <translation>Chargen-ID (wiederholbar).</translation>
    </message>
    <message>
        <source>Make the given technicians the batches&apos; only ones.</source>
        <translation>Die angegebenen Techniker werden die einzigen Techniker der Chargen.</translation>
    </message>
    <message>
        <source>batches, relations or workorders</source>
        <translation>batches, relations oder workorders</translation>
    </message>
    <message>
        <source>list, get, delete, assign, add, remove or split</source>
        <translation>list, get, delete, assign, add, remove oder split</translation>
    </message>
    <message>
        <source>Run with --help for usage.</source>
        <translation>Hinweise zur Verwendung erhalten Sie mit --help.</translation>
    </message>
    <message>
        <source>Missing command: expected e.g. &quot;batches list&quot;.</source>
        <translation>Befehl fehlt: erwartet z. B. &quot;batches list&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1 %2&quot; takes %Ln argument(s).</source>
        <translation>
            <numerusform>&quot;%1 %2&quot; erwartet %Ln Argument.</numerusform>
            <numerusform>&quot;%1 %2&quot; erwartet %Ln Argumente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation>Unbekanntes Format &quot;%1&quot;: Verwenden Sie table, json oder csv.</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to 100.</source>
        <translation>--page-size muss eine ganze Zahl von 1 bis 100 sein.</translation>
    </message>
    <message>
        <source>--direction must be INWARD or OUTWARD.</source>
        <translation>--direction muss INWARD oder OUTWARD sein.</translation>
    </message>
    <message>
        <source>&quot;relations add&quot; needs --relation, --entity-type and --entity-id.</source>
        <translation>&quot;relations add&quot; benötigt --relation, --entity-type und --entity-id.</translation>
    </message>
    <message>
        <source>&quot;workorders split&quot; needs --work-order and --queue.</source>
        <translation>&quot;workorders split&quot; benötigt --work-order und --queue.</translation>
    </message>
    <message>
        <source>Give exactly one of --batch-size and --batches.</source>
        <translation>Geben Sie genau eine der Optionen --batch-size und --batches an.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least 1.</source>
        <translation>--%1 muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>--remainder must be last or spread.</source>
        <translation>--remainder muss last oder spread sein.</translation>
    </message>
    <message>
        <source>--cycles must be a whole number of at least 1.</source>
        <translation>--cycles muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>&quot;batches assign&quot; needs at least one --batch and one --technician.</source>
        <translation>&quot;batches assign&quot; benötigt mindestens ein --batch und ein --technician.</translation>
    </message>
    <message>
        <source>Give the server&apos;s base URL with --server (http or https).</source>
        <translation>Geben Sie die Basis-URL des Servers mit --server an (http oder https).</translation>
    </message>
    <message>
        <source>No saved sign-in for %1. Sign in to this server in BatchDesk (Connection…), or set NIAGARA_TOKEN to a bearer token.</source>
        <translation>Keine gespeicherte Anmeldung für %1. Melden Sie sich in BatchDesk bei diesem Server an (Verbindung…) oder setzen Sie NIAGARA_TOKEN auf ein Bearer-Token.</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 could not be read: %2 Set NIAGARA_TOKEN instead.</source>
        <translation>Die gespeicherte Anmeldung für %1 konnte nicht gelesen werden: %2 Setzen Sie stattdessen NIAGARA_TOKEN.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 in the keychain. Sign in to this server in BatchDesk (Connection…), or set NIAGARA_TOKEN to a bearer token.</source>
        <translation>Keine gespeicherte Anmeldung für %1 im Schlüsselbund. Melden Sie sich in BatchDesk bei diesem Server an (Verbindung…) oder setzen Sie NIAGARA_TOKEN auf ein Bearer-Token.</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 has expired. Open BatchDesk on this server to renew it, or set NIAGARA_TOKEN.</source>
        <translation>Die gespeicherte Anmeldung für %1 ist abgelaufen. Öffnen Sie BatchDesk mit diesem Server, um sie zu erneuern, oder setzen Sie NIAGARA_TOKEN.</translation>
    </message>
    <message>
        <source>Skipped batch %1 (%2): %3</source>
        <translation>Charge %1 übersprungen (%2): %3</translation>
    </message>
    <message>
        <source>Deleted batch %1.</source>
        <translation>Charge %1 gelöscht.</translation>
    </message>
    <message>
        <source>Created relation %1.</source>
        <translation>Beziehung %1 angelegt.</translation>
    </message>
    <message>
        <source>Removed relation %1.</source>
        <translation>Beziehung %1 entfernt.</translation>
    </message>
    <message>
        <source>Planning commands print a table or json (--format table|json).</source>
        <translation>Planungsbefehle geben eine Tabelle oder json aus (--format table|json).</translation>
    </message>
    <message>
        <source>planning report: a technician is overloaded above this many days of work (default: the desktop app&apos;s setting, else 5).</source>
        <translation>planning report: Ein Techniker ist überlastet, wenn er mehr als so viele Tage Arbeit hat (Standard: die Einstellung der Desktop-App, sonst 5).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>planning report: neither read nor add to the completion history.</source>
        <translation>planning report: den Abschlussverlauf weder lesen noch ergänzen.</translation>
    </message>
    <message>
        <source>--overload-days takes a number of days above 0.</source>
        <translation>--overload-days erwartet eine Anzahl von Tagen größer als 0.</translation>
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
        <translation>Kommandozeilenzugriff auf Niagara-Chargen.

Befehle:
  batches list                       alle Chargen, gruppiert nach Warteschlange und Arbeitsauftrag
  batches get CHARGEN_ID             eine Charge
  batches delete CHARGEN_ID          eine Charge löschen
  batches mine                       Ihre Chargen in der Reihenfolge der Arbeit: blockiert, in Arbeit,
                                     als Nächstes, heute erledigt
  batches cycles CHARGEN_ID [--status KATEGORIE]
                                     die Einheiten (Zyklen) einer Charge, wahlweise nur einer Statuskategorie
  batches assign --batch ID... --technician BENUTZER_ID... [--replace]
                                     Techniker zu Chargen hinzufügen (oder sie ersetzen)
  workorders split --work-order ID --queue ID (--batch-size N | --batches N)
                   [--remainder last|spread] [--technician BENUTZER_ID...] [--round-robin]
                   [--label MUSTER] [--cycles N [--allow-over-split]] [--individually] [--dry-run]
                                     die restlichen Zyklen eines Arbeitsauftrags in Chargen aufteilen
  relations list CHARGEN_ID          Beziehungen einer Charge (Filter: --entity-type, --relation, --direction)
  relations add CHARGEN_ID           eine Entität verknüpfen (--relation, --entity-type, --entity-id)
  relations remove CHARGEN_ID BEZIEHUNGS_ID
  planning report [--overload-days N] [--no-history]
                                     Warteschlangen, Arbeitsaufträge und Techniker der Planung:
                                     Tempo, Rückstand, voraussichtliches Ende, Risiko, Auslastung

Das Bearer-Token wird aus der Umgebungsvariablen NIAGARA_TOKEN gelesen; ist sie nicht gesetzt, aus der
Anmeldung, die die BatchDesk-Desktop-App für --server im Schlüsselbund des Systems gespeichert hat.
Exit-Codes: 0 Erfolg, 2 Aufruffehler, 3 API-Fehler, 4 Teilfehler (einige Elemente sind fehlgeschlagen).</translation>
    </message>
    <message>
        <source>A status category: PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED or CANCELLED.</source>
        <translation>Eine Statuskategorie: PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED oder CANCELLED.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>--status must be PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED or CANCELLED.</source>
        <translation>--status muss PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED oder CANCELLED sein.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::PlanningCommand</name>
    <message>
        <source>No user with id “%1” on the server.</source>
        <translation>Kein Benutzer mit der ID „%1“ auf dem Server.</translation>
    </message>
    <message>
        <source>No work order with id “%1” on the server.</source>
        <translation>Kein Arbeitsauftrag mit der ID „%1“ auf dem Server.</translation>
    </message>
    <message>
        <source>No queue with id “%1” on the server.</source>
        <translation>Keine Warteschlange mit der ID „%1“ auf dem Server.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 cycles still to batch; this plan makes %Ln batch(es) with %3 cycles:</source>
        <translation>
            <numerusform>%1 von %2 Zyklen sind noch keiner Charge zugeordnet; dieser Plan legt %Ln Charge mit %3 Zyklen an:</numerusform>
            <numerusform>%1 von %2 Zyklen sind noch keiner Charge zugeordnet; dieser Plan legt %Ln Chargen mit insgesamt %3 Zyklen an:</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 not attempted.</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen, %3 nicht versucht.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::PlanningReport</name>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>%1 active, %2/day, backlog %3 days</source>
        <extracomment>CLI planning table, queue line: label, active cycles, pace, backlog days, overloaded or not.</extracomment>
        <translation>%1 aktiv, %2/Tag, Rückstand %3 Tage</translation>
    </message>
    <message>
        <source>OVERLOADED</source>
        <translation>ÜBERLASTET</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Arbeitsaufträge</translation>
    </message>
    <message>
        <source>%1 of %2 left, %3/day, finish %4, due %5</source>
        <translation>%1 von %2 offen, %3/Tag, Ende %4, fällig %5</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>%1 open cycles, %2/day, load %3 days</source>
        <translation>%1 offene Zyklen, %2/Tag, Auslastung %3 Tage</translation>
    </message>
</context>
<context>
    <name>BatchDesk::CodeLookup</name>
    <message>
        <source>No batch or unit matches “%1”.</source>
        <translation>Keine Charge und keine Einheit passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n batches hold a unit labelled “%1”: choose one.</source>
        <translation>
            <numerusform>%n Charge enthält eine Einheit „%1“: bitte wählen.</numerusform>
            <numerusform>%n Chargen enthalten eine Einheit „%1“: bitte eine wählen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batches are labelled “%1”: choose one.</source>
        <translation>
            <numerusform>%n Charge heißt „%1“: bitte wählen.</numerusform>
            <numerusform>%n Chargen heißen „%1“: bitte eine wählen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::CompletionHistory</name>
    <message>
        <source>The completion history could not be saved: %1</source>
        <translation>Der Abschlussverlauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The completion history could not be read: %1</source>
        <translation>Der Abschlussverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The history was written by a newer version of BatchDesk.</source>
        <translation>Der Verlauf wurde von einer neueren Version von BatchDesk geschrieben.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::CycleListModel</name>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a unit&apos;s second attempt</comment>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unit %1: %2</source>
        <translation>Einheit %1: %2</translation>
    </message>
</context>
<context>
    <name>BatchDesk::FilteredAggregateProxy</name>
    <message>
        <source>%1 of %2 batches</source>
        <extracomment>Status bar and detail pane while filters are on: &quot;6 of 102 batches&quot;</extracomment>
        <translation>%1 von %2 Chargen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln Charge</numerusform>
            <numerusform>%Ln Chargen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::MyWork</name>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) became blocked since %1</source>
        <translation>
            <numerusform>%n Charge seit %1 blockiert</numerusform>
            <numerusform>%n Chargen seit %1 blockiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n became blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
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
            <numerusform>%1: %n Charge</numerusform>
            <numerusform>%1: %n Chargen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>my work section</comment>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>my work section</comment>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>my work section</comment>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Done today</source>
        <comment>my work section</comment>
        <translation>Heute erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) assigned to you since %1</source>
        <translation>
            <numerusform>%n Charge seit %1 Ihnen zugewiesen</numerusform>
            <numerusform>%n Chargen seit %1 Ihnen zugewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation>%1 / %2 fertig</translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation>%1 blockiert</translation>
    </message>
    <message>
        <source>Assigned to you: %1.</source>
        <translation>Ihnen zugewiesen: %1.</translation>
    </message>
    <message>
        <source>Blocked: %1.</source>
        <translation>Blockiert: %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Permissions</name>
    <message>
        <source>Your role on this server does not allow creating batches (%1).</source>
        <translation>Ihre Rolle auf diesem Server erlaubt das Anlegen von Chargen nicht (%1).</translation>
    </message>
    <message>
        <source>Your role on this server does not allow assigning technicians (%1).</source>
        <translation>Ihre Rolle auf diesem Server erlaubt das Zuweisen von Technikern nicht (%1).</translation>
    </message>
    <message>
        <source>Your role on this server does not allow deleting batches (%1).</source>
        <translation>Ihre Rolle auf diesem Server erlaubt das Löschen von Chargen nicht (%1).</translation>
    </message>
    <message>
        <source>Not allowed in this queue: %1</source>
        <translation>In dieser Warteschlange nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: changes can be made again once it is back.</source>
        <translation>Der Server ist nicht erreichbar: Änderungen sind wieder möglich, sobald die Verbindung wiederhergestellt ist.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningCharts</name>
    <message>
        <source>%1: %2 of %3 cycles complete.</source>
        <translation>%1: %2 von %3 Zyklen abgeschlossen.</translation>
    </message>
    <message>
        <source>Finish projected for %1.</source>
        <translation>Voraussichtliches Ende: %1.</translation>
    </message>
    <message>
        <source>No finish can be projected at the current pace.</source>
        <translation>Beim aktuellen Tempo lässt sich kein Ende vorhersagen.</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>Fällig: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 cycles completed in %n day(s)</source>
        <translation>
            <numerusform>%1: %2 Zyklen in %n Tag abgeschlossen</numerusform>
            <numerusform>%1: %2 Zyklen in %n Tagen abgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningMonitor</name>
    <message>
        <source>The server&apos;s metrics need the permission report:read.</source>
        <translation>Die Metriken des Servers erfordern die Berechtigung report:read.</translation>
    </message>
    <message>
        <source>The server offers no metrics.</source>
        <translation>Der Server bietet keine Metriken an.</translation>
    </message>
    <message>
        <source>The server cut its metrics short: the pace may be too low.</source>
        <translation>Der Server hat seine Metriken gekürzt: Das Tempo ist möglicherweise zu niedrig.</translation>
    </message>
    <message numerus="yes">
        <source>No pace yet: no completions recorded in the last %n day(s).</source>
        <translation>
            <numerusform>Noch kein Tempo: Im letzten %n Tag wurden keine abgeschlossenen Zyklen erfasst.</numerusform>
            <numerusform>Noch kein Tempo: In den letzten %n Tagen wurden keine abgeschlossenen Zyklen erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pace from %n day(s), server metrics.</source>
        <translation>
            <numerusform>Tempo aus %n Tag, Servermetriken.</numerusform>
            <numerusform>Tempo aus %n Tagen, Servermetriken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pace from %n day(s), this app&apos;s history.</source>
        <translation>
            <numerusform>Tempo aus %n Tag, Verlauf dieser App.</numerusform>
            <numerusform>Tempo aus %n Tagen, Verlauf dieser App.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pace from %1 days: %2 from server metrics, %3 from this app&apos;s history.</source>
        <translation>Tempo aus %1 Tagen: %2 aus Servermetriken, %3 aus dem Verlauf dieser App.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningService</name>
    <message numerus="yes">
        <source>%Ln queue(s)</source>
        <translation>
            <numerusform>%Ln Warteschlange</numerusform>
            <numerusform>%Ln Warteschlangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weiterer</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %1 into %Ln batch(es) in %2</source>
        <translation>
            <numerusform>%1 auf %Ln Charge in %2 aufgeteilt</numerusform>
            <numerusform>%1 auf %Ln Chargen in %2 aufgeteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment with nothing to change</source>
        <translation>Zuweisung ohne Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %Ln batch(es) in %2</source>
        <translation>
            <numerusform>%1 zu %Ln Charge in %2 zugewiesen</numerusform>
            <numerusform>%1 zu %Ln Chargen in %2 zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %1 from %Ln batch(es) in %2</source>
        <translation>
            <numerusform>%1 von %Ln Charge in %2 entfernt</numerusform>
            <numerusform>%1 von %Ln Chargen in %2 entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %Ln batch(es) in %2, replacing %3</source>
        <translation>
            <numerusform>%1 anstelle von %3 zu %Ln Charge in %2 zugewiesen</numerusform>
            <numerusform>%1 anstelle von %3 zu %Ln Chargen in %2 zugewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted batch “%1” in %2</source>
        <translation>Charge „%1“ in %2 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln batch(es) in %1</source>
        <translation>
            <numerusform>%Ln Charge in %1 gelöscht</numerusform>
            <numerusform>%Ln Chargen in %1 gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo of “%1”</source>
        <translation>Rückgängigmachen von „%1“</translation>
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
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>work order risk</comment>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>work order risk</comment>
        <translation>Stockt</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>work order risk</comment>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>On track</source>
        <comment>work order risk</comment>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Pace / day</source>
        <translation>Tempo / Tag</translation>
    </message>
    <message>
        <source>Backlog, days</source>
        <translation>Rückstand, Tage</translation>
    </message>
    <message>
        <source>Days to due</source>
        <translation>Tage bis Fälligkeit</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Cycles pending, in progress, verifying or blocked</source>
        <translation>Zyklen, die ausstehen, in Arbeit, in Prüfung oder blockiert sind</translation>
    </message>
    <message>
        <source>Cycles completed per day in this queue</source>
        <translation>Pro Tag abgeschlossene Zyklen in dieser Warteschlange</translation>
    </message>
    <message>
        <source>Active cycles divided by the pace</source>
        <translation>Aktive Zyklen geteilt durch das Tempo</translation>
    </message>
    <message>
        <source>Days until the earliest due date among the queue&apos;s unfinished work orders</source>
        <translation>Tage bis zum frühesten Fälligkeitsdatum unter den nicht abgeschlossenen Arbeitsaufträgen der Warteschlange</translation>
    </message>
    <message>
        <source>Overloaded when the backlog takes longer than the days left to the earliest due date</source>
        <translation>Überlastet, wenn der Rückstand länger dauert als die Tage bis zum frühesten Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Who can work the queue (the server&apos;s queue relations)</source>
        <translation>Wer die Warteschlange bearbeiten kann (die Warteschlangen-Beziehungen des Servers)</translation>
    </message>
    <message>
        <source>%1: %2 active cycles, backlog %3 days, %4</source>
        <translation>%1: %2 aktive Zyklen, Rückstand %3 Tage, %4</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>queue load</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No completions in this queue in the pace window: the backlog does not clear.</source>
        <translation>Keine abgeschlossenen Zyklen in dieser Warteschlange im Tempo-Zeitraum: Der Rückstand wird nicht abgebaut.</translation>
    </message>
    <message>
        <source>Earliest due date: %1</source>
        <translation>Frühestes Fälligkeitsdatum: %1</translation>
    </message>
    <message>
        <source>The server does not say who can work this queue.</source>
        <translation>Der Server gibt nicht an, wer diese Warteschlange bearbeiten kann.</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Batched</source>
        <translation>In Chargen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Projected finish</source>
        <translation>Voraussichtliches Ende</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Slack (days)</source>
        <translation>Puffer (Tage)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Needed minus complete, never below 0</source>
        <translation>Benötigt minus abgeschlossen, nie unter 0</translation>
    </message>
    <message>
        <source>Cycles of this work order completed per day</source>
        <translation>Pro Tag abgeschlossene Zyklen dieses Arbeitsauftrags</translation>
    </message>
    <message>
        <source>Now plus the remaining cycles at the current pace</source>
        <translation>Jetzt plus die verbleibenden Zyklen beim aktuellen Tempo</translation>
    </message>
    <message>
        <source>Days between the projected finish and the due date; negative: late at this pace</source>
        <translation>Tage zwischen voraussichtlichem Ende und Fälligkeitsdatum; negativ: bei diesem Tempo verspätet</translation>
    </message>
    <message>
        <source>%1: %2, %3 of %4 cycles remaining</source>
        <translation>%1: %2, %3 von %4 Zyklen verbleibend</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no projected finish: the pace is 0</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no due date</comment>
        <translation>ohne</translation>
    </message>
    <message>
        <source>No cycles of this work order were completed in the pace window.</source>
        <translation>Im Tempo-Zeitraum wurden keine Zyklen dieses Arbeitsauftrags abgeschlossen.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Load (days)</source>
        <translation>Auslastung (Tage)</translation>
    </message>
    <message>
        <source>Active cycles of their batches; a batch&apos;s cycles are shared equally among its technicians</source>
        <translation>Aktive Zyklen ihrer Chargen; die Zyklen einer Charge werden gleichmäßig auf ihre Techniker verteilt</translation>
    </message>
    <message>
        <source>Cycles they completed per day</source>
        <translation>Pro Tag abgeschlossene Zyklen</translation>
    </message>
    <message>
        <source>Open cycles divided by their pace</source>
        <translation>Offene Zyklen geteilt durch das eigene Tempo</translation>
    </message>
    <message>
        <source>%1: %2 open cycles, load %3 days, %4</source>
        <translation>%1: %2 offene Zyklen, Auslastung %3 Tage, %4</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>technician load</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Overloaded above %1 days of work at their pace</source>
        <translation>Überlastet bei mehr als %1 Tagen Arbeit im eigenen Tempo</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open cycles</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>overloaded</source>
        <comment>queue load</comment>
        <translation>überlastet</translation>
    </message>
    <message>
        <source>not overloaded</source>
        <comment>queue load</comment>
        <translation>nicht überlastet</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>queue load</comment>
        <translation>Überlastet</translation>
    </message>
    <message>
        <source>overloaded</source>
        <comment>technician load</comment>
        <translation>überlastet</translation>
    </message>
    <message>
        <source>not overloaded</source>
        <comment>technician load</comment>
        <translation>nicht überlastet</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>technician load</comment>
        <translation>Überlastet</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) not in a batch yet</source>
        <translation>
            <numerusform>%n Zyklus noch in keiner Charge</numerusform>
            <numerusform>%n Zyklen noch in keiner Charge</numerusform>
        </translation>
    </message>
    <message>
        <source>No pace yet: no completions recorded, and no server metrics. The load is known once this app has seen work complete, or with report:read.</source>
        <translation>Noch kein Tempo: keine Abschlüsse aufgezeichnet und keine Servermetriken. Die Auslastung ist bekannt, sobald diese App abgeschlossene Arbeit gesehen hat, oder mit report:read.</translation>
    </message>
    <message>
        <source>No pace yet</source>
        <comment>work order risk</comment>
        <translation>Noch kein Tempo</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>queue load: no pace yet</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Done, late (due date passed), stalled (no pace), no pace yet (no completions recorded at all yet), at risk (finish after the due date) or on track</source>
        <translation>Erledigt, überfällig (Fälligkeitsdatum überschritten), stockt (kein Tempo), noch kein Tempo (noch gar keine Abschlüsse aufgezeichnet), gefährdet (Ende nach dem Fälligkeitsdatum) oder im Plan</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>technician load: no pace yet</comment>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>BatchDesk::QueueCatalogModel</name>
    <message>
        <source>Lower numbers are worked first</source>
        <translation>Niedrigere Nummern werden zuerst bearbeitet</translation>
    </message>
    <message>
        <source>Batches with cycles still to work (pending, in progress, verifying or blocked)</source>
        <translation>Chargen mit noch zu bearbeitenden Zyklen (ausstehend, in Arbeit, in Prüfung oder blockiert)</translation>
    </message>
    <message>
        <source>Cycles still to work in this queue</source>
        <translation>Noch zu bearbeitende Zyklen in dieser Warteschlange</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Active batches</source>
        <translation>Aktive Chargen</translation>
    </message>
    <message>
        <source>Active cycles</source>
        <translation>Aktive Zyklen</translation>
    </message>
</context>
<context>
    <name>BatchDesk::RunItemModel</name>
    <message>
        <source>Not attempted</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>Noch nicht angelegt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Session</name>
    <message>
        <source>Enter the OAuth client id the server&apos;s administrator gave you.</source>
        <translation>Geben Sie die OAuth-Client-ID ein, die Sie vom Administrator des Servers erhalten haben.</translation>
    </message>
    <message>
        <source>This token was not accepted: %1</source>
        <translation>Dieses Token wurde nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Your sign-in to %1 is no longer valid. Sign in again; nothing on screen is lost.</source>
        <translation>Ihre Anmeldung bei %1 ist nicht mehr gültig. Melden Sie sich erneut an; nichts auf dem Bildschirm geht verloren.</translation>
    </message>
    <message>
        <source>Paste the personal token first.</source>
        <translation>Fügen Sie zuerst das persönliche Token ein.</translation>
    </message>
    <message>
        <source>Your sign-in to %1 has expired. Sign in again; nothing on screen is lost.</source>
        <translation>Ihre Anmeldung bei %1 ist abgelaufen. Melden Sie sich erneut an; nichts auf dem Bildschirm geht verloren.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::SplitPlan</name>
    <message>
        <source>Choose the work order to split.</source>
        <translation>Wählen Sie den Arbeitsauftrag, der aufgeteilt werden soll.</translation>
    </message>
    <message>
        <source>Choose the queue the new batches go into.</source>
        <translation>Wählen Sie die Warteschlange für die neuen Chargen.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1 cycle.</source>
        <translation>Die Chargengröße muss mindestens 1 Zyklus betragen.</translation>
    </message>
    <message>
        <source>Make at least one batch.</source>
        <translation>Legen Sie mindestens eine Charge an.</translation>
    </message>
    <message>
        <source>A batch can hold at most %1 cycles.</source>
        <translation>Eine Charge kann höchstens %1 Zyklen enthalten.</translation>
    </message>
    <message>
        <source>This would make more than %1 batches; choose a larger batch size or fewer batches.</source>
        <translation>Das ergäbe mehr als %1 Chargen; wählen Sie eine größere Chargengröße oder weniger Chargen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) cannot share %1 cycles: every batch needs at least one cycle.</source>
        <translation>
            <numerusform>%1 Zyklen reichen nicht für %Ln Charge: Jede Charge braucht mindestens einen Zyklus.</numerusform>
            <numerusform>%1 Zyklen reichen nicht für %Ln Chargen: Jede Charge braucht mindestens einen Zyklus.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 cycles of this work order are already in batches. To add more batches anyway, enter the number of cycles and allow splitting more than is needed.</source>
        <translation>Alle %1 Zyklen dieses Arbeitsauftrags sind bereits in Chargen. Um trotzdem weitere Chargen anzulegen, geben Sie die Anzahl der Zyklen ein und aktivieren Sie „Aufteilen über den Restbedarf hinaus erlauben“.</translation>
    </message>
    <message>
        <source>Only %1 of the work order&apos;s %2 cycles are not in a batch yet; splitting %3 needs your explicit permission.</source>
        <translation>Nur %1 der %2 Zyklen des Arbeitsauftrags sind noch keiner Charge zugeordnet; um %3 aufzuteilen, ist Ihre ausdrückliche Zustimmung nötig.</translation>
    </message>
    <message>
        <source>The number of cycles to split must be at least 1.</source>
        <translation>Die Anzahl der aufzuteilenden Zyklen muss mindestens 1 betragen.</translation>
    </message>
    <message>
        <source>Enter a label pattern, for example {work_order} {n}/{total}.</source>
        <translation>Geben Sie ein Muster für die Bezeichnungen ein, zum Beispiel {work_order} {n}/{total}.</translation>
    </message>
    <message>
        <source>The label pattern uses %1, which is not a placeholder. Use %2.</source>
        <translation>Das Bezeichnungsmuster verwendet %1, das ist kein Platzhalter. Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Labels would be longer than %1 characters; shorten the pattern.</source>
        <translation>Die Bezeichnungen wären länger als %1 Zeichen; kürzen Sie das Muster.</translation>
    </message>
    <message numerus="yes">
        <source>With the last batch smaller, %1 cycles fit in %Ln batch(es); choose &quot;spread evenly&quot; to get exactly %2.</source>
        <translation>
            <numerusform>Wenn die letzte Charge kleiner ist, passen %1 Zyklen in %Ln Charge; wählen Sie „Gleichmäßig verteilen“, um genau %2 zu erhalten.</numerusform>
            <numerusform>Wenn die letzte Charge kleiner ist, passen %1 Zyklen in %Ln Chargen; wählen Sie „Gleichmäßig verteilen“, um genau %2 zu erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The label pattern has no {n}: every batch gets the same label.</source>
        <translation>Das Bezeichnungsmuster enthält kein {n}: Alle Chargen erhalten dieselbe Bezeichnung.</translation>
    </message>
    <message>
        <source>%1 cycles more than the work order still needs will be put in batches.</source>
        <translation>Es werden %1 Zyklen mehr in Chargen aufgeteilt, als der Arbeitsauftrag noch benötigt.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::SplitPreviewModel</name>
    <message>
        <source>No technicians</source>
        <translation>Keine Techniker</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Queue order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniker</translation>
    </message>
</context>
<context>
    <name>BatchDesk::TechnicianAccessProxy</name>
    <message>
        <source>cannot work %1</source>
        <extracomment>Why a person is not offered for the batches: the queue(s) they are not related to.</extracomment>
        <translation>kann %1 nicht bearbeiten</translation>
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
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Splits, assignments and deletions made from this app appear here, with Undo while it is possible.</source>
        <translation>Aufteilungen, Zuweisungen und Löschungen aus dieser App erscheinen hier, mit „Rückgängig“, solange es möglich ist.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Nothing to undo yet.</source>
        <translation>Noch nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Choose an entry to undo.</source>
        <translation>Wählen Sie einen Eintrag zum Rückgängigmachen.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignBatchesPage</name>
    <message>
        <source>Batches</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>Choose the batches to staff. Search, then select rows; hold Ctrl or Shift to choose several. Batches stay chosen while you search for more.</source>
        <translation>Wählen Sie die Chargen aus, die mit Technikern besetzt werden sollen. Suchen Sie und markieren Sie dann Zeilen; halten Sie Strg oder Umschalt gedrückt, um mehrere auszuwählen. Ausgewählte Chargen bleiben ausgewählt, während Sie nach weiteren suchen.</translation>
    </message>
    <message>
        <source>Search batches, work orders, queues, technicians</source>
        <translation>Chargen, Arbeitsaufträge, Warteschlangen, Techniker durchsuchen</translation>
    </message>
    <message>
        <source>No batch chosen yet.</source>
        <translation>Noch keine Charge ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) chosen: %1</source>
        <translation>
            <numerusform>%Ln Charge ausgewählt: %1</numerusform>
            <numerusform>%Ln Chargen ausgewählt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the board yet: %1. The board is still loading them, or they are no longer on the server; the preview reads them from the server.</source>
        <translation>Noch nicht auf der Plantafel: %1. Die Plantafel lädt sie noch, oder sie sind nicht mehr auf dem Server; die Vorschau liest sie vom Server.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Reading the technicians each batch has now…</source>
        <translation>Aktuelle Techniker der Chargen werden gelesen…</translation>
    </message>
    <message>
        <source>The batches&apos; current technicians could not be read: %1</source>
        <translation>Die aktuellen Techniker der Chargen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing to change: the chosen technicians are already the batches&apos; technicians.</source>
        <translation>Nichts zu ändern: Die ausgewählten Techniker sind bereits die Techniker der Chargen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 on %Ln batch(es).</source>
        <translation>
            <numerusform>%1 und %2 für %Ln Charge.</numerusform>
            <numerusform>%1 und %2 für %Ln Chargen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relation(s) to create</source>
        <translation>
            <numerusform>%Ln anzulegende Beziehung</numerusform>
            <numerusform>%Ln anzulegende Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to delete</source>
        <translation>
            <numerusform>%Ln zu löschende</numerusform>
            <numerusform>%Ln zu löschende</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier in this session the server did not let you change technicians in these queues:
%1</source>
        <translation>Der Server hat Ihnen in dieser Sitzung bereits verweigert, Techniker in diesen Warteschlangen zu ändern:
%1</translation>
    </message>
    <message>
        <source>Assign</source>
        <comment>change: the technician is added to the batch</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <comment>change: the technician is taken off the batch</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is who will work which batches.</source>
        <translation>Noch wurde nichts gesendet. Hier sehen Sie, wer welche Chargen bearbeiten wird.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Take %1 off %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln Charge</numerusform>
            <numerusform>%Ln Chargen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignTechniciansPage</name>
    <message>
        <source>Technicians</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Choose who works these batches, and whether they join or replace the technicians the batches have now.</source>
        <translation>Wählen Sie, wer diese Chargen bearbeitet und ob die Personen zu den aktuellen Technikern der Chargen hinzukommen oder sie ersetzen.</translation>
    </message>
    <message>
        <source>Add: keep the batches&apos; current technicians</source>
        <translation>Hinzufügen: aktuelle Techniker der Chargen behalten</translation>
    </message>
    <message>
        <source>Replace: the chosen people become the only technicians</source>
        <translation>Ersetzen: Die ausgewählten Personen werden die einzigen Techniker</translation>
    </message>
    <message numerus="yes">
        <source>For %Ln batch(es): %1</source>
        <translation>
            <numerusform>Für %Ln Charge: %1</numerusform>
            <numerusform>Für %Ln Chargen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignTechniciansWizard</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln weitere</numerusform>
            <numerusform>%Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign technicians</source>
        <translation>Techniker zuweisen</translation>
    </message>
    <message>
        <source>Assigning technicians</source>
        <translation>Techniker werden zugewiesen</translation>
    </message>
    <message>
        <source>Every relation is listed with its outcome. Failed changes can be retried; the assignment can be undone for a while.</source>
        <translation>Jede Beziehung wird mit ihrem Ergebnis aufgeführt. Fehlgeschlagene Änderungen können wiederholt werden; die Zuweisung lässt sich eine Zeit lang rückgängig machen.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A batch&apos;s label in quotes, in a list of batches.</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The batches selected on the board were not used; Start over uses them instead.</source>
        <translation>Die auf der Plantafel ausgewählten Chargen wurden nicht übernommen; mit „Neu beginnen“ werden sie stattdessen übernommen.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BatchDetailPane</name>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Betriebsstätte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Status in the detail pane: the customer&apos;s label, then the category, e.g. &quot;Imaging (In progress)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The batch is no longer on the server.</source>
        <translation>Die Charge ist nicht mehr auf dem Server vorhanden.</translation>
    </message>
    <message>
        <source>Select a batch to see its work order, customer, location and relations.</source>
        <translation>Wählen Sie eine Charge aus, um Arbeitsauftrag, Kunde, Standort und Beziehungen zu sehen.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>The batch&apos;s position in its queue (batches are worked in this order).</extracomment>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Begins</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Cycles per workflow</source>
        <translation>Zyklen pro Workflow</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>%1 needed, %2 complete</source>
        <translation>%1 benötigt, %2 abgeschlossen</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Keine angegeben</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A relation of a batch: the related entity, its type and the relation&apos;s direction</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>Warteschlange im Überblick</translation>
    </message>
    <message>
        <source>Work order summary</source>
        <translation>Arbeitsauftrag im Überblick</translation>
    </message>
    <message>
        <source>Batches shown</source>
        <translation>Angezeigte Chargen</translation>
    </message>
    <message>
        <source>Batches on server</source>
        <translation>Chargen auf dem Server</translation>
    </message>
    <message>
        <source>Cycles needed</source>
        <translation>Benötigte Zyklen</translation>
    </message>
    <message>
        <source>Active batches</source>
        <translation>Aktive Chargen</translation>
    </message>
    <message>
        <source>Active cycles</source>
        <translation>Aktive Zyklen</translation>
    </message>
    <message>
        <source>You have no access to this batch on the server.</source>
        <translation>Sie haben auf dem Server keinen Zugriff auf diese Charge.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BatchNavigator</name>
    <message>
        <source>&amp;Go to batch…</source>
        <translation>&amp;Gehe zu Charge…</translation>
    </message>
    <message>
        <source>Open a batch by its id, label, traveler code or a unit&apos;s serial (%1)</source>
        <translation>Eine Charge über ID, Bezeichnung, Laufkarten-Code oder die Seriennummer einer Einheit öffnen (%1)</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BoardDesk</name>
    <message numerus="yes">
        <source>Delete the %n selected batches from the server</source>
        <translation>
            <numerusform>Die %n ausgewählte Charge vom Server löschen</numerusform>
            <numerusform>Die %n ausgewählten Chargen vom Server löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected batches?</source>
        <translation>
            <numerusform>Die %n ausgewählte Charge löschen?</numerusform>
            <numerusform>Die %n ausgewählten Chargen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n batch(es)…</source>
        <translation>
            <numerusform>%n Charge wird gelöscht…</numerusform>
            <numerusform>%n Chargen werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>nicht gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n batch(es).</source>
        <translation>
            <numerusform>%n Charge gelöscht.</numerusform>
            <numerusform>%n Chargen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) had already been deleted on the server.</source>
        <translation>
            <numerusform>%n Charge war auf dem Server bereits gelöscht.</numerusform>
            <numerusform>%n Chargen waren auf dem Server bereits gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) could not be deleted:</source>
        <translation>
            <numerusform>%n Charge konnte nicht gelöscht werden:</numerusform>
            <numerusform>%n Chargen konnten nicht gelöscht werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>No batches match the filters.</source>
        <translation>Keine Charge entspricht den Filtern.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every batch again: clears the search, the statuses, “Assigned to me” and “Overdue”</source>
        <translation>Wieder alle Chargen anzeigen: setzt die Suche, die Status, „Mir zugewiesen“ und „Überfällig“ zurück</translation>
    </message>
    <message>
        <source>Select one or more batches to print their travelers.</source>
        <translation>Wählen Sie eine oder mehrere Chargen, um ihre Laufkarten zu drucken.</translation>
    </message>
    <message>
        <source>Print a traveler for each selected batch, or save them as PDF (%1)</source>
        <translation>Für jede gewählte Charge eine Laufkarte drucken oder als PDF speichern (%1)</translation>
    </message>
    <message>
        <source>Print travelers…</source>
        <translation>Laufkarten drucken…</translation>
    </message>
    <message>
        <source>The filters were cleared to show the batch.</source>
        <translation>Die Filter wurden zurückgesetzt, um die Charge zu zeigen.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BurnUpChartView</name>
    <message>
        <source>No work order chosen.</source>
        <translation>Kein Arbeitsauftrag ausgewählt.</translation>
    </message>
    <message>
        <source>Choose a work order to see its burn-up</source>
        <translation>Wählen Sie einen Arbeitsauftrag, um sein Burn-up-Diagramm zu sehen</translation>
    </message>
    <message>
        <source>Burn-up: %1</source>
        <translation>Burn-up: %1</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Projection at the current pace</source>
        <translation>Prognose beim aktuellen Tempo</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Burn-up chart</source>
        <translation>Burn-up-Diagramm</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::CatalogBrowser</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loaded %1 of %2, loading more…</source>
        <translation>%1 von %2 geladen, weitere werden geladen…</translation>
    </message>
    <message>
        <source>Nothing loaded</source>
        <translation>Nichts geladen</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>Loaded %1 of %2; scroll down for more</source>
        <translation>%1 von %2 geladen; für weitere nach unten scrollen</translation>
    </message>
    <message>
        <source>All %1 loaded</source>
        <translation>Alle %1 geladen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ConnectionDialog</name>
    <message>
        <source>Servers and sign-in</source>
        <translation>Server und Anmeldung</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The demo workspace runs on this computer. BatchDesk starts it and sets its address on every start.</source>
        <translation>Der Demo-Arbeitsbereich läuft auf diesem Computer. BatchDesk startet ihn und legt bei jedem Start seine Adresse fest.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>Mit diesem Server verbinden</translation>
    </message>
    <message>
        <source>Make this the current server; the board reloads from it.</source>
        <translation>Diesen Server zum aktuellen machen; die Plantafel wird von ihm neu geladen.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <source>%1 — current</source>
        <translation>%1 — aktuell</translation>
    </message>
    <message>
        <source>The demo workspace on this computer; it cannot be removed.</source>
        <translation>Der Demo-Arbeitsbereich auf diesem Computer; er kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Saved. The address changed, so you were signed out of this server.</source>
        <translation>Gespeichert. Die Adresse hat sich geändert, daher wurden Sie von diesem Server abgemeldet.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Remove the server “%1”?</source>
        <translation>Den Server „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its saved sign-in is removed from this computer&apos;s keychain as well.</source>
        <translation>Die gespeicherte Anmeldung wird ebenfalls aus dem Schlüsselbund dieses Computers entfernt.</translation>
    </message>
    <message>
        <source>The demo workspace cannot be removed.</source>
        <translation>Der Demo-Arbeitsbereich kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::DailyCompletionsChartView</name>
    <message>
        <source>No completions to show yet.</source>
        <translation>Noch keine abgeschlossenen Zyklen anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>Cycles completed per day, by queue (last %n day(s))</source>
        <translation>
            <numerusform>Pro Tag abgeschlossene Zyklen nach Warteschlange (letzter %n Tag)</numerusform>
            <numerusform>Pro Tag abgeschlossene Zyklen nach Warteschlange (letzte %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (keine Daten)</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Daily completions chart</source>
        <translation>Diagramm der täglich abgeschlossenen Zyklen</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::DraftNote</name>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Forget this draft and start from an empty wizard (or from what was selected on the board).</source>
        <translation>Diesen Entwurf verwerfen und mit einem leeren Assistenten beginnen (oder mit der Auswahl auf der Plantafel).</translation>
    </message>
    <message>
        <source>Restored the draft you left at %1.</source>
        <translation>Der um %1 zurückgelassene Entwurf wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored the draft you left on %1.</source>
        <translation>Der am %1 zurückgelassene Entwurf wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::GoToBatchDialog</name>
    <message>
        <source>Go to batch</source>
        <translation>Gehe zu Charge</translation>
    </message>
    <message>
        <source>&amp;Scan or type a code:</source>
        <translation>Code &amp;scannen oder eingeben:</translation>
    </message>
    <message>
        <source>Batch id, label, traveler code or unit serial</source>
        <translation>Chargen-ID, Bezeichnung, Laufkarten-Code oder Seriennummer</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::LegendWidget</name>
    <message>
        <source>Cycles a work order needs that no batch holds yet</source>
        <translation>Zyklen, die ein Arbeitsauftrag benötigt, die aber noch keiner Charge zugeordnet sind</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::LoadWarning</name>
    <message>
        <source>%1 (%2 days of work)</source>
        <translation>%1 (%2 Tage Arbeit)</translation>
    </message>
    <message>
        <source>%1 (%2 cycles, none completed in the pace window)</source>
        <translation>%1 (%2 Zyklen, keiner im Tempo-Zeitraum abgeschlossen)</translation>
    </message>
    <message>
        <source>This plan puts people over %1 days of work at their pace: %2.</source>
        <translation>Dieser Plan bringt Personen bei ihrem Tempo über %1 Tage Arbeit: %2.</translation>
    </message>
    <message>
        <source>You can still go ahead, or go back and choose someone else.</source>
        <translation>Sie können trotzdem fortfahren oder zurückgehen und jemand anderen wählen.</translation>
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
        <translation>Plantafel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the batches again (F5)</source>
        <translation>Chargen neu laden (F5)</translation>
    </message>
    <message>
        <source>Split work order…</source>
        <translation>Arbeitsauftrag aufteilen…</translation>
    </message>
    <message>
        <source>Assign technicians…</source>
        <translation>Techniker zuweisen…</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Charge löschen</translation>
    </message>
    <message>
        <source>Delete the selected batch from the server</source>
        <translation>Ausgewählte Charge vom Server löschen</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>The server the board shows; switching reloads the board from it</source>
        <translation>Der Server, den die Plantafel anzeigt; bei einem Wechsel wird die Plantafel von diesem Server neu geladen</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Verbindung…</translation>
    </message>
    <message>
        <source>Servers and sign-in: add a server, sign in or out, switch servers</source>
        <translation>Server und Anmeldung: Server hinzufügen, an- oder abmelden, Server wechseln</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>About BatchDesk</source>
        <translation>Über BatchDesk</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <extracomment>Menu of the main window: what is done on the batch board.</extracomment>
        <translation>&amp;Plantafel</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <extracomment>Language menu entry: use the language the operating system is set to.</extracomment>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Search batches, work orders, queues, technicians (Ctrl+F)</source>
        <translation>Chargen, Arbeitsaufträge, Warteschlangen, Techniker durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Show all statuses</source>
        <translation>Alle Status anzeigen</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <source>Only batches where you are one of the technicians</source>
        <translation>Nur Chargen, bei denen Sie einer der Techniker sind</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Filter: only batches of work orders past their due date.</extracomment>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Only batches of work orders past their due date with unfinished cycles</source>
        <translation>Nur Chargen von Arbeitsaufträgen, deren Fälligkeitsdatum überschritten ist und die noch unerledigte Zyklen haben</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Queue order</source>
        <extracomment>Sort key: the batches&apos; order in their queue (the order they are worked in).</extracomment>
        <translation>Reihenfolge in der Warteschlange</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln Charge</numerusform>
            <numerusform>%Ln Chargen</numerusform>
        </translation>
    </message>
    <message>
        <source>Load failed</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BatchDesk %1&lt;/h3&gt;&lt;p&gt;The shop-floor batch board for the Niagara API: batches by queue and work order, splitting work orders and assigning technicians.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BatchDesk %1&lt;/h3&gt;&lt;p&gt;Die Chargen-Plantafel für die Fertigung mit der Niagara API: Chargen nach Warteschlange und Arbeitsauftrag, Aufteilen von Arbeitsaufträgen und Zuweisen von Technikern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — not signed in</source>
        <translation>%1 — nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation>%1 — angemeldet als %2</translation>
    </message>
    <message>
        <source>Split a work order into batches, with a preview of every batch</source>
        <translation>Einen Arbeitsauftrag in Chargen aufteilen, mit Vorschau jeder Charge</translation>
    </message>
    <message>
        <source>Assign technicians to the selected batch, or to the batches of the selected work order</source>
        <translation>Techniker der ausgewählten Charge oder den Chargen des ausgewählten Arbeitsauftrags zuweisen</translation>
    </message>
    <message>
        <source>Needs a connection to the server</source>
        <translation>Erfordert eine Verbindung zum Server</translation>
    </message>
    <message>
        <source>Delete the batch “%1”?</source>
        <translation>Die Charge „%1“ löschen?</translation>
    </message>
    <message>
        <source>The batch and its relations are removed from the server. This cannot be undone.</source>
        <translation>Die Charge und ihre Beziehungen werden vom Server entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>Status: alle</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <source>Status: %Ln selected</source>
        <translation>
            <numerusform>Status: %Ln ausgewählt</numerusform>
            <numerusform>Status: %Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only batches in some status categories</source>
        <translation>Nur Chargen in bestimmten Statuskategorien anzeigen</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation>Kein Server ausgewählt</translation>
    </message>
    <message>
        <source>%1 — signing in…</source>
        <translation>%1 — Anmeldung läuft…</translation>
    </message>
    <message>
        <source>%1 — signed in</source>
        <translation>%1 — angemeldet</translation>
    </message>
    <message>
        <source>%1 — sign-in expired</source>
        <translation>%1 — Anmeldung abgelaufen</translation>
    </message>
    <message>
        <source>Your sign-in to %1 expired — sign in again. Nothing on screen is lost.</source>
        <translation>Ihre Anmeldung bei %1 ist abgelaufen — melden Sie sich erneut an. Nichts auf dem Bildschirm geht verloren.</translation>
    </message>
    <message>
        <source>Your sign-in expired — sign in again. Nothing on screen is lost.</source>
        <translation>Ihre Anmeldung ist abgelaufen — melden Sie sich erneut an. Nichts auf dem Bildschirm geht verloren.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>&amp;Shop-floor mode</source>
        <translation>&amp;Werkstattmodus</translation>
    </message>
    <message>
        <source>Full screen, larger type and larger rows and buttons for the bench (%1)</source>
        <translation>Vollbild, größere Schrift, höhere Zeilen und Schaltflächen für den Arbeitsplatz (%1)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>Batch %1 is not on this server&apos;s board.</source>
        <translation>Charge %1 ist nicht auf der Übersicht dieses Servers.</translation>
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
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A badge on a My work row: the batch was assigned to the user since they last looked.</extracomment>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::MyWorkDesk</name>
    <message>
        <source>My work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es): %1 blocked, %2 in progress, %3 next, %4 done today</source>
        <extracomment>The My work desk&apos;s status bar, e.g. &quot;7 batches: 1 blocked, 2 in progress, 4 next, 0 done today&quot;.</extracomment>
        <translation>
            <numerusform>%Ln Charge: %1 blockiert, %2 in Arbeit, %3 als Nächstes, %4 heute fertig</numerusform>
            <numerusform>%Ln Chargen: %1 blockiert, %2 in Arbeit, %3 als Nächstes, %4 heute fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read your batches and the chosen batch&apos;s units from the server again (%1)</source>
        <translation>Ihre Chargen und die Einheiten der gewählten Charge neu vom Server lesen (%1)</translation>
    </message>
    <message>
        <source>&amp;Mark as seen</source>
        <translation>Als &amp;gesehen markieren</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Als gesehen markieren</translation>
    </message>
    <message>
        <source>&amp;Print travelers…</source>
        <translation>Laufkarten &amp;drucken…</translation>
    </message>
    <message>
        <source>Show on the &amp;board</source>
        <translation>In der &amp;Übersicht zeigen</translation>
    </message>
    <message>
        <source>&amp;Notify me of changes</source>
        <translation>Bei Änderungen &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>A desktop notification when a batch is assigned to you or becomes blocked</source>
        <translation>Eine Desktop-Benachrichtigung, wenn Ihnen eine Charge zugewiesen wird oder eine blockiert</translation>
    </message>
    <message>
        <source>This desktop has no notification area, so BatchDesk cannot show notifications here.</source>
        <translation>Dieser Desktop hat keinen Benachrichtigungsbereich; BatchDesk kann hier keine Benachrichtigungen zeigen.</translation>
    </message>
    <message>
        <source>Sign in to see the batches assigned to you.</source>
        <translation>Melden Sie sich an, um Ihre Chargen zu sehen.</translation>
    </message>
    <message>
        <source>BatchDesk: your work changed</source>
        <translation>BatchDesk: Ihre Arbeit hat sich geändert</translation>
    </message>
    <message>
        <source>Print a traveler for each chosen batch, or save them as PDF (%1)</source>
        <translation>Für jede gewählte Charge eine Laufkarte drucken oder als PDF speichern (%1)</translation>
    </message>
    <message>
        <source>Choose one or more batches to print their travelers.</source>
        <translation>Wählen Sie eine oder mehrere Chargen, um ihre Laufkarten zu drucken.</translation>
    </message>
    <message>
        <source>Remember the list as it is now: the highlight of what changed goes (%1)</source>
        <translation>Die Liste so merken, wie sie jetzt ist: die Hervorhebung der Änderungen verschwindet (%1)</translation>
    </message>
    <message>
        <source>Nothing changed since you last looked.</source>
        <translation>Seit Ihrem letzten Blick hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::OfflineStatus</name>
    <message>
        <source>Offline since %1 — trying again now…</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time).</extracomment>
        <translation>Offline seit %1 — neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>Status bar: the board shows the copy kept on this computer. %1: when it was current (a time today, else a date and time).</extracomment>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>The board shows the copy kept on this computer until the server&apos;s answer replaces it.</source>
        <translation>Die Plantafel zeigt die auf diesem Computer gespeicherte Kopie, bis die Antwort des Servers sie ersetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — trying again in %Ln s. Showing the last-known data; changes are disabled.</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time); %Ln: seconds until the next try.</extracomment>
        <translation>
            <numerusform>Offline seit %1 — neuer Versuch in %Ln s. Angezeigt werden die zuletzt bekannten Daten; Änderungen sind deaktiviert.</numerusform>
            <numerusform>Offline seit %1 — neuer Versuch in %Ln s. Angezeigt werden die zuletzt bekannten Daten; Änderungen sind deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — trying again in %Ln min. Showing the last-known data; changes are disabled.</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time); %Ln: minutes until the next try (rounded up).</extracomment>
        <translation>
            <numerusform>Offline seit %1 — neuer Versuch in %Ln min. Angezeigt werden die zuletzt bekannten Daten; Änderungen sind deaktiviert.</numerusform>
            <numerusform>Offline seit %1 — neuer Versuch in %Ln min. Angezeigt werden die zuletzt bekannten Daten; Änderungen sind deaktiviert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::PlanningDesk</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>The table could not be saved to %1: %2</source>
        <translation>Die Tabelle konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Choose a work order in the table first.</source>
        <translation>Wählen Sie zuerst einen Arbeitsauftrag in der Tabelle aus.</translation>
    </message>
    <message>
        <source>Show this work order&apos;s batches on the board</source>
        <translation>Die Chargen dieses Arbeitsauftrags auf der Plantafel zeigen</translation>
    </message>
    <message>
        <source>Split this work order&apos;s remaining cycles into batches</source>
        <translation>Die restlichen Zyklen dieses Arbeitsauftrags in Chargen aufteilen</translation>
    </message>
    <message>
        <source>Choose a technician in the table first.</source>
        <translation>Wählen Sie zuerst einen Techniker in der Tabelle aus.</translation>
    </message>
    <message>
        <source>Show this technician&apos;s batches on the board</source>
        <translation>Die Chargen dieses Technikers auf der Plantafel zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n queue(s) overloaded</source>
        <extracomment>Status bar of the planning desk; each part counts the rows its table shows.</extracomment>
        <translation>
            <numerusform>Überlastet: %1 von %n Warteschlange</numerusform>
            <numerusform>Überlastet: %1 von %n Warteschlangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n work order(s) late, stalled or at risk</source>
        <translation>
            <numerusform>Überfällig, stockend oder gefährdet: %1 von %n Arbeitsauftrag</numerusform>
            <numerusform>Überfällig, stockend oder gefährdet: %1 von %n Arbeitsaufträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n technician(s) overloaded</source>
        <translation>
            <numerusform>Überlastet: %1 von %n Techniker</numerusform>
            <numerusform>Überlastet: %1 von %n Technikern</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the plan…</source>
        <translation>Plan wird berechnet…</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Stand: %1.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Arbeitsaufträge</translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation>Burn-up</translation>
    </message>
    <message>
        <source>Daily completions</source>
        <translation>Täglich abgeschlossen</translation>
    </message>
    <message>
        <source>Work orders, worst first</source>
        <translation>Arbeitsaufträge, kritischste zuerst</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>&amp;Overloaded above</source>
        <translation>Überlastet a&amp;b</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A technician is overloaded when their open cycles take longer than this at their pace</source>
        <translation>Ein Techniker ist überlastet, wenn seine offenen Zyklen bei seinem Tempo länger als diese Anzahl Tage dauern</translation>
    </message>
    <message>
        <source>Show every queue&apos;s work orders and technicians</source>
        <translation>Arbeitsaufträge und Techniker aller Warteschlangen anzeigen</translation>
    </message>
    <message>
        <source>Show all queues</source>
        <translation>Alle Warteschlangen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Show work order on &amp;board</source>
        <translation>Arbeitsauftrag auf der &amp;Plantafel zeigen</translation>
    </message>
    <message>
        <source>&amp;Split work order…</source>
        <translation>Arbeitsauftrag a&amp;ufteilen…</translation>
    </message>
    <message>
        <source>Show &amp;technician&apos;s batches on board</source>
        <translation>Chargen des &amp;Technikers auf der Plantafel zeigen</translation>
    </message>
    <message>
        <source>Export &amp;queues as CSV…</source>
        <translation>&amp;Warteschlangen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;work orders as CSV…</source>
        <translation>A&amp;rbeitsaufträge als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export t&amp;echnicians as CSV…</source>
        <translation>Tec&amp;hniker als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save planning &amp;report as PDF…</source>
        <translation>Planungsbericht als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>The tables and charts as shown, paginated, headed with server, user and time</source>
        <translation>Die Tabellen und Diagramme wie angezeigt, auf Seiten umbrochen, mit Kopfzeile mit Server, Benutzer und Uhrzeit</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::PlanningReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Planning report</source>
        <translation>Planungsbericht</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Der Bericht konnte nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>BatchDesk planning report — %1 — %2 — %3</source>
        <extracomment>PDF page heading: server, signed-in user, time of the figures.</extracomment>
        <translation>BatchDesk-Planungsbericht — %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Pace / day</source>
        <translation>Tempo / Tag</translation>
    </message>
    <message>
        <source>Backlog, days</source>
        <translation>Rückstand, Tage</translation>
    </message>
    <message>
        <source>Days to due</source>
        <translation>Tage bis Fälligkeit</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Work orders, worst first</source>
        <translation>Arbeitsaufträge, kritischste zuerst</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Batched</source>
        <translation>In Chargen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Projected finish</source>
        <translation>Voraussichtliches Ende</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Slack (days)</source>
        <translation>Puffer (Tage)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Open cycles</source>
        <translation>Offene Zyklen</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>Load (days)</source>
        <translation>Auslastung (Tage)</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>queue load</comment>
        <translation>Überlastet</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>queue load</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>technician load</comment>
        <translation>Überlastet</translation>
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
        <translation>Noch ohne Charge</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::RunProgressWidget</name>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Send nothing more. Requests already sent may still be carried out by the server.</source>
        <translation>Nichts mehr senden. Bereits gesendete Anfragen kann der Server trotzdem noch ausführen.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Checks what the server holds first, then sends only what is still missing, so nothing is created twice.</source>
        <translation>Prüft zuerst den Stand auf dem Server und sendet dann nur, was noch fehlt, sodass nichts doppelt angelegt wird.</translation>
    </message>
    <message>
        <source>Reverts what this run did: deletes the batches it created (not those with cycles in progress) or removes the technicians it assigned.</source>
        <translation>Macht rückgängig, was dieser Vorgang bewirkt hat: löscht die angelegten Chargen (außer denen mit Zyklen in Arbeit) bzw. entfernt die zugewiesenen Techniker.</translation>
    </message>
    <message>
        <source>Nothing to carry out yet.</source>
        <translation>Noch nichts auszuführen.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %Ln change(s) to make.</source>
        <translation>
            <numerusform>Bereit: %Ln Änderung auszuführen.</numerusform>
            <numerusform>Bereit: %Ln Änderungen auszuführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the work order&apos;s batches on the server before writing…</source>
        <translation>Chargen des Arbeitsauftrags werden vor dem Schreiben vom Server gelesen…</translation>
    </message>
    <message>
        <source>Undoing: %1 of %2 done…</source>
        <translation>Rückgängig machen: %1 von %2 erledigt…</translation>
    </message>
    <message>
        <source>Writing: %1 of %2 done…</source>
        <translation>Schreiben: %1 von %2 erledigt…</translation>
    </message>
    <message>
        <source>Finding the new batches on the server…</source>
        <translation>Neue Chargen werden auf dem Server gesucht…</translation>
    </message>
    <message>
        <source>Checking what the server holds before sending anything again…</source>
        <translation>Stand auf dem Server wird vor dem erneuten Senden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Undone: all %Ln change(s) reverted.</source>
        <translation>
            <numerusform>Rückgängig gemacht: Die %Ln Änderung wurde zurückgenommen.</numerusform>
            <numerusform>Rückgängig gemacht: Alle %Ln Änderungen wurden zurückgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: all %Ln change(s) made.</source>
        <translation>
            <numerusform>Fertig: Die %Ln Änderung wurde ausgeführt.</numerusform>
            <numerusform>Fertig: Alle %Ln Änderungen wurden ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 not attempted.</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 nicht versucht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>“Retry failed” checks the server before sending anything again.</source>
        <translation>„Fehlgeschlagene wiederholen“ prüft den Server, bevor erneut etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Undo (%1 left)</source>
        <translation>Rückgängig (noch %1)</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Änderungen (%1)</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Rückgängig (%1)</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>%1 added to %2</source>
        <translation>%1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 taken off %2</source>
        <translation>%1 von %2 entfernt</translation>
    </message>
    <message>
        <source>%1 more people changed</source>
        <translation>Änderungen bei %1 weiteren Personen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln Charge</numerusform>
            <numerusform>%Ln Chargen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ServerForm</name>
    <message>
        <source>e.g. Albany production</source>
        <translation>z. B. Produktion Albany</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>OAuth &amp;client id:</source>
        <translation>OAuth-&amp;Client-ID:</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>&amp;Autorisierungs-URL:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <source>Leave the OAuth fields empty to use the server&apos;s standard sign-in addresses.</source>
        <translation>Lassen Sie die OAuth-Felder leer, um die Standard-Anmeldeadressen des Servers zu verwenden.</translation>
    </message>
    <message>
        <source>&lt;server URL&gt;/oauth/authorize</source>
        <translation>&lt;Server-URL&gt;/oauth/authorize</translation>
    </message>
    <message>
        <source>&lt;server URL&gt;/oauth/token</source>
        <translation>&lt;Server-URL&gt;/oauth/token</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SignInPanel</name>
    <message>
        <source>Sign in with browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>Opens the server&apos;s sign-in page in your web browser; BatchDesk receives the answer on this computer only.</source>
        <translation>Öffnet die Anmeldeseite des Servers in Ihrem Webbrowser; BatchDesk empfängt die Antwort ausschließlich auf diesem Computer.</translation>
    </message>
    <message>
        <source>Use a personal token…</source>
        <translation>Persönliches Token verwenden…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Revokes the sign-in on the server and removes it from this computer&apos;s keychain.</source>
        <translation>Widerruft die Anmeldung auf dem Server und entfernt sie aus dem Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Paste your personal token</source>
        <translation>Persönliches Token einfügen</translation>
    </message>
    <message>
        <source>Check and use</source>
        <translation>Prüfen und verwenden</translation>
    </message>
    <message>
        <source>The token is checked with the server before it is kept.</source>
        <translation>Das Token wird beim Server geprüft, bevor es übernommen wird.</translation>
    </message>
    <message>
        <source>Sign-in to %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>Wählen Sie zuerst einen Server.</translation>
    </message>
    <message>
        <source>Signing in… If the browser opened, finish there.</source>
        <translation>Anmeldung läuft… Falls sich der Browser geöffnet hat, schließen Sie die Anmeldung dort ab.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>With a personal token.</source>
        <translation>Mit persönlichem Token.</translation>
    </message>
    <message>
        <source>Your sign-in expired. Sign in again; nothing on screen is lost.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an; nichts auf dem Bildschirm geht verloren.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>The system keychain is not available, so this sign-in lasts only until BatchDesk closes. It is not saved anywhere; you will sign in again after restarting BatchDesk.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher gilt diese Anmeldung nur, bis BatchDesk beendet wird. Sie wird nirgends gespeichert; nach einem Neustart von BatchDesk melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitQueuePage</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Choose the production queue the new batches go into. Queues with lower priority numbers are worked first; the active columns show what each queue still has to work.</source>
        <translation>Wählen Sie die Produktionswarteschlange für die neuen Chargen. Warteschlangen mit niedrigerer Prioritätsnummer werden zuerst bearbeitet; die Spalten „Aktive Chargen“ und „Aktive Zyklen“ zeigen, was in jeder Warteschlange noch zu bearbeiten ist.</translation>
    </message>
    <message>
        <source>Earlier in this session the server did not let you create batches in this queue: %1</source>
        <translation>Der Server hat Ihnen in dieser Sitzung bereits verweigert, Chargen in dieser Warteschlange anzulegen: %1</translation>
    </message>
    <message>
        <source>The queues could not be loaded. “%1” stays chosen and is selected once they load.</source>
        <translation>Die Warteschlangen konnten nicht geladen werden. „%1“ bleibt gewählt und wird in der Liste ausgewählt, sobald sie geladen sind.</translation>
    </message>
    <message>
        <source>The queue “%1” is no longer on the server. Choose another one.</source>
        <translation>Die Warteschlange „%1“ ist nicht mehr auf dem Server vorhanden. Bitte eine andere wählen.</translation>
    </message>
    <message>
        <source>Waiting for the queues to load to select “%1”.</source>
        <translation>„%1“ wird ausgewählt, sobald die Warteschlangen geladen sind.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Create batches</source>
        <translation>Chargen anlegen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wirkung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s), at most %1 at a time</source>
        <translation>
            <numerusform>%Ln Anfrage, höchstens %1 gleichzeitig</numerusform>
            <numerusform>%Ln Anfragen, höchstens %1 gleichzeitig</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is what will be created.</source>
        <translation>Noch wurde nichts gesendet. Folgendes wird angelegt.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>batches: “and 1 of 20”</comment>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>1 batch of %1</source>
        <translation>1 Charge mit %1</translation>
    </message>
    <message>
        <source>%1 batches of %2</source>
        <translation>%1 Chargen mit %2</translation>
    </message>
    <message>
        <source>Create %1 in %2.</source>
        <translation>%1 in %2 anlegen.</translation>
    </message>
    <message>
        <source>%1 cycles in all, for “%2”.</source>
        <translation>Insgesamt %1 Zyklen, für „%2“.</translation>
    </message>
    <message>
        <source>Nobody is assigned yet.</source>
        <translation>Noch ist niemand zugewiesen.</translation>
    </message>
    <message>
        <source>%1 take turns, one technician per batch.</source>
        <translation>%1 wechseln sich ab, ein Techniker pro Charge.</translation>
    </message>
    <message>
        <source>Each batch gets %1.</source>
        <translation>Jede Charge erhält %1.</translation>
    </message>
    <message>
        <source>Created all at once: the server names the batches, your label pattern is not applied.</source>
        <translation>Alle auf einmal angelegt: Der Server benennt die Chargen, Ihr Bezeichnungsmuster wird nicht angewendet.</translation>
    </message>
    <message>
        <source>The work order&apos;s finish cannot be projected yet: the planning desk has no figures for it.</source>
        <translation>Das Ende des Arbeitsauftrags lässt sich noch nicht vorhersagen: Die Planung hat noch keine Zahlen dazu.</translation>
    </message>
    <message>
        <source>Every cycle the work order needs is complete.</source>
        <translation>Alle benötigten Zyklen des Arbeitsauftrags sind abgeschlossen.</translation>
    </message>
    <message>
        <source>No cycles of this work order were completed in the last %1 days, so its finish cannot be projected.</source>
        <translation>In den letzten %1 Tagen wurden keine Zyklen dieses Arbeitsauftrags abgeschlossen, daher lässt sich sein Ende nicht vorhersagen.</translation>
    </message>
    <message>
        <source>it has no due date</source>
        <translation>er hat kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>on its due date</source>
        <translation>am Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>%1 before its due date</source>
        <translation>%1 vor dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>%1 after its due date</source>
        <translation>%1 nach dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>At the current pace of %1 cycles a day the work order finishes on %2, %3.</source>
        <translation>Beim aktuellen Tempo von %1 Zyklen pro Tag ist der Arbeitsauftrag am %2 fertig, %3.</translation>
    </message>
    <message>
        <source>After this split %1 cycles are still not in any batch.</source>
        <translation>Nach dieser Aufteilung sind %1 Zyklen noch in keiner Charge.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitSizingPage</name>
    <message>
        <source>Sizing</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Decide how the cycles are cut into batches. The preview shows every batch that will be created.</source>
        <translation>Legen Sie fest, wie die Zyklen auf Chargen aufgeteilt werden. Die Vorschau zeigt jede Charge, die angelegt wird.</translation>
    </message>
    <message>
        <source>Cycles per batch</source>
        <translation>Zyklen pro Charge</translation>
    </message>
    <message>
        <source>Number of batches</source>
        <translation>Anzahl Chargen</translation>
    </message>
    <message>
        <source>Last batch smaller</source>
        <translation>Letzte Charge kleiner</translation>
    </message>
    <message>
        <source>Spread evenly (sizes differ by at most one)</source>
        <translation>Gleichmäßig verteilen (Größen weichen höchstens um eins ab)</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>Split only</source>
        <translation>Beschränken auf</translation>
    </message>
    <message>
        <source> cycles</source>
        <translation> Zyklen</translation>
    </message>
    <message>
        <source>Allow splitting more than is still needed</source>
        <translation>Aufteilen über den Restbedarf hinaus erlauben</translation>
    </message>
    <message>
        <source>All at once (recommended)</source>
        <translation>Alle auf einmal (empfohlen)</translation>
    </message>
    <message>
        <source>One by one</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Split by:</source>
        <translation>Aufteilen nach:</translation>
    </message>
    <message>
        <source>Remainder:</source>
        <translation>Rest:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Bezeichnungen:</translation>
    </message>
    <message>
        <source>Cycles:</source>
        <translation>Zyklen:</translation>
    </message>
    <message>
        <source>Create:</source>
        <translation>Anlegen:</translation>
    </message>
    <message>
        <source> cycles per batch</source>
        <translation> Zyklen pro Charge</translation>
    </message>
    <message>
        <source> batches</source>
        <translation> Chargen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs %2 cycles; %3 are in batches already, so &lt;b&gt;%4&lt;/b&gt; remain to split. New batches go into &lt;b&gt;%5&lt;/b&gt;, after queue order %6.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; benötigt %2 Zyklen; %3 sind bereits in Chargen, es bleiben also &lt;b&gt;%4&lt;/b&gt; aufzuteilen. Neue Chargen kommen in &lt;b&gt;%5&lt;/b&gt;, nach Position %6 der Warteschlange.</translation>
    </message>
    <message>
        <source>Preview: no batches</source>
        <translation>Vorschau: keine Chargen</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln batch(es), %1 cycles in all</source>
        <translation>
            <numerusform>Vorschau: %Ln Charge, insgesamt %1 Zyklen</numerusform>
            <numerusform>Vorschau: %Ln Chargen, insgesamt %1 Zyklen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One request per batch size (%Ln request(s) for this plan). The server names and orders these batches itself, as “&lt;work order&gt; &lt;number&gt;”: the labels and queue order in the preview apply only when batches are created one by one.</source>
        <translation>
            <numerusform>Eine Anfrage pro Chargengröße (%Ln Anfrage für diesen Plan). Der Server benennt und ordnet diese Chargen selbst, nach dem Schema „&lt;work order&gt; &lt;number&gt;“ (Arbeitsauftrag und laufende Nummer): Die Bezeichnungen und die Reihenfolge aus der Vorschau gelten nur, wenn Chargen einzeln angelegt werden.</numerusform>
            <numerusform>Eine Anfrage pro Chargengröße (%Ln Anfragen für diesen Plan). Der Server benennt und ordnet diese Chargen selbst, nach dem Schema „&lt;work order&gt; &lt;number&gt;“ (Arbeitsauftrag und laufende Nummer): Die Bezeichnungen und die Reihenfolge aus der Vorschau gelten nur, wenn Chargen einzeln angelegt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One request per batch (%Ln request(s)), each with the label and queue order shown in the preview. Slower for many batches.</source>
        <translation>
            <numerusform>Eine Anfrage pro Charge (%Ln Anfrage), jeweils mit der Bezeichnung und der Reihenfolge aus der Vorschau. Langsamer bei vielen Chargen.</numerusform>
            <numerusform>Eine Anfrage pro Charge (%Ln Anfragen), jeweils mit der Bezeichnung und der Reihenfolge aus der Vorschau. Langsamer bei vielen Chargen.</numerusform>
        </translation>
    </message>
    <message>
        <source>All at once: the server names and orders these batches itself, so your label pattern is not applied. Choose “One by one” to keep your labels.</source>
        <translation>Alle auf einmal: Der Server benennt und ordnet diese Chargen selbst, daher wird Ihr Bezeichnungsmuster nicht angewendet. Wählen Sie „Einzeln“, um Ihre Bezeichnungen zu behalten.</translation>
    </message>
    <message>
        <source>One by one, because you changed the label pattern: creating batches all at once cannot carry labels. One request per batch (%1 in all); slower for many batches.</source>
        <translation>Einzeln, weil Sie das Bezeichnungsmuster geändert haben: Beim Anlegen aller Chargen auf einmal lassen sich keine Bezeichnungen übergeben. Eine Anfrage pro Charge (insgesamt %1); langsamer bei vielen Chargen.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitTechniciansPage</name>
    <message>
        <source>Technicians</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Optional: choose who works the new batches. You can also assign people later.</source>
        <translation>Optional: Wählen Sie, wer die neuen Chargen bearbeitet. Sie können Personen auch später zuweisen.</translation>
    </message>
    <message>
        <source>Assign everyone chosen to every batch</source>
        <translation>Alle Ausgewählten jeder Charge zuweisen</translation>
    </message>
    <message>
        <source>Round-robin: one technician per batch, taking turns</source>
        <translation>Reihum: ein Techniker pro Charge, abwechselnd</translation>
    </message>
    <message>
        <source>Nobody chosen: the new batches start without technicians.</source>
        <translation>Niemand ausgewählt: Die neuen Chargen starten ohne Techniker.</translation>
    </message>
    <message numerus="yes">
        <source>Each of the %Ln new batch(es) gets %1.</source>
        <translation>
            <numerusform>Die %Ln neue Charge erhält %1.</numerusform>
            <numerusform>Jede der %Ln neuen Chargen erhält %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln new batch(es) take turns: %1.</source>
        <translation>
            <numerusform>Die %Ln neue Charge wird reihum besetzt: %1.</numerusform>
            <numerusform>Die %Ln neuen Chargen werden reihum besetzt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>batch 1 gets %1, batch 2 gets %2, and so on</source>
        <translation>Charge 1 erhält %1, Charge 2 erhält %2 und so weiter</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitWorkOrderPage</name>
    <message>
        <source>Work order</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Choose the work order to split into batches. “In batches” is what its batches on the server already hold; “Still to split” is what the new batches can take.</source>
        <translation>Wählen Sie den Arbeitsauftrag, der in Chargen aufgeteilt werden soll. „In Chargen“ ist, was seine Chargen auf dem Server bereits enthalten; „Noch aufzuteilen“ ist, was die neuen Chargen aufnehmen können.</translation>
    </message>
    <message>
        <source>Search work orders by name, customer or id</source>
        <translation>Arbeitsaufträge nach Name, Kunde oder ID durchsuchen</translation>
    </message>
    <message>
        <source>The batches on the server could not be counted, so what is still to split is unknown: %1</source>
        <translation>Die Chargen auf dem Server konnten nicht gezählt werden, daher ist unbekannt, wie viel noch aufzuteilen ist: %1</translation>
    </message>
    <message>
        <source>Counting the cycles already in batches…</source>
        <translation>Zyklen, die bereits in Chargen sind, werden gezählt…</translation>
    </message>
    <message>
        <source>The work orders could not be loaded. “%1” stays chosen and is selected once they load.</source>
        <translation>Die Arbeitsaufträge konnten nicht geladen werden. „%1“ bleibt gewählt und wird in der Liste ausgewählt, sobald sie geladen sind.</translation>
    </message>
    <message>
        <source>The work order “%1” is no longer on the server. Choose another one.</source>
        <translation>Der Arbeitsauftrag „%1“ ist nicht mehr auf dem Server vorhanden. Bitte einen anderen wählen.</translation>
    </message>
    <message>
        <source>Waiting for the work orders to load to select “%1”.</source>
        <translation>„%1“ wird ausgewählt, sobald die Arbeitsaufträge geladen sind.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitWorkOrderWizard</name>
    <message>
        <source>Split work order</source>
        <translation>Arbeitsauftrag aufteilen</translation>
    </message>
    <message>
        <source>Creating batches</source>
        <translation>Chargen werden angelegt</translation>
    </message>
    <message>
        <source>Every change is listed with its outcome. Failed changes can be retried; the whole split can be undone for a while.</source>
        <translation>Jede Änderung wird mit ihrem Ergebnis aufgeführt. Fehlgeschlagene Änderungen können wiederholt werden; die gesamte Aufteilung lässt sich eine Zeit lang rückgängig machen.</translation>
    </message>
    <message>
        <source>What is selected on the board was not used; Start over uses it instead.</source>
        <translation>Die Auswahl auf der Plantafel wurde nicht übernommen; mit „Neu beginnen“ wird sie stattdessen übernommen.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::TechnicianPicker</name>
    <message>
        <source>Search people by name or email</source>
        <translation>Personen nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Nobody chosen. Tick the people to assign.</source>
        <translation>Niemand ausgewählt. Haken Sie die Personen an, die zugewiesen werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen: %1</source>
        <translation>
            <numerusform>%Ln ausgewählt: %1</numerusform>
            <numerusform>%Ln ausgewählt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>The planning desk&apos;s figures are not ready yet: everybody is offered.</source>
        <translation>Die Zahlen der Planung liegen noch nicht vor: Alle werden angeboten.</translation>
    </message>
    <message>
        <source>Who can work %1 is not known: everybody is offered.</source>
        <translation>Wer %1 bearbeiten kann, ist nicht bekannt: Alle werden angeboten.</translation>
    </message>
    <message>
        <source>Everybody is shown; those who cannot work %1 say so.</source>
        <translation>Alle werden angezeigt; wer %1 nicht bearbeiten kann, ist entsprechend gekennzeichnet.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A chosen person and why they should not be: &quot;Mei Chen cannot work Imaging Bay&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Chosen although not related to the queue: %1.</source>
        <translation>Ausgewählt, obwohl nicht mit der Warteschlange verknüpft: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Offering those who can work %1; %Ln other(s) behind “Show all”.</source>
        <translation>
            <numerusform>Angeboten werden alle, die %1 bearbeiten können; %Ln weitere Person ist unter „Alle anzeigen“.</numerusform>
            <numerusform>Angeboten werden alle, die %1 bearbeiten können; %Ln weitere Personen sind unter „Alle anzeigen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>The people could not be loaded, so %1 cannot be assigned yet. Retry above.</source>
        <translation>Die Personen konnten nicht geladen werden, daher ist eine Zuweisung von %1 noch nicht möglich. Oben mit „Wiederholen“ erneut versuchen.</translation>
    </message>
    <message>
        <source>Waiting for %1 to load from the server.</source>
        <translation>Die Daten von %1 werden noch vom Server geladen.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::Traveler</name>
    <message>
        <source>Batch</source>
        <extracomment>Caption above the batch&apos;s label on a printed traveler.</extracomment>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Cycles</source>
        <extracomment>Caption of the number of cycles (units) in the batch on a printed traveler.</extracomment>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Caption of the work order&apos;s due date on a printed traveler.</extracomment>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>On a printed traveler: the batch has no technicians.</extracomment>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4-Blatt</translation>
    </message>
    <message>
        <source>Letter sheet</source>
        <translation>Letter-Blatt</translation>
    </message>
    <message>
        <source>4 × 6 in label (thermal printer)</source>
        <extracomment>Paper format: a 4 by 6 inch label for a thermal label printer.</extracomment>
        <translation>Etikett 4 × 6 Zoll (Thermodrucker)</translation>
    </message>
    <message>
        <source>Batch traveler</source>
        <extracomment>Title of a printed batch traveler (the sheet that goes on a box of devices).</extracomment>
        <translation>Laufkarte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Mark on a printed traveler: the work order is past its due date with cycles still to do.</extracomment>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Scan the code to open this batch in BatchDesk.</source>
        <translation>Code scannen, um diese Charge in BatchDesk zu öffnen.</translation>
    </message>
    <message>
        <source>There are no batches to print travelers for.</source>
        <translation>Es gibt keine Chargen, für die Laufkarten gedruckt werden könnten.</translation>
    </message>
    <message>
        <source>Batch travelers</source>
        <translation>Laufkarten</translation>
    </message>
    <message>
        <source>The travelers could not be written to %1.</source>
        <translation>Die Laufkarten konnten nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::TravelerDialog</name>
    <message>
        <source>Print travelers</source>
        <translation>Laufkarten drucken</translation>
    </message>
    <message numerus="yes">
        <source>Travelers for %Ln batch(es)</source>
        <translation>
            <numerusform>Laufkarten für %Ln Charge</numerusform>
            <numerusform>Laufkarten für %Ln Chargen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <extracomment>Label of the paper format choice (A4 sheet, Letter sheet, 4 x 6 label).</extracomment>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Batch travelers</source>
        <translation>Laufkarten</translation>
    </message>
    <message>
        <source>Save travelers as PDF</source>
        <translation>Laufkarten als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>The travelers were not saved.</source>
        <translation>Die Laufkarten wurden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::UnitsPane</name>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Units of %1</source>
        <translation>Einheiten von %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Reload units</source>
        <translation>Einheiten neu laden</translation>
    </message>
    <message>
        <source>Read this batch&apos;s units from the server again</source>
        <translation>Die Einheiten dieser Charge neu vom Server lesen</translation>
    </message>
    <message>
        <source>All units (%1)</source>
        <extracomment>The units filter: every unit of the batch, with how many.</extracomment>
        <translation>Alle Einheiten (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The units filter: a status category with how many units are in it, e.g. &quot;Blocked (2)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a batch to see its units.</source>
        <translation>Wählen Sie eine Charge, um ihre Einheiten zu sehen.</translation>
    </message>
    <message>
        <source>Reading the units…</source>
        <translation>Einheiten werden gelesen…</translation>
    </message>
    <message>
        <source>This batch has no units on the server yet.</source>
        <translation>Diese Charge hat auf dem Server noch keine Einheiten.</translation>
    </message>
    <message>
        <source>No unit of this batch is in “%1”.</source>
        <translation>Keine Einheit dieser Charge ist in „%1“.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::UserCatalogModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>no pace</source>
        <translation>kein Tempo</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Can work</source>
        <translation>Kann bearbeiten</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
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
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ohne</translation>
    </message>
    <message>
        <source>Counting the batches on the server…</source>
        <translation>Chargen auf dem Server werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) on the server hold these cycles</source>
        <translation>
            <numerusform>%Ln Charge auf dem Server enthält diese Zyklen</numerusform>
            <numerusform>%Ln Chargen auf dem Server enthalten diese Zyklen</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Cycles needed</source>
        <translation>Benötigte Zyklen</translation>
    </message>
    <message>
        <source>In batches</source>
        <translation>In Chargen</translation>
    </message>
    <message>
        <source>Still to split</source>
        <translation>Noch aufzuteilen</translation>
    </message>
</context>
<context>
    <name>BatchDesk::WriteItem</name>
    <message numerus="yes">
        <source>Create batch “%1” (%Ln cycle(s))</source>
        <translation>
            <numerusform>Charge „%1“ anlegen (%Ln Zyklus)</numerusform>
            <numerusform>Charge „%1“ anlegen (%Ln Zyklen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign %1 to “%2”</source>
        <translation>%1 der Charge „%2“ zuweisen</translation>
    </message>
    <message>
        <source>Unassign %1 from “%2”</source>
        <translation>%1 aus der Charge „%2“ entfernen</translation>
    </message>
    <message>
        <source>Delete batch “%1”</source>
        <translation>Charge „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>BatchDesk::WriteRun</name>
    <message>
        <source>Refused in queue “%1”: %2</source>
        <translation>In der Warteschlange „%1“ verweigert: %2</translation>
    </message>
    <message>
        <source>Cancelled while the request was under way; the server may have carried it out. “Retry failed” checks the server before sending anything again.</source>
        <translation>Abgebrochen, während die Anfrage lief; der Server hat sie möglicherweise ausgeführt. „Fehlgeschlagene wiederholen“ prüft den Server, bevor erneut etwas gesendet wird.</translation>
    </message>
    <message>
        <source>%1 The server may have carried it out; “Retry failed” checks before sending it again.</source>
        <translation>%1 Der Server hat die Anfrage möglicherweise ausgeführt; „Fehlgeschlagene wiederholen“ prüft das, bevor sie erneut gesendet wird.</translation>
    </message>
    <message>
        <source>Could not read the work order&apos;s batches before writing, so nothing was sent: %1</source>
        <translation>Die Chargen des Arbeitsauftrags konnten vor dem Schreiben nicht gelesen werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The work order changed since this plan was made: %1 of its %2 cycles are in batches now, so only %3 remain, but the plan splits %4. Nothing was sent; go back to the sizing and check the plan.</source>
        <translation>Der Arbeitsauftrag hat sich seit der Erstellung dieses Plans geändert: %1 seiner %2 Zyklen sind jetzt in Chargen, es bleiben also nur %3, der Plan teilt aber %4 auf. Es wurde nichts gesendet; gehen Sie zurück zur Seite „Aufteilung“ und prüfen Sie den Plan.</translation>
    </message>
    <message>
        <source>Found on the server: the earlier request was carried out although its answer was lost.</source>
        <translation>Auf dem Server gefunden: Die frühere Anfrage wurde ausgeführt, obwohl ihre Antwort verloren ging.</translation>
    </message>
    <message>
        <source>Could not read back the new batches: %1</source>
        <translation>Die neuen Chargen konnten nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>Not attempted: its batch was not created.</source>
        <translation>Nicht versucht: Die zugehörige Charge wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>Could not check the server before retrying, so nothing was sent again: %1</source>
        <translation>Der Server konnte vor dem erneuten Versuch nicht geprüft werden, daher wurde nichts erneut gesendet: %1</translation>
    </message>
    <message>
        <source>Its id is unknown, so it cannot be deleted from here.</source>
        <translation>Die ID der Charge ist unbekannt, daher kann sie nicht von hier aus gelöscht werden.</translation>
    </message>
    <message>
        <source>Already removed on the server.</source>
        <translation>Auf dem Server bereits entfernt.</translation>
    </message>
    <message>
        <source>Already deleted on the server.</source>
        <translation>Auf dem Server bereits gelöscht.</translation>
    </message>
    <message>
        <source>Could not check the server before retrying: %1</source>
        <translation>Der Server konnte vor dem erneuten Versuch nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Found on the server: the earlier request was carried out.</source>
        <translation>Auf dem Server gefunden: Die frühere Anfrage wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Create batch “%1” with %2 cycles at queue position %3</source>
        <translation>Charge „%1“ mit %2 Zyklen an Position %3 der Warteschlange anlegen</translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln batch(es) of %1 cycles</source>
        <translation>
            <numerusform>%Ln Charge mit %1 Zyklen anlegen</numerusform>
            <numerusform>%Ln Chargen mit je %1 Zyklen anlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln batch(es) of %1 cycles each, technicians per batch: %2</source>
        <translation>
            <numerusform>%Ln Charge mit %1 Zyklen anlegen, Techniker je Charge: %2</numerusform>
            <numerusform>%Ln Chargen mit je %1 Zyklen anlegen, Techniker je Charge: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Niagara::ApiError</name>
    <message>
        <source>load the batches</source>
        <translation>Laden der Chargen</translation>
    </message>
    <message>
        <source>load the batch</source>
        <translation>Laden der Charge</translation>
    </message>
    <message>
        <source>create the batch</source>
        <translation>Anlegen der Charge</translation>
    </message>
    <message>
        <source>create the batches</source>
        <translation>Anlegen der Chargen</translation>
    </message>
    <message>
        <source>delete the batch</source>
        <translation>Löschen der Charge</translation>
    </message>
    <message>
        <source>load the batch&apos;s relations</source>
        <translation>Laden der Beziehungen der Charge</translation>
    </message>
    <message>
        <source>add the relation</source>
        <translation>Hinzufügen der Beziehung</translation>
    </message>
    <message>
        <source>remove the relation</source>
        <translation>Entfernen der Beziehung</translation>
    </message>
    <message>
        <source>load the queues</source>
        <translation>Laden der Warteschlangen</translation>
    </message>
    <message>
        <source>load the work orders</source>
        <translation>Laden der Arbeitsaufträge</translation>
    </message>
    <message>
        <source>load the users</source>
        <translation>Laden der Benutzer</translation>
    </message>
    <message>
        <source>load your profile</source>
        <translation>Laden Ihres Profils</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server refused to %1 because the data is not valid.</source>
        <translation>Der Server hat das %1 abgelehnt, weil die Daten ungültig sind.</translation>
    </message>
    <message>
        <source>Could not %1: your sign-in is not valid or has expired. Please sign in again.</source>
        <translation>Fehler beim %1: Ihre Anmeldung ist ungültig oder abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to %1. This needs the permission &quot;%2&quot;; ask a manager to grant it.</source>
        <translation>Sie haben keine Berechtigung für das %1. Dafür ist die Berechtigung „%2“ nötig; bitten Sie einen Vorgesetzten, sie Ihnen zu erteilen.</translation>
    </message>
    <message>
        <source>Could not %1: it no longer exists on the server. It may have been deleted by someone else.</source>
        <translation>Fehler beim %1: Der Eintrag ist auf dem Server nicht mehr vorhanden. Möglicherweise wurde er von jemand anderem gelöscht.</translation>
    </message>
    <message>
        <source>Could not %1: it is locked because some of its cycles are in progress or being verified. Try again when they are finished.</source>
        <translation>Fehler beim %1: Die Charge ist gesperrt, weil einige ihrer Zyklen in Arbeit oder in Prüfung sind. Versuchen Sie es erneut, wenn diese abgeschlossen sind.</translation>
    </message>
    <message>
        <source>Could not %1: the server is receiving too many requests. Please wait a moment and try again.</source>
        <translation>Fehler beim %1: Der Server erhält zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not %1: the server had an internal problem (HTTP %2). Please try again later.</source>
        <translation>Fehler beim %1: Auf dem Server ist ein interner Fehler aufgetreten (HTTP %2). Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not %1: the server answered with an unexpected status (HTTP %2).</source>
        <translation>Fehler beim %1: Der Server hat mit einem unerwarteten Status geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>Could not %1: the server cannot be reached. Check the network connection and the server address.</source>
        <translation>Fehler beim %1: Der Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Serveradresse.</translation>
    </message>
    <message>
        <source>Could not %1: the server did not answer in time. Please try again.</source>
        <translation>Fehler beim %1: Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not %1: the secure connection to the server failed (certificate or TLS problem). The request was not sent.</source>
        <translation>Fehler beim %1: Die sichere Verbindung zum Server ist fehlgeschlagen (Zertifikats- oder TLS-Problem). Die Anfrage wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer could not be understood.</source>
        <translation>Fehler beim %1: Die Antwort des Servers konnte nicht verarbeitet werden.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Abgebrochen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) could not be shown because the server sent invalid data for them.</source>
        <translation>
            <numerusform>%Ln Charge konnte nicht angezeigt werden, weil der Server ungültige Daten dafür gesendet hat.</numerusform>
            <numerusform>%Ln Chargen konnten nicht angezeigt werden, weil der Server ungültige Daten dafür gesendet hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) could not be shown because the server sent invalid data for them: %1</source>
        <translation>
            <numerusform>%Ln Charge konnte nicht angezeigt werden, weil der Server ungültige Daten dafür gesendet hat: %1</numerusform>
            <numerusform>%Ln Chargen konnten nicht angezeigt werden, weil der Server ungültige Daten dafür gesendet hat: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not %1: the server sent an empty answer. Please try again.</source>
        <translation>Fehler beim %1: Der Server hat eine leere Antwort gesendet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not %1: the server answered with a web page instead of data. Check the server address; a proxy or a sign-in page of the network may be in the way.</source>
        <translation>Fehler beim %1: Der Server hat mit einer Webseite statt mit Daten geantwortet. Prüfen Sie die Serveradresse; vielleicht steht ein Proxy oder eine Anmeldeseite des Netzwerks dazwischen.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer was far larger than expected, so it was stopped.</source>
        <translation>Fehler beim %1: Die Antwort des Servers war viel größer als erwartet und wurde deshalb abgebrochen.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer is malformed (nested too deeply) and was not used.</source>
        <translation>Fehler beim %1: Die Antwort des Servers ist fehlerhaft (zu tief verschachtelt) und wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>Could not %1 completely: the server sent the same page again, so loading was stopped.</source>
        <translation>Fehler beim %1: Der Server hat dieselbe Seite noch einmal gesendet, daher wurde das Laden abgebrochen. Es wurde nicht alles geladen.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer was cut off before it was complete. Please try again.</source>
        <translation>Fehler beim %1: Die Antwort des Servers wurde abgeschnitten, bevor sie vollständig war. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>load the roles</source>
        <translation>Laden der Rollen</translation>
    </message>
    <message>
        <source>load the users of a role</source>
        <translation>Laden der Benutzer einer Rolle</translation>
    </message>
    <message>
        <source>read the completion metrics</source>
        <translation>Lesen der Abschlussmetriken</translation>
    </message>
    <message>
        <source>load a queue&apos;s technicians</source>
        <translation>Laden der Techniker einer Warteschlange</translation>
    </message>
    <message>
        <source>Could not %1: this server does not offer them.</source>
        <translation>Fehler beim %1: Dieser Server stellt diese Daten nicht bereit.</translation>
    </message>
    <message>
        <source>load the units of the batch</source>
        <translation>die Einheiten der Charge laden</translation>
    </message>
</context>
<context>
    <name>Niagara::CredentialStore</name>
    <message>
        <source>The system keychain could not be used (%1). You stay signed in until BatchDesk closes; your sign-in is not saved anywhere else.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden (%1). Sie bleiben angemeldet, bis BatchDesk geschlossen wird; Ihre Anmeldung wird nirgendwo anders gespeichert.</translation>
    </message>
</context>
<context>
    <name>Niagara::OAuthSignIn</name>
    <message>
        <source>&lt;html&gt;&lt;body style=&quot;font-family:sans-serif&quot;&gt;&lt;h2&gt;Signed in to BatchDesk&lt;/h2&gt;&lt;p&gt;You can close this tab and return to BatchDesk.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body style=&quot;font-family:sans-serif&quot;&gt;&lt;h2&gt;Bei BatchDesk angemeldet&lt;/h2&gt;&lt;p&gt;Sie können diesen Tab schließen und zu BatchDesk zurückkehren.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Signing in took too long. Start again, and finish in the browser within a few minutes.</source>
        <translation>Die Anmeldung hat zu lange gedauert. Beginnen Sie erneut und schließen Sie die Anmeldung innerhalb weniger Minuten im Browser ab.</translation>
    </message>
    <message>
        <source>BatchDesk could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>BatchDesk konnte auf 127.0.0.1 nicht auf die Antwort des Browsers warten.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).</source>
        <translation>Der Server hat die Anmeldung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server did not renew the sign-in (%1).</source>
        <translation>Der Server hat die Anmeldung nicht erneuert (%1).</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached: %1</source>
        <translation>Der Anmeldeserver war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server refused the sign-in (HTTP %1).</source>
        <translation>Der Server hat die Anmeldung abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Niagara::StatusCategory</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>Niagara::TransportPolicy</name>
    <message>
        <source>“%1” is not a server address. Enter one like https://api.example.com.</source>
        <translation>„%1“ ist keine Serveradresse. Geben Sie eine Adresse wie https://api.example.com ein.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address; sign in instead.</source>
        <translation>Lassen Sie Benutzername und Passwort in der Serveradresse weg; melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>%1 must be reached over https: sign-in tokens are never sent unencrypted to another machine. Plain http is only allowed for 127.0.0.1 and ::1.</source>
        <translation>%1 muss über https erreicht werden: Anmelde-Token werden nie unverschlüsselt an einen anderen Rechner gesendet. Reines http ist nur für 127.0.0.1 und ::1 erlaubt.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (it must start with https://).</source>
        <translation>„%1“ ist keine Webadresse (sie muss mit https:// beginnen).</translation>
    </message>
</context>
</TS>
