<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>BatchDesk::ActivityModel</name>
    <message numerus="yes">
        <source>Undo is possible for %Ln more minute(s), until %1.</source>
        <translation>
            <numerusform>Cofnięcie jest możliwe jeszcze przez %Ln minutę, do %1.</numerusform>
            <numerusform>Cofnięcie jest możliwe jeszcze przez %Ln minuty, do %1.</numerusform>
            <numerusform>Cofnięcie jest możliwe jeszcze przez %Ln minut, do %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An undo is not undone.</source>
        <translation>Cofnięcia nie można cofnąć.</translation>
    </message>
    <message>
        <source>Deleted batches cannot be brought back from here.</source>
        <translation>Usuniętych partii nie można tu przywrócić.</translation>
    </message>
    <message>
        <source>Already undone.</source>
        <translation>Już cofnięto.</translation>
    </message>
    <message>
        <source>Nothing was done, so there is nothing to undo.</source>
        <translation>Nic nie zostało wykonane, więc nie ma czego cofać.</translation>
    </message>
    <message>
        <source>The undo window ended at %1.</source>
        <translation>Czas na cofnięcie minął %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::ActivityRecord</name>
    <message>
        <source>Done: %1 of %2</source>
        <translation>Wykonano: %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>Partly done: %1 of %2, %Ln failed or not attempted</source>
        <translation>
            <numerusform>Wykonano częściowo: %1 z %2, nieudane lub niepodjęte: %Ln</numerusform>
            <numerusform>Wykonano częściowo: %1 z %2, nieudane lub niepodjęte: %Ln</numerusform>
            <numerusform>Wykonano częściowo: %1 z %2, nieudane lub niepodjęte: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 of %2 done</source>
        <translation>Niepowodzenie: wykonano %1 z %2</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::DemoWorkspace</name>
    <message>
        <source>The demo server did not start within %1 seconds.</source>
        <translation>Serwer demonstracyjny nie uruchomił się w ciągu %1 s.</translation>
    </message>
    <message>
        <source>The demo server (niagara-sim) was not found next to BatchDesk in %1.</source>
        <translation>Nie znaleziono serwera demonstracyjnego (niagara-sim) obok programu BatchDesk w katalogu %1.</translation>
    </message>
    <message>
        <source>Could not create the folder for the demo data: %1</source>
        <translation>Nie można utworzyć folderu na dane demonstracyjne: %1</translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Nie można uruchomić serwera demonstracyjnego: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>uległ awarii</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>kod wyjścia %1</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly (%1).</source>
        <translation>Serwer demonstracyjny nieoczekiwanie się zatrzymał (%1).</translation>
    </message>
    <message>
        <source>The demo server stopped while starting (%1).</source>
        <translation>Serwer demonstracyjny zatrzymał się podczas uruchamiania (%1).</translation>
    </message>
    <message>
        <source>The demo server answered unexpectedly: %1</source>
        <translation>Nieoczekiwana odpowiedź serwera demonstracyjnego: %1</translation>
    </message>
    <message>
        <source>The demo server reported an invalid address: %1</source>
        <translation>Serwer demonstracyjny zgłosił nieprawidłowy adres: %1</translation>
    </message>
    <message>
        <source>The demo server keeps stopping and was not started again. %1</source>
        <translation>Serwer demonstracyjny wciąż się zatrzymuje i nie został ponownie uruchomiony. %1</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::Main</name>
    <message>
        <source>Shop-floor batch board for the Niagara API.</source>
        <translation>Tablica partii dla hali produkcyjnej, oparta na Niagara API.</translation>
    </message>
    <message>
        <source>Niagara API base URL: the saved server with this address becomes the current one (a new one is saved). Without it, the last server used (at first the demo workspace).</source>
        <translation>Bazowy adres URL Niagara API: zapisany serwer o tym adresie staje się bieżącym (nowy zostaje zapisany). Bez tej opcji używany jest ostatni serwer (za pierwszym razem środowisko demonstracyjne).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after the first load, then quit.</source>
        <translation>Po pierwszym wczytaniu zapisz obraz okna w pliku FILE i zakończ działanie.</translation>
    </message>
    <message>
        <source>SQLite file of the demo workspace (default: in the app data folder).</source>
        <translation>Plik SQLite środowiska demonstracyjnego (domyślnie w folderze danych aplikacji).</translation>
    </message>
    <message>
        <source>The server address “%1” is not a valid URL.</source>
        <translation>Adres serwera „%1” nie jest prawidłowym adresem URL.</translation>
    </message>
    <message>
        <source>Sign the demo workspace in as the seeded user with this email address (default: the production manager dana.whitfield@demo.batchdesk.test).</source>
        <translation>Zaloguj obszar demonstracyjny jako przygotowanego użytkownika o tym adresie e-mail (domyślnie: kierowniczka produkcji dana.whitfield@demo.batchdesk.test).</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>widok</translation>
    </message>
    <message>
        <source>The desk to open with: board, planning or mywork.</source>
        <translation>Pulpit na start: board, planning lub mywork.</translation>
    </message>
    <message>
        <source>Start in shop-floor mode (full screen, larger type and targets).</source>
        <translation>Uruchom w trybie hali (pełny ekran, większa czcionka i elementy).</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::SignInBrowser</name>
    <message>
        <source>No web browser could be opened for signing in. Use a personal token instead, or set a default browser.</source>
        <translation>Nie można otworzyć przeglądarki internetowej, aby się zalogować. Użyj zamiast tego tokenu osobistego lub ustaw domyślną przeglądarkę.</translation>
    </message>
    <message>
        <source>the demo server could not be reached</source>
        <translation>nie można połączyć się z serwerem demonstracyjnym</translation>
    </message>
    <message>
        <source>the demo server answered HTTP %1</source>
        <translation>serwer demonstracyjny odpowiedział kodem HTTP %1</translation>
    </message>
    <message>
        <source>The demo workspace could not sign in: %1</source>
        <translation>Nie udało się zalogować do środowiska demonstracyjnego: %1</translation>
    </message>
    <message>
        <source>The demo workspace could not sign in: its server is not running.</source>
        <translation>Obszar demonstracyjny nie mógł się zalogować: jego serwer nie działa.</translation>
    </message>
    <message>
        <source>it has no user with the email address “%1”</source>
        <translation>nie ma użytkownika o adresie e-mail „%1”</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::WorkspaceConnector</name>
    <message>
        <source>Starting the demo workspace…</source>
        <translation>Uruchamianie środowiska demonstracyjnego…</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Środowisko demonstracyjne</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly; starting it again…</source>
        <translation>Serwer demonstracyjny nieoczekiwanie się zatrzymał; trwa ponowne uruchamianie…</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly and was restarted.</source>
        <translation>Serwer demonstracyjny nieoczekiwanie się zatrzymał i został ponownie uruchomiony.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::BatchCyclesFeed</name>
    <message>
        <source>You have no access to this batch&apos;s units: %1</source>
        <translation>Nie masz dostępu do urządzeń tej partii: %1</translation>
    </message>
    <message>
        <source>The units could not be loaded.</source>
        <translation>Nie udało się wczytać urządzeń.</translation>
    </message>
    <message>
        <source>This server does not list the units of a batch.</source>
        <translation>Ten serwer nie podaje listy urządzeń partii.</translation>
    </message>
    <message>
        <source>This batch no longer exists on the server.</source>
        <translation>Ta partia już nie istnieje na serwerze.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::BatchRelationsModel</name>
    <message>
        <source>You have no access to this batch&apos;s relations: %1</source>
        <translation>Brak dostępu do relacji tej partii: %1</translation>
    </message>
    <message>
        <source>This batch no longer exists on the server.</source>
        <translation>Ta partia już nie istnieje na serwerze.</translation>
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
        <translation>Kolejka / Zlecenie / Partia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cykle</translation>
    </message>
    <message>
        <source>Number of cycles</source>
        <translation>Liczba cykli</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% ukończenia</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Column: the work order&apos;s due date.</extracomment>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicy</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Column: the batch&apos;s position in its queue (batches are worked in this order).</extracomment>
        <translation>Kolejność</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Partia %1</translation>
    </message>
    <message>
        <source>%1 of %2 batches</source>
        <translation>%1 z %2 partii</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln partia</numerusform>
            <numerusform>%Ln partie</numerusform>
            <numerusform>%Ln partii</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 needed</source>
        <translation>%1 z %2 wymaganych</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 i jeszcze %Ln osoba</numerusform>
            <numerusform>%1 i jeszcze %Ln osoby</numerusform>
            <numerusform>%1 i jeszcze %Ln osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorytet %1</translation>
    </message>
    <message numerus="yes">
        <source>Server total: %Ln batch(es)</source>
        <translation>
            <numerusform>Łącznie na serwerze: %Ln partia</numerusform>
            <numerusform>Łącznie na serwerze: %Ln partie</numerusform>
            <numerusform>Łącznie na serwerze: %Ln partii</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycles needed: %1</source>
        <extracomment>Tooltip of a work order&apos;s progress bar, after the counts per status</extracomment>
        <translation>Wymagane cykle: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; languages that put a (non-breaking) space before % write &quot;%1 %&quot;.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (%2 counted)</source>
        <extracomment>Cycles column of a batch whose counts per status add up to another number</extracomment>
        <translation>%1 (policzono %2)</translation>
    </message>
    <message>
        <source>The cycle counts by status add up to %1, but the batch has %2 cycles. Progress is worked out from the larger number.</source>
        <translation>Cykle według statusu sumują się do %1, ale partia ma %2 cykli. Postęp jest liczony od większej liczby.</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <extracomment>Due-date cell of a work order past its due date with cycles still to complete</extracomment>
        <translation>%1 — po terminie</translation>
    </message>
    <message>
        <source>%1, %2 of %3 cycles complete, %4</source>
        <translation>%1, zakończone cykle: %2 z %3, %4</translation>
    </message>
    <message>
        <source>, %1 blocked</source>
        <extracomment>Appended to a row&apos;s spoken summary</extracomment>
        <translation>, zablokowane: %1</translation>
    </message>
    <message>
        <source>, overdue</source>
        <extracomment>Appended to a row&apos;s spoken summary</extracomment>
        <translation>, po terminie</translation>
    </message>
    <message>
        <source>No cycles</source>
        <translation>Brak cykli</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>Tooltip line of the cycle progress bar: category name, count, percentage of all cycles</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Razem: %1</translation>
    </message>
    <message>
        <source>Past its due date with cycles still to complete</source>
        <translation>Termin minął, a nie wszystkie cykle są zakończone</translation>
    </message>
    <message>
        <source>In batches: %1 (%2)</source>
        <translation>W partiach: %1 (%2)</translation>
    </message>
    <message>
        <source>Not in a batch yet: %1</source>
        <extracomment>The hatched part of a work order&apos;s progress bar; also its legend name</extracomment>
        <translation>Jeszcze nie w partiach: %1</translation>
    </message>
</context>
<context>
    <name>BatchDesk::BoardCache</name>
    <message>
        <source>The board could not be saved for the next start: %1</source>
        <translation>Nie udało się zapisać tablicy na potrzeby następnego uruchomienia: %1</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::BatchListing</name>
    <message numerus="yes">
        <source>%1  [%2]  priority %3  %Ln batch(es)</source>
        <extracomment>CLI table, queue line: label, [id], priority, number of batches.</extracomment>
        <translation>
            <numerusform>%1  [%2]  priorytet %3  %Ln partia</numerusform>
            <numerusform>%1  [%2]  priorytet %3  %Ln partie</numerusform>
            <numerusform>%1  [%2]  priorytet %3  %Ln partii</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termin %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln partia</numerusform>
            <numerusform>%Ln partie</numerusform>
            <numerusform>%Ln partii</numerusform>
        </translation>
    </message>
    <message>
        <source>(server total %1)</source>
        <translation>(łącznie na serwerze: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln pominięty</numerusform>
            <numerusform>%Ln pominięte</numerusform>
            <numerusform>%Ln pominiętych</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped item %1: %2: %3</source>
        <translation>pominięty element %1: %2: %3</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::CliRunner</name>
    <message>
        <source>Base URL of the Niagara API (default: $NIAGARA_SERVER).</source>
        <translation>Bazowy adres URL Niagara API (domyślnie: $NIAGARA_SERVER).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>Format wyjścia: table, json lub csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Batches per request, 1-100.</source>
        <translation>Liczba partii na żądanie, 1-100.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Relation type, e.g. technician.</source>
        <translation>Typ relacji, np. technician.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>Entity type, e.g. USER.</source>
        <translation>Typ obiektu, np. USER.</translation>
    </message>
    <message>
        <source>Entity id.</source>
        <translation>Identyfikator obiektu.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>INWARD or OUTWARD.</source>
        <translation>INWARD lub OUTWARD.</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>kierunek</translation>
    </message>
    <message>
        <source>Work order id.</source>
        <translation>Identyfikator zlecenia.</translation>
    </message>
    <message>
        <source>Queue id for the new batches.</source>
        <translation>Identyfikator kolejki dla nowych partii.</translation>
    </message>
    <message>
        <source>Cycles per batch.</source>
        <translation>Liczba cykli w partii.</translation>
    </message>
    <message>
        <source>Number of batches.</source>
        <translation>Liczba partii.</translation>
    </message>
    <message>
        <source>last: the last batch is smaller; spread: sizes differ by at most one.</source>
        <translation>last: ostatnia partia jest mniejsza; spread: rozmiary różnią się najwyżej o jeden.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>zasada</translation>
    </message>
    <message>
        <source>Technician user id (repeatable).</source>
        <translation>Identyfikator użytkownika będącego technikiem (można powtarzać).</translation>
    </message>
    <message>
        <source>user_id</source>
        <translation>id_użytkownika</translation>
    </message>
    <message>
        <source>One technician per batch in turn, instead of all on every batch.</source>
        <translation>Po jednym techniku na partię, na zmianę, zamiast wszystkich w każdej partii.</translation>
    </message>
    <message>
        <source>Label pattern: {work_order} {queue} {n} {total} {size}.</source>
        <translation>Wzorzec etykiety: {work_order} {queue} {n} {total} {size}.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>wzorzec</translation>
    </message>
    <message>
        <source>Cycles to split (default: all the work order still needs).</source>
        <translation>Liczba cykli do podziału (domyślnie: wszystkie, których zlecenie jeszcze potrzebuje).</translation>
    </message>
    <message>
        <source>Allow splitting more cycles than the work order still needs.</source>
        <translation>Zezwól na podział większej liczby cykli, niż zlecenie jeszcze potrzebuje.</translation>
    </message>
    <message>
        <source>One POST per batch (applies labels and queue order) instead of one PATCH per batch size.</source>
        <translation>Jedno żądanie POST na partię (z etykietami i kolejnością w kolejce) zamiast jednego żądania PATCH na rozmiar partii.</translation>
    </message>
    <message>
        <source>Print the plan and its requests; send nothing.</source>
        <translation>Wypisz plan i jego żądania, niczego nie wysyłając.</translation>
    </message>
    <message>
        <source>Batch id (repeatable).</source>
        <translation>Identyfikator partii (można powtarzać).</translation>
    </message>
    <message>
        <source>Make the given technicians the batches&apos; only ones.</source>
        <translation>Ustaw podanych techników jako jedynych techników partii.</translation>
    </message>
    <message>
        <source>batches, relations or workorders</source>
        <translation>batches, relations lub workorders</translation>
    </message>
    <message>
        <source>list, get, delete, assign, add, remove or split</source>
        <translation>list, get, delete, assign, add, remove lub split</translation>
    </message>
    <message>
        <source>Run with --help for usage.</source>
        <translation>Uruchom z opcją --help, aby wyświetlić sposób użycia.</translation>
    </message>
    <message>
        <source>Missing command: expected e.g. &quot;batches list&quot;.</source>
        <translation>Brak polecenia: oczekiwano np. &quot;batches list&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1 %2&quot; takes %Ln argument(s).</source>
        <translation>
            <numerusform>Polecenie &quot;%1 %2&quot; przyjmuje %Ln argument.</numerusform>
            <numerusform>Polecenie &quot;%1 %2&quot; przyjmuje %Ln argumenty.</numerusform>
            <numerusform>Polecenie &quot;%1 %2&quot; przyjmuje %Ln argumentów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Nieznane polecenie &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation>Nieznany format &quot;%1&quot;: użyj table, json lub csv.</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to 100.</source>
        <translation>--page-size musi być liczbą całkowitą od 1 do 100.</translation>
    </message>
    <message>
        <source>--direction must be INWARD or OUTWARD.</source>
        <translation>--direction musi mieć wartość INWARD lub OUTWARD.</translation>
    </message>
    <message>
        <source>&quot;relations add&quot; needs --relation, --entity-type and --entity-id.</source>
        <translation>Polecenie &quot;relations add&quot; wymaga opcji --relation, --entity-type i --entity-id.</translation>
    </message>
    <message>
        <source>&quot;workorders split&quot; needs --work-order and --queue.</source>
        <translation>Polecenie &quot;workorders split&quot; wymaga opcji --work-order i --queue.</translation>
    </message>
    <message>
        <source>Give exactly one of --batch-size and --batches.</source>
        <translation>Podaj dokładnie jedną z opcji: --batch-size lub --batches.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least 1.</source>
        <translation>--%1 musi być liczbą całkowitą nie mniejszą niż 1.</translation>
    </message>
    <message>
        <source>--remainder must be last or spread.</source>
        <translation>--remainder musi mieć wartość last lub spread.</translation>
    </message>
    <message>
        <source>--cycles must be a whole number of at least 1.</source>
        <translation>--cycles musi być liczbą całkowitą nie mniejszą niż 1.</translation>
    </message>
    <message>
        <source>&quot;batches assign&quot; needs at least one --batch and one --technician.</source>
        <translation>Polecenie &quot;batches assign&quot; wymaga co najmniej jednej opcji --batch i jednej opcji --technician.</translation>
    </message>
    <message>
        <source>Give the server&apos;s base URL with --server (http or https).</source>
        <translation>Podaj bazowy adres URL serwera w opcji --server (http lub https).</translation>
    </message>
    <message>
        <source>No saved sign-in for %1. Sign in to this server in BatchDesk (Connection…), or set NIAGARA_TOKEN to a bearer token.</source>
        <translation>Brak zapisanego logowania dla %1. Zaloguj się do tego serwera w BatchDesk (Połączenie…) lub ustaw w NIAGARA_TOKEN token typu bearer.</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 could not be read: %2 Set NIAGARA_TOKEN instead.</source>
        <translation>Nie można odczytać zapisanego logowania dla %1: %2 Zamiast tego ustaw NIAGARA_TOKEN.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 in the keychain. Sign in to this server in BatchDesk (Connection…), or set NIAGARA_TOKEN to a bearer token.</source>
        <translation>Brak zapisanego logowania dla %1 w pęku kluczy. Zaloguj się do tego serwera w BatchDesk (Połączenie…) lub ustaw w NIAGARA_TOKEN token typu bearer.</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 has expired. Open BatchDesk on this server to renew it, or set NIAGARA_TOKEN.</source>
        <translation>Zapisane logowanie dla %1 wygasło. Otwórz BatchDesk połączony z tym serwerem, aby je odnowić, lub ustaw NIAGARA_TOKEN.</translation>
    </message>
    <message>
        <source>Skipped batch %1 (%2): %3</source>
        <translation>Pominięto partię nr %1 (%2): %3</translation>
    </message>
    <message>
        <source>Deleted batch %1.</source>
        <translation>Usunięto partię %1.</translation>
    </message>
    <message>
        <source>Created relation %1.</source>
        <translation>Utworzono relację %1.</translation>
    </message>
    <message>
        <source>Removed relation %1.</source>
        <translation>Usunięto relację %1.</translation>
    </message>
    <message>
        <source>Planning commands print a table or json (--format table|json).</source>
        <translation>Polecenia planowania wypisują tabelę lub json (--format table|json).</translation>
    </message>
    <message>
        <source>planning report: a technician is overloaded above this many days of work (default: the desktop app&apos;s setting, else 5).</source>
        <translation>planning report: technik jest przeciążony powyżej tej liczby dni pracy (domyślnie: ustawienie aplikacji desktopowej, a jeśli go nie ma, 5).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>planning report: neither read nor add to the completion history.</source>
        <translation>planning report: nie odczytuj historii ukończonych cykli ani jej nie uzupełniaj.</translation>
    </message>
    <message>
        <source>--overload-days takes a number of days above 0.</source>
        <translation>--overload-days wymaga liczby dni większej od 0.</translation>
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
        <translation>Dostęp do partii Niagara z wiersza poleceń.

Polecenia:
  batches list                       wszystkie partie pogrupowane według kolejek i zleceń
  batches get ID_PARTII              jedna partia
  batches delete ID_PARTII           usuń partię
  batches mine                       twoje partie w kolejności pracy: zablokowane, w toku,
                                     następne, ukończone dzisiaj
  batches cycles ID_PARTII [--status KATEGORIA]
                                     urządzenia (cykle) partii, opcjonalnie tylko jednej kategorii statusu
  batches assign --batch ID... --technician ID_UŻYTKOWNIKA... [--replace]
                                     dodaj (lub zastąp) techników w partiach
  workorders split --work-order ID --queue ID (--batch-size N | --batches N)
                   [--remainder last|spread] [--technician ID_UŻYTKOWNIKA...] [--round-robin]
                   [--label WZORZEC] [--cycles N [--allow-over-split]] [--individually] [--dry-run]
                                     podziel pozostałe cykle zlecenia na partie
  relations list ID_PARTII           relacje partii (filtry: --entity-type, --relation, --direction)
  relations add ID_PARTII            powiąż obiekt z partią (--relation, --entity-type, --entity-id)
  relations remove ID_PARTII ID_RELACJI
  planning report [--overload-days N] [--no-history]
                                     kolejki, zlecenia i technicy z widoku planowania:
                                     tempo, zaległości, przewidywane zakończenie, ryzyko, obciążenie

Token typu bearer jest odczytywany ze zmiennej środowiskowej NIAGARA_TOKEN, a jeśli jej nie ustawiono,
z logowania zapisanego przez aplikację BatchDesk dla --server w systemowym pęku kluczy.
Kody wyjścia: 0 sukces, 2 błąd użycia, 3 błąd API, 4 częściowe niepowodzenie (część elementów się nie powiodła).</translation>
    </message>
    <message>
        <source>A status category: PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED or CANCELLED.</source>
        <translation>Kategoria statusu: PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED lub CANCELLED.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategoria</translation>
    </message>
    <message>
        <source>--status must be PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED or CANCELLED.</source>
        <translation>--status musi mieć wartość PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED lub CANCELLED.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::PlanningCommand</name>
    <message>
        <source>No user with id “%1” on the server.</source>
        <translation>Na serwerze nie ma użytkownika o identyfikatorze „%1”.</translation>
    </message>
    <message>
        <source>No work order with id “%1” on the server.</source>
        <translation>Na serwerze nie ma zlecenia o identyfikatorze „%1”.</translation>
    </message>
    <message>
        <source>No queue with id “%1” on the server.</source>
        <translation>Na serwerze nie ma kolejki o identyfikatorze „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 cycles still to batch; this plan makes %Ln batch(es) with %3 cycles:</source>
        <translation>
            <numerusform>Pozostało do podziału: %1 z %2 cykli; ten plan tworzy %Ln partię (łącznie cykli: %3):</numerusform>
            <numerusform>Pozostało do podziału: %1 z %2 cykli; ten plan tworzy %Ln partie (łącznie cykli: %3):</numerusform>
            <numerusform>Pozostało do podziału: %1 z %2 cykli; ten plan tworzy %Ln partii (łącznie cykli: %3):</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Żądania:</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 not attempted.</source>
        <translation>Udane: %1, nieudane: %2, niepodjęte: %3.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::PlanningReport</name>
    <message>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <source>%1 active, %2/day, backlog %3 days</source>
        <extracomment>CLI planning table, queue line: label, active cycles, pace, backlog days, overloaded or not.</extracomment>
        <translation>aktywne: %1, %2/dzień, zaległości %3 dni</translation>
    </message>
    <message>
        <source>OVERLOADED</source>
        <translation>PRZECIĄŻONA</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Zlecenia</translation>
    </message>
    <message>
        <source>%1 of %2 left, %3/day, finish %4, due %5</source>
        <translation>pozostało %1 z %2, %3/dzień, koniec %4, termin %5</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicy</translation>
    </message>
    <message>
        <source>%1 open cycles, %2/day, load %3 days</source>
        <translation>otwarte cykle: %1, %2/dzień, obciążenie %3 dni</translation>
    </message>
</context>
<context>
    <name>BatchDesk::CodeLookup</name>
    <message>
        <source>No batch or unit matches “%1”.</source>
        <translation>Żadna partia ani jednostka nie pasuje do „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n batches hold a unit labelled “%1”: choose one.</source>
        <translation>
            <numerusform>%n partia zawiera jednostkę „%1”: wybierz jedną.</numerusform>
            <numerusform>%n partie zawierają jednostkę „%1”: wybierz jedną.</numerusform>
            <numerusform>%n partii zawiera jednostkę „%1”: wybierz jedną.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batches are labelled “%1”: choose one.</source>
        <translation>
            <numerusform>%n partia nazywa się „%1”: wybierz jedną.</numerusform>
            <numerusform>%n partie nazywają się „%1”: wybierz jedną.</numerusform>
            <numerusform>%n partii nazywa się „%1”: wybierz jedną.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::CompletionHistory</name>
    <message>
        <source>The completion history could not be saved: %1</source>
        <translation>Nie udało się zapisać historii ukończonych cykli: %1</translation>
    </message>
    <message>
        <source>The completion history could not be read: %1</source>
        <translation>Nie udało się odczytać historii ukończonych cykli: %1</translation>
    </message>
    <message>
        <source>The history was written by a newer version of BatchDesk.</source>
        <translation>Historię zapisała nowsza wersja BatchDesk.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::CycleListModel</name>
    <message>
        <source>Unit</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Przypisane do</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a unit&apos;s second attempt</comment>
        <translation>Ponowienie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unit %1: %2</source>
        <translation>Urządzenie %1: %2</translation>
    </message>
</context>
<context>
    <name>BatchDesk::FilteredAggregateProxy</name>
    <message>
        <source>%1 of %2 batches</source>
        <extracomment>Status bar and detail pane while filters are on: &quot;6 of 102 batches&quot;</extracomment>
        <translation>%1 z %2 partii</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln partia</numerusform>
            <numerusform>%Ln partie</numerusform>
            <numerusform>%Ln partii</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::MyWork</name>
    <message>
        <source>Batch</source>
        <translation>Partia</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Zlecenie</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cykle</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) became blocked since %1</source>
        <translation>
            <numerusform>%n partia zablokowana od %1</numerusform>
            <numerusform>%n partie zablokowane od %1</numerusform>
            <numerusform>%n partii zablokowanych od %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n became blocked</source>
        <translation>
            <numerusform>%n zablokowana</numerusform>
            <numerusform>%n zablokowane</numerusform>
            <numerusform>%n zablokowanych</numerusform>
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
            <numerusform>%1: %n partia</numerusform>
            <numerusform>%1: %n partie</numerusform>
            <numerusform>%1: %n partii</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (po terminie)</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>my work section</comment>
        <translation>Zablokowane</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>my work section</comment>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>my work section</comment>
        <translation>Następne</translation>
    </message>
    <message>
        <source>Done today</source>
        <comment>my work section</comment>
        <translation>Ukończone dzisiaj</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) assigned to you since %1</source>
        <translation>
            <numerusform>%n partia przypisana do ciebie od %1</numerusform>
            <numerusform>%n partie przypisane do ciebie od %1</numerusform>
            <numerusform>%n partii przypisanych do ciebie od %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation>%1 / %2 gotowe</translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation>%1 zablokowane</translation>
    </message>
    <message>
        <source>Assigned to you: %1.</source>
        <translation>Przydzielone Tobie: %1.</translation>
    </message>
    <message>
        <source>Blocked: %1.</source>
        <translation>Zablokowane: %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Permissions</name>
    <message>
        <source>Your role on this server does not allow creating batches (%1).</source>
        <translation>Twoja rola na tym serwerze nie pozwala tworzyć partii (%1).</translation>
    </message>
    <message>
        <source>Your role on this server does not allow assigning technicians (%1).</source>
        <translation>Twoja rola na tym serwerze nie pozwala przypisywać techników (%1).</translation>
    </message>
    <message>
        <source>Your role on this server does not allow deleting batches (%1).</source>
        <translation>Twoja rola na tym serwerze nie pozwala usuwać partii (%1).</translation>
    </message>
    <message>
        <source>Not allowed in this queue: %1</source>
        <translation>Niedozwolone w tej kolejce: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: changes can be made again once it is back.</source>
        <translation>Brak połączenia z serwerem: zmiany będzie można wprowadzać ponownie, gdy połączenie wróci.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningCharts</name>
    <message>
        <source>%1: %2 of %3 cycles complete.</source>
        <translation>%1: ukończono %2 z %3 cykli.</translation>
    </message>
    <message>
        <source>Finish projected for %1.</source>
        <translation>Przewidywane zakończenie: %1.</translation>
    </message>
    <message>
        <source>No finish can be projected at the current pace.</source>
        <translation>Przy obecnym tempie nie da się przewidzieć zakończenia.</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>Termin: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 cycles completed in %n day(s)</source>
        <translation>
            <numerusform>%1: %2 cykli ukończonych w %n dzień</numerusform>
            <numerusform>%1: %2 cykli ukończonych w %n dni</numerusform>
            <numerusform>%1: %2 cykli ukończonych w %n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningMonitor</name>
    <message>
        <source>The server&apos;s metrics need the permission report:read.</source>
        <translation>Metryki serwera wymagają uprawnienia report:read.</translation>
    </message>
    <message>
        <source>The server offers no metrics.</source>
        <translation>Serwer nie udostępnia metryk.</translation>
    </message>
    <message>
        <source>The server cut its metrics short: the pace may be too low.</source>
        <translation>Serwer przyciął metryki: tempo może być zaniżone.</translation>
    </message>
    <message numerus="yes">
        <source>No pace yet: no completions recorded in the last %n day(s).</source>
        <translation>
            <numerusform>Brak tempa: w ostatnim %n dniu nie odnotowano ukończonych cykli.</numerusform>
            <numerusform>Brak tempa: w ostatnich %n dniach nie odnotowano ukończonych cykli.</numerusform>
            <numerusform>Brak tempa: w ostatnich %n dniach nie odnotowano ukończonych cykli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pace from %n day(s), server metrics.</source>
        <translation>
            <numerusform>Tempo z %n dnia, metryki serwera.</numerusform>
            <numerusform>Tempo z %n dni, metryki serwera.</numerusform>
            <numerusform>Tempo z %n dni, metryki serwera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pace from %n day(s), this app&apos;s history.</source>
        <translation>
            <numerusform>Tempo z %n dnia, historia tej aplikacji.</numerusform>
            <numerusform>Tempo z %n dni, historia tej aplikacji.</numerusform>
            <numerusform>Tempo z %n dni, historia tej aplikacji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pace from %1 days: %2 from server metrics, %3 from this app&apos;s history.</source>
        <translation>Tempo z %1 dni: %2 z metryk serwera, %3 z historii tej aplikacji.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningService</name>
    <message numerus="yes">
        <source>%Ln queue(s)</source>
        <translation>
            <numerusform>%Ln kolejka</numerusform>
            <numerusform>%Ln kolejki</numerusform>
            <numerusform>%Ln kolejek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 i jeszcze %Ln osoba</numerusform>
            <numerusform>%1 i jeszcze %Ln osoby</numerusform>
            <numerusform>%1 i jeszcze %Ln osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %1 into %Ln batch(es) in %2</source>
        <translation>
            <numerusform>Podział %1 na %Ln partię (%2)</numerusform>
            <numerusform>Podział %1 na %Ln partie (%2)</numerusform>
            <numerusform>Podział %1 na %Ln partii (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment with nothing to change</source>
        <translation>Przypisanie bez zmian</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %Ln batch(es) in %2</source>
        <translation>
            <numerusform>Przypisanie %1 do %Ln partii (%2)</numerusform>
            <numerusform>Przypisanie %1 do %Ln partii (%2)</numerusform>
            <numerusform>Przypisanie %1 do %Ln partii (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %1 from %Ln batch(es) in %2</source>
        <translation>
            <numerusform>Usunięcie %1 z %Ln partii (%2)</numerusform>
            <numerusform>Usunięcie %1 z %Ln partii (%2)</numerusform>
            <numerusform>Usunięcie %1 z %Ln partii (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %Ln batch(es) in %2, replacing %3</source>
        <translation>
            <numerusform>Przypisanie %1 do %Ln partii (%2) w miejsce %3</numerusform>
            <numerusform>Przypisanie %1 do %Ln partii (%2) w miejsce %3</numerusform>
            <numerusform>Przypisanie %1 do %Ln partii (%2) w miejsce %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted batch “%1” in %2</source>
        <translation>Usunięcie partii „%1” (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln batch(es) in %1</source>
        <translation>
            <numerusform>Usunięcie %Ln partii (%1)</numerusform>
            <numerusform>Usunięcie %Ln partii (%1)</numerusform>
            <numerusform>Usunięcie %Ln partii (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo of “%1”</source>
        <translation>Cofnięcie: „%1”</translation>
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
        <translation>Ukończone</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>work order risk</comment>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>work order risk</comment>
        <translation>Bez postępu</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>work order risk</comment>
        <translation>Zagrożone</translation>
    </message>
    <message>
        <source>On track</source>
        <comment>work order risk</comment>
        <translation>Zgodnie z planem</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Zablokowane</translation>
    </message>
    <message>
        <source>Pace / day</source>
        <translation>Tempo / dzień</translation>
    </message>
    <message>
        <source>Backlog, days</source>
        <translation>Zaległości, dni</translation>
    </message>
    <message>
        <source>Days to due</source>
        <translation>Dni do terminu</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Obciążenie</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicy</translation>
    </message>
    <message>
        <source>Cycles pending, in progress, verifying or blocked</source>
        <translation>Cykle oczekujące, w toku, w weryfikacji lub zablokowane</translation>
    </message>
    <message>
        <source>Cycles completed per day in this queue</source>
        <translation>Cykle ukończone dziennie w tej kolejce</translation>
    </message>
    <message>
        <source>Active cycles divided by the pace</source>
        <translation>Aktywne cykle podzielone przez tempo</translation>
    </message>
    <message>
        <source>Days until the earliest due date among the queue&apos;s unfinished work orders</source>
        <translation>Dni do najbliższego terminu spośród niezakończonych zleceń w kolejce</translation>
    </message>
    <message>
        <source>Overloaded when the backlog takes longer than the days left to the earliest due date</source>
        <translation>Przeciążona, gdy zaległości wymagają więcej dni, niż zostało do najbliższego terminu</translation>
    </message>
    <message>
        <source>Who can work the queue (the server&apos;s queue relations)</source>
        <translation>Kto może obsługiwać kolejkę (relacje kolejki na serwerze)</translation>
    </message>
    <message>
        <source>%1: %2 active cycles, backlog %3 days, %4</source>
        <translation>%1: aktywne cykle %2, zaległości %3 dni, %4</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>queue load</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nie wiadomo</translation>
    </message>
    <message>
        <source>No completions in this queue in the pace window: the backlog does not clear.</source>
        <translation>Brak ukończonych cykli w tej kolejce w okresie pomiaru tempa: zaległości nie maleją.</translation>
    </message>
    <message>
        <source>Earliest due date: %1</source>
        <translation>Najbliższy termin: %1</translation>
    </message>
    <message>
        <source>The server does not say who can work this queue.</source>
        <translation>Serwer nie podaje, kto może obsługiwać tę kolejkę.</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Zlecenie</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>Batched</source>
        <translation>W partiach</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Pozostałe</translation>
    </message>
    <message>
        <source>Projected finish</source>
        <translation>Przewidywane zakończenie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Slack (days)</source>
        <translation>Zapas (dni)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ryzyko</translation>
    </message>
    <message>
        <source>Needed minus complete, never below 0</source>
        <translation>Wymagane minus ukończone, nigdy poniżej 0</translation>
    </message>
    <message>
        <source>Cycles of this work order completed per day</source>
        <translation>Cykle tego zlecenia ukończone dziennie</translation>
    </message>
    <message>
        <source>Now plus the remaining cycles at the current pace</source>
        <translation>Teraz plus pozostałe cykle w obecnym tempie</translation>
    </message>
    <message>
        <source>Days between the projected finish and the due date; negative: late at this pace</source>
        <translation>Dni między przewidywanym zakończeniem a terminem; wartość ujemna: opóźnienie przy tym tempie</translation>
    </message>
    <message>
        <source>%1: %2, %3 of %4 cycles remaining</source>
        <translation>%1: %2, pozostało %3 z %4 cykli</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no projected finish: the pace is 0</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no due date</comment>
        <translation>brak</translation>
    </message>
    <message>
        <source>No cycles of this work order were completed in the pace window.</source>
        <translation>W okresie pomiaru tempa nie ukończono żadnego cyklu tego zlecenia.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <source>Load (days)</source>
        <translation>Obciążenie (dni)</translation>
    </message>
    <message>
        <source>Active cycles of their batches; a batch&apos;s cycles are shared equally among its technicians</source>
        <translation>Aktywne cykle jego partii; cykle partii są dzielone po równo między jej techników</translation>
    </message>
    <message>
        <source>Cycles they completed per day</source>
        <translation>Cykle ukończone dziennie</translation>
    </message>
    <message>
        <source>Open cycles divided by their pace</source>
        <translation>Otwarte cykle podzielone przez jego tempo</translation>
    </message>
    <message>
        <source>%1: %2 open cycles, load %3 days, %4</source>
        <translation>%1: otwarte cykle %2, obciążenie %3 dni, %4</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>technician load</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Overloaded above %1 days of work at their pace</source>
        <translation>Przeciążony powyżej %1 dni pracy w swoim tempie</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open cycles</comment>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>overloaded</source>
        <comment>queue load</comment>
        <translation>przeciążona</translation>
    </message>
    <message>
        <source>not overloaded</source>
        <comment>queue load</comment>
        <translation>nieprzeciążona</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>queue load</comment>
        <translation>Przeciążona</translation>
    </message>
    <message>
        <source>overloaded</source>
        <comment>technician load</comment>
        <translation>przeciążony</translation>
    </message>
    <message>
        <source>not overloaded</source>
        <comment>technician load</comment>
        <translation>nieprzeciążony</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>technician load</comment>
        <translation>Przeciążony</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) not in a batch yet</source>
        <translation>
            <numerusform>%n cykl jeszcze poza partiami</numerusform>
            <numerusform>%n cykle jeszcze poza partiami</numerusform>
            <numerusform>%n cykli jeszcze poza partiami</numerusform>
        </translation>
    </message>
    <message>
        <source>No pace yet: no completions recorded, and no server metrics. The load is known once this app has seen work complete, or with report:read.</source>
        <translation>Brak tempa: nie zarejestrowano ukończeń i brak metryk serwera. Obciążenie będzie znane, gdy ta aplikacja zobaczy ukończoną pracę, lub z uprawnieniem report:read.</translation>
    </message>
    <message>
        <source>No pace yet</source>
        <comment>work order risk</comment>
        <translation>Jeszcze bez tempa</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>queue load: no pace yet</comment>
        <translation>nie wiadomo</translation>
    </message>
    <message>
        <source>Done, late (due date passed), stalled (no pace), no pace yet (no completions recorded at all yet), at risk (finish after the due date) or on track</source>
        <translation>Ukończone, po terminie (termin minął), bez postępu (brak tempa), jeszcze bez tempa (jeszcze nie zarejestrowano żadnych ukończeń), zagrożone (zakończenie po terminie) lub zgodnie z planem</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>technician load: no pace yet</comment>
        <translation>nie wiadomo</translation>
    </message>
</context>
<context>
    <name>BatchDesk::QueueCatalogModel</name>
    <message>
        <source>Lower numbers are worked first</source>
        <translation>Niższe numery są realizowane w pierwszej kolejności</translation>
    </message>
    <message>
        <source>Batches with cycles still to work (pending, in progress, verifying or blocked)</source>
        <translation>Partie z cyklami do realizacji (oczekującymi, w toku, w weryfikacji lub zablokowanymi)</translation>
    </message>
    <message>
        <source>Cycles still to work in this queue</source>
        <translation>Cykle do realizacji w tej kolejce</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Active batches</source>
        <translation>Aktywne partie</translation>
    </message>
    <message>
        <source>Active cycles</source>
        <translation>Aktywne cykle</translation>
    </message>
</context>
<context>
    <name>BatchDesk::RunItemModel</name>
    <message>
        <source>Not attempted</source>
        <translation>Nie podjęto</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Trwa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>Jeszcze nie utworzono</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Operacja</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Partia</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Session</name>
    <message>
        <source>Enter the OAuth client id the server&apos;s administrator gave you.</source>
        <translation>Wpisz identyfikator klienta OAuth otrzymany od administratora serwera.</translation>
    </message>
    <message>
        <source>This token was not accepted: %1</source>
        <translation>Ten token nie został zaakceptowany: %1</translation>
    </message>
    <message>
        <source>Your sign-in to %1 is no longer valid. Sign in again; nothing on screen is lost.</source>
        <translation>Logowanie do %1 straciło ważność. Zaloguj się ponownie; dane na ekranie nie zostaną utracone.</translation>
    </message>
    <message>
        <source>Paste the personal token first.</source>
        <translation>Najpierw wklej token osobisty.</translation>
    </message>
    <message>
        <source>Your sign-in to %1 has expired. Sign in again; nothing on screen is lost.</source>
        <translation>Logowanie do %1 wygasło. Zaloguj się ponownie; dane na ekranie nie zostaną utracone.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::SplitPlan</name>
    <message>
        <source>Choose the work order to split.</source>
        <translation>Wybierz zlecenie do podziału.</translation>
    </message>
    <message>
        <source>Choose the queue the new batches go into.</source>
        <translation>Wybierz kolejkę dla nowych partii.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1 cycle.</source>
        <translation>Rozmiar partii musi wynosić co najmniej 1 cykl.</translation>
    </message>
    <message>
        <source>Make at least one batch.</source>
        <translation>Liczba partii musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>A batch can hold at most %1 cycles.</source>
        <translation>Maksymalna liczba cykli w partii: %1.</translation>
    </message>
    <message>
        <source>This would make more than %1 batches; choose a larger batch size or fewer batches.</source>
        <translation>Powstałoby więcej partii niż %1; wybierz większy rozmiar partii lub mniejszą liczbę partii.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) cannot share %1 cycles: every batch needs at least one cycle.</source>
        <translation>
            <numerusform>Liczba cykli (%1) nie wystarcza na %Ln partię: każda partia musi mieć co najmniej jeden cykl.</numerusform>
            <numerusform>Liczba cykli (%1) nie wystarcza na %Ln partie: każda partia musi mieć co najmniej jeden cykl.</numerusform>
            <numerusform>Liczba cykli (%1) nie wystarcza na %Ln partii: każda partia musi mieć co najmniej jeden cykl.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 cycles of this work order are already in batches. To add more batches anyway, enter the number of cycles and allow splitting more than is needed.</source>
        <translation>Wszystkie cykle tego zlecenia (%1) są już w partiach. Aby mimo to dodać kolejne partie, wpisz liczbę cykli i zaznacz „Zezwól na podział ponad bieżące zapotrzebowanie”.</translation>
    </message>
    <message>
        <source>Only %1 of the work order&apos;s %2 cycles are not in a batch yet; splitting %3 needs your explicit permission.</source>
        <translation>Cykle zlecenia, które nie są jeszcze w partiach: tylko %1 z %2; podział %3 wymaga wyraźnej zgody.</translation>
    </message>
    <message>
        <source>The number of cycles to split must be at least 1.</source>
        <translation>Liczba cykli do podziału musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>Enter a label pattern, for example {work_order} {n}/{total}.</source>
        <translation>Wpisz wzorzec etykiety, na przykład {work_order} {n}/{total}.</translation>
    </message>
    <message>
        <source>The label pattern uses %1, which is not a placeholder. Use %2.</source>
        <translation>Wzorzec etykiety zawiera %1, który nie jest symbolem zastępczym. Dostępne symbole: %2.</translation>
    </message>
    <message>
        <source>Labels would be longer than %1 characters; shorten the pattern.</source>
        <translation>Etykiety przekroczyłyby dopuszczalną długość (%1 zn.); skróć wzorzec.</translation>
    </message>
    <message numerus="yes">
        <source>With the last batch smaller, %1 cycles fit in %Ln batch(es); choose &quot;spread evenly&quot; to get exactly %2.</source>
        <translation>
            <numerusform>Przy opcji „Ostatnia partia mniejsza” cykle (%1) mieszczą się w %Ln partii; aby uzyskać dokładnie %2, wybierz „Rozłóż równomiernie”.</numerusform>
            <numerusform>Przy opcji „Ostatnia partia mniejsza” cykle (%1) mieszczą się w %Ln partiach; aby uzyskać dokładnie %2, wybierz „Rozłóż równomiernie”.</numerusform>
            <numerusform>Przy opcji „Ostatnia partia mniejsza” cykle (%1) mieszczą się w %Ln partiach; aby uzyskać dokładnie %2, wybierz „Rozłóż równomiernie”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The label pattern has no {n}: every batch gets the same label.</source>
        <translation>Wzorzec etykiety nie zawiera {n}: wszystkie partie otrzymają tę samą etykietę.</translation>
    </message>
    <message>
        <source>%1 cycles more than the work order still needs will be put in batches.</source>
        <translation>Do partii trafi więcej cykli, niż zlecenie jeszcze potrzebuje (nadwyżka: %1).</translation>
    </message>
</context>
<context>
    <name>BatchDesk::SplitPreviewModel</name>
    <message>
        <source>No technicians</source>
        <translation>Brak techników</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cykle</translation>
    </message>
    <message>
        <source>Queue order</source>
        <translation>Kolejność w kolejce</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicy</translation>
    </message>
</context>
<context>
    <name>BatchDesk::TechnicianAccessProxy</name>
    <message>
        <source>cannot work %1</source>
        <extracomment>Why a person is not offered for the batches: the queue(s) they are not related to.</extracomment>
        <translation>nie może obsługiwać %1</translation>
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
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>Splits, assignments and deletions made from this app appear here, with Undo while it is possible.</source>
        <translation>Tu pojawiają się podziały, przypisania i usunięcia wykonane w tej aplikacji, z opcją „Cofnij”, dopóki jest to możliwe.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Nothing to undo yet.</source>
        <translation>Na razie nie ma czego cofać.</translation>
    </message>
    <message>
        <source>Choose an entry to undo.</source>
        <translation>Wybierz wpis do cofnięcia.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignBatchesPage</name>
    <message>
        <source>Batches</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Choose the batches to staff. Search, then select rows; hold Ctrl or Shift to choose several. Batches stay chosen while you search for more.</source>
        <translation>Wybierz partie do obsadzenia. Wyszukaj je, a następnie zaznacz wiersze; przytrzymaj Ctrl lub Shift, aby wybrać kilka. Wybrane partie pozostają zaznaczone podczas dalszego wyszukiwania.</translation>
    </message>
    <message>
        <source>Search batches, work orders, queues, technicians</source>
        <translation>Szukaj partii, zleceń, kolejek, techników</translation>
    </message>
    <message>
        <source>No batch chosen yet.</source>
        <translation>Nie wybrano jeszcze żadnej partii.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) chosen: %1</source>
        <translation>
            <numerusform>Wybrano %Ln partię: %1</numerusform>
            <numerusform>Wybrano %Ln partie: %1</numerusform>
            <numerusform>Wybrano %Ln partii: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the board yet: %1. The board is still loading them, or they are no longer on the server; the preview reads them from the server.</source>
        <translation>Jeszcze nie ma na tablicy: %1. Tablica wciąż je wczytuje albo nie ma ich już na serwerze; podgląd odczytuje je z serwera.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Przypisz</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Partia</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Żądanie</translation>
    </message>
    <message>
        <source>Reading the technicians each batch has now…</source>
        <translation>Odczytywanie obecnych techników każdej partii…</translation>
    </message>
    <message>
        <source>The batches&apos; current technicians could not be read: %1</source>
        <translation>Nie można odczytać obecnych techników partii: %1</translation>
    </message>
    <message>
        <source>Nothing to change: the chosen technicians are already the batches&apos; technicians.</source>
        <translation>Nic do zmiany: wybrani technicy są już przypisani do tych partii.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 on %Ln batch(es).</source>
        <translation>
            <numerusform>%1 i %2 w %Ln partii.</numerusform>
            <numerusform>%1 i %2 w %Ln partiach.</numerusform>
            <numerusform>%1 i %2 w %Ln partiach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relation(s) to create</source>
        <translation>
            <numerusform>%Ln relacja do utworzenia</numerusform>
            <numerusform>%Ln relacje do utworzenia</numerusform>
            <numerusform>%Ln relacji do utworzenia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to delete</source>
        <translation>
            <numerusform>%Ln do usunięcia</numerusform>
            <numerusform>%Ln do usunięcia</numerusform>
            <numerusform>%Ln do usunięcia</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier in this session the server did not let you change technicians in these queues:
%1</source>
        <translation>Wcześniej w tej sesji serwer nie pozwolił na zmianę techników w tych kolejkach:
%1</translation>
    </message>
    <message>
        <source>Assign</source>
        <comment>change: the technician is added to the batch</comment>
        <translation>Dodanie</translation>
    </message>
    <message>
        <source>Unassign</source>
        <comment>change: the technician is taken off the batch</comment>
        <translation>Usunięcie</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is who will work which batches.</source>
        <translation>Nic jeszcze nie wysłano. Oto kto będzie pracować przy których partiach.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Dodaj %1 do %2</translation>
    </message>
    <message>
        <source>Take %1 off %2</source>
        <translation>Usuń %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln partii</numerusform>
            <numerusform>%Ln partii</numerusform>
            <numerusform>%Ln partii</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignTechniciansPage</name>
    <message>
        <source>Technicians</source>
        <translation>Technicy</translation>
    </message>
    <message>
        <source>Choose who works these batches, and whether they join or replace the technicians the batches have now.</source>
        <translation>Wybierz, kto ma pracować przy tych partiach, oraz czy te osoby mają dołączyć do obecnych techników partii, czy ich zastąpić.</translation>
    </message>
    <message>
        <source>Add: keep the batches&apos; current technicians</source>
        <translation>Dodaj: zachowaj obecnych techników partii</translation>
    </message>
    <message>
        <source>Replace: the chosen people become the only technicians</source>
        <translation>Zastąp: wybrane osoby staną się jedynymi technikami</translation>
    </message>
    <message numerus="yes">
        <source>For %Ln batch(es): %1</source>
        <translation>
            <numerusform>Dla %Ln partii: %1</numerusform>
            <numerusform>Dla %Ln partii: %1</numerusform>
            <numerusform>Dla %Ln partii: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignTechniciansWizard</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln inna</numerusform>
            <numerusform>%Ln inne</numerusform>
            <numerusform>%Ln innych</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign technicians</source>
        <translation>Przypisz techników</translation>
    </message>
    <message>
        <source>Assigning technicians</source>
        <translation>Przypisywanie techników</translation>
    </message>
    <message>
        <source>Every relation is listed with its outcome. Failed changes can be retried; the assignment can be undone for a while.</source>
        <translation>Każda relacja jest wyświetlana wraz z wynikiem. Nieudane zmiany można ponowić, a przypisanie można przez pewien czas cofnąć.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A batch&apos;s label in quotes, in a list of batches.</extracomment>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>The batches selected on the board were not used; Start over uses them instead.</source>
        <translation>Partie zaznaczone na tablicy nie zostały użyte; przycisk „Zacznij od nowa” użyje ich zamiast wersji roboczej.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BatchDetailPane</name>
    <message>
        <source>Warehouse</source>
        <translation>Magazyn</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Zakład</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Status in the detail pane: the customer&apos;s label, then the category, e.g. &quot;Imaging (In progress)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The batch is no longer on the server.</source>
        <translation>Tej partii nie ma już na serwerze.</translation>
    </message>
    <message>
        <source>Select a batch to see its work order, customer, location and relations.</source>
        <translation>Zaznacz partię, aby zobaczyć jej zlecenie, klienta, lokalizację i relacje.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Partia</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>The batch&apos;s position in its queue (batches are worked in this order).</extracomment>
        <translation>Kolejność</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Brak statusu</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cykle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Zlecenie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Begins</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Cycles per workflow</source>
        <translation>Cykle według procesu</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Proces</translation>
    </message>
    <message>
        <source>%1 needed, %2 complete</source>
        <translation>wymagane: %1, zakończone: %2</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicy</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Przypisani</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Brak przypisanych</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relacje</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A relation of a batch: the related entity, its type and the relation&apos;s direction</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>i jeszcze %1</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>Podsumowanie kolejki</translation>
    </message>
    <message>
        <source>Work order summary</source>
        <translation>Podsumowanie zlecenia</translation>
    </message>
    <message>
        <source>Batches shown</source>
        <translation>Wyświetlane partie</translation>
    </message>
    <message>
        <source>Batches on server</source>
        <translation>Partie na serwerze</translation>
    </message>
    <message>
        <source>Cycles needed</source>
        <translation>Wymagane cykle</translation>
    </message>
    <message>
        <source>Active batches</source>
        <translation>Aktywne partie</translation>
    </message>
    <message>
        <source>Active cycles</source>
        <translation>Aktywne cykle</translation>
    </message>
    <message>
        <source>You have no access to this batch on the server.</source>
        <translation>Nie masz dostępu do tej partii na serwerze.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BatchNavigator</name>
    <message>
        <source>&amp;Go to batch…</source>
        <translation>&amp;Przejdź do partii…</translation>
    </message>
    <message>
        <source>Open a batch by its id, label, traveler code or a unit&apos;s serial (%1)</source>
        <translation>Otwórz partię po identyfikatorze, nazwie, kodzie karty obiegowej lub numerze seryjnym jednostki (%1)</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BoardDesk</name>
    <message numerus="yes">
        <source>Delete the %n selected batches from the server</source>
        <translation>
            <numerusform>Usuń %n zaznaczoną partię z serwera</numerusform>
            <numerusform>Usuń %n zaznaczone partie z serwera</numerusform>
            <numerusform>Usuń %n zaznaczonych partii z serwera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected batches?</source>
        <translation>
            <numerusform>Usunąć %n zaznaczoną partię?</numerusform>
            <numerusform>Usunąć %n zaznaczone partie?</numerusform>
            <numerusform>Usunąć %n zaznaczonych partii?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n batch(es)…</source>
        <translation>
            <numerusform>Usuwanie %n partii…</numerusform>
            <numerusform>Usuwanie %n partii…</numerusform>
            <numerusform>Usuwanie %n partii…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>nie usunięto</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n batch(es).</source>
        <translation>
            <numerusform>Usunięto %n partię.</numerusform>
            <numerusform>Usunięto %n partie.</numerusform>
            <numerusform>Usunięto %n partii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) had already been deleted on the server.</source>
        <translation>
            <numerusform>%n partia została już wcześniej usunięta z serwera.</numerusform>
            <numerusform>%n partie zostały już wcześniej usunięte z serwera.</numerusform>
            <numerusform>%n partii zostało już wcześniej usuniętych z serwera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) could not be deleted:</source>
        <translation>
            <numerusform>Nie udało się usunąć %n partii:</numerusform>
            <numerusform>Nie udało się usunąć %n partii:</numerusform>
            <numerusform>Nie udało się usunąć %n partii:</numerusform>
        </translation>
    </message>
    <message>
        <source>No batches match the filters.</source>
        <translation>Żadna partia nie pasuje do filtrów.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>Show every batch again: clears the search, the statuses, “Assigned to me” and “Overdue”</source>
        <translation>Pokaż ponownie wszystkie partie: czyści wyszukiwanie, statusy, „Przypisane do mnie” i „Po terminie”</translation>
    </message>
    <message>
        <source>Select one or more batches to print their travelers.</source>
        <translation>Zaznacz jedną lub więcej partii, aby wydrukować ich karty obiegowe.</translation>
    </message>
    <message>
        <source>Print a traveler for each selected batch, or save them as PDF (%1)</source>
        <translation>Wydrukuj kartę obiegową dla każdej zaznaczonej partii lub zapisz je jako PDF (%1)</translation>
    </message>
    <message>
        <source>Print travelers…</source>
        <translation>Drukuj karty obiegowe…</translation>
    </message>
    <message>
        <source>The filters were cleared to show the batch.</source>
        <translation>Filtry wyczyszczono, aby pokazać partię.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BurnUpChartView</name>
    <message>
        <source>No work order chosen.</source>
        <translation>Nie wybrano zlecenia.</translation>
    </message>
    <message>
        <source>Choose a work order to see its burn-up</source>
        <translation>Wybierz zlecenie, aby zobaczyć jego wykres burn-up</translation>
    </message>
    <message>
        <source>Burn-up: %1</source>
        <translation>Burn-up: %1</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Projection at the current pace</source>
        <translation>Prognoza przy obecnym tempie</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cykle</translation>
    </message>
    <message>
        <source>Burn-up chart</source>
        <translation>Wykres burn-up</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::CatalogBrowser</name>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Loaded %1 of %2, loading more…</source>
        <translation>Wczytano %1 z %2, wczytywanie kolejnych…</translation>
    </message>
    <message>
        <source>Nothing loaded</source>
        <translation>Nic nie wczytano</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>Wczytano %1 z %2</translation>
    </message>
    <message>
        <source>Loaded %1 of %2; scroll down for more</source>
        <translation>Wczytano %1 z %2; przewiń w dół, aby wczytać więcej</translation>
    </message>
    <message>
        <source>All %1 loaded</source>
        <translation>Wczytano wszystko (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln wynik</numerusform>
            <numerusform>%Ln wyniki</numerusform>
            <numerusform>%Ln wyników</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ConnectionDialog</name>
    <message>
        <source>Servers and sign-in</source>
        <translation>Serwery i logowanie</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serwery</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Dodaj serwer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>The demo workspace runs on this computer. BatchDesk starts it and sets its address on every start.</source>
        <translation>Środowisko demonstracyjne działa na tym komputerze. BatchDesk uruchamia je i ustawia jego adres przy każdym starcie.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>Połącz z tym serwerem</translation>
    </message>
    <message>
        <source>Make this the current server; the board reloads from it.</source>
        <translation>Ustaw ten serwer jako bieżący; tablica zostanie z niego wczytana ponownie.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>%1 — current</source>
        <translation>%1 — bieżący</translation>
    </message>
    <message>
        <source>The demo workspace on this computer; it cannot be removed.</source>
        <translation>Środowisko demonstracyjne na tym komputerze; nie można go usunąć.</translation>
    </message>
    <message>
        <source>Saved. The address changed, so you were signed out of this server.</source>
        <translation>Zapisano. Adres się zmienił, więc nastąpiło wylogowanie z tego serwera.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Usuń serwer</translation>
    </message>
    <message>
        <source>Remove the server “%1”?</source>
        <translation>Usunąć serwer „%1”?</translation>
    </message>
    <message>
        <source>Its saved sign-in is removed from this computer&apos;s keychain as well.</source>
        <translation>Zapisane logowanie do niego zostanie również usunięte z pęku kluczy tego komputera.</translation>
    </message>
    <message>
        <source>The demo workspace cannot be removed.</source>
        <translation>Nie można usunąć środowiska demonstracyjnego.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::DailyCompletionsChartView</name>
    <message>
        <source>No completions to show yet.</source>
        <translation>Brak ukończonych cykli do pokazania.</translation>
    </message>
    <message numerus="yes">
        <source>Cycles completed per day, by queue (last %n day(s))</source>
        <translation>
            <numerusform>Cykle ukończone dziennie według kolejek (ostatni %n dzień)</numerusform>
            <numerusform>Cykle ukończone dziennie według kolejek (ostatnie %n dni)</numerusform>
            <numerusform>Cykle ukończone dziennie według kolejek (ostatnie %n dni)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (brak danych)</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cykle</translation>
    </message>
    <message>
        <source>Daily completions chart</source>
        <translation>Wykres cykli ukończonych dziennie</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::DraftNote</name>
    <message>
        <source>Start over</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <source>Forget this draft and start from an empty wizard (or from what was selected on the board).</source>
        <translation>Odrzuć tę wersję roboczą i zacznij od pustego kreatora (lub od tego, co było zaznaczone na tablicy).</translation>
    </message>
    <message>
        <source>Restored the draft you left at %1.</source>
        <translation>Przywrócono wersję roboczą pozostawioną o %1.</translation>
    </message>
    <message>
        <source>Restored the draft you left on %1.</source>
        <translation>Przywrócono wersję roboczą pozostawioną %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ukryj</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::GoToBatchDialog</name>
    <message>
        <source>Go to batch</source>
        <translation>Przejdź do partii</translation>
    </message>
    <message>
        <source>&amp;Scan or type a code:</source>
        <translation>&amp;Zeskanuj lub wpisz kod:</translation>
    </message>
    <message>
        <source>Batch id, label, traveler code or unit serial</source>
        <translation>Identyfikator, nazwa, kod karty lub numer seryjny</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::LegendWidget</name>
    <message>
        <source>Cycles a work order needs that no batch holds yet</source>
        <translation>Cykle wymagane przez zlecenie, których nie ma jeszcze w żadnej partii</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::LoadWarning</name>
    <message>
        <source>%1 (%2 days of work)</source>
        <translation>%1 (dni pracy: %2)</translation>
    </message>
    <message>
        <source>%1 (%2 cycles, none completed in the pace window)</source>
        <translation>%1 (cykle: %2, żaden nieukończony w okresie pomiaru tempa)</translation>
    </message>
    <message>
        <source>This plan puts people over %1 days of work at their pace: %2.</source>
        <translation>Ten plan daje tym osobom więcej niż %1 dni pracy w ich tempie: %2.</translation>
    </message>
    <message>
        <source>You can still go ahead, or go back and choose someone else.</source>
        <translation>Możesz mimo to kontynuować albo wrócić i wybrać kogoś innego.</translation>
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
        <translation>Tablica</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Load the batches again (F5)</source>
        <translation>Wczytaj partie ponownie (F5)</translation>
    </message>
    <message>
        <source>Split work order…</source>
        <translation>Podziel zlecenie…</translation>
    </message>
    <message>
        <source>Assign technicians…</source>
        <translation>Przypisz techników…</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Usuń partię</translation>
    </message>
    <message>
        <source>Delete the selected batch from the server</source>
        <translation>Usuń zaznaczoną partię z serwera</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <source>The server the board shows; switching reloads the board from it</source>
        <translation>Serwer, z którego dane pokazuje tablica; po przełączeniu tablica zostanie wczytana ponownie</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Połączenie…</translation>
    </message>
    <message>
        <source>Servers and sign-in: add a server, sign in or out, switch servers</source>
        <translation>Serwery i logowanie: dodawanie serwera, logowanie i wylogowanie, przełączanie serwerów</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>About BatchDesk</source>
        <translation>O programie BatchDesk</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <extracomment>Menu of the main window: what is done on the batch board.</extracomment>
        <translation>&amp;Tablica</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>As the system</source>
        <extracomment>Language menu entry: use the language the operating system is set to.</extracomment>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoc</translation>
    </message>
    <message>
        <source>Search batches, work orders, queues, technicians (Ctrl+F)</source>
        <translation>Szukaj partii, zleceń, kolejek, techników (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show all statuses</source>
        <translation>Pokaż wszystkie statusy</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Przypisane do mnie</translation>
    </message>
    <message>
        <source>Only batches where you are one of the technicians</source>
        <translation>Tylko partie, w których jesteś jednym z techników</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Filter: only batches of work orders past their due date.</extracomment>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Only batches of work orders past their due date with unfinished cycles</source>
        <translation>Tylko partie zleceń po terminie, które mają niezakończone cykle</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortuj wg</translation>
    </message>
    <message>
        <source>Queue order</source>
        <extracomment>Sort key: the batches&apos; order in their queue (the order they are worked in).</extracomment>
        <translation>Kolejność w kolejce</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>Wczytano %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln partia</numerusform>
            <numerusform>%Ln partie</numerusform>
            <numerusform>%Ln partii</numerusform>
        </translation>
    </message>
    <message>
        <source>Load failed</source>
        <translation>Błąd wczytywania</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Odświeżono o %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BatchDesk %1&lt;/h3&gt;&lt;p&gt;The shop-floor batch board for the Niagara API: batches by queue and work order, splitting work orders and assigning technicians.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BatchDesk %1&lt;/h3&gt;&lt;p&gt;Tablica partii dla hali produkcyjnej, oparta na Niagara API: partie według kolejek i zleceń, podział zleceń na partie i przypisywanie techników.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — not signed in</source>
        <translation>%1 — nie zalogowano</translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation>%1 — zalogowano jako %2</translation>
    </message>
    <message>
        <source>Split a work order into batches, with a preview of every batch</source>
        <translation>Podziel zlecenie na partie z podglądem każdej partii</translation>
    </message>
    <message>
        <source>Assign technicians to the selected batch, or to the batches of the selected work order</source>
        <translation>Przypisz techników do zaznaczonej partii lub do partii zaznaczonego zlecenia</translation>
    </message>
    <message>
        <source>Needs a connection to the server</source>
        <translation>Wymaga połączenia z serwerem</translation>
    </message>
    <message>
        <source>Delete the batch “%1”?</source>
        <translation>Usunąć partię „%1”?</translation>
    </message>
    <message>
        <source>The batch and its relations are removed from the server. This cannot be undone.</source>
        <translation>Partia i jej relacje zostaną usunięte z serwera. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>Status: wszystkie</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <source>Status: %Ln selected</source>
        <translation>
            <numerusform>Status: %Ln wybrany</numerusform>
            <numerusform>Status: %Ln wybrane</numerusform>
            <numerusform>Status: %Ln wybranych</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only batches in some status categories</source>
        <translation>Pokaż tylko partie z wybranych kategorii statusu</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation>Nie wybrano serwera</translation>
    </message>
    <message>
        <source>%1 — signing in…</source>
        <translation>%1 — logowanie…</translation>
    </message>
    <message>
        <source>%1 — signed in</source>
        <translation>%1 — zalogowano</translation>
    </message>
    <message>
        <source>%1 — sign-in expired</source>
        <translation>%1 — logowanie wygasło</translation>
    </message>
    <message>
        <source>Your sign-in to %1 expired — sign in again. Nothing on screen is lost.</source>
        <translation>Logowanie do %1 wygasło — zaloguj się ponownie. Dane na ekranie nie zostaną utracone.</translation>
    </message>
    <message>
        <source>Your sign-in expired — sign in again. Nothing on screen is lost.</source>
        <translation>Logowanie wygasło — zaloguj się ponownie. Dane na ekranie nie zostaną utracone.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Zaloguj się ponownie</translation>
    </message>
    <message>
        <source>&amp;Shop-floor mode</source>
        <translation>Tryb &amp;hali</translation>
    </message>
    <message>
        <source>Full screen, larger type and larger rows and buttons for the bench (%1)</source>
        <translation>Pełny ekran, większa czcionka, wyższe wiersze i przyciski przy stanowisku (%1)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Wysoki &amp;kontrast</translation>
    </message>
    <message>
        <source>Batch %1 is not on this server&apos;s board.</source>
        <translation>Partii %1 nie ma na tablicy tego serwera.</translation>
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
        <translation>Zablokowana</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A badge on a My work row: the batch was assigned to the user since they last looked.</extracomment>
        <translation>Nowa</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::MyWorkDesk</name>
    <message>
        <source>My work</source>
        <translation>Moja praca</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es): %1 blocked, %2 in progress, %3 next, %4 done today</source>
        <extracomment>The My work desk&apos;s status bar, e.g. &quot;7 batches: 1 blocked, 2 in progress, 4 next, 0 done today&quot;.</extracomment>
        <translation>
            <numerusform>%Ln partia: zablokowane %1, w toku %2, następne %3, dziś gotowe %4</numerusform>
            <numerusform>%Ln partie: zablokowane %1, w toku %2, następne %3, dziś gotowe %4</numerusform>
            <numerusform>%Ln partii: zablokowane %1, w toku %2, następne %3, dziś gotowe %4</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Read your batches and the chosen batch&apos;s units from the server again (%1)</source>
        <translation>Wczytaj ponownie z serwera swoje partie i jednostki wybranej partii (%1)</translation>
    </message>
    <message>
        <source>&amp;Mark as seen</source>
        <translation>Oznacz jako &amp;przejrzane</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Oznacz jako przejrzane</translation>
    </message>
    <message>
        <source>&amp;Print travelers…</source>
        <translation>&amp;Drukuj karty obiegowe…</translation>
    </message>
    <message>
        <source>Show on the &amp;board</source>
        <translation>Pokaż na &amp;tablicy</translation>
    </message>
    <message>
        <source>&amp;Notify me of changes</source>
        <translation>&amp;Powiadamiaj o zmianach</translation>
    </message>
    <message>
        <source>A desktop notification when a batch is assigned to you or becomes blocked</source>
        <translation>Powiadomienie na pulpicie, gdy partia zostanie Ci przydzielona lub zablokowana</translation>
    </message>
    <message>
        <source>This desktop has no notification area, so BatchDesk cannot show notifications here.</source>
        <translation>Ten pulpit nie ma obszaru powiadomień, więc BatchDesk nie może ich tu pokazać.</translation>
    </message>
    <message>
        <source>Sign in to see the batches assigned to you.</source>
        <translation>Zaloguj się, aby zobaczyć przydzielone Ci partie.</translation>
    </message>
    <message>
        <source>BatchDesk: your work changed</source>
        <translation>BatchDesk: Twoja praca się zmieniła</translation>
    </message>
    <message>
        <source>Print a traveler for each chosen batch, or save them as PDF (%1)</source>
        <translation>Wydrukuj kartę obiegową dla każdej wybranej partii lub zapisz je jako PDF (%1)</translation>
    </message>
    <message>
        <source>Choose one or more batches to print their travelers.</source>
        <translation>Wybierz jedną lub więcej partii, aby wydrukować ich karty obiegowe.</translation>
    </message>
    <message>
        <source>Remember the list as it is now: the highlight of what changed goes (%1)</source>
        <translation>Zapamiętaj listę w obecnym stanie: wyróżnienie zmian zniknie (%1)</translation>
    </message>
    <message>
        <source>Nothing changed since you last looked.</source>
        <translation>Nic się nie zmieniło od ostatniego przeglądu.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::OfflineStatus</name>
    <message>
        <source>Offline since %1 — trying again now…</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time).</extracomment>
        <translation>Brak połączenia od %1 — trwa ponowna próba…</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Spróbuj teraz</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>Status bar: the board shows the copy kept on this computer. %1: when it was current (a time today, else a date and time).</extracomment>
        <translation>Stan na %1</translation>
    </message>
    <message>
        <source>The board shows the copy kept on this computer until the server&apos;s answer replaces it.</source>
        <translation>Tablica pokazuje kopię zapisaną na tym komputerze, dopóki nie zastąpi jej odpowiedź serwera.</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — trying again in %Ln s. Showing the last-known data; changes are disabled.</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time); %Ln: seconds until the next try.</extracomment>
        <translation>
            <numerusform>Brak połączenia od %1 — ponowna próba za %Ln s. Wyświetlane są ostatnie znane dane; wprowadzanie zmian jest wyłączone.</numerusform>
            <numerusform>Brak połączenia od %1 — ponowna próba za %Ln s. Wyświetlane są ostatnie znane dane; wprowadzanie zmian jest wyłączone.</numerusform>
            <numerusform>Brak połączenia od %1 — ponowna próba za %Ln s. Wyświetlane są ostatnie znane dane; wprowadzanie zmian jest wyłączone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — trying again in %Ln min. Showing the last-known data; changes are disabled.</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time); %Ln: minutes until the next try (rounded up).</extracomment>
        <translation>
            <numerusform>Brak połączenia od %1 — ponowna próba za %Ln min. Wyświetlane są ostatnie znane dane; wprowadzanie zmian jest wyłączone.</numerusform>
            <numerusform>Brak połączenia od %1 — ponowna próba za %Ln min. Wyświetlane są ostatnie znane dane; wprowadzanie zmian jest wyłączone.</numerusform>
            <numerusform>Brak połączenia od %1 — ponowna próba za %Ln min. Wyświetlane są ostatnie znane dane; wprowadzanie zmian jest wyłączone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::PlanningDesk</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planowanie</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>The table could not be saved to %1: %2</source>
        <translation>Nie można zapisać tabeli do pliku %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>w kolejce %1</translation>
    </message>
    <message>
        <source>Choose a work order in the table first.</source>
        <translation>Najpierw wybierz zlecenie w tabeli.</translation>
    </message>
    <message>
        <source>Show this work order&apos;s batches on the board</source>
        <translation>Pokaż partie tego zlecenia na tablicy</translation>
    </message>
    <message>
        <source>Split this work order&apos;s remaining cycles into batches</source>
        <translation>Podziel pozostałe cykle tego zlecenia na partie</translation>
    </message>
    <message>
        <source>Choose a technician in the table first.</source>
        <translation>Najpierw wybierz technika w tabeli.</translation>
    </message>
    <message>
        <source>Show this technician&apos;s batches on the board</source>
        <translation>Pokaż partie tego technika na tablicy</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n queue(s) overloaded</source>
        <extracomment>Status bar of the planning desk; each part counts the rows its table shows.</extracomment>
        <translation>
            <numerusform>Przeciążone: %1 z %n kolejki</numerusform>
            <numerusform>Przeciążone: %1 z %n kolejek</numerusform>
            <numerusform>Przeciążone: %1 z %n kolejek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n work order(s) late, stalled or at risk</source>
        <translation>
            <numerusform>Po terminie, bez postępu lub zagrożone: %1 z %n zlecenia</numerusform>
            <numerusform>Po terminie, bez postępu lub zagrożone: %1 z %n zleceń</numerusform>
            <numerusform>Po terminie, bez postępu lub zagrożone: %1 z %n zleceń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n technician(s) overloaded</source>
        <translation>
            <numerusform>Przeciążeni: %1 z %n technika</numerusform>
            <numerusform>Przeciążeni: %1 z %n techników</numerusform>
            <numerusform>Przeciążeni: %1 z %n techników</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the plan…</source>
        <translation>Obliczanie planu…</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Stan na %1.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Zlecenia</translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation>Burn-up</translation>
    </message>
    <message>
        <source>Daily completions</source>
        <translation>Ukończone dziennie</translation>
    </message>
    <message>
        <source>Work orders, worst first</source>
        <translation>Zlecenia, najbardziej zagrożone na początku</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicy</translation>
    </message>
    <message>
        <source>&amp;Overloaded above</source>
        <translation>&amp;Przeciążenie powyżej</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>A technician is overloaded when their open cycles take longer than this at their pace</source>
        <translation>Technik jest przeciążony, gdy jego otwarte cykle w jego tempie zajmą więcej niż tyle dni</translation>
    </message>
    <message>
        <source>Show every queue&apos;s work orders and technicians</source>
        <translation>Pokaż zlecenia i techników ze wszystkich kolejek</translation>
    </message>
    <message>
        <source>Show all queues</source>
        <translation>Pokaż wszystkie kolejki</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Show work order on &amp;board</source>
        <translation>Pokaż zlecenie na ta&amp;blicy</translation>
    </message>
    <message>
        <source>&amp;Split work order…</source>
        <translation>Po&amp;dziel zlecenie…</translation>
    </message>
    <message>
        <source>Show &amp;technician&apos;s batches on board</source>
        <translation>Pokaż partie &amp;technika na tablicy</translation>
    </message>
    <message>
        <source>Export &amp;queues as CSV…</source>
        <translation>Eksportuj &amp;kolejki do CSV…</translation>
    </message>
    <message>
        <source>Export &amp;work orders as CSV…</source>
        <translation>Eksportuj &amp;zlecenia do CSV…</translation>
    </message>
    <message>
        <source>Export t&amp;echnicians as CSV…</source>
        <translation>Eksportuj t&amp;echników do CSV…</translation>
    </message>
    <message>
        <source>Save planning &amp;report as PDF…</source>
        <translation>Zapisz &amp;raport planowania jako PDF…</translation>
    </message>
    <message>
        <source>The tables and charts as shown, paginated, headed with server, user and time</source>
        <translation>Tabele i wykresy w obecnej postaci, podzielone na strony, z nagłówkiem: serwer, użytkownik i godzina</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::PlanningReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Strona %1</translation>
    </message>
    <message>
        <source>Planning report</source>
        <translation>Raport planowania</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Nie można zapisać raportu do pliku %1.</translation>
    </message>
    <message>
        <source>BatchDesk planning report — %1 — %2 — %3</source>
        <extracomment>PDF page heading: server, signed-in user, time of the figures.</extracomment>
        <translation>Raport planowania BatchDesk — %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Zablokowane</translation>
    </message>
    <message>
        <source>Pace / day</source>
        <translation>Tempo / dzień</translation>
    </message>
    <message>
        <source>Backlog, days</source>
        <translation>Zaległości, dni</translation>
    </message>
    <message>
        <source>Days to due</source>
        <translation>Dni do terminu</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Obciążenie</translation>
    </message>
    <message>
        <source>Work orders, worst first</source>
        <translation>Zlecenia, najbardziej zagrożone na początku</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Zlecenie</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>Batched</source>
        <translation>W partiach</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Pozostałe</translation>
    </message>
    <message>
        <source>Projected finish</source>
        <translation>Przewidywane zakończenie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Slack (days)</source>
        <translation>Zapas (dni)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ryzyko</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicy</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Open cycles</source>
        <translation>Otwarte cykle</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Load (days)</source>
        <translation>Obciążenie (dni)</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>queue load</comment>
        <translation>Przeciążona</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>queue load</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>technician load</comment>
        <translation>Przeciążony</translation>
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
        <translation>Jeszcze nie w partiach</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::RunProgressWidget</name>
    <message>
        <source>%v of %m</source>
        <translation>%v z %m</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Przerwij operację</translation>
    </message>
    <message>
        <source>Send nothing more. Requests already sent may still be carried out by the server.</source>
        <translation>Nie wysyłaj już niczego. Serwer może jeszcze wykonać żądania, które zostały wysłane.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Ponów nieudane</translation>
    </message>
    <message>
        <source>Checks what the server holds first, then sends only what is still missing, so nothing is created twice.</source>
        <translation>Najpierw sprawdza stan na serwerze, a potem wysyła tylko to, czego jeszcze brakuje, dzięki czemu nic nie zostanie utworzone dwukrotnie.</translation>
    </message>
    <message>
        <source>Reverts what this run did: deletes the batches it created (not those with cycles in progress) or removes the technicians it assigned.</source>
        <translation>Cofa skutki tej operacji: usuwa utworzone partie (z wyjątkiem tych, których cykle są w toku) lub usuwa przypisanych techników.</translation>
    </message>
    <message>
        <source>Nothing to carry out yet.</source>
        <translation>Na razie nie ma nic do wykonania.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %Ln change(s) to make.</source>
        <translation>
            <numerusform>Gotowe do wykonania: %Ln zmiana.</numerusform>
            <numerusform>Gotowe do wykonania: %Ln zmiany.</numerusform>
            <numerusform>Gotowe do wykonania: %Ln zmian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the work order&apos;s batches on the server before writing…</source>
        <translation>Odczytywanie partii zlecenia z serwera przed zapisem…</translation>
    </message>
    <message>
        <source>Undoing: %1 of %2 done…</source>
        <translation>Cofanie: wykonano %1 z %2…</translation>
    </message>
    <message>
        <source>Writing: %1 of %2 done…</source>
        <translation>Zapisywanie: wykonano %1 z %2…</translation>
    </message>
    <message>
        <source>Finding the new batches on the server…</source>
        <translation>Wyszukiwanie nowych partii na serwerze…</translation>
    </message>
    <message>
        <source>Checking what the server holds before sending anything again…</source>
        <translation>Sprawdzanie stanu na serwerze przed ponownym wysłaniem…</translation>
    </message>
    <message numerus="yes">
        <source>Undone: all %Ln change(s) reverted.</source>
        <translation>
            <numerusform>Cofnięto: wycofano %Ln zmianę.</numerusform>
            <numerusform>Cofnięto: wycofano wszystkie zmiany (%Ln).</numerusform>
            <numerusform>Cofnięto: wycofano wszystkie zmiany (%Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: all %Ln change(s) made.</source>
        <translation>
            <numerusform>Zakończono: wprowadzono %Ln zmianę.</numerusform>
            <numerusform>Zakończono: wprowadzono wszystkie zmiany (%Ln).</numerusform>
            <numerusform>Zakończono: wprowadzono wszystkie zmiany (%Ln).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 not attempted.</source>
        <translation>Wykonano: %1, nieudane: %2, niepodjęte: %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>“Retry failed” checks the server before sending anything again.</source>
        <translation>„Ponów nieudane” najpierw sprawdza stan na serwerze, zanim cokolwiek wyśle ponownie.</translation>
    </message>
    <message>
        <source>Undo (%1 left)</source>
        <translation>Cofnij (pozostało %1)</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Cofnięto</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Zmiany (%1)</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Cofanie (%1)</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>Utworzenie %1</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>Usunięcie %1</translation>
    </message>
    <message>
        <source>%1 added to %2</source>
        <translation>%1 — przypisanie do %2</translation>
    </message>
    <message>
        <source>%1 taken off %2</source>
        <translation>%1 — usunięcie z %2</translation>
    </message>
    <message>
        <source>%1 more people changed</source>
        <translation>Zmiany u kolejnych osób: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln partii</numerusform>
            <numerusform>%Ln partii</numerusform>
            <numerusform>%Ln partii</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ServerForm</name>
    <message>
        <source>e.g. Albany production</source>
        <translation>np. Produkcja Albany</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Adres &amp;URL serwera:</translation>
    </message>
    <message>
        <source>OAuth &amp;client id:</source>
        <translation>&amp;Identyfikator klienta OAuth:</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>URL &amp;autoryzacji:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL &amp;tokenu:</translation>
    </message>
    <message>
        <source>Leave the OAuth fields empty to use the server&apos;s standard sign-in addresses.</source>
        <translation>Pozostaw pola OAuth puste, aby używać standardowych adresów logowania serwera.</translation>
    </message>
    <message>
        <source>&lt;server URL&gt;/oauth/authorize</source>
        <translation>&lt;adres serwera&gt;/oauth/authorize</translation>
    </message>
    <message>
        <source>&lt;server URL&gt;/oauth/token</source>
        <translation>&lt;adres serwera&gt;/oauth/token</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SignInPanel</name>
    <message>
        <source>Sign in with browser</source>
        <translation>Zaloguj się przez przeglądarkę</translation>
    </message>
    <message>
        <source>Opens the server&apos;s sign-in page in your web browser; BatchDesk receives the answer on this computer only.</source>
        <translation>Otwiera stronę logowania serwera w przeglądarce internetowej; BatchDesk odbiera odpowiedź wyłącznie na tym komputerze.</translation>
    </message>
    <message>
        <source>Use a personal token…</source>
        <translation>Użyj tokenu osobistego…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj się</translation>
    </message>
    <message>
        <source>Revokes the sign-in on the server and removes it from this computer&apos;s keychain.</source>
        <translation>Unieważnia logowanie na serwerze i usuwa je z pęku kluczy tego komputera.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anuluj logowanie</translation>
    </message>
    <message>
        <source>Paste your personal token</source>
        <translation>Wklej swój token osobisty</translation>
    </message>
    <message>
        <source>Check and use</source>
        <translation>Sprawdź i użyj</translation>
    </message>
    <message>
        <source>The token is checked with the server before it is kept.</source>
        <translation>Token zostanie sprawdzony na serwerze, zanim zostanie zachowany.</translation>
    </message>
    <message>
        <source>Sign-in to %1</source>
        <translation>Logowanie do %1</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nie zalogowano.</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>Najpierw wybierz serwer.</translation>
    </message>
    <message>
        <source>Signing in… If the browser opened, finish there.</source>
        <translation>Logowanie… Jeśli otworzyła się przeglądarka, dokończ logowanie w niej.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Zalogowano.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Zalogowano jako %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Zalogowano jako %1 (%2).</translation>
    </message>
    <message>
        <source>With a personal token.</source>
        <translation>Za pomocą tokenu osobistego.</translation>
    </message>
    <message>
        <source>Your sign-in expired. Sign in again; nothing on screen is lost.</source>
        <translation>Logowanie wygasło. Zaloguj się ponownie; dane na ekranie nie zostaną utracone.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Zaloguj się ponownie</translation>
    </message>
    <message>
        <source>The system keychain is not available, so this sign-in lasts only until BatchDesk closes. It is not saved anywhere; you will sign in again after restarting BatchDesk.</source>
        <translation>Systemowy pęk kluczy jest niedostępny, więc to logowanie obowiązuje tylko do zamknięcia BatchDesk. Nie jest nigdzie zapisywane; po ponownym uruchomieniu BatchDesk trzeba będzie zalogować się jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitQueuePage</name>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Choose the production queue the new batches go into. Queues with lower priority numbers are worked first; the active columns show what each queue still has to work.</source>
        <translation>Wybierz kolejkę produkcyjną dla nowych partii. Kolejki z niższym numerem priorytetu są realizowane w pierwszej kolejności; kolumny „Aktywne partie” i „Aktywne cykle” pokazują, co każda kolejka ma jeszcze do zrealizowania.</translation>
    </message>
    <message>
        <source>Earlier in this session the server did not let you create batches in this queue: %1</source>
        <translation>Wcześniej w tej sesji serwer nie pozwolił na tworzenie partii w tej kolejce: %1</translation>
    </message>
    <message>
        <source>The queues could not be loaded. “%1” stays chosen and is selected once they load.</source>
        <translation>Nie udało się wczytać kolejek. Kolejka „%1” pozostaje wybrana i zostanie zaznaczona po ich wczytaniu.</translation>
    </message>
    <message>
        <source>The queue “%1” is no longer on the server. Choose another one.</source>
        <translation>Kolejki „%1” nie ma już na serwerze. Wybierz inną.</translation>
    </message>
    <message>
        <source>Waiting for the queues to load to select “%1”.</source>
        <translation>Oczekiwanie na wczytanie kolejek, aby zaznaczyć „%1”.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Create batches</source>
        <translation>Utwórz partie</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Żądanie</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Działanie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s), at most %1 at a time</source>
        <translation>
            <numerusform>%Ln żądanie, najwyżej %1 jednocześnie</numerusform>
            <numerusform>%Ln żądania, najwyżej %1 jednocześnie</numerusform>
            <numerusform>%Ln żądań, najwyżej %1 jednocześnie</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is what will be created.</source>
        <translation>Nic jeszcze nie wysłano. Oto co zostanie utworzone.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>batches: “and 1 of 20”</comment>
        <translation>%1 × po %2 szt.</translation>
    </message>
    <message>
        <source>1 batch of %1</source>
        <translation>1 × po %1 szt.</translation>
    </message>
    <message>
        <source>%1 batches of %2</source>
        <translation>%1 × po %2 szt.</translation>
    </message>
    <message>
        <source>Create %1 in %2.</source>
        <translation>Do utworzenia w kolejce %2 — partie: %1.</translation>
    </message>
    <message>
        <source>%1 cycles in all, for “%2”.</source>
        <translation>Łącznie cykli: %1, dla „%2”.</translation>
    </message>
    <message>
        <source>Nobody is assigned yet.</source>
        <translation>Nikt nie jest jeszcze przypisany.</translation>
    </message>
    <message>
        <source>%1 take turns, one technician per batch.</source>
        <translation>%1 — na zmianę, po jednym techniku na partię.</translation>
    </message>
    <message>
        <source>Each batch gets %1.</source>
        <translation>Każda partia otrzymuje: %1.</translation>
    </message>
    <message>
        <source>Created all at once: the server names the batches, your label pattern is not applied.</source>
        <translation>Tworzenie wszystkich naraz: serwer sam nadaje partiom nazwy, Twój wzorzec etykiety nie zostanie użyty.</translation>
    </message>
    <message>
        <source>The work order&apos;s finish cannot be projected yet: the planning desk has no figures for it.</source>
        <translation>Nie da się jeszcze przewidzieć zakończenia zlecenia: widok planowania nie ma dla niego danych.</translation>
    </message>
    <message>
        <source>Every cycle the work order needs is complete.</source>
        <translation>Wszystkie cykle wymagane przez zlecenie są ukończone.</translation>
    </message>
    <message>
        <source>No cycles of this work order were completed in the last %1 days, so its finish cannot be projected.</source>
        <translation>W ciągu ostatnich %1 dni nie ukończono żadnego cyklu tego zlecenia, więc nie da się przewidzieć jego zakończenia.</translation>
    </message>
    <message>
        <source>it has no due date</source>
        <translation>brak terminu</translation>
    </message>
    <message>
        <source>on its due date</source>
        <translation>w dniu terminu</translation>
    </message>
    <message>
        <source>%1 before its due date</source>
        <translation>%1 przed terminem</translation>
    </message>
    <message>
        <source>%1 after its due date</source>
        <translation>%1 po terminie</translation>
    </message>
    <message>
        <source>At the current pace of %1 cycles a day the work order finishes on %2, %3.</source>
        <translation>Przy obecnym tempie (cykle dziennie: %1) zlecenie zostanie ukończone %2, %3.</translation>
    </message>
    <message>
        <source>After this split %1 cycles are still not in any batch.</source>
        <translation>Po tym podziale poza partiami nadal pozostanie cykli: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitSizingPage</name>
    <message>
        <source>Sizing</source>
        <translation>Rozmiary partii</translation>
    </message>
    <message>
        <source>Decide how the cycles are cut into batches. The preview shows every batch that will be created.</source>
        <translation>Określ, jak podzielić cykle na partie. Podgląd pokazuje każdą partię, która zostanie utworzona.</translation>
    </message>
    <message>
        <source>Cycles per batch</source>
        <translation>Cykle na partię</translation>
    </message>
    <message>
        <source>Number of batches</source>
        <translation>Liczba partii</translation>
    </message>
    <message>
        <source>Last batch smaller</source>
        <translation>Ostatnia partia mniejsza</translation>
    </message>
    <message>
        <source>Spread evenly (sizes differ by at most one)</source>
        <translation>Rozłóż równomiernie (rozmiary różnią się najwyżej o 1)</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Symbole zastępcze: %1</translation>
    </message>
    <message>
        <source>Split only</source>
        <translation>Podziel tylko</translation>
    </message>
    <message>
        <source> cycles</source>
        <translation> szt.</translation>
    </message>
    <message>
        <source>Allow splitting more than is still needed</source>
        <translation>Zezwól na podział ponad bieżące zapotrzebowanie</translation>
    </message>
    <message>
        <source>All at once (recommended)</source>
        <translation>Wszystkie naraz (zalecane)</translation>
    </message>
    <message>
        <source>One by one</source>
        <translation>Pojedynczo</translation>
    </message>
    <message>
        <source>Split by:</source>
        <translation>Podział według:</translation>
    </message>
    <message>
        <source>Remainder:</source>
        <translation>Reszta:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Etykiety:</translation>
    </message>
    <message>
        <source>Cycles:</source>
        <translation>Cykle:</translation>
    </message>
    <message>
        <source>Create:</source>
        <translation>Tworzenie:</translation>
    </message>
    <message>
        <source> cycles per batch</source>
        <translation> szt. na partię</translation>
    </message>
    <message>
        <source> batches</source>
        <translation> szt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs %2 cycles; %3 are in batches already, so &lt;b&gt;%4&lt;/b&gt; remain to split. New batches go into &lt;b&gt;%5&lt;/b&gt;, after queue order %6.</source>
        <translation>Zlecenie &lt;b&gt;%1&lt;/b&gt; — wymagane cykle: %2, już w partiach: %3, pozostało do podziału: &lt;b&gt;%4&lt;/b&gt;. Nowe partie trafią do kolejki &lt;b&gt;%5&lt;/b&gt;, za pozycją %6.</translation>
    </message>
    <message>
        <source>Preview: no batches</source>
        <translation>Podgląd: brak partii</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln batch(es), %1 cycles in all</source>
        <translation>
            <numerusform>Podgląd: %Ln partia, łącznie cykli: %1</numerusform>
            <numerusform>Podgląd: %Ln partie, łącznie cykli: %1</numerusform>
            <numerusform>Podgląd: %Ln partii, łącznie cykli: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One request per batch size (%Ln request(s) for this plan). The server names and orders these batches itself, as “&lt;work order&gt; &lt;number&gt;”: the labels and queue order in the preview apply only when batches are created one by one.</source>
        <translation>
            <numerusform>Jedno żądanie na każdy rozmiar partii (w tym planie %Ln żądanie). Serwer sam nadaje tym partiom nazwy i kolejność według schematu „&lt;work order&gt; &lt;number&gt;” (zlecenie i numer): etykiety i kolejność w kolejce z podglądu obowiązują tylko przy tworzeniu partii pojedynczo.</numerusform>
            <numerusform>Jedno żądanie na każdy rozmiar partii (w tym planie %Ln żądania). Serwer sam nadaje tym partiom nazwy i kolejność według schematu „&lt;work order&gt; &lt;number&gt;” (zlecenie i numer): etykiety i kolejność w kolejce z podglądu obowiązują tylko przy tworzeniu partii pojedynczo.</numerusform>
            <numerusform>Jedno żądanie na każdy rozmiar partii (w tym planie %Ln żądań). Serwer sam nadaje tym partiom nazwy i kolejność według schematu „&lt;work order&gt; &lt;number&gt;” (zlecenie i numer): etykiety i kolejność w kolejce z podglądu obowiązują tylko przy tworzeniu partii pojedynczo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One request per batch (%Ln request(s)), each with the label and queue order shown in the preview. Slower for many batches.</source>
        <translation>
            <numerusform>Jedno żądanie na partię (%Ln żądanie), każde z etykietą i kolejnością w kolejce widocznymi w podglądzie. Wolniejsze przy wielu partiach.</numerusform>
            <numerusform>Jedno żądanie na partię (%Ln żądania), każde z etykietą i kolejnością w kolejce widocznymi w podglądzie. Wolniejsze przy wielu partiach.</numerusform>
            <numerusform>Jedno żądanie na partię (%Ln żądań), każde z etykietą i kolejnością w kolejce widocznymi w podglądzie. Wolniejsze przy wielu partiach.</numerusform>
        </translation>
    </message>
    <message>
        <source>All at once: the server names and orders these batches itself, so your label pattern is not applied. Choose “One by one” to keep your labels.</source>
        <translation>Wszystkie naraz: serwer sam nadaje tym partiom nazwy i kolejność, więc Twój wzorzec etykiety nie zostanie użyty. Wybierz „Pojedynczo”, aby zachować swoje etykiety.</translation>
    </message>
    <message>
        <source>One by one, because you changed the label pattern: creating batches all at once cannot carry labels. One request per batch (%1 in all); slower for many batches.</source>
        <translation>Pojedynczo, ponieważ zmieniono wzorzec etykiety: przy tworzeniu wszystkich partii naraz nie można przekazać etykiet. Jedno żądanie na partię (łącznie: %1); wolniejsze przy wielu partiach.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitTechniciansPage</name>
    <message>
        <source>Technicians</source>
        <translation>Technicy</translation>
    </message>
    <message>
        <source>Optional: choose who works the new batches. You can also assign people later.</source>
        <translation>Opcjonalnie: wybierz, kto ma pracować przy nowych partiach. Osoby można też przypisać później.</translation>
    </message>
    <message>
        <source>Assign everyone chosen to every batch</source>
        <translation>Przypisz wszystkie wybrane osoby do każdej partii</translation>
    </message>
    <message>
        <source>Round-robin: one technician per batch, taking turns</source>
        <translation>Rotacyjnie: po jednym techniku na partię, na zmianę</translation>
    </message>
    <message>
        <source>Nobody chosen: the new batches start without technicians.</source>
        <translation>Nikogo nie wybrano: nowe partie zostaną utworzone bez techników.</translation>
    </message>
    <message numerus="yes">
        <source>Each of the %Ln new batch(es) gets %1.</source>
        <translation>
            <numerusform>%Ln nowa partia otrzymuje: %1.</numerusform>
            <numerusform>Każda z %Ln nowych partii otrzymuje: %1.</numerusform>
            <numerusform>Każda z %Ln nowych partii otrzymuje: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln new batch(es) take turns: %1.</source>
        <translation>
            <numerusform>Przydział na zmianę w %Ln nowej partii: %1.</numerusform>
            <numerusform>Przydział na zmianę w %Ln nowych partiach: %1.</numerusform>
            <numerusform>Przydział na zmianę w %Ln nowych partiach: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>batch 1 gets %1, batch 2 gets %2, and so on</source>
        <translation>partia 1 – %1, partia 2 – %2 itd.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitWorkOrderPage</name>
    <message>
        <source>Work order</source>
        <translation>Zlecenie</translation>
    </message>
    <message>
        <source>Choose the work order to split into batches. “In batches” is what its batches on the server already hold; “Still to split” is what the new batches can take.</source>
        <translation>Wybierz zlecenie do podziału na partie. „W partiach” to cykle, które są już w jego partiach na serwerze; „Do podziału” to cykle, które mogą trafić do nowych partii.</translation>
    </message>
    <message>
        <source>Search work orders by name, customer or id</source>
        <translation>Szukaj zleceń według nazwy, klienta lub identyfikatora</translation>
    </message>
    <message>
        <source>The batches on the server could not be counted, so what is still to split is unknown: %1</source>
        <translation>Nie można policzyć partii na serwerze, więc nie wiadomo, ile cykli pozostało do podziału: %1</translation>
    </message>
    <message>
        <source>Counting the cycles already in batches…</source>
        <translation>Liczenie cykli, które są już w partiach…</translation>
    </message>
    <message>
        <source>The work orders could not be loaded. “%1” stays chosen and is selected once they load.</source>
        <translation>Nie udało się wczytać zleceń. Zlecenie „%1” pozostaje wybrane i zostanie zaznaczone po ich wczytaniu.</translation>
    </message>
    <message>
        <source>The work order “%1” is no longer on the server. Choose another one.</source>
        <translation>Zlecenia „%1” nie ma już na serwerze. Wybierz inne.</translation>
    </message>
    <message>
        <source>Waiting for the work orders to load to select “%1”.</source>
        <translation>Oczekiwanie na wczytanie zleceń, aby zaznaczyć „%1”.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitWorkOrderWizard</name>
    <message>
        <source>Split work order</source>
        <translation>Podział zlecenia</translation>
    </message>
    <message>
        <source>Creating batches</source>
        <translation>Tworzenie partii</translation>
    </message>
    <message>
        <source>Every change is listed with its outcome. Failed changes can be retried; the whole split can be undone for a while.</source>
        <translation>Każda zmiana jest wyświetlana wraz z wynikiem. Nieudane zmiany można ponowić, a cały podział można przez pewien czas cofnąć.</translation>
    </message>
    <message>
        <source>What is selected on the board was not used; Start over uses it instead.</source>
        <translation>Zaznaczenie na tablicy nie zostało użyte; przycisk „Zacznij od nowa” użyje go zamiast wersji roboczej.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::TechnicianPicker</name>
    <message>
        <source>Search people by name or email</source>
        <translation>Szukaj osób według imienia i nazwiska lub adresu e-mail</translation>
    </message>
    <message>
        <source>Nobody chosen. Tick the people to assign.</source>
        <translation>Nikogo nie wybrano. Zaznacz osoby do przypisania.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen: %1</source>
        <translation>
            <numerusform>Wybrano %Ln osobę: %1</numerusform>
            <numerusform>Wybrano %Ln osoby: %1</numerusform>
            <numerusform>Wybrano %Ln osób: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Pokaż wszystkich</translation>
    </message>
    <message>
        <source>The planning desk&apos;s figures are not ready yet: everybody is offered.</source>
        <translation>Dane widoku planowania nie są jeszcze gotowe: proponowane są wszystkie osoby.</translation>
    </message>
    <message>
        <source>Who can work %1 is not known: everybody is offered.</source>
        <translation>Nie wiadomo, kto może obsługiwać %1: proponowane są wszystkie osoby.</translation>
    </message>
    <message>
        <source>Everybody is shown; those who cannot work %1 say so.</source>
        <translation>Widoczne są wszystkie osoby; przy tych, które nie mogą obsługiwać %1, jest to zaznaczone.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A chosen person and why they should not be: &quot;Mei Chen cannot work Imaging Bay&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Chosen although not related to the queue: %1.</source>
        <translation>Wybrano mimo braku powiązania z kolejką: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Offering those who can work %1; %Ln other(s) behind “Show all”.</source>
        <translation>
            <numerusform>Proponowane są osoby, które mogą obsługiwać %1; %Ln inna osoba jest dostępna po zaznaczeniu „Pokaż wszystkich”.</numerusform>
            <numerusform>Proponowane są osoby, które mogą obsługiwać %1; %Ln inne osoby są dostępne po zaznaczeniu „Pokaż wszystkich”.</numerusform>
            <numerusform>Proponowane są osoby, które mogą obsługiwać %1; %Ln innych osób jest dostępnych po zaznaczeniu „Pokaż wszystkich”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The people could not be loaded, so %1 cannot be assigned yet. Retry above.</source>
        <translation>Nie udało się wczytać osób, więc nie można jeszcze przypisać: %1. Kliknij „Ponów” powyżej.</translation>
    </message>
    <message>
        <source>Waiting for %1 to load from the server.</source>
        <translation>Oczekiwanie na wczytanie z serwera danych: %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::Traveler</name>
    <message>
        <source>Batch</source>
        <extracomment>Caption above the batch&apos;s label on a printed traveler.</extracomment>
        <translation>Partia</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Zlecenie</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Cycles</source>
        <extracomment>Caption of the number of cycles (units) in the batch on a printed traveler.</extracomment>
        <translation>Cykle</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Caption of the work order&apos;s due date on a printed traveler.</extracomment>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicy</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Bez terminu</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>On a printed traveler: the batch has no technicians.</extracomment>
        <translation>Nieprzydzielona</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>Arkusz A4</translation>
    </message>
    <message>
        <source>Letter sheet</source>
        <translation>Arkusz Letter</translation>
    </message>
    <message>
        <source>4 × 6 in label (thermal printer)</source>
        <extracomment>Paper format: a 4 by 6 inch label for a thermal label printer.</extracomment>
        <translation>Etykieta 4 × 6 cali (drukarka termiczna)</translation>
    </message>
    <message>
        <source>Batch traveler</source>
        <extracomment>Title of a printed batch traveler (the sheet that goes on a box of devices).</extracomment>
        <translation>Karta obiegowa partii</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Mark on a printed traveler: the work order is past its due date with cycles still to do.</extracomment>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Scan the code to open this batch in BatchDesk.</source>
        <translation>Zeskanuj kod, aby otworzyć tę partię w BatchDesk.</translation>
    </message>
    <message>
        <source>There are no batches to print travelers for.</source>
        <translation>Nie ma partii, dla których można wydrukować karty obiegowe.</translation>
    </message>
    <message>
        <source>Batch travelers</source>
        <translation>Karty obiegowe partii</translation>
    </message>
    <message>
        <source>The travelers could not be written to %1.</source>
        <translation>Nie udało się zapisać kart obiegowych w %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::TravelerDialog</name>
    <message>
        <source>Print travelers</source>
        <translation>Drukuj karty obiegowe</translation>
    </message>
    <message numerus="yes">
        <source>Travelers for %Ln batch(es)</source>
        <translation>
            <numerusform>Karty obiegowe dla %Ln partii</numerusform>
            <numerusform>Karty obiegowe dla %Ln partii</numerusform>
            <numerusform>Karty obiegowe dla %Ln partii</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <extracomment>Label of the paper format choice (A4 sheet, Letter sheet, 4 x 6 label).</extracomment>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Batch travelers</source>
        <translation>Karty obiegowe partii</translation>
    </message>
    <message>
        <source>Save travelers as PDF</source>
        <translation>Zapisz karty obiegowe jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>The travelers were not saved.</source>
        <translation>Karty obiegowe nie zostały zapisane.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::UnitsPane</name>
    <message>
        <source>Units</source>
        <translation>Jednostki</translation>
    </message>
    <message>
        <source>Units of %1</source>
        <translation>Jednostki partii %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>Reload units</source>
        <translation>Wczytaj jednostki ponownie</translation>
    </message>
    <message>
        <source>Read this batch&apos;s units from the server again</source>
        <translation>Wczytaj ponownie z serwera jednostki tej partii</translation>
    </message>
    <message>
        <source>All units (%1)</source>
        <extracomment>The units filter: every unit of the batch, with how many.</extracomment>
        <translation>Wszystkie jednostki (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The units filter: a status category with how many units are in it, e.g. &quot;Blocked (2)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a batch to see its units.</source>
        <translation>Wybierz partię, aby zobaczyć jej jednostki.</translation>
    </message>
    <message>
        <source>Reading the units…</source>
        <translation>Wczytywanie jednostek…</translation>
    </message>
    <message>
        <source>This batch has no units on the server yet.</source>
        <translation>Ta partia nie ma jeszcze jednostek na serwerze.</translation>
    </message>
    <message>
        <source>No unit of this batch is in “%1”.</source>
        <translation>Żadna jednostka tej partii nie jest w stanie „%1”.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::UserCatalogModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>no pace</source>
        <translation>brak tempa</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dni</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Can work</source>
        <translation>Może obsługiwać</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Obciążenie</translation>
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
        <translation>%1 (po terminie)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Counting the batches on the server…</source>
        <translation>Liczenie partii na serwerze…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) on the server hold these cycles</source>
        <translation>
            <numerusform>Te cykle są w %Ln partii na serwerze</numerusform>
            <numerusform>Te cykle są w %Ln partiach na serwerze</numerusform>
            <numerusform>Te cykle są w %Ln partiach na serwerze</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Zlecenie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Cycles needed</source>
        <translation>Wymagane cykle</translation>
    </message>
    <message>
        <source>In batches</source>
        <translation>W partiach</translation>
    </message>
    <message>
        <source>Still to split</source>
        <translation>Do podziału</translation>
    </message>
</context>
<context>
    <name>BatchDesk::WriteItem</name>
    <message numerus="yes">
        <source>Create batch “%1” (%Ln cycle(s))</source>
        <translation>
            <numerusform>Utwórz partię „%1” (%Ln cykl)</numerusform>
            <numerusform>Utwórz partię „%1” (%Ln cykle)</numerusform>
            <numerusform>Utwórz partię „%1” (%Ln cykli)</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign %1 to “%2”</source>
        <translation>Przypisz %1 do „%2”</translation>
    </message>
    <message>
        <source>Unassign %1 from “%2”</source>
        <translation>Usuń %1 z „%2”</translation>
    </message>
    <message>
        <source>Delete batch “%1”</source>
        <translation>Usuń partię „%1”</translation>
    </message>
</context>
<context>
    <name>BatchDesk::WriteRun</name>
    <message>
        <source>Refused in queue “%1”: %2</source>
        <translation>Odmowa w kolejce „%1”: %2</translation>
    </message>
    <message>
        <source>Cancelled while the request was under way; the server may have carried it out. “Retry failed” checks the server before sending anything again.</source>
        <translation>Anulowano w trakcie wykonywania żądania; serwer mógł je mimo to wykonać. „Ponów nieudane” najpierw sprawdza stan na serwerze, zanim cokolwiek wyśle ponownie.</translation>
    </message>
    <message>
        <source>%1 The server may have carried it out; “Retry failed” checks before sending it again.</source>
        <translation>%1 Serwer mógł mimo to wykonać żądanie; „Ponów nieudane” sprawdzi to przed ponownym wysłaniem.</translation>
    </message>
    <message>
        <source>Could not read the work order&apos;s batches before writing, so nothing was sent: %1</source>
        <translation>Nie udało się odczytać partii zlecenia przed zapisem, więc niczego nie wysłano: %1</translation>
    </message>
    <message>
        <source>The work order changed since this plan was made: %1 of its %2 cycles are in batches now, so only %3 remain, but the plan splits %4. Nothing was sent; go back to the sizing and check the plan.</source>
        <translation>Zlecenie zmieniło się od utworzenia tego planu. Cykle już w partiach: %1 z %2, pozostało do podziału: tylko %3, a plan obejmuje: %4. Niczego nie wysłano; wróć do kroku „Rozmiary partii” i sprawdź plan.</translation>
    </message>
    <message>
        <source>Found on the server: the earlier request was carried out although its answer was lost.</source>
        <translation>Znaleziono na serwerze: wcześniejsze żądanie zostało wykonane, choć odpowiedź na nie nie dotarła.</translation>
    </message>
    <message>
        <source>Could not read back the new batches: %1</source>
        <translation>Nie udało się odczytać nowo utworzonych partii: %1</translation>
    </message>
    <message>
        <source>Not attempted: its batch was not created.</source>
        <translation>Nie podjęto: partia nie została utworzona.</translation>
    </message>
    <message>
        <source>Could not check the server before retrying, so nothing was sent again: %1</source>
        <translation>Nie udało się sprawdzić stanu na serwerze przed ponowieniem, więc niczego nie wysłano ponownie: %1</translation>
    </message>
    <message>
        <source>Its id is unknown, so it cannot be deleted from here.</source>
        <translation>Jej identyfikator jest nieznany, więc nie można jej stąd usunąć.</translation>
    </message>
    <message>
        <source>Already removed on the server.</source>
        <translation>Już usunięto na serwerze.</translation>
    </message>
    <message>
        <source>Already deleted on the server.</source>
        <translation>Partia została już usunięta z serwera.</translation>
    </message>
    <message>
        <source>Could not check the server before retrying: %1</source>
        <translation>Nie udało się sprawdzić stanu na serwerze przed ponowieniem: %1</translation>
    </message>
    <message>
        <source>Found on the server: the earlier request was carried out.</source>
        <translation>Znaleziono na serwerze: wcześniejsze żądanie zostało wykonane.</translation>
    </message>
    <message>
        <source>Create batch “%1” with %2 cycles at queue position %3</source>
        <translation>Utwórz partię „%1” (liczba cykli: %2) na pozycji %3 w kolejce</translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln batch(es) of %1 cycles</source>
        <translation>
            <numerusform>Utwórz %Ln partię (liczba cykli: %1)</numerusform>
            <numerusform>Utwórz %Ln partie (liczba cykli w każdej: %1)</numerusform>
            <numerusform>Utwórz %Ln partii (liczba cykli w każdej: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln batch(es) of %1 cycles each, technicians per batch: %2</source>
        <translation>
            <numerusform>Utwórz %Ln partię (liczba cykli: %1, techników na partię: %2)</numerusform>
            <numerusform>Utwórz %Ln partie (liczba cykli w każdej: %1, techników na partię: %2)</numerusform>
            <numerusform>Utwórz %Ln partii (liczba cykli w każdej: %1, techników na partię: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Niagara::ApiError</name>
    <message>
        <source>load the batches</source>
        <translation>wczytać listy partii</translation>
    </message>
    <message>
        <source>load the batch</source>
        <translation>wczytać partii</translation>
    </message>
    <message>
        <source>create the batch</source>
        <translation>utworzyć partii</translation>
    </message>
    <message>
        <source>create the batches</source>
        <translation>utworzyć partii</translation>
    </message>
    <message>
        <source>delete the batch</source>
        <translation>usunąć partii</translation>
    </message>
    <message>
        <source>load the batch&apos;s relations</source>
        <translation>wczytać relacji partii</translation>
    </message>
    <message>
        <source>add the relation</source>
        <translation>dodać relacji</translation>
    </message>
    <message>
        <source>remove the relation</source>
        <translation>usunąć relacji</translation>
    </message>
    <message>
        <source>load the queues</source>
        <translation>wczytać kolejek</translation>
    </message>
    <message>
        <source>load the work orders</source>
        <translation>wczytać zleceń</translation>
    </message>
    <message>
        <source>load the users</source>
        <translation>wczytać użytkowników</translation>
    </message>
    <message>
        <source>load your profile</source>
        <translation>wczytać Twojego profilu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server refused to %1 because the data is not valid.</source>
        <translation>Nie udało się %1: serwer odrzucił dane jako nieprawidłowe.</translation>
    </message>
    <message>
        <source>Could not %1: your sign-in is not valid or has expired. Please sign in again.</source>
        <translation>Nie udało się %1: logowanie jest nieprawidłowe lub wygasło. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>You are not allowed to %1. This needs the permission &quot;%2&quot;; ask a manager to grant it.</source>
        <translation>Nie możesz %1: wymaga to uprawnienia „%2”. Poproś kierownika o jego nadanie.</translation>
    </message>
    <message>
        <source>Could not %1: it no longer exists on the server. It may have been deleted by someone else.</source>
        <translation>Nie udało się %1: obiekt już nie istnieje na serwerze. Mógł zostać usunięty przez inną osobę.</translation>
    </message>
    <message>
        <source>Could not %1: it is locked because some of its cycles are in progress or being verified. Try again when they are finished.</source>
        <translation>Nie udało się %1: partia jest zablokowana, ponieważ część jej cykli jest w toku lub w weryfikacji. Spróbuj ponownie, gdy zostaną zakończone.</translation>
    </message>
    <message>
        <source>Could not %1: the server is receiving too many requests. Please wait a moment and try again.</source>
        <translation>Nie udało się %1: serwer otrzymuje zbyt wiele żądań. Zaczekaj chwilę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Could not %1: the server had an internal problem (HTTP %2). Please try again later.</source>
        <translation>Nie udało się %1: wewnętrzny błąd serwera (HTTP %2). Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Could not %1: the server answered with an unexpected status (HTTP %2).</source>
        <translation>Nie udało się %1: serwer zwrócił nieoczekiwany status (HTTP %2).</translation>
    </message>
    <message>
        <source>Could not %1: the server cannot be reached. Check the network connection and the server address.</source>
        <translation>Nie udało się %1: brak połączenia z serwerem. Sprawdź połączenie sieciowe i adres serwera.</translation>
    </message>
    <message>
        <source>Could not %1: the server did not answer in time. Please try again.</source>
        <translation>Nie udało się %1: serwer nie odpowiedział w wyznaczonym czasie. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Could not %1: the secure connection to the server failed (certificate or TLS problem). The request was not sent.</source>
        <translation>Nie udało się %1: nie można nawiązać bezpiecznego połączenia z serwerem (problem z certyfikatem lub TLS). Żądanie nie zostało wysłane.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer could not be understood.</source>
        <translation>Nie udało się %1: nie można zinterpretować odpowiedzi serwera.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Anulowano: nie udało się %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) could not be shown because the server sent invalid data for them.</source>
        <translation>
            <numerusform>Nie można wyświetlić %Ln partii, ponieważ serwer wysłał dla niej nieprawidłowe dane.</numerusform>
            <numerusform>Nie można wyświetlić %Ln partii, ponieważ serwer wysłał dla nich nieprawidłowe dane.</numerusform>
            <numerusform>Nie można wyświetlić %Ln partii, ponieważ serwer wysłał dla nich nieprawidłowe dane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) could not be shown because the server sent invalid data for them: %1</source>
        <translation>
            <numerusform>Nie można wyświetlić %Ln partii, ponieważ serwer wysłał dla niej nieprawidłowe dane: %1</numerusform>
            <numerusform>Nie można wyświetlić %Ln partii, ponieważ serwer wysłał dla nich nieprawidłowe dane: %1</numerusform>
            <numerusform>Nie można wyświetlić %Ln partii, ponieważ serwer wysłał dla nich nieprawidłowe dane: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not %1: the server sent an empty answer. Please try again.</source>
        <translation>Nie udało się %1: serwer wysłał pustą odpowiedź. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Could not %1: the server answered with a web page instead of data. Check the server address; a proxy or a sign-in page of the network may be in the way.</source>
        <translation>Nie udało się %1: serwer odpowiedział stroną internetową zamiast danych. Sprawdź adres serwera; być może przeszkadza serwer proxy lub strona logowania sieci.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer was far larger than expected, so it was stopped.</source>
        <translation>Nie udało się %1: odpowiedź serwera była znacznie większa niż oczekiwano, więc została przerwana.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer is malformed (nested too deeply) and was not used.</source>
        <translation>Nie udało się %1: odpowiedź serwera jest uszkodzona (zbyt głęboko zagnieżdżona) i nie została użyta.</translation>
    </message>
    <message>
        <source>Could not %1 completely: the server sent the same page again, so loading was stopped.</source>
        <translation>Nie udało się w pełni %1: serwer ponownie wysłał tę samą stronę, więc wczytywanie zostało zatrzymane.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer was cut off before it was complete. Please try again.</source>
        <translation>Nie udało się %1: odpowiedź serwera została ucięta, zanim dotarła w całości. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>load the roles</source>
        <translation>wczytać ról</translation>
    </message>
    <message>
        <source>load the users of a role</source>
        <translation>wczytać użytkowników roli</translation>
    </message>
    <message>
        <source>read the completion metrics</source>
        <translation>odczytać metryk ukończonych cykli</translation>
    </message>
    <message>
        <source>load a queue&apos;s technicians</source>
        <translation>wczytać techników kolejki</translation>
    </message>
    <message>
        <source>Could not %1: this server does not offer them.</source>
        <translation>Nie udało się %1: ten serwer nie udostępnia tych danych.</translation>
    </message>
    <message>
        <source>load the units of the batch</source>
        <translation>wczytać urządzenia partii</translation>
    </message>
</context>
<context>
    <name>Niagara::CredentialStore</name>
    <message>
        <source>The system keychain could not be used (%1). You stay signed in until BatchDesk closes; your sign-in is not saved anywhere else.</source>
        <translation>Nie można użyć systemowego pęku kluczy (%1). Logowanie pozostanie aktywne do zamknięcia BatchDesk i nie zostanie nigdzie indziej zapisane.</translation>
    </message>
</context>
<context>
    <name>Niagara::OAuthSignIn</name>
    <message>
        <source>&lt;html&gt;&lt;body style=&quot;font-family:sans-serif&quot;&gt;&lt;h2&gt;Signed in to BatchDesk&lt;/h2&gt;&lt;p&gt;You can close this tab and return to BatchDesk.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body style=&quot;font-family:sans-serif&quot;&gt;&lt;h2&gt;Zalogowano do BatchDesk&lt;/h2&gt;&lt;p&gt;Można zamknąć tę kartę i wrócić do BatchDesk.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Signing in took too long. Start again, and finish in the browser within a few minutes.</source>
        <translation>Logowanie trwało zbyt długo. Zacznij od nowa i dokończ je w przeglądarce w ciągu kilku minut.</translation>
    </message>
    <message>
        <source>BatchDesk could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>BatchDesk nie może oczekiwać na odpowiedź przeglądarki pod adresem 127.0.0.1.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).</source>
        <translation>Serwer odrzucił logowanie (%1).</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Serwer odrzucił logowanie: %1</translation>
    </message>
    <message>
        <source>The server did not renew the sign-in (%1).</source>
        <translation>Serwer nie odnowił logowania (%1).</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Logowanie zostało anulowane.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached: %1</source>
        <translation>Nie można połączyć się z serwerem logowania: %1</translation>
    </message>
    <message>
        <source>The server refused the sign-in (HTTP %1).</source>
        <translation>Serwer odrzucił logowanie (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Niagara::StatusCategory</name>
    <message>
        <source>Pending</source>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Weryfikacja</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Zablokowane</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
</context>
<context>
    <name>Niagara::TransportPolicy</name>
    <message>
        <source>“%1” is not a server address. Enter one like https://api.example.com.</source>
        <translation>„%1” nie jest adresem serwera. Wpisz adres w postaci https://api.example.com.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address; sign in instead.</source>
        <translation>Nie podawaj nazwy użytkownika ani hasła w adresie serwera; zamiast tego zaloguj się.</translation>
    </message>
    <message>
        <source>%1 must be reached over https: sign-in tokens are never sent unencrypted to another machine. Plain http is only allowed for 127.0.0.1 and ::1.</source>
        <translation>Z serwerem %1 trzeba łączyć się przez https: tokeny logowania nigdy nie są wysyłane do innego komputera bez szyfrowania. Zwykłe http jest dozwolone tylko dla 127.0.0.1 i ::1.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (it must start with https://).</source>
        <translation>„%1” nie jest adresem internetowym (musi zaczynać się od https://).</translation>
    </message>
</context>
</TS>
