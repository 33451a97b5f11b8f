<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BatchDesk::ActivityModel</name>
    <message numerus="yes">
        <source>Undo is possible for %Ln more minute(s), until %1.</source>
        <translation>
            <numerusform>Annulation possible encore %Ln minute, jusqu&apos;à %1.</numerusform>
            <numerusform>Annulation possible encore %Ln minutes, jusqu&apos;à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An undo is not undone.</source>
        <translation>Une annulation ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Deleted batches cannot be brought back from here.</source>
        <translation>Les lots supprimés ne peuvent pas être restaurés d&apos;ici.</translation>
    </message>
    <message>
        <source>Already undone.</source>
        <translation>Déjà annulé.</translation>
    </message>
    <message>
        <source>Nothing was done, so there is nothing to undo.</source>
        <translation>Rien n&apos;a été fait, il n&apos;y a donc rien à annuler.</translation>
    </message>
    <message>
        <source>The undo window ended at %1.</source>
        <translation>Le délai d&apos;annulation a pris fin le %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::ActivityRecord</name>
    <message>
        <source>Done: %1 of %2</source>
        <translation>Effectué&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Partly done: %1 of %2, %Ln failed or not attempted</source>
        <translation>
            <numerusform>Effectué en partie&#xa0;: %1 sur %2, %Ln en échec ou non tenté</numerusform>
            <numerusform>Effectué en partie&#xa0;: %1 sur %2, %Ln en échec ou non tentés</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1 of %2 done</source>
        <translation>Échec&#xa0;: %1 sur %2 effectués</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::DemoWorkspace</name>
    <message>
        <source>The demo server did not start within %1 seconds.</source>
        <translation>Le serveur de démonstration n&apos;a pas démarré dans les %1 secondes.</translation>
    </message>
    <message>
        <source>The demo server (niagara-sim) was not found next to BatchDesk in %1.</source>
        <translation>Le serveur de démonstration (niagara-sim) est introuvable à côté de BatchDesk dans %1.</translation>
    </message>
    <message>
        <source>Could not create the folder for the demo data: %1</source>
        <translation>Impossible de créer le dossier des données de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Impossible de démarrer le serveur de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>plantage</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly (%1).</source>
        <translation>Le serveur de démonstration s&apos;est arrêté de façon inattendue (%1).</translation>
    </message>
    <message>
        <source>The demo server stopped while starting (%1).</source>
        <translation>Le serveur de démonstration s&apos;est arrêté pendant son démarrage (%1).</translation>
    </message>
    <message>
        <source>The demo server answered unexpectedly: %1</source>
        <translation>Réponse inattendue du serveur de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo server reported an invalid address: %1</source>
        <translation>Le serveur de démonstration a indiqué une adresse non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo server keeps stopping and was not started again. %1</source>
        <translation>Le serveur de démonstration s&apos;arrête sans cesse et n&apos;a pas été redémarré. %1</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::Main</name>
    <message>
        <source>Shop-floor batch board for the Niagara API.</source>
        <translation>Tableau des lots de l&apos;atelier pour l&apos;API Niagara.</translation>
    </message>
    <message>
        <source>Niagara API base URL: the saved server with this address becomes the current one (a new one is saved). Without it, the last server used (at first the demo workspace).</source>
        <translation>URL de base de l&apos;API Niagara&#xa0;: le serveur enregistré à cette adresse devient le serveur actuel (à défaut, un nouveau serveur est enregistré). Sans cette option, le dernier serveur utilisé (au premier lancement, l&apos;espace de démonstration).</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after the first load, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE après le premier chargement, puis quitter.</translation>
    </message>
    <message>
        <source>SQLite file of the demo workspace (default: in the app data folder).</source>
        <translation>Fichier SQLite de l&apos;espace de démonstration (par défaut&#xa0;: dans le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>The server address “%1” is not a valid URL.</source>
        <translation>L&apos;adresse de serveur «&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>Sign the demo workspace in as the seeded user with this email address (default: the production manager dana.whitfield@demo.batchdesk.test).</source>
        <translation>Connecter l’espace de démonstration en tant qu’utilisateur prédéfini ayant cette adresse e-mail (par défaut : la responsable de production dana.whitfield@demo.batchdesk.test).</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>The desk to open with: board, planning or mywork.</source>
        <translation>Le bureau à l’ouverture : board, planning ou mywork.</translation>
    </message>
    <message>
        <source>Start in shop-floor mode (full screen, larger type and targets).</source>
        <translation>Démarrer en mode atelier (plein écran, texte et commandes plus grands).</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::SignInBrowser</name>
    <message>
        <source>No web browser could be opened for signing in. Use a personal token instead, or set a default browser.</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert pour la connexion. Utilisez plutôt un jeton personnel, ou définissez un navigateur par défaut.</translation>
    </message>
    <message>
        <source>the demo server could not be reached</source>
        <translation>le serveur de démonstration est injoignable</translation>
    </message>
    <message>
        <source>the demo server answered HTTP %1</source>
        <translation>le serveur de démonstration a répondu HTTP %1</translation>
    </message>
    <message>
        <source>The demo workspace could not sign in: %1</source>
        <translation>L&apos;espace de démonstration n&apos;a pas pu se connecter&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo workspace could not sign in: its server is not running.</source>
        <translation>L’espace de démonstration n’a pas pu se connecter : son serveur n’est pas démarré.</translation>
    </message>
    <message>
        <source>it has no user with the email address “%1”</source>
        <translation>il n’a aucun utilisateur ayant l’adresse e-mail « %1 »</translation>
    </message>
</context>
<context>
    <name>BatchDesk::App::WorkspaceConnector</name>
    <message>
        <source>Starting the demo workspace…</source>
        <translation>Démarrage de l&apos;espace de démonstration…</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espace de démonstration</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly; starting it again…</source>
        <translation>Le serveur de démonstration s&apos;est arrêté de façon inattendue&#x202f;; redémarrage en cours…</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly and was restarted.</source>
        <translation>Le serveur de démonstration s&apos;est arrêté de façon inattendue et a été redémarré.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::BatchCyclesFeed</name>
    <message>
        <source>You have no access to this batch&apos;s units: %1</source>
        <translation>Vous n&apos;avez pas accès aux unités de ce lot : %1</translation>
    </message>
    <message>
        <source>The units could not be loaded.</source>
        <translation>Les unités n’ont pas pu être chargées.</translation>
    </message>
    <message>
        <source>This server does not list the units of a batch.</source>
        <translation>Ce serveur ne liste pas les unités d’un lot.</translation>
    </message>
    <message>
        <source>This batch no longer exists on the server.</source>
        <translation>Ce lot n&apos;existe plus sur le serveur.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::BatchRelationsModel</name>
    <message>
        <source>You have no access to this batch&apos;s relations: %1</source>
        <translation>Vous n&apos;avez pas accès aux relations de ce lot&#xa0;: %1</translation>
    </message>
    <message>
        <source>This batch no longer exists on the server.</source>
        <translation>Ce lot n&apos;existe plus sur le serveur.</translation>
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
        <translation>File / Ordre de travail / Lot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Number of cycles</source>
        <translation>Nombre de cycles</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% terminé</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Column: the work order&apos;s due date.</extracomment>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Column: the batch&apos;s position in its queue (batches are worked in this order).</extracomment>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>%1 of %2 batches</source>
        <translation>%1 lots sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lot</numerusform>
            <numerusform>%Ln lots</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 needed</source>
        <translation>%1 sur %2 requis</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorité %1</translation>
    </message>
    <message numerus="yes">
        <source>Server total: %Ln batch(es)</source>
        <translation>
            <numerusform>Total sur le serveur&#xa0;: %Ln lot</numerusform>
            <numerusform>Total sur le serveur&#xa0;: %Ln lots</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycles needed: %1</source>
        <extracomment>Tooltip of a work order&apos;s progress bar, after the counts per status</extracomment>
        <translation>Cycles requis&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; languages that put a (non-breaking) space before % write &quot;%1 %&quot;.</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>%1 (%2 counted)</source>
        <extracomment>Cycles column of a batch whose counts per status add up to another number</extracomment>
        <translation>%1 (%2 comptés)</translation>
    </message>
    <message>
        <source>The cycle counts by status add up to %1, but the batch has %2 cycles. Progress is worked out from the larger number.</source>
        <translation>Les cycles par statut totalisent %1, mais le lot compte %2 cycles. La progression est calculée sur le plus grand des deux.</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <extracomment>Due-date cell of a work order past its due date with cycles still to complete</extracomment>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>%1, %2 of %3 cycles complete, %4</source>
        <translation>%1, %2 cycles terminés sur %3, %4</translation>
    </message>
    <message>
        <source>, %1 blocked</source>
        <extracomment>Appended to a row&apos;s spoken summary</extracomment>
        <translation>, %1 bloqués</translation>
    </message>
    <message>
        <source>, overdue</source>
        <extracomment>Appended to a row&apos;s spoken summary</extracomment>
        <translation>, en retard</translation>
    </message>
    <message>
        <source>No cycles</source>
        <translation>Aucun cycle</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>Tooltip line of the cycle progress bar: category name, count, percentage of all cycles</extracomment>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Past its due date with cycles still to complete</source>
        <translation>Échéance dépassée alors que des cycles restent à terminer</translation>
    </message>
    <message>
        <source>In batches: %1 (%2)</source>
        <translation>En lots&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Not in a batch yet: %1</source>
        <extracomment>The hatched part of a work order&apos;s progress bar; also its legend name</extracomment>
        <translation>Pas encore dans un lot&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BatchDesk::BoardCache</name>
    <message>
        <source>The board could not be saved for the next start: %1</source>
        <translation>Impossible d&apos;enregistrer le tableau pour le prochain démarrage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::BatchListing</name>
    <message numerus="yes">
        <source>%1  [%2]  priority %3  %Ln batch(es)</source>
        <extracomment>CLI table, queue line: label, [id], priority, number of batches.</extracomment>
        <translation>
            <numerusform>%1  [%2]  priorité %3  %Ln lot</numerusform>
            <numerusform>%1  [%2]  priorité %3  %Ln lots</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lot</numerusform>
            <numerusform>%Ln lots</numerusform>
        </translation>
    </message>
    <message>
        <source>(server total %1)</source>
        <translation>(total sur le serveur&#xa0;: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln ignoré</numerusform>
            <numerusform>%Ln ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped item %1: %2: %3</source>
        <translation>élément ignoré %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::CliRunner</name>
    <message>
        <source>Base URL of the Niagara API (default: $NIAGARA_SERVER).</source>
        <translation>URL de base de l&apos;API Niagara (par défaut&#xa0;: $NIAGARA_SERVER).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>Format de sortie&#xa0;: table, json ou csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Batches per request, 1-100.</source>
        <translation>Lots par requête, de 1 à 100.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Relation type, e.g. technician.</source>
        <translation>Type de relation, p. ex. technician.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Entity type, e.g. USER.</source>
        <translation>Type d&apos;entité, p. ex. USER.</translation>
    </message>
    <message>
        <source>Entity id.</source>
        <translation>Identifiant de l&apos;entité.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>INWARD or OUTWARD.</source>
        <translation>INWARD ou OUTWARD.</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sens</translation>
    </message>
    <message>
        <source>Work order id.</source>
        <translation>Identifiant de l&apos;ordre de travail.</translation>
    </message>
    <message>
        <source>Queue id for the new batches.</source>
        <translation>Identifiant de la file des nouveaux lots.</translation>
    </message>
    <message>
        <source>Cycles per batch.</source>
        <translation>Cycles par lot.</translation>
    </message>
    <message>
        <source>Number of batches.</source>
        <translation>Nombre de lots.</translation>
    </message>
    <message>
        <source>last: the last batch is smaller; spread: sizes differ by at most one.</source>
        <translation>last&#xa0;: le dernier lot est plus petit&#x202f;; spread&#xa0;: les tailles diffèrent d&apos;au plus un.</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>Technician user id (repeatable).</source>
        <translation>Identifiant utilisateur du technicien (répétable).</translation>
    </message>
    <message>
        <source>user_id</source>
        <translation>id_utilisateur</translation>
    </message>
    <message>
        <source>One technician per batch in turn, instead of all on every batch.</source>
        <translation>Un technicien par lot, à tour de rôle, au lieu de tous sur chaque lot.</translation>
    </message>
    <message>
        <source>Label pattern: {work_order} {queue} {n} {total} {size}.</source>
        <translation>Modèle de libellé&#xa0;: {work_order} {queue} {n} {total} {size}.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>Cycles to split (default: all the work order still needs).</source>
        <translation>Cycles à fractionner (par défaut&#xa0;: tout le besoin restant de l&apos;ordre de travail).</translation>
    </message>
    <message>
        <source>Allow splitting more cycles than the work order still needs.</source>
        <translation>Autoriser à fractionner plus de cycles que le besoin restant de l&apos;ordre de travail.</translation>
    </message>
    <message>
        <source>One POST per batch (applies labels and queue order) instead of one PATCH per batch size.</source>
        <translation>Un POST par lot (applique les libellés et l&apos;ordre dans la file) au lieu d&apos;un PATCH par taille de lot.</translation>
    </message>
    <message>
        <source>Print the plan and its requests; send nothing.</source>
        <translation>Afficher le plan et ses requêtes, sans rien envoyer.</translation>
    </message>
    <message>
        <source>Batch id (repeatable).</source>
        <translation>Identifiant du lot (répétable).</translation>
    </message>
    <message>
        <source>Make the given technicians the batches&apos; only ones.</source>
        <translation>Faire des techniciens indiqués les seuls techniciens des lots.</translation>
    </message>
    <message>
        <source>batches, relations or workorders</source>
        <translation>batches, relations ou workorders</translation>
    </message>
    <message>
        <source>list, get, delete, assign, add, remove or split</source>
        <translation>list, get, delete, assign, add, remove ou split</translation>
    </message>
    <message>
        <source>Run with --help for usage.</source>
        <translation>Lancez avec --help pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Missing command: expected e.g. &quot;batches list&quot;.</source>
        <translation>Commande manquante&#xa0;: indiquez par exemple «&#xa0;batches list&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1 %2&quot; takes %Ln argument(s).</source>
        <translation>
            <numerusform>«&#xa0;%1 %2&#xa0;» attend %Ln argument.</numerusform>
            <numerusform>«&#xa0;%1 %2&#xa0;» attend %Ln arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1 %2&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use table, json or csv.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez table, json ou csv.</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to 100.</source>
        <translation>--page-size doit être un nombre entier de 1 à 100.</translation>
    </message>
    <message>
        <source>--direction must be INWARD or OUTWARD.</source>
        <translation>--direction doit valoir INWARD ou OUTWARD.</translation>
    </message>
    <message>
        <source>&quot;relations add&quot; needs --relation, --entity-type and --entity-id.</source>
        <translation>«&#xa0;relations add&#xa0;» nécessite --relation, --entity-type et --entity-id.</translation>
    </message>
    <message>
        <source>&quot;workorders split&quot; needs --work-order and --queue.</source>
        <translation>«&#xa0;workorders split&#xa0;» nécessite --work-order et --queue.</translation>
    </message>
    <message>
        <source>Give exactly one of --batch-size and --batches.</source>
        <translation>Indiquez soit --batch-size, soit --batches, mais pas les deux.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least 1.</source>
        <translation>--%1 doit être un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>--remainder must be last or spread.</source>
        <translation>--remainder doit valoir last ou spread.</translation>
    </message>
    <message>
        <source>--cycles must be a whole number of at least 1.</source>
        <translation>--cycles doit être un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>&quot;batches assign&quot; needs at least one --batch and one --technician.</source>
        <translation>«&#xa0;batches assign&#xa0;» nécessite au moins un --batch et un --technician.</translation>
    </message>
    <message>
        <source>Give the server&apos;s base URL with --server (http or https).</source>
        <translation>Indiquez l&apos;URL de base du serveur avec --server (http ou https).</translation>
    </message>
    <message>
        <source>No saved sign-in for %1. Sign in to this server in BatchDesk (Connection…), or set NIAGARA_TOKEN to a bearer token.</source>
        <translation>Aucune connexion enregistrée pour %1. Connectez-vous à ce serveur dans BatchDesk (Connexion…) ou définissez NIAGARA_TOKEN avec un jeton bearer.</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 could not be read: %2 Set NIAGARA_TOKEN instead.</source>
        <translation>Impossible de lire la connexion enregistrée pour %1&#xa0;: %2 Définissez plutôt NIAGARA_TOKEN.</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 in the keychain. Sign in to this server in BatchDesk (Connection…), or set NIAGARA_TOKEN to a bearer token.</source>
        <translation>Aucune connexion enregistrée pour %1 dans le trousseau. Connectez-vous à ce serveur dans BatchDesk (Connexion…) ou définissez NIAGARA_TOKEN avec un jeton bearer.</translation>
    </message>
    <message>
        <source>The saved sign-in for %1 has expired. Open BatchDesk on this server to renew it, or set NIAGARA_TOKEN.</source>
        <translation>La connexion enregistrée pour %1 a expiré. Ouvrez BatchDesk sur ce serveur pour la renouveler, ou définissez NIAGARA_TOKEN.</translation>
    </message>
    <message>
        <source>Skipped batch %1 (%2): %3</source>
        <translation>Lot %1 ignoré (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Deleted batch %1.</source>
        <translation>Lot %1 supprimé.</translation>
    </message>
    <message>
        <source>Created relation %1.</source>
        <translation>Relation %1 créée.</translation>
    </message>
    <message>
        <source>Removed relation %1.</source>
        <translation>Relation %1 supprimée.</translation>
    </message>
    <message>
        <source>Planning commands print a table or json (--format table|json).</source>
        <translation>Les commandes de planification affichent un tableau ou du json (--format table|json).</translation>
    </message>
    <message>
        <source>planning report: a technician is overloaded above this many days of work (default: the desktop app&apos;s setting, else 5).</source>
        <translation>planning report&#xa0;: un technicien est surchargé au-delà de ce nombre de jours de travail (par défaut&#xa0;: le réglage de l&apos;application de bureau, sinon 5).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>planning report: neither read nor add to the completion history.</source>
        <translation>planning report&#xa0;: ne pas lire l&apos;historique des cycles terminés ni y ajouter.</translation>
    </message>
    <message>
        <source>--overload-days takes a number of days above 0.</source>
        <translation>--overload-days attend un nombre de jours supérieur à 0.</translation>
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
        <translation>Accès en ligne de commande aux lots Niagara.

Commandes&#xa0;:
  batches list                       tous les lots, groupés par file et par ordre de travail
  batches get ID_LOT                 un lot
  batches delete ID_LOT              supprimer un lot
  batches mine                       vos lots dans l’ordre de travail : bloqués, en cours,
                                     à suivre, terminés aujourd’hui
  batches cycles ID_LOT [--status CATÉGORIE]
                                     les unités (cycles) d’un lot, éventuellement d’une seule catégorie de statut
  batches assign --batch ID... --technician ID_UTILISATEUR... [--replace]
                                     ajouter (ou remplacer) des techniciens sur des lots
  workorders split --work-order ID --queue ID (--batch-size N | --batches N)
                   [--remainder last|spread] [--technician ID_UTILISATEUR...] [--round-robin]
                   [--label MODÈLE] [--cycles N [--allow-over-split]] [--individually] [--dry-run]
                                     fractionner en lots les cycles restants d&apos;un ordre de travail
  relations list ID_LOT              relations d&apos;un lot (filtres&#xa0;: --entity-type, --relation, --direction)
  relations add ID_LOT               lier une entité (--relation, --entity-type, --entity-id)
  relations remove ID_LOT ID_RELATION
  planning report [--overload-days N] [--no-history]
                                     les files, ordres de travail et techniciens de la planification&#xa0;:
                                     rythme, reste à faire, fin prévue, risque, charge

Le jeton bearer est lu dans la variable d&apos;environnement NIAGARA_TOKEN&#x202f;; à défaut, dans la connexion
que l&apos;application de bureau BatchDesk a enregistrée pour --server dans le trousseau du système.
Codes de sortie&#xa0;: 0 succès, 2 erreur d&apos;utilisation, 3 erreur d&apos;API, 4 échec partiel (certains éléments ont échoué).</translation>
    </message>
    <message>
        <source>A status category: PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED or CANCELLED.</source>
        <translation>Une catégorie de statut : PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED ou CANCELLED.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>--status must be PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED or CANCELLED.</source>
        <translation>--status doit valoir PENDING, IN_PROGRESS, VERIFYING, COMPLETE, BLOCKED ou CANCELLED.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::PlanningCommand</name>
    <message>
        <source>No user with id “%1” on the server.</source>
        <translation>Aucun utilisateur ayant l&apos;identifiant «&#xa0;%1&#xa0;» sur le serveur.</translation>
    </message>
    <message>
        <source>No work order with id “%1” on the server.</source>
        <translation>Aucun ordre de travail ayant l&apos;identifiant «&#xa0;%1&#xa0;» sur le serveur.</translation>
    </message>
    <message>
        <source>No queue with id “%1” on the server.</source>
        <translation>Aucune file ayant l&apos;identifiant «&#xa0;%1&#xa0;» sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 cycles still to batch; this plan makes %Ln batch(es) with %3 cycles:</source>
        <translation>
            <numerusform>%1 cycles sur %2 restent à mettre en lots&#x202f;; ce plan crée %Ln lot, soit %3 cycles&#xa0;:</numerusform>
            <numerusform>%1 cycles sur %2 restent à mettre en lots&#x202f;; ce plan crée %Ln lots, soit %3 cycles&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 not attempted.</source>
        <translation>Réussies&#xa0;: %1, en échec&#xa0;: %2, non tentées&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Cli::PlanningReport</name>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>%1 active, %2/day, backlog %3 days</source>
        <extracomment>CLI planning table, queue line: label, active cycles, pace, backlog days, overloaded or not.</extracomment>
        <translation>%1 actifs, %2/jour, reste à faire %3 jours</translation>
    </message>
    <message>
        <source>OVERLOADED</source>
        <translation>SURCHARGÉE</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Ordres de travail</translation>
    </message>
    <message>
        <source>%1 of %2 left, %3/day, finish %4, due %5</source>
        <translation>%1 sur %2 restants, %3/jour, fin %4, échéance %5</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>%1 open cycles, %2/day, load %3 days</source>
        <translation>%1 cycles ouverts, %2/jour, charge %3 jours</translation>
    </message>
</context>
<context>
    <name>BatchDesk::CodeLookup</name>
    <message>
        <source>No batch or unit matches “%1”.</source>
        <translation>Aucun lot ni aucune unité ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n batches hold a unit labelled “%1”: choose one.</source>
        <translation>
            <numerusform>%n lot contient une unité « %1 » : choisissez-en un.</numerusform>
            <numerusform>%n lots contiennent une unité « %1 » : choisissez-en un.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batches are labelled “%1”: choose one.</source>
        <translation>
            <numerusform>%n lot s’appelle « %1 » : choisissez-en un.</numerusform>
            <numerusform>%n lots s’appellent « %1 » : choisissez-en un.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::CompletionHistory</name>
    <message>
        <source>The completion history could not be saved: %1</source>
        <translation>L&apos;historique des cycles terminés n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The completion history could not be read: %1</source>
        <translation>L&apos;historique des cycles terminés n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history was written by a newer version of BatchDesk.</source>
        <translation>L&apos;historique a été écrit par une version plus récente de BatchDesk.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::CycleListModel</name>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a unit&apos;s second attempt</comment>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unit %1: %2</source>
        <translation>Unité %1 : %2</translation>
    </message>
</context>
<context>
    <name>BatchDesk::FilteredAggregateProxy</name>
    <message>
        <source>%1 of %2 batches</source>
        <extracomment>Status bar and detail pane while filters are on: &quot;6 of 102 batches&quot;</extracomment>
        <translation>%1 lots sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lot</numerusform>
            <numerusform>%Ln lots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::MyWork</name>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) became blocked since %1</source>
        <translation>
            <numerusform>%n lot bloqué depuis %1</numerusform>
            <numerusform>%n lots bloqués depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n became blocked</source>
        <translation>
            <numerusform>%n bloqué</numerusform>
            <numerusform>%n bloqués</numerusform>
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
            <numerusform>%1 : %n lot</numerusform>
            <numerusform>%1 : %n lots</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>my work section</comment>
        <translation>Bloqués</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>my work section</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>my work section</comment>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Done today</source>
        <comment>my work section</comment>
        <translation>Terminés aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) assigned to you since %1</source>
        <translation>
            <numerusform>%n lot vous a été attribué depuis %1</numerusform>
            <numerusform>%n lots vous ont été attribués depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation>%1 / %2 faits</translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation>%1 bloqués</translation>
    </message>
    <message>
        <source>Assigned to you: %1.</source>
        <translation>Qui vous sont attribués : %1.</translation>
    </message>
    <message>
        <source>Blocked: %1.</source>
        <translation>Bloqués : %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Permissions</name>
    <message>
        <source>Your role on this server does not allow creating batches (%1).</source>
        <translation>Votre rôle sur ce serveur ne permet pas de créer des lots (%1).</translation>
    </message>
    <message>
        <source>Your role on this server does not allow assigning technicians (%1).</source>
        <translation>Votre rôle sur ce serveur ne permet pas d&apos;affecter des techniciens (%1).</translation>
    </message>
    <message>
        <source>Your role on this server does not allow deleting batches (%1).</source>
        <translation>Votre rôle sur ce serveur ne permet pas de supprimer des lots (%1).</translation>
    </message>
    <message>
        <source>Not allowed in this queue: %1</source>
        <translation>Non autorisé dans cette file&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: changes can be made again once it is back.</source>
        <translation>Le serveur est injoignable&#xa0;: les modifications seront de nouveau possibles dès son retour.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningCharts</name>
    <message>
        <source>%1: %2 of %3 cycles complete.</source>
        <translation>%1&#xa0;: %2 cycles terminés sur %3.</translation>
    </message>
    <message>
        <source>Finish projected for %1.</source>
        <translation>Fin prévue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No finish can be projected at the current pace.</source>
        <translation>Aucune fin ne peut être prévue au rythme actuel.</translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation>Échéance&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 cycles completed in %n day(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 cycles terminés en %n jour</numerusform>
            <numerusform>%1&#xa0;: %2 cycles terminés en %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningMonitor</name>
    <message>
        <source>The server&apos;s metrics need the permission report:read.</source>
        <translation>Les métriques du serveur nécessitent l&apos;autorisation report:read.</translation>
    </message>
    <message>
        <source>The server offers no metrics.</source>
        <translation>Le serveur ne propose pas de métriques.</translation>
    </message>
    <message>
        <source>The server cut its metrics short: the pace may be too low.</source>
        <translation>Le serveur a tronqué ses métriques&#xa0;: le rythme est peut-être trop bas.</translation>
    </message>
    <message numerus="yes">
        <source>No pace yet: no completions recorded in the last %n day(s).</source>
        <translation>
            <numerusform>Pas encore de rythme&#xa0;: aucun cycle terminé enregistré sur le dernier %n jour.</numerusform>
            <numerusform>Pas encore de rythme&#xa0;: aucun cycle terminé enregistré sur les %n derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pace from %n day(s), server metrics.</source>
        <translation>
            <numerusform>Rythme sur %n jour, métriques du serveur.</numerusform>
            <numerusform>Rythme sur %n jours, métriques du serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pace from %n day(s), this app&apos;s history.</source>
        <translation>
            <numerusform>Rythme sur %n jour, historique de cette application.</numerusform>
            <numerusform>Rythme sur %n jours, historique de cette application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pace from %1 days: %2 from server metrics, %3 from this app&apos;s history.</source>
        <translation>Rythme sur %1 jours&#xa0;: %2 issus des métriques du serveur, %3 de l&apos;historique de cette application.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::PlanningService</name>
    <message numerus="yes">
        <source>%Ln queue(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %1 into %Ln batch(es) in %2</source>
        <translation>
            <numerusform>Fractionnement de %1 en %Ln lot dans %2</numerusform>
            <numerusform>Fractionnement de %1 en %Ln lots dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment with nothing to change</source>
        <translation>Affectation sans aucun changement</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %Ln batch(es) in %2</source>
        <translation>
            <numerusform>Affectation de %1 à %Ln lot dans %2</numerusform>
            <numerusform>Affectation de %1 à %Ln lots dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %1 from %Ln batch(es) in %2</source>
        <translation>
            <numerusform>Retrait de %1 de %Ln lot dans %2</numerusform>
            <numerusform>Retrait de %1 de %Ln lots dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %1 to %Ln batch(es) in %2, replacing %3</source>
        <translation>
            <numerusform>Affectation de %1 à %Ln lot dans %2, en remplacement de %3</numerusform>
            <numerusform>Affectation de %1 à %Ln lots dans %2, en remplacement de %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted batch “%1” in %2</source>
        <translation>Suppression du lot «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln batch(es) in %1</source>
        <translation>
            <numerusform>Suppression de %Ln lot dans %1</numerusform>
            <numerusform>Suppression de %Ln lots dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo of “%1”</source>
        <translation>Annulation de «&#xa0;%1&#xa0;»</translation>
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
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>work order risk</comment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Stalled</source>
        <comment>work order risk</comment>
        <translation>À l&apos;arrêt</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>work order risk</comment>
        <translation>À risque</translation>
    </message>
    <message>
        <source>On track</source>
        <comment>work order risk</comment>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Pace / day</source>
        <translation>Rythme / jour</translation>
    </message>
    <message>
        <source>Backlog, days</source>
        <translation>Reste à faire, jours</translation>
    </message>
    <message>
        <source>Days to due</source>
        <translation>Jours avant échéance</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Cycles pending, in progress, verifying or blocked</source>
        <translation>Cycles en attente, en cours, en vérification ou bloqués</translation>
    </message>
    <message>
        <source>Cycles completed per day in this queue</source>
        <translation>Cycles terminés par jour dans cette file</translation>
    </message>
    <message>
        <source>Active cycles divided by the pace</source>
        <translation>Cycles actifs divisés par le rythme</translation>
    </message>
    <message>
        <source>Days until the earliest due date among the queue&apos;s unfinished work orders</source>
        <translation>Jours jusqu&apos;à l&apos;échéance la plus proche parmi les ordres de travail non terminés de la file</translation>
    </message>
    <message>
        <source>Overloaded when the backlog takes longer than the days left to the earliest due date</source>
        <translation>Surchargée lorsque le reste à faire demande plus de jours qu&apos;il n&apos;en reste avant l&apos;échéance la plus proche</translation>
    </message>
    <message>
        <source>Who can work the queue (the server&apos;s queue relations)</source>
        <translation>Qui peut traiter la file (les relations de file du serveur)</translation>
    </message>
    <message>
        <source>%1: %2 active cycles, backlog %3 days, %4</source>
        <translation>%1&#xa0;: %2 cycles actifs, reste à faire %3 jours, %4</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>queue load</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>No completions in this queue in the pace window: the backlog does not clear.</source>
        <translation>Aucun cycle terminé dans cette file sur la période du rythme&#xa0;: le reste à faire ne diminue pas.</translation>
    </message>
    <message>
        <source>Earliest due date: %1</source>
        <translation>Échéance la plus proche&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not say who can work this queue.</source>
        <translation>Le serveur n&apos;indique pas qui peut traiter cette file.</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Batched</source>
        <translation>En lots</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>Projected finish</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Slack (days)</source>
        <translation>Marge (jours)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Needed minus complete, never below 0</source>
        <translation>Requis moins terminés, jamais en dessous de 0</translation>
    </message>
    <message>
        <source>Cycles of this work order completed per day</source>
        <translation>Cycles de cet ordre de travail terminés par jour</translation>
    </message>
    <message>
        <source>Now plus the remaining cycles at the current pace</source>
        <translation>Maintenant plus les cycles restants au rythme actuel</translation>
    </message>
    <message>
        <source>Days between the projected finish and the due date; negative: late at this pace</source>
        <translation>Jours entre la fin prévue et l&apos;échéance&#x202f;; négatif&#xa0;: en retard à ce rythme</translation>
    </message>
    <message>
        <source>%1: %2, %3 of %4 cycles remaining</source>
        <translation>%1&#xa0;: %2, %3 cycles restants sur %4</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no projected finish: the pace is 0</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no due date</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No cycles of this work order were completed in the pace window.</source>
        <translation>Aucun cycle de cet ordre de travail n&apos;a été terminé sur la période du rythme.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Load (days)</source>
        <translation>Charge (jours)</translation>
    </message>
    <message>
        <source>Active cycles of their batches; a batch&apos;s cycles are shared equally among its technicians</source>
        <translation>Cycles actifs de ses lots&#x202f;; les cycles d&apos;un lot sont répartis à parts égales entre ses techniciens</translation>
    </message>
    <message>
        <source>Cycles they completed per day</source>
        <translation>Cycles terminés par jour</translation>
    </message>
    <message>
        <source>Open cycles divided by their pace</source>
        <translation>Cycles ouverts divisés par son rythme</translation>
    </message>
    <message>
        <source>%1: %2 open cycles, load %3 days, %4</source>
        <translation>%1&#xa0;: %2 cycles ouverts, charge %3 jours, %4</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>technician load</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Overloaded above %1 days of work at their pace</source>
        <translation>Surchargé au-delà de %1 jours de travail à son rythme</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open cycles</comment>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>overloaded</source>
        <comment>queue load</comment>
        <translation>surchargée</translation>
    </message>
    <message>
        <source>not overloaded</source>
        <comment>queue load</comment>
        <translation>non surchargée</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>queue load</comment>
        <translation>Surchargée</translation>
    </message>
    <message>
        <source>overloaded</source>
        <comment>technician load</comment>
        <translation>surchargé</translation>
    </message>
    <message>
        <source>not overloaded</source>
        <comment>technician load</comment>
        <translation>non surchargé</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>technician load</comment>
        <translation>Surchargé</translation>
    </message>
    <message numerus="yes">
        <source>%n cycle(s) not in a batch yet</source>
        <translation>
            <numerusform>%n cycle pas encore dans un lot</numerusform>
            <numerusform>%n cycles pas encore dans un lot</numerusform>
        </translation>
    </message>
    <message>
        <source>No pace yet: no completions recorded, and no server metrics. The load is known once this app has seen work complete, or with report:read.</source>
        <translation>Pas encore de rythme : aucune fin enregistrée et pas de métriques du serveur. La charge est connue dès que cette application a vu du travail se terminer, ou avec report:read.</translation>
    </message>
    <message>
        <source>No pace yet</source>
        <comment>work order risk</comment>
        <translation>Pas encore de rythme</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>queue load: no pace yet</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Done, late (due date passed), stalled (no pace), no pace yet (no completions recorded at all yet), at risk (finish after the due date) or on track</source>
        <translation>Terminé, en retard (échéance dépassée), à l&apos;arrêt (pas de rythme), pas encore de rythme (aucune fin enregistrée pour l&apos;instant), à risque (fin après l&apos;échéance) ou dans les temps</translation>
    </message>
    <message>
        <source>not known</source>
        <comment>technician load: no pace yet</comment>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>BatchDesk::QueueCatalogModel</name>
    <message>
        <source>Lower numbers are worked first</source>
        <translation>Les numéros les plus bas sont traités en premier</translation>
    </message>
    <message>
        <source>Batches with cycles still to work (pending, in progress, verifying or blocked)</source>
        <translation>Lots ayant encore des cycles à traiter (en attente, en cours, en vérification ou bloqués)</translation>
    </message>
    <message>
        <source>Cycles still to work in this queue</source>
        <translation>Cycles restant à traiter dans cette file</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Active batches</source>
        <translation>Lots actifs</translation>
    </message>
    <message>
        <source>Active cycles</source>
        <translation>Cycles actifs</translation>
    </message>
</context>
<context>
    <name>BatchDesk::RunItemModel</name>
    <message>
        <source>Not attempted</source>
        <translation>Non tenté</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>Pas encore créé</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Session</name>
    <message>
        <source>Enter the OAuth client id the server&apos;s administrator gave you.</source>
        <translation>Saisissez l&apos;identifiant client OAuth fourni par l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>This token was not accepted: %1</source>
        <translation>Ce jeton n&apos;a pas été accepté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your sign-in to %1 is no longer valid. Sign in again; nothing on screen is lost.</source>
        <translation>Votre connexion à %1 n&apos;est plus valide. Reconnectez-vous&#x202f;; rien de ce qui est affiché n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Paste the personal token first.</source>
        <translation>Collez d&apos;abord le jeton personnel.</translation>
    </message>
    <message>
        <source>Your sign-in to %1 has expired. Sign in again; nothing on screen is lost.</source>
        <translation>Votre connexion à %1 a expiré. Reconnectez-vous&#x202f;; rien de ce qui est affiché n&apos;est perdu.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::SplitPlan</name>
    <message>
        <source>Choose the work order to split.</source>
        <translation>Choisissez l&apos;ordre de travail à fractionner.</translation>
    </message>
    <message>
        <source>Choose the queue the new batches go into.</source>
        <translation>Choisissez la file dans laquelle placer les nouveaux lots.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1 cycle.</source>
        <translation>La taille d&apos;un lot doit être d&apos;au moins 1 cycle.</translation>
    </message>
    <message>
        <source>Make at least one batch.</source>
        <translation>Créez au moins un lot.</translation>
    </message>
    <message>
        <source>A batch can hold at most %1 cycles.</source>
        <translation>Un lot peut contenir au plus %1 cycles.</translation>
    </message>
    <message>
        <source>This would make more than %1 batches; choose a larger batch size or fewer batches.</source>
        <translation>Cela créerait plus de %1 lots&#x202f;; choisissez une taille de lot plus grande ou moins de lots.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) cannot share %1 cycles: every batch needs at least one cycle.</source>
        <translation>
            <numerusform>%Ln lot ne peut pas se partager %1 cycles&#xa0;: chaque lot doit contenir au moins un cycle.</numerusform>
            <numerusform>%Ln lots ne peuvent pas se partager %1 cycles&#xa0;: chaque lot doit contenir au moins un cycle.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 cycles of this work order are already in batches. To add more batches anyway, enter the number of cycles and allow splitting more than is needed.</source>
        <translation>Les %1 cycles de cet ordre de travail sont déjà tous dans des lots. Pour ajouter quand même des lots, saisissez le nombre de cycles et autorisez le fractionnement au-delà du besoin.</translation>
    </message>
    <message>
        <source>Only %1 of the work order&apos;s %2 cycles are not in a batch yet; splitting %3 needs your explicit permission.</source>
        <translation>Seuls %1 des %2 cycles de l&apos;ordre de travail ne sont pas encore dans un lot&#x202f;; en fractionner %3 nécessite votre autorisation explicite.</translation>
    </message>
    <message>
        <source>The number of cycles to split must be at least 1.</source>
        <translation>Le nombre de cycles à fractionner doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Enter a label pattern, for example {work_order} {n}/{total}.</source>
        <translation>Saisissez un modèle de libellé, par exemple {work_order} {n}/{total}.</translation>
    </message>
    <message>
        <source>The label pattern uses %1, which is not a placeholder. Use %2.</source>
        <translation>Le modèle de libellé utilise %1, qui n&apos;est pas une variable. Utilisez %2.</translation>
    </message>
    <message>
        <source>Labels would be longer than %1 characters; shorten the pattern.</source>
        <translation>Les libellés dépasseraient %1 caractères&#x202f;; raccourcissez le modèle.</translation>
    </message>
    <message numerus="yes">
        <source>With the last batch smaller, %1 cycles fit in %Ln batch(es); choose &quot;spread evenly&quot; to get exactly %2.</source>
        <translation>
            <numerusform>Avec un dernier lot plus petit, %1 cycles tiennent dans %Ln lot&#x202f;; choisissez «&#xa0;Répartir uniformément&#xa0;» pour en obtenir exactement %2.</numerusform>
            <numerusform>Avec un dernier lot plus petit, %1 cycles tiennent dans %Ln lots&#x202f;; choisissez «&#xa0;Répartir uniformément&#xa0;» pour en obtenir exactement %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The label pattern has no {n}: every batch gets the same label.</source>
        <translation>Le modèle de libellé ne contient pas {n}&#xa0;: tous les lots auront le même libellé.</translation>
    </message>
    <message>
        <source>%1 cycles more than the work order still needs will be put in batches.</source>
        <translation>%1 cycles de plus que le besoin restant de l&apos;ordre de travail seront mis en lots.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::SplitPreviewModel</name>
    <message>
        <source>No technicians</source>
        <translation>Aucun technicien</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Queue order</source>
        <translation>Ordre dans la file</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
</context>
<context>
    <name>BatchDesk::TechnicianAccessProxy</name>
    <message>
        <source>cannot work %1</source>
        <extracomment>Why a person is not offered for the batches: the queue(s) they are not related to.</extracomment>
        <translation>ne peut pas traiter %1</translation>
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
        <translation>Activité</translation>
    </message>
    <message>
        <source>Splits, assignments and deletions made from this app appear here, with Undo while it is possible.</source>
        <translation>Les fractionnements, affectations et suppressions effectués depuis cette application apparaissent ici, avec «&#xa0;Annuler&#xa0;» tant que c&apos;est possible.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing to undo yet.</source>
        <translation>Rien à annuler pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Choose an entry to undo.</source>
        <translation>Choisissez une entrée à annuler.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignBatchesPage</name>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Choose the batches to staff. Search, then select rows; hold Ctrl or Shift to choose several. Batches stay chosen while you search for more.</source>
        <translation>Choisissez les lots auxquels affecter des techniciens. Recherchez, puis sélectionnez des lignes&#x202f;; maintenez Ctrl ou Maj pour en choisir plusieurs. Les lots choisis le restent pendant que vous en recherchez d&apos;autres.</translation>
    </message>
    <message>
        <source>Search batches, work orders, queues, technicians</source>
        <translation>Rechercher des lots, ordres de travail, files, techniciens</translation>
    </message>
    <message>
        <source>No batch chosen yet.</source>
        <translation>Aucun lot choisi pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) chosen: %1</source>
        <translation>
            <numerusform>%Ln lot choisi&#xa0;: %1</numerusform>
            <numerusform>%Ln lots choisis&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the board yet: %1. The board is still loading them, or they are no longer on the server; the preview reads them from the server.</source>
        <translation>Pas encore sur le tableau&#xa0;: %1. Le tableau est encore en train de les charger, ou ils ne sont plus sur le serveur&#x202f;; l&apos;aperçu les lit sur le serveur.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Affecter</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Reading the technicians each batch has now…</source>
        <translation>Lecture des techniciens actuels de chaque lot…</translation>
    </message>
    <message>
        <source>The batches&apos; current technicians could not be read: %1</source>
        <translation>Impossible de lire les techniciens actuels des lots&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to change: the chosen technicians are already the batches&apos; technicians.</source>
        <translation>Rien à modifier&#xa0;: les techniciens choisis sont déjà ceux des lots.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 on %Ln batch(es).</source>
        <translation>
            <numerusform>%1 et %2 sur %Ln lot.</numerusform>
            <numerusform>%1 et %2 sur %Ln lots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln relation(s) to create</source>
        <translation>
            <numerusform>%Ln relation à créer</numerusform>
            <numerusform>%Ln relations à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to delete</source>
        <translation>
            <numerusform>%Ln à supprimer</numerusform>
            <numerusform>%Ln à supprimer</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier in this session the server did not let you change technicians in these queues:
%1</source>
        <translation>Plus tôt dans cette session, le serveur ne vous a pas autorisé à modifier les techniciens dans ces files&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Assign</source>
        <comment>change: the technician is added to the batch</comment>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Unassign</source>
        <comment>change: the technician is taken off the batch</comment>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is who will work which batches.</source>
        <translation>Rien n&apos;a encore été envoyé. Voici qui travaillera sur quels lots.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Ajouter %1 à %2</translation>
    </message>
    <message>
        <source>Take %1 off %2</source>
        <translation>Retirer %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lot</numerusform>
            <numerusform>%Ln lots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignTechniciansPage</name>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Choose who works these batches, and whether they join or replace the technicians the batches have now.</source>
        <translation>Choisissez qui travaille sur ces lots, et si ces personnes s&apos;ajoutent aux techniciens actuels des lots ou les remplacent.</translation>
    </message>
    <message>
        <source>Add: keep the batches&apos; current technicians</source>
        <translation>Ajouter&#xa0;: conserver les techniciens actuels des lots</translation>
    </message>
    <message>
        <source>Replace: the chosen people become the only technicians</source>
        <translation>Remplacer&#xa0;: les personnes choisies deviennent les seuls techniciens</translation>
    </message>
    <message numerus="yes">
        <source>For %Ln batch(es): %1</source>
        <translation>
            <numerusform>Pour %Ln lot&#xa0;: %1</numerusform>
            <numerusform>Pour %Ln lots&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::AssignTechniciansWizard</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln autre</numerusform>
            <numerusform>%Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign technicians</source>
        <translation>Affecter des techniciens</translation>
    </message>
    <message>
        <source>Assigning technicians</source>
        <translation>Affectation des techniciens</translation>
    </message>
    <message>
        <source>Every relation is listed with its outcome. Failed changes can be retried; the assignment can be undone for a while.</source>
        <translation>Chaque relation est listée avec son résultat. Les modifications en échec peuvent être relancées&#x202f;; l&apos;affectation peut être annulée pendant un certain temps.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A batch&apos;s label in quotes, in a list of batches.</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The batches selected on the board were not used; Start over uses them instead.</source>
        <translation>Les lots sélectionnés sur le tableau n&apos;ont pas été repris&#x202f;; «&#xa0;Recommencer&#xa0;» les reprend à la place.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BatchDetailPane</name>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Status in the detail pane: the customer&apos;s label, then the category, e.g. &quot;Imaging (In progress)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The batch is no longer on the server.</source>
        <translation>Le lot n&apos;existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>Select a batch to see its work order, customer, location and relations.</source>
        <translation>Sélectionnez un lot pour voir son ordre de travail, son client, son lieu et ses relations.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>The batch&apos;s position in its queue (batches are worked in this order).</extracomment>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Aucun statut</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Begins</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Cycles per workflow</source>
        <translation>Cycles par processus</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>%1 needed, %2 complete</source>
        <translation>%1 requis, %2 terminés</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Affectés</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A relation of a batch: the related entity, its type and the relation&apos;s direction</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation>Résumé de la file</translation>
    </message>
    <message>
        <source>Work order summary</source>
        <translation>Résumé de l&apos;ordre de travail</translation>
    </message>
    <message>
        <source>Batches shown</source>
        <translation>Lots affichés</translation>
    </message>
    <message>
        <source>Batches on server</source>
        <translation>Lots sur le serveur</translation>
    </message>
    <message>
        <source>Cycles needed</source>
        <translation>Cycles requis</translation>
    </message>
    <message>
        <source>Active batches</source>
        <translation>Lots actifs</translation>
    </message>
    <message>
        <source>Active cycles</source>
        <translation>Cycles actifs</translation>
    </message>
    <message>
        <source>You have no access to this batch on the server.</source>
        <translation>Vous n&apos;avez pas accès à ce lot sur le serveur.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BatchNavigator</name>
    <message>
        <source>&amp;Go to batch…</source>
        <translation>&amp;Aller au lot…</translation>
    </message>
    <message>
        <source>Open a batch by its id, label, traveler code or a unit&apos;s serial (%1)</source>
        <translation>Ouvrir un lot par son identifiant, son libellé, le code de sa fiche suiveuse ou le numéro de série d’une unité (%1)</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BoardDesk</name>
    <message numerus="yes">
        <source>Delete the %n selected batches from the server</source>
        <translation>
            <numerusform>Supprimer du serveur le %n lot sélectionné</numerusform>
            <numerusform>Supprimer du serveur les %n lots sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected batches?</source>
        <translation>
            <numerusform>Supprimer le %n lot sélectionné&#x202f;?</numerusform>
            <numerusform>Supprimer les %n lots sélectionnés&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n batch(es)…</source>
        <translation>
            <numerusform>Suppression de %n lot…</numerusform>
            <numerusform>Suppression de %n lots…</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>non supprimé</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n batch(es).</source>
        <translation>
            <numerusform>%n lot supprimé.</numerusform>
            <numerusform>%n lots supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) had already been deleted on the server.</source>
        <translation>
            <numerusform>%n lot avait déjà été supprimé sur le serveur.</numerusform>
            <numerusform>%n lots avaient déjà été supprimés sur le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) could not be deleted:</source>
        <translation>
            <numerusform>%n lot n&apos;a pas pu être supprimé&#xa0;:</numerusform>
            <numerusform>%n lots n&apos;ont pas pu être supprimés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No batches match the filters.</source>
        <translation>Aucun lot ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every batch again: clears the search, the statuses, “Assigned to me” and “Overdue”</source>
        <translation>Afficher de nouveau tous les lots&#xa0;: efface la recherche, les statuts, «&#xa0;Affectés à moi&#xa0;» et «&#xa0;En retard&#xa0;»</translation>
    </message>
    <message>
        <source>Select one or more batches to print their travelers.</source>
        <translation>Sélectionnez un ou plusieurs lots pour imprimer leurs fiches suiveuses.</translation>
    </message>
    <message>
        <source>Print a traveler for each selected batch, or save them as PDF (%1)</source>
        <translation>Imprimer une fiche suiveuse par lot sélectionné, ou les enregistrer en PDF (%1)</translation>
    </message>
    <message>
        <source>Print travelers…</source>
        <translation>Imprimer les fiches suiveuses…</translation>
    </message>
    <message>
        <source>The filters were cleared to show the batch.</source>
        <translation>Les filtres ont été effacés pour afficher le lot.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::BurnUpChartView</name>
    <message>
        <source>No work order chosen.</source>
        <translation>Aucun ordre de travail choisi.</translation>
    </message>
    <message>
        <source>Choose a work order to see its burn-up</source>
        <translation>Choisissez un ordre de travail pour voir son graphique burn-up</translation>
    </message>
    <message>
        <source>Burn-up: %1</source>
        <translation>Burn-up&#xa0;: %1</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Projection at the current pace</source>
        <translation>Projection au rythme actuel</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Burn-up chart</source>
        <translation>Graphique burn-up</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::CatalogBrowser</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loaded %1 of %2, loading more…</source>
        <translation>%1 sur %2 chargés, chargement de la suite…</translation>
    </message>
    <message>
        <source>Nothing loaded</source>
        <translation>Aucun élément chargé</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>%1 sur %2 chargés</translation>
    </message>
    <message>
        <source>Loaded %1 of %2; scroll down for more</source>
        <translation>%1 sur %2 chargés&#x202f;; faites défiler pour voir la suite</translation>
    </message>
    <message>
        <source>All %1 loaded</source>
        <translation>Tout est chargé (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ConnectionDialog</name>
    <message>
        <source>Servers and sign-in</source>
        <translation>Serveurs et connexion</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>The demo workspace runs on this computer. BatchDesk starts it and sets its address on every start.</source>
        <translation>L&apos;espace de démonstration s&apos;exécute sur cet ordinateur. BatchDesk le démarre et définit son adresse à chaque lancement.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>Utiliser ce serveur</translation>
    </message>
    <message>
        <source>Make this the current server; the board reloads from it.</source>
        <translation>Faire de ce serveur le serveur actuel&#x202f;; le tableau est rechargé depuis celui-ci.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (démo)</translation>
    </message>
    <message>
        <source>%1 — current</source>
        <translation>%1 — actuel</translation>
    </message>
    <message>
        <source>The demo workspace on this computer; it cannot be removed.</source>
        <translation>L&apos;espace de démonstration de cet ordinateur&#x202f;; il ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>Saved. The address changed, so you were signed out of this server.</source>
        <translation>Enregistré. L&apos;adresse a changé&#xa0;: vous avez donc été déconnecté de ce serveur.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <source>Remove the server “%1”?</source>
        <translation>Retirer le serveur «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Its saved sign-in is removed from this computer&apos;s keychain as well.</source>
        <translation>Sa connexion enregistrée sera également supprimée du trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>The demo workspace cannot be removed.</source>
        <translation>L&apos;espace de démonstration ne peut pas être retiré.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::DailyCompletionsChartView</name>
    <message>
        <source>No completions to show yet.</source>
        <translation>Aucun cycle terminé à afficher pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>Cycles completed per day, by queue (last %n day(s))</source>
        <translation>
            <numerusform>Cycles terminés par jour, par file (dernier %n jour)</numerusform>
            <numerusform>Cycles terminés par jour, par file (%n derniers jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (pas de données)</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Daily completions chart</source>
        <translation>Graphique des cycles terminés par jour</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::DraftNote</name>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Forget this draft and start from an empty wizard (or from what was selected on the board).</source>
        <translation>Abandonner ce brouillon et repartir d&apos;un assistant vide (ou de ce qui était sélectionné sur le tableau).</translation>
    </message>
    <message>
        <source>Restored the draft you left at %1.</source>
        <translation>Le brouillon laissé à %1 a été restauré.</translation>
    </message>
    <message>
        <source>Restored the draft you left on %1.</source>
        <translation>Le brouillon laissé le %1 a été restauré.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::GoToBatchDialog</name>
    <message>
        <source>Go to batch</source>
        <translation>Aller au lot</translation>
    </message>
    <message>
        <source>&amp;Scan or type a code:</source>
        <translation>&amp;Scannez ou saisissez un code :</translation>
    </message>
    <message>
        <source>Batch id, label, traveler code or unit serial</source>
        <translation>Identifiant, libellé, code de fiche ou n° de série</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::LegendWidget</name>
    <message>
        <source>Cycles a work order needs that no batch holds yet</source>
        <translation>Cycles requis par un ordre de travail qu&apos;aucun lot ne contient encore</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::LoadWarning</name>
    <message>
        <source>%1 (%2 days of work)</source>
        <translation>%1 (%2 jours de travail)</translation>
    </message>
    <message>
        <source>%1 (%2 cycles, none completed in the pace window)</source>
        <translation>%1 (%2 cycles, aucun terminé sur la période du rythme)</translation>
    </message>
    <message>
        <source>This plan puts people over %1 days of work at their pace: %2.</source>
        <translation>Ce plan fait dépasser %1 jours de travail à leur rythme à certaines personnes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>You can still go ahead, or go back and choose someone else.</source>
        <translation>Vous pouvez tout de même continuer, ou revenir en arrière et choisir quelqu&apos;un d&apos;autre.</translation>
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
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the batches again (F5)</source>
        <translation>Recharger les lots (F5)</translation>
    </message>
    <message>
        <source>Split work order…</source>
        <translation>Fractionner l&apos;ordre de travail…</translation>
    </message>
    <message>
        <source>Assign technicians…</source>
        <translation>Affecter des techniciens…</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Supprimer le lot</translation>
    </message>
    <message>
        <source>Delete the selected batch from the server</source>
        <translation>Supprimer du serveur le lot sélectionné</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>The server the board shows; switching reloads the board from it</source>
        <translation>Le serveur affiché dans le tableau&#x202f;; en changer recharge le tableau depuis le nouveau serveur</translation>
    </message>
    <message>
        <source>Connection…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Servers and sign-in: add a server, sign in or out, switch servers</source>
        <translation>Serveurs et connexion&#xa0;: ajouter un serveur, se connecter ou se déconnecter, changer de serveur</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>About BatchDesk</source>
        <translation>À propos de BatchDesk</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <extracomment>Menu of the main window: what is done on the batch board.</extracomment>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <extracomment>Language menu entry: use the language the operating system is set to.</extracomment>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Search batches, work orders, queues, technicians (Ctrl+F)</source>
        <translation>Rechercher des lots, ordres de travail, files, techniciens (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show all statuses</source>
        <translation>Afficher tous les statuts</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Affectés à moi</translation>
    </message>
    <message>
        <source>Only batches where you are one of the technicians</source>
        <translation>Uniquement les lots dont vous êtes l&apos;un des techniciens</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Filter: only batches of work orders past their due date.</extracomment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Only batches of work orders past their due date with unfinished cycles</source>
        <translation>Uniquement les lots des ordres de travail dont l&apos;échéance est dépassée et qui ont des cycles non terminés</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Queue order</source>
        <extracomment>Sort key: the batches&apos; order in their queue (the order they are worked in).</extracomment>
        <translation>Ordre dans la file</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>%1 sur %2 chargés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lot</numerusform>
            <numerusform>%Ln lots</numerusform>
        </translation>
    </message>
    <message>
        <source>Load failed</source>
        <translation>Échec du chargement</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Actualisé à %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BatchDesk %1&lt;/h3&gt;&lt;p&gt;The shop-floor batch board for the Niagara API: batches by queue and work order, splitting work orders and assigning technicians.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BatchDesk %1&lt;/h3&gt;&lt;p&gt;Le tableau des lots de l&apos;atelier pour l&apos;API Niagara&#xa0;: lots par file et par ordre de travail, fractionnement des ordres de travail et affectation des techniciens.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — not signed in</source>
        <translation>%1 — non connecté</translation>
    </message>
    <message>
        <source>%1 — signed in as %2</source>
        <translation>%1 — connecté en tant que %2</translation>
    </message>
    <message>
        <source>Split a work order into batches, with a preview of every batch</source>
        <translation>Fractionner un ordre de travail en lots, avec un aperçu de chaque lot</translation>
    </message>
    <message>
        <source>Assign technicians to the selected batch, or to the batches of the selected work order</source>
        <translation>Affecter des techniciens au lot sélectionné, ou aux lots de l&apos;ordre de travail sélectionné</translation>
    </message>
    <message>
        <source>Needs a connection to the server</source>
        <translation>Nécessite une connexion au serveur</translation>
    </message>
    <message>
        <source>Delete the batch “%1”?</source>
        <translation>Supprimer le lot «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>The batch and its relations are removed from the server. This cannot be undone.</source>
        <translation>Le lot et ses relations seront supprimés du serveur. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Status: all</source>
        <translation>Statut&#xa0;: tous</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Status: %Ln selected</source>
        <translation>
            <numerusform>Statut&#xa0;: %Ln sélectionné</numerusform>
            <numerusform>Statut&#xa0;: %Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only batches in some status categories</source>
        <translation>N&apos;afficher que les lots de certaines catégories de statut</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (démo)</translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation>Aucun serveur choisi</translation>
    </message>
    <message>
        <source>%1 — signing in…</source>
        <translation>%1 — connexion en cours…</translation>
    </message>
    <message>
        <source>%1 — signed in</source>
        <translation>%1 — connecté</translation>
    </message>
    <message>
        <source>%1 — sign-in expired</source>
        <translation>%1 — connexion expirée</translation>
    </message>
    <message>
        <source>Your sign-in to %1 expired — sign in again. Nothing on screen is lost.</source>
        <translation>Votre connexion à %1 a expiré — reconnectez-vous. Rien de ce qui est affiché n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Your sign-in expired — sign in again. Nothing on screen is lost.</source>
        <translation>Votre connexion a expiré — reconnectez-vous. Rien de ce qui est affiché n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>&amp;Shop-floor mode</source>
        <translation>Mode &amp;atelier</translation>
    </message>
    <message>
        <source>Full screen, larger type and larger rows and buttons for the bench (%1)</source>
        <translation>Plein écran, texte plus grand, lignes et boutons plus hauts pour le poste (%1)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>Batch %1 is not on this server&apos;s board.</source>
        <translation>Le lot %1 n’est pas sur le tableau de ce serveur.</translation>
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
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>A badge on a My work row: the batch was assigned to the user since they last looked.</extracomment>
        <translation>Nouveau</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::MyWorkDesk</name>
    <message>
        <source>My work</source>
        <translation>Mon travail</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es): %1 blocked, %2 in progress, %3 next, %4 done today</source>
        <extracomment>The My work desk&apos;s status bar, e.g. &quot;7 batches: 1 blocked, 2 in progress, 4 next, 0 done today&quot;.</extracomment>
        <translation>
            <numerusform>%Ln lot : %1 bloqués, %2 en cours, %3 à suivre, %4 finis aujourd’hui</numerusform>
            <numerusform>%Ln lots : %1 bloqués, %2 en cours, %3 à suivre, %4 finis aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read your batches and the chosen batch&apos;s units from the server again (%1)</source>
        <translation>Relire sur le serveur vos lots et les unités du lot choisi (%1)</translation>
    </message>
    <message>
        <source>&amp;Mark as seen</source>
        <translation>&amp;Marquer comme vu</translation>
    </message>
    <message>
        <source>Mark as seen</source>
        <translation>Marquer comme vu</translation>
    </message>
    <message>
        <source>&amp;Print travelers…</source>
        <translation>&amp;Imprimer les fiches suiveuses…</translation>
    </message>
    <message>
        <source>Show on the &amp;board</source>
        <translation>Afficher sur le &amp;tableau</translation>
    </message>
    <message>
        <source>&amp;Notify me of changes</source>
        <translation>M’&amp;avertir des changements</translation>
    </message>
    <message>
        <source>A desktop notification when a batch is assigned to you or becomes blocked</source>
        <translation>Une notification quand un lot vous est attribué ou se retrouve bloqué</translation>
    </message>
    <message>
        <source>This desktop has no notification area, so BatchDesk cannot show notifications here.</source>
        <translation>Ce bureau n’a pas de zone de notification : BatchDesk ne peut pas y afficher de notifications.</translation>
    </message>
    <message>
        <source>Sign in to see the batches assigned to you.</source>
        <translation>Connectez-vous pour voir les lots qui vous sont attribués.</translation>
    </message>
    <message>
        <source>BatchDesk: your work changed</source>
        <translation>BatchDesk : votre travail a changé</translation>
    </message>
    <message>
        <source>Print a traveler for each chosen batch, or save them as PDF (%1)</source>
        <translation>Imprimer une fiche suiveuse par lot choisi, ou les enregistrer en PDF (%1)</translation>
    </message>
    <message>
        <source>Choose one or more batches to print their travelers.</source>
        <translation>Choisissez un ou plusieurs lots pour imprimer leurs fiches suiveuses.</translation>
    </message>
    <message>
        <source>Remember the list as it is now: the highlight of what changed goes (%1)</source>
        <translation>Retenir la liste telle qu’elle est : la mise en évidence des changements disparaît (%1)</translation>
    </message>
    <message>
        <source>Nothing changed since you last looked.</source>
        <translation>Rien n’a changé depuis votre dernier passage.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::OfflineStatus</name>
    <message>
        <source>Offline since %1 — trying again now…</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time).</extracomment>
        <translation>Hors ligne depuis %1 — nouvelle tentative en cours…</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>Status bar: the board shows the copy kept on this computer. %1: when it was current (a time today, else a date and time).</extracomment>
        <translation>Dernière mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>The board shows the copy kept on this computer until the server&apos;s answer replaces it.</source>
        <translation>Le tableau affiche la copie conservée sur cet ordinateur jusqu&apos;à ce que la réponse du serveur la remplace.</translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — trying again in %Ln s. Showing the last-known data; changes are disabled.</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time); %Ln: seconds until the next try.</extracomment>
        <translation>
            <numerusform>Hors ligne depuis %1 — nouvelle tentative dans %Ln s. Affichage des dernières données connues&#x202f;; les modifications sont désactivées.</numerusform>
            <numerusform>Hors ligne depuis %1 — nouvelle tentative dans %Ln s. Affichage des dernières données connues&#x202f;; les modifications sont désactivées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — trying again in %Ln min. Showing the last-known data; changes are disabled.</source>
        <extracomment>Banner while the server cannot be reached. %1: when it was lost (a time, or a date and time); %Ln: minutes until the next try (rounded up).</extracomment>
        <translation>
            <numerusform>Hors ligne depuis %1 — nouvelle tentative dans %Ln min. Affichage des dernières données connues&#x202f;; les modifications sont désactivées.</numerusform>
            <numerusform>Hors ligne depuis %1 — nouvelle tentative dans %Ln min. Affichage des dernières données connues&#x202f;; les modifications sont désactivées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::PlanningDesk</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>The table could not be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le tableau dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>Choose a work order in the table first.</source>
        <translation>Choisissez d&apos;abord un ordre de travail dans la liste.</translation>
    </message>
    <message>
        <source>Show this work order&apos;s batches on the board</source>
        <translation>Afficher les lots de cet ordre de travail sur le tableau</translation>
    </message>
    <message>
        <source>Split this work order&apos;s remaining cycles into batches</source>
        <translation>Fractionner en lots les cycles restants de cet ordre de travail</translation>
    </message>
    <message>
        <source>Choose a technician in the table first.</source>
        <translation>Choisissez d&apos;abord un technicien dans la liste.</translation>
    </message>
    <message>
        <source>Show this technician&apos;s batches on the board</source>
        <translation>Afficher les lots de ce technicien sur le tableau</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n queue(s) overloaded</source>
        <extracomment>Status bar of the planning desk; each part counts the rows its table shows.</extracomment>
        <translation>
            <numerusform>Surchargées&#xa0;: %1 sur %n file</numerusform>
            <numerusform>Surchargées&#xa0;: %1 sur %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n work order(s) late, stalled or at risk</source>
        <translation>
            <numerusform>En retard, à l&apos;arrêt ou à risque&#xa0;: %1 sur %n ordre de travail</numerusform>
            <numerusform>En retard, à l&apos;arrêt ou à risque&#xa0;: %1 sur %n ordres de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n technician(s) overloaded</source>
        <translation>
            <numerusform>Surchargés&#xa0;: %1 sur %n technicien</numerusform>
            <numerusform>Surchargés&#xa0;: %1 sur %n techniciens</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the plan…</source>
        <translation>Calcul du plan…</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>État à %1.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Ordres de travail</translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation>Burn-up</translation>
    </message>
    <message>
        <source>Daily completions</source>
        <translation>Terminés par jour</translation>
    </message>
    <message>
        <source>Work orders, worst first</source>
        <translation>Ordres de travail, les plus critiques d&apos;abord</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>&amp;Overloaded above</source>
        <translation>&amp;Surcharge au-delà de</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>A technician is overloaded when their open cycles take longer than this at their pace</source>
        <translation>Un technicien est surchargé lorsque ses cycles ouverts, à son rythme, demandent plus que ce nombre de jours</translation>
    </message>
    <message>
        <source>Show every queue&apos;s work orders and technicians</source>
        <translation>Afficher les ordres de travail et les techniciens de toutes les files</translation>
    </message>
    <message>
        <source>Show all queues</source>
        <translation>Afficher toutes les files</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Show work order on &amp;board</source>
        <translation>Afficher l&apos;ordre de travail sur le ta&amp;bleau</translation>
    </message>
    <message>
        <source>&amp;Split work order…</source>
        <translation>&amp;Fractionner l&apos;ordre de travail…</translation>
    </message>
    <message>
        <source>Show &amp;technician&apos;s batches on board</source>
        <translation>Afficher les lots du &amp;technicien sur le tableau</translation>
    </message>
    <message>
        <source>Export &amp;queues as CSV…</source>
        <translation>Exporter les fi&amp;les en CSV…</translation>
    </message>
    <message>
        <source>Export &amp;work orders as CSV…</source>
        <translation>Exporter les &amp;ordres de travail en CSV…</translation>
    </message>
    <message>
        <source>Export t&amp;echnicians as CSV…</source>
        <translation>Exporter les t&amp;echniciens en CSV…</translation>
    </message>
    <message>
        <source>Save planning &amp;report as PDF…</source>
        <translation>Enregistrer le &amp;rapport de planification en PDF…</translation>
    </message>
    <message>
        <source>The tables and charts as shown, paginated, headed with server, user and time</source>
        <translation>Les tableaux et graphiques tels qu&apos;affichés, paginés, avec en-tête indiquant serveur, utilisateur et heure</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::PlanningReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Planning report</source>
        <translation>Rapport de planification</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>Impossible d&apos;écrire le rapport dans %1.</translation>
    </message>
    <message>
        <source>BatchDesk planning report — %1 — %2 — %3</source>
        <extracomment>PDF page heading: server, signed-in user, time of the figures.</extracomment>
        <translation>Rapport de planification BatchDesk — %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Pace / day</source>
        <translation>Rythme / jour</translation>
    </message>
    <message>
        <source>Backlog, days</source>
        <translation>Reste à faire, jours</translation>
    </message>
    <message>
        <source>Days to due</source>
        <translation>Jours avant échéance</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Work orders, worst first</source>
        <translation>Ordres de travail, les plus critiques d&apos;abord</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Batched</source>
        <translation>En lots</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>Projected finish</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Slack (days)</source>
        <translation>Marge (jours)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Open cycles</source>
        <translation>Cycles ouverts</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Load (days)</source>
        <translation>Charge (jours)</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>queue load</comment>
        <translation>Surchargée</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>queue load</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Overloaded</source>
        <comment>technician load</comment>
        <translation>Surchargé</translation>
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
        <translation>Pas encore dans un lot</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::RunProgressWidget</name>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Interrompre</translation>
    </message>
    <message>
        <source>Send nothing more. Requests already sent may still be carried out by the server.</source>
        <translation>Ne plus rien envoyer. Les requêtes déjà envoyées peuvent encore être exécutées par le serveur.</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Relancer les échecs</translation>
    </message>
    <message>
        <source>Checks what the server holds first, then sends only what is still missing, so nothing is created twice.</source>
        <translation>Vérifie d&apos;abord ce que contient le serveur, puis n&apos;envoie que ce qui manque encore&#xa0;: rien n&apos;est créé en double.</translation>
    </message>
    <message>
        <source>Reverts what this run did: deletes the batches it created (not those with cycles in progress) or removes the technicians it assigned.</source>
        <translation>Annule ce qu&apos;a fait cette exécution&#xa0;: supprime les lots créés (sauf ceux dont des cycles sont en cours) ou retire les techniciens affectés.</translation>
    </message>
    <message>
        <source>Nothing to carry out yet.</source>
        <translation>Rien à exécuter pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %Ln change(s) to make.</source>
        <translation>
            <numerusform>Prêt&#xa0;: %Ln modification à effectuer.</numerusform>
            <numerusform>Prêt&#xa0;: %Ln modifications à effectuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the work order&apos;s batches on the server before writing…</source>
        <translation>Lecture des lots de l&apos;ordre de travail sur le serveur avant l&apos;écriture…</translation>
    </message>
    <message>
        <source>Undoing: %1 of %2 done…</source>
        <translation>Annulation&#xa0;: %1 sur %2 effectuées…</translation>
    </message>
    <message>
        <source>Writing: %1 of %2 done…</source>
        <translation>Écriture&#xa0;: %1 sur %2 effectuées…</translation>
    </message>
    <message>
        <source>Finding the new batches on the server…</source>
        <translation>Recherche des nouveaux lots sur le serveur…</translation>
    </message>
    <message>
        <source>Checking what the server holds before sending anything again…</source>
        <translation>Vérification du contenu du serveur avant tout nouvel envoi…</translation>
    </message>
    <message numerus="yes">
        <source>Undone: all %Ln change(s) reverted.</source>
        <translation>
            <numerusform>Annulation terminée&#xa0;: %Ln modification annulée.</numerusform>
            <numerusform>Annulation terminée&#xa0;: les %Ln modifications ont été annulées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: all %Ln change(s) made.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %Ln modification effectuée.</numerusform>
            <numerusform>Terminé&#xa0;: les %Ln modifications ont été effectuées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 not attempted.</source>
        <translation>Effectuées&#xa0;: %1, en échec&#xa0;: %2, non tentées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>“Retry failed” checks the server before sending anything again.</source>
        <translation>«&#xa0;Relancer les échecs&#xa0;» vérifie le serveur avant tout nouvel envoi.</translation>
    </message>
    <message>
        <source>Undo (%1 left)</source>
        <translation>Annuler (reste %1)</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Modifications (%1)</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>Création de %1</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <source>%1 added to %2</source>
        <translation>Ajout de %1 à %2</translation>
    </message>
    <message>
        <source>%1 taken off %2</source>
        <translation>Retrait de %1 de %2</translation>
    </message>
    <message>
        <source>%1 more people changed</source>
        <translation>Modifications pour %1 autres personnes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lot</numerusform>
            <numerusform>%Ln lots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::ServerForm</name>
    <message>
        <source>e.g. Albany production</source>
        <translation>p. ex. Production Albany</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>OAuth &amp;client id:</source>
        <translation>&amp;Identifiant client OAuth&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authorization URL:</source>
        <translation>URL d&apos;&amp;autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL du &amp;jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Leave the OAuth fields empty to use the server&apos;s standard sign-in addresses.</source>
        <translation>Laissez les champs OAuth vides pour utiliser les adresses de connexion standard du serveur.</translation>
    </message>
    <message>
        <source>&lt;server URL&gt;/oauth/authorize</source>
        <translation>&lt;URL du serveur&gt;/oauth/authorize</translation>
    </message>
    <message>
        <source>&lt;server URL&gt;/oauth/token</source>
        <translation>&lt;URL du serveur&gt;/oauth/token</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SignInPanel</name>
    <message>
        <source>Sign in with browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>Opens the server&apos;s sign-in page in your web browser; BatchDesk receives the answer on this computer only.</source>
        <translation>Ouvre la page de connexion du serveur dans votre navigateur web&#x202f;; BatchDesk reçoit la réponse sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>Use a personal token…</source>
        <translation>Utiliser un jeton personnel…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Revokes the sign-in on the server and removes it from this computer&apos;s keychain.</source>
        <translation>Révoque la connexion sur le serveur et la supprime du trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Paste your personal token</source>
        <translation>Collez votre jeton personnel</translation>
    </message>
    <message>
        <source>Check and use</source>
        <translation>Vérifier et utiliser</translation>
    </message>
    <message>
        <source>The token is checked with the server before it is kept.</source>
        <translation>Le jeton est vérifié auprès du serveur avant d&apos;être conservé.</translation>
    </message>
    <message>
        <source>Sign-in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>Choisissez d&apos;abord un serveur.</translation>
    </message>
    <message>
        <source>Signing in… If the browser opened, finish there.</source>
        <translation>Connexion en cours… Si le navigateur s&apos;est ouvert, terminez-y la connexion.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>With a personal token.</source>
        <translation>Avec un jeton personnel.</translation>
    </message>
    <message>
        <source>Your sign-in expired. Sign in again; nothing on screen is lost.</source>
        <translation>Votre connexion a expiré. Reconnectez-vous&#x202f;; rien de ce qui est affiché n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>The system keychain is not available, so this sign-in lasts only until BatchDesk closes. It is not saved anywhere; you will sign in again after restarting BatchDesk.</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#x202f;; cette connexion ne dure donc que jusqu&apos;à la fermeture de BatchDesk. Elle n&apos;est enregistrée nulle part&#x202f;; vous devrez vous reconnecter après avoir redémarré BatchDesk.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitQueuePage</name>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Choose the production queue the new batches go into. Queues with lower priority numbers are worked first; the active columns show what each queue still has to work.</source>
        <translation>Choisissez la file de production dans laquelle placer les nouveaux lots. Les files aux numéros de priorité les plus bas sont traitées en premier&#x202f;; les colonnes des lots et cycles actifs indiquent ce qu&apos;il reste à traiter dans chaque file.</translation>
    </message>
    <message>
        <source>Earlier in this session the server did not let you create batches in this queue: %1</source>
        <translation>Plus tôt dans cette session, le serveur ne vous a pas autorisé à créer des lots dans cette file&#xa0;: %1</translation>
    </message>
    <message>
        <source>The queues could not be loaded. “%1” stays chosen and is selected once they load.</source>
        <translation>Les files n&apos;ont pas pu être chargées. «&#xa0;%1&#xa0;» reste choisie et sera sélectionnée dès leur chargement.</translation>
    </message>
    <message>
        <source>The queue “%1” is no longer on the server. Choose another one.</source>
        <translation>La file «&#xa0;%1&#xa0;» n&apos;existe plus sur le serveur. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Waiting for the queues to load to select “%1”.</source>
        <translation>En attente du chargement des files pour sélectionner «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Create batches</source>
        <translation>Créer les lots</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Effet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s), at most %1 at a time</source>
        <translation>
            <numerusform>%Ln requête, au plus %1 à la fois</numerusform>
            <numerusform>%Ln requêtes, au plus %1 à la fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is what will be created.</source>
        <translation>Rien n&apos;a encore été envoyé. Voici ce qui sera créé.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>batches: “and 1 of 20”</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>1 batch of %1</source>
        <translation>1 lot de %1</translation>
    </message>
    <message>
        <source>%1 batches of %2</source>
        <translation>%1 lots de %2</translation>
    </message>
    <message>
        <source>Create %1 in %2.</source>
        <translation>Créer %1 dans %2.</translation>
    </message>
    <message>
        <source>%1 cycles in all, for “%2”.</source>
        <translation>%1 cycles au total, pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Nobody is assigned yet.</source>
        <translation>Personne n&apos;est encore affecté.</translation>
    </message>
    <message>
        <source>%1 take turns, one technician per batch.</source>
        <translation>%1 se relaient, un technicien par lot.</translation>
    </message>
    <message>
        <source>Each batch gets %1.</source>
        <translation>Chaque lot reçoit %1.</translation>
    </message>
    <message>
        <source>Created all at once: the server names the batches, your label pattern is not applied.</source>
        <translation>Création de tous à la fois&#xa0;: le serveur nomme les lots, votre modèle de libellé n&apos;est pas appliqué.</translation>
    </message>
    <message>
        <source>The work order&apos;s finish cannot be projected yet: the planning desk has no figures for it.</source>
        <translation>La fin de l&apos;ordre de travail ne peut pas encore être prévue&#xa0;: la planification n&apos;a pas de chiffres pour lui.</translation>
    </message>
    <message>
        <source>Every cycle the work order needs is complete.</source>
        <translation>Tous les cycles requis par l&apos;ordre de travail sont terminés.</translation>
    </message>
    <message>
        <source>No cycles of this work order were completed in the last %1 days, so its finish cannot be projected.</source>
        <translation>Aucun cycle de cet ordre de travail n&apos;a été terminé au cours des %1 derniers jours&#x202f;; sa fin ne peut donc pas être prévue.</translation>
    </message>
    <message>
        <source>it has no due date</source>
        <translation>il n&apos;a pas d&apos;échéance</translation>
    </message>
    <message>
        <source>on its due date</source>
        <translation>le jour de son échéance</translation>
    </message>
    <message>
        <source>%1 before its due date</source>
        <translation>%1 avant son échéance</translation>
    </message>
    <message>
        <source>%1 after its due date</source>
        <translation>%1 après son échéance</translation>
    </message>
    <message>
        <source>At the current pace of %1 cycles a day the work order finishes on %2, %3.</source>
        <translation>Au rythme actuel de %1 cycles par jour, l&apos;ordre de travail se termine le %2, %3.</translation>
    </message>
    <message>
        <source>After this split %1 cycles are still not in any batch.</source>
        <translation>Après ce fractionnement, %1 cycles ne sont toujours dans aucun lot.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitSizingPage</name>
    <message>
        <source>Sizing</source>
        <translation>Taille des lots</translation>
    </message>
    <message>
        <source>Decide how the cycles are cut into batches. The preview shows every batch that will be created.</source>
        <translation>Définissez comment répartir les cycles en lots. L&apos;aperçu montre chaque lot qui sera créé.</translation>
    </message>
    <message>
        <source>Cycles per batch</source>
        <translation>Cycles par lot</translation>
    </message>
    <message>
        <source>Number of batches</source>
        <translation>Nombre de lots</translation>
    </message>
    <message>
        <source>Last batch smaller</source>
        <translation>Dernier lot plus petit</translation>
    </message>
    <message>
        <source>Spread evenly (sizes differ by at most one)</source>
        <translation>Répartir uniformément (tailles différant d&apos;au plus un)</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Variables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Split only</source>
        <translation>Ne fractionner que</translation>
    </message>
    <message>
        <source> cycles</source>
        <translation> cycles</translation>
    </message>
    <message>
        <source>Allow splitting more than is still needed</source>
        <translation>Autoriser le fractionnement au-delà du besoin restant</translation>
    </message>
    <message>
        <source>All at once (recommended)</source>
        <translation>Tous à la fois (recommandé)</translation>
    </message>
    <message>
        <source>One by one</source>
        <translation>Un par un</translation>
    </message>
    <message>
        <source>Split by:</source>
        <translation>Fractionner par&#xa0;:</translation>
    </message>
    <message>
        <source>Remainder:</source>
        <translation>Reste&#xa0;:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Libellés&#xa0;:</translation>
    </message>
    <message>
        <source>Cycles:</source>
        <translation>Cycles&#xa0;:</translation>
    </message>
    <message>
        <source>Create:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source> cycles per batch</source>
        <translation> cycles par lot</translation>
    </message>
    <message>
        <source> batches</source>
        <translation> lots</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs %2 cycles; %3 are in batches already, so &lt;b&gt;%4&lt;/b&gt; remain to split. New batches go into &lt;b&gt;%5&lt;/b&gt;, after queue order %6.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; requiert %2 cycles&#x202f;; %3 sont déjà en lots, il en reste donc &lt;b&gt;%4&lt;/b&gt; à fractionner. Les nouveaux lots iront dans &lt;b&gt;%5&lt;/b&gt;, après la position %6 de la file.</translation>
    </message>
    <message>
        <source>Preview: no batches</source>
        <translation>Aperçu&#xa0;: aucun lot</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln batch(es), %1 cycles in all</source>
        <translation>
            <numerusform>Aperçu&#xa0;: %Ln lot, %1 cycles au total</numerusform>
            <numerusform>Aperçu&#xa0;: %Ln lots, %1 cycles au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One request per batch size (%Ln request(s) for this plan). The server names and orders these batches itself, as “&lt;work order&gt; &lt;number&gt;”: the labels and queue order in the preview apply only when batches are created one by one.</source>
        <translation>
            <numerusform>Une requête par taille de lot (%Ln requête pour ce plan). Le serveur nomme et ordonne lui-même ces lots, sous la forme «&#xa0;&lt;work order&gt; &lt;number&gt;&#xa0;» (ordre de travail suivi d&apos;un numéro)&#xa0;: les libellés et l&apos;ordre dans la file indiqués dans l&apos;aperçu ne s&apos;appliquent que si les lots sont créés un par un.</numerusform>
            <numerusform>Une requête par taille de lot (%Ln requêtes pour ce plan). Le serveur nomme et ordonne lui-même ces lots, sous la forme «&#xa0;&lt;work order&gt; &lt;number&gt;&#xa0;» (ordre de travail suivi d&apos;un numéro)&#xa0;: les libellés et l&apos;ordre dans la file indiqués dans l&apos;aperçu ne s&apos;appliquent que si les lots sont créés un par un.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One request per batch (%Ln request(s)), each with the label and queue order shown in the preview. Slower for many batches.</source>
        <translation>
            <numerusform>Une requête par lot (%Ln requête), chacune avec le libellé et l&apos;ordre dans la file indiqués dans l&apos;aperçu. Plus lent pour un grand nombre de lots.</numerusform>
            <numerusform>Une requête par lot (%Ln requêtes), chacune avec le libellé et l&apos;ordre dans la file indiqués dans l&apos;aperçu. Plus lent pour un grand nombre de lots.</numerusform>
        </translation>
    </message>
    <message>
        <source>All at once: the server names and orders these batches itself, so your label pattern is not applied. Choose “One by one” to keep your labels.</source>
        <translation>Tous à la fois&#xa0;: le serveur nomme et ordonne lui-même ces lots, votre modèle de libellé n&apos;est donc pas appliqué. Choisissez «&#xa0;Un par un&#xa0;» pour conserver vos libellés.</translation>
    </message>
    <message>
        <source>One by one, because you changed the label pattern: creating batches all at once cannot carry labels. One request per batch (%1 in all); slower for many batches.</source>
        <translation>Un par un, car vous avez modifié le modèle de libellé&#xa0;: la création de tous les lots à la fois ne peut pas transmettre de libellés. Une requête par lot (%1 au total)&#x202f;; plus lent pour un grand nombre de lots.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitTechniciansPage</name>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Optional: choose who works the new batches. You can also assign people later.</source>
        <translation>Facultatif&#xa0;: choisissez qui travaille sur les nouveaux lots. Vous pourrez aussi affecter des personnes plus tard.</translation>
    </message>
    <message>
        <source>Assign everyone chosen to every batch</source>
        <translation>Affecter toutes les personnes choisies à chaque lot</translation>
    </message>
    <message>
        <source>Round-robin: one technician per batch, taking turns</source>
        <translation>Rotation&#xa0;: un technicien par lot, à tour de rôle</translation>
    </message>
    <message>
        <source>Nobody chosen: the new batches start without technicians.</source>
        <translation>Personne n&apos;est choisi&#xa0;: les nouveaux lots démarrent sans technicien.</translation>
    </message>
    <message numerus="yes">
        <source>Each of the %Ln new batch(es) gets %1.</source>
        <translation>
            <numerusform>Le nouveau lot (%Ln) reçoit %1.</numerusform>
            <numerusform>Chacun des %Ln nouveaux lots reçoit %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln new batch(es) take turns: %1.</source>
        <translation>
            <numerusform>Répartition à tour de rôle sur %Ln nouveau lot&#xa0;: %1.</numerusform>
            <numerusform>Répartition à tour de rôle sur les %Ln nouveaux lots&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>batch 1 gets %1, batch 2 gets %2, and so on</source>
        <translation>le lot 1 revient à %1, le lot 2 à %2, et ainsi de suite</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitWorkOrderPage</name>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <source>Choose the work order to split into batches. “In batches” is what its batches on the server already hold; “Still to split” is what the new batches can take.</source>
        <translation>Choisissez l&apos;ordre de travail à fractionner en lots. «&#xa0;En lots&#xa0;» indique ce que ses lots contiennent déjà sur le serveur&#x202f;; «&#xa0;Reste à fractionner&#xa0;», ce que les nouveaux lots peuvent recevoir.</translation>
    </message>
    <message>
        <source>Search work orders by name, customer or id</source>
        <translation>Rechercher des ordres de travail par nom, client ou identifiant</translation>
    </message>
    <message>
        <source>The batches on the server could not be counted, so what is still to split is unknown: %1</source>
        <translation>Impossible de compter les lots sur le serveur&#x202f;; le reste à fractionner est donc inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counting the cycles already in batches…</source>
        <translation>Comptage des cycles déjà en lots…</translation>
    </message>
    <message>
        <source>The work orders could not be loaded. “%1” stays chosen and is selected once they load.</source>
        <translation>Les ordres de travail n&apos;ont pas pu être chargés. «&#xa0;%1&#xa0;» reste choisi et sera sélectionné dès leur chargement.</translation>
    </message>
    <message>
        <source>The work order “%1” is no longer on the server. Choose another one.</source>
        <translation>L&apos;ordre de travail «&#xa0;%1&#xa0;» n&apos;existe plus sur le serveur. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Waiting for the work orders to load to select “%1”.</source>
        <translation>En attente du chargement des ordres de travail pour sélectionner «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::SplitWorkOrderWizard</name>
    <message>
        <source>Split work order</source>
        <translation>Fractionner un ordre de travail</translation>
    </message>
    <message>
        <source>Creating batches</source>
        <translation>Création des lots</translation>
    </message>
    <message>
        <source>Every change is listed with its outcome. Failed changes can be retried; the whole split can be undone for a while.</source>
        <translation>Chaque modification est listée avec son résultat. Les modifications en échec peuvent être relancées&#x202f;; l&apos;ensemble du fractionnement peut être annulé pendant un certain temps.</translation>
    </message>
    <message>
        <source>What is selected on the board was not used; Start over uses it instead.</source>
        <translation>La sélection du tableau n&apos;a pas été reprise&#x202f;; «&#xa0;Recommencer&#xa0;» la reprend à la place.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::TechnicianPicker</name>
    <message>
        <source>Search people by name or email</source>
        <translation>Rechercher des personnes par nom ou e-mail</translation>
    </message>
    <message>
        <source>Nobody chosen. Tick the people to assign.</source>
        <translation>Personne n&apos;est choisi. Cochez les personnes à affecter.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen: %1</source>
        <translation>
            <numerusform>%Ln personne choisie&#xa0;: %1</numerusform>
            <numerusform>%Ln personnes choisies&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>The planning desk&apos;s figures are not ready yet: everybody is offered.</source>
        <translation>Les chiffres de la planification ne sont pas encore prêts&#xa0;: tout le monde est proposé.</translation>
    </message>
    <message>
        <source>Who can work %1 is not known: everybody is offered.</source>
        <translation>On ne sait pas qui peut traiter %1&#xa0;: tout le monde est proposé.</translation>
    </message>
    <message>
        <source>Everybody is shown; those who cannot work %1 say so.</source>
        <translation>Tout le monde est affiché&#x202f;; les personnes qui ne peuvent pas traiter %1 sont signalées.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A chosen person and why they should not be: &quot;Mei Chen cannot work Imaging Bay&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Chosen although not related to the queue: %1.</source>
        <translation>Choisis bien que non liés à la file&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Offering those who can work %1; %Ln other(s) behind “Show all”.</source>
        <translation>
            <numerusform>Sont proposées les personnes qui peuvent traiter %1&#x202f;; %Ln autre se trouve sous «&#xa0;Tout afficher&#xa0;».</numerusform>
            <numerusform>Sont proposées les personnes qui peuvent traiter %1&#x202f;; %Ln autres se trouvent sous «&#xa0;Tout afficher&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>The people could not be loaded, so %1 cannot be assigned yet. Retry above.</source>
        <translation>Les personnes n&apos;ont pas pu être chargées&#xa0;: impossible d&apos;affecter %1 pour le moment. Cliquez sur «&#xa0;Réessayer&#xa0;» ci-dessus.</translation>
    </message>
    <message>
        <source>Waiting for %1 to load from the server.</source>
        <translation>En attente des données de %1 depuis le serveur.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::Traveler</name>
    <message>
        <source>Batch</source>
        <extracomment>Caption above the batch&apos;s label on a printed traveler.</extracomment>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cycles</source>
        <extracomment>Caption of the number of cycles (units) in the batch on a printed traveler.</extracomment>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>Caption of the work order&apos;s due date on a printed traveler.</extracomment>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Pas d’échéance</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>On a printed traveler: the batch has no technicians.</extracomment>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>Feuille A4</translation>
    </message>
    <message>
        <source>Letter sheet</source>
        <translation>Feuille Letter</translation>
    </message>
    <message>
        <source>4 × 6 in label (thermal printer)</source>
        <extracomment>Paper format: a 4 by 6 inch label for a thermal label printer.</extracomment>
        <translation>Étiquette 4 × 6 po (imprimante thermique)</translation>
    </message>
    <message>
        <source>Batch traveler</source>
        <extracomment>Title of a printed batch traveler (the sheet that goes on a box of devices).</extracomment>
        <translation>Fiche suiveuse du lot</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Mark on a printed traveler: the work order is past its due date with cycles still to do.</extracomment>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Scan the code to open this batch in BatchDesk.</source>
        <translation>Scannez le code pour ouvrir ce lot dans BatchDesk.</translation>
    </message>
    <message>
        <source>There are no batches to print travelers for.</source>
        <translation>Il n’y a aucun lot pour lequel imprimer des fiches suiveuses.</translation>
    </message>
    <message>
        <source>Batch travelers</source>
        <translation>Fiches suiveuses des lots</translation>
    </message>
    <message>
        <source>The travelers could not be written to %1.</source>
        <translation>Les fiches suiveuses n’ont pas pu être écrites dans %1.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::TravelerDialog</name>
    <message>
        <source>Print travelers</source>
        <translation>Imprimer les fiches suiveuses</translation>
    </message>
    <message numerus="yes">
        <source>Travelers for %Ln batch(es)</source>
        <translation>
            <numerusform>Fiches suiveuses pour %Ln lot</numerusform>
            <numerusform>Fiches suiveuses pour %Ln lots</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <extracomment>Label of the paper format choice (A4 sheet, Letter sheet, 4 x 6 label).</extracomment>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Batch travelers</source>
        <translation>Fiches suiveuses des lots</translation>
    </message>
    <message>
        <source>Save travelers as PDF</source>
        <translation>Enregistrer les fiches suiveuses en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>The travelers were not saved.</source>
        <translation>Les fiches suiveuses n’ont pas été enregistrées.</translation>
    </message>
</context>
<context>
    <name>BatchDesk::Ui::UnitsPane</name>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Units of %1</source>
        <translation>Unités de %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Reload units</source>
        <translation>Recharger les unités</translation>
    </message>
    <message>
        <source>Read this batch&apos;s units from the server again</source>
        <translation>Relire sur le serveur les unités de ce lot</translation>
    </message>
    <message>
        <source>All units (%1)</source>
        <extracomment>The units filter: every unit of the batch, with how many.</extracomment>
        <translation>Toutes les unités (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The units filter: a status category with how many units are in it, e.g. &quot;Blocked (2)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a batch to see its units.</source>
        <translation>Choisissez un lot pour voir ses unités.</translation>
    </message>
    <message>
        <source>Reading the units…</source>
        <translation>Lecture des unités…</translation>
    </message>
    <message>
        <source>This batch has no units on the server yet.</source>
        <translation>Ce lot n’a encore aucune unité sur le serveur.</translation>
    </message>
    <message>
        <source>No unit of this batch is in “%1”.</source>
        <translation>Aucune unité de ce lot n’est dans « %1 ».</translation>
    </message>
</context>
<context>
    <name>BatchDesk::UserCatalogModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>no pace</source>
        <translation>pas de rythme</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Can work</source>
        <translation>Peut traiter</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
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
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Counting the batches on the server…</source>
        <translation>Comptage des lots sur le serveur…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) on the server hold these cycles</source>
        <translation>
            <numerusform>%Ln lot sur le serveur contient ces cycles</numerusform>
            <numerusform>%Ln lots sur le serveur contiennent ces cycles</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Cycles needed</source>
        <translation>Cycles requis</translation>
    </message>
    <message>
        <source>In batches</source>
        <translation>En lots</translation>
    </message>
    <message>
        <source>Still to split</source>
        <translation>Reste à fractionner</translation>
    </message>
</context>
<context>
    <name>BatchDesk::WriteItem</name>
    <message numerus="yes">
        <source>Create batch “%1” (%Ln cycle(s))</source>
        <translation>
            <numerusform>Créer le lot «&#xa0;%1&#xa0;» (%Ln cycle)</numerusform>
            <numerusform>Créer le lot «&#xa0;%1&#xa0;» (%Ln cycles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign %1 to “%2”</source>
        <translation>Affecter %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Unassign %1 from “%2”</source>
        <translation>Retirer %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Delete batch “%1”</source>
        <translation>Supprimer le lot «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>BatchDesk::WriteRun</name>
    <message>
        <source>Refused in queue “%1”: %2</source>
        <translation>Refusé dans la file «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled while the request was under way; the server may have carried it out. “Retry failed” checks the server before sending anything again.</source>
        <translation>Interrompu pendant l&apos;envoi de la requête&#x202f;; le serveur l&apos;a peut-être exécutée. «&#xa0;Relancer les échecs&#xa0;» vérifie le serveur avant tout nouvel envoi.</translation>
    </message>
    <message>
        <source>%1 The server may have carried it out; “Retry failed” checks before sending it again.</source>
        <translation>%1 Le serveur l&apos;a peut-être exécutée&#x202f;; «&#xa0;Relancer les échecs&#xa0;» vérifie avant de la renvoyer.</translation>
    </message>
    <message>
        <source>Could not read the work order&apos;s batches before writing, so nothing was sent: %1</source>
        <translation>Impossible de lire les lots de l&apos;ordre de travail avant l&apos;écriture&#x202f;; rien n&apos;a donc été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The work order changed since this plan was made: %1 of its %2 cycles are in batches now, so only %3 remain, but the plan splits %4. Nothing was sent; go back to the sizing and check the plan.</source>
        <translation>L&apos;ordre de travail a changé depuis l&apos;établissement de ce plan&#xa0;: %1 de ses %2 cycles sont désormais en lots, il n&apos;en reste donc que %3, mais le plan en fractionne %4. Rien n&apos;a été envoyé&#x202f;; revenez à l&apos;étape «&#xa0;Taille des lots&#xa0;» et vérifiez le plan.</translation>
    </message>
    <message>
        <source>Found on the server: the earlier request was carried out although its answer was lost.</source>
        <translation>Trouvé sur le serveur&#xa0;: la requête précédente a bien été exécutée, même si sa réponse a été perdue.</translation>
    </message>
    <message>
        <source>Could not read back the new batches: %1</source>
        <translation>Impossible de relire les nouveaux lots&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not attempted: its batch was not created.</source>
        <translation>Non tenté&#xa0;: son lot n&apos;a pas été créé.</translation>
    </message>
    <message>
        <source>Could not check the server before retrying, so nothing was sent again: %1</source>
        <translation>Impossible de vérifier le serveur avant la relance&#x202f;; rien n&apos;a donc été renvoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Its id is unknown, so it cannot be deleted from here.</source>
        <translation>Son identifiant est inconnu&#xa0;: impossible de le supprimer d&apos;ici.</translation>
    </message>
    <message>
        <source>Already removed on the server.</source>
        <translation>Relation déjà retirée sur le serveur.</translation>
    </message>
    <message>
        <source>Already deleted on the server.</source>
        <translation>Lot déjà supprimé sur le serveur.</translation>
    </message>
    <message>
        <source>Could not check the server before retrying: %1</source>
        <translation>Impossible de vérifier le serveur avant la relance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Found on the server: the earlier request was carried out.</source>
        <translation>Trouvé sur le serveur&#xa0;: la requête précédente a bien été exécutée.</translation>
    </message>
    <message>
        <source>Create batch “%1” with %2 cycles at queue position %3</source>
        <translation>Créer le lot «&#xa0;%1&#xa0;» de %2 cycles à la position %3 de la file</translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln batch(es) of %1 cycles</source>
        <translation>
            <numerusform>Créer %Ln lot de %1 cycles</numerusform>
            <numerusform>Créer %Ln lots de %1 cycles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln batch(es) of %1 cycles each, technicians per batch: %2</source>
        <translation>
            <numerusform>Créer %Ln lot de %1 cycles, techniciens par lot&#xa0;: %2</numerusform>
            <numerusform>Créer %Ln lots de %1 cycles chacun, techniciens par lot&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Niagara::ApiError</name>
    <message>
        <source>load the batches</source>
        <translation>charger les lots</translation>
    </message>
    <message>
        <source>load the batch</source>
        <translation>charger le lot</translation>
    </message>
    <message>
        <source>create the batch</source>
        <translation>créer le lot</translation>
    </message>
    <message>
        <source>create the batches</source>
        <translation>créer les lots</translation>
    </message>
    <message>
        <source>delete the batch</source>
        <translation>supprimer le lot</translation>
    </message>
    <message>
        <source>load the batch&apos;s relations</source>
        <translation>charger les relations du lot</translation>
    </message>
    <message>
        <source>add the relation</source>
        <translation>créer la relation</translation>
    </message>
    <message>
        <source>remove the relation</source>
        <translation>supprimer la relation</translation>
    </message>
    <message>
        <source>load the queues</source>
        <translation>charger les files</translation>
    </message>
    <message>
        <source>load the work orders</source>
        <translation>charger les ordres de travail</translation>
    </message>
    <message>
        <source>load the users</source>
        <translation>charger les utilisateurs</translation>
    </message>
    <message>
        <source>load your profile</source>
        <translation>charger votre profil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server refused to %1 because the data is not valid.</source>
        <translation>Le serveur a refusé de %1, car les données ne sont pas valides.</translation>
    </message>
    <message>
        <source>Could not %1: your sign-in is not valid or has expired. Please sign in again.</source>
        <translation>Impossible de %1&#xa0;: votre connexion n&apos;est pas valide ou a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You are not allowed to %1. This needs the permission &quot;%2&quot;; ask a manager to grant it.</source>
        <translation>Vous n&apos;êtes pas autorisé à %1. Cette opération nécessite l&apos;autorisation «&#xa0;%2&#xa0;»&#x202f;; demandez-la à un responsable.</translation>
    </message>
    <message>
        <source>Could not %1: it no longer exists on the server. It may have been deleted by someone else.</source>
        <translation>Impossible de %1&#xa0;: l&apos;élément n&apos;existe plus sur le serveur. Quelqu&apos;un d&apos;autre l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <source>Could not %1: it is locked because some of its cycles are in progress or being verified. Try again when they are finished.</source>
        <translation>Impossible de %1&#xa0;: l&apos;élément est verrouillé, car certains de ses cycles sont en cours ou en vérification. Réessayez lorsqu&apos;ils seront terminés.</translation>
    </message>
    <message>
        <source>Could not %1: the server is receiving too many requests. Please wait a moment and try again.</source>
        <translation>Impossible de %1&#xa0;: le serveur reçoit trop de requêtes. Veuillez patienter un instant, puis réessayer.</translation>
    </message>
    <message>
        <source>Could not %1: the server had an internal problem (HTTP %2). Please try again later.</source>
        <translation>Impossible de %1&#xa0;: le serveur a rencontré un problème interne (HTTP %2). Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>Could not %1: the server answered with an unexpected status (HTTP %2).</source>
        <translation>Impossible de %1&#xa0;: le serveur a répondu avec un statut inattendu (HTTP %2).</translation>
    </message>
    <message>
        <source>Could not %1: the server cannot be reached. Check the network connection and the server address.</source>
        <translation>Impossible de %1&#xa0;: le serveur est injoignable. Vérifiez la connexion réseau et l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Could not %1: the server did not answer in time. Please try again.</source>
        <translation>Impossible de %1&#xa0;: le serveur n&apos;a pas répondu à temps. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Could not %1: the secure connection to the server failed (certificate or TLS problem). The request was not sent.</source>
        <translation>Impossible de %1&#xa0;: la connexion sécurisée au serveur a échoué (problème de certificat ou de TLS). La requête n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer could not be understood.</source>
        <translation>Impossible de %1&#xa0;: la réponse du serveur est incompréhensible.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Opération annulée&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) could not be shown because the server sent invalid data for them.</source>
        <translation>
            <numerusform>%Ln lot n’a pas pu être affiché car le serveur a envoyé des données non valides.</numerusform>
            <numerusform>%Ln lots n’ont pas pu être affichés car le serveur a envoyé des données non valides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) could not be shown because the server sent invalid data for them: %1</source>
        <translation>
            <numerusform>%Ln lot n’a pas pu être affiché car le serveur a envoyé des données non valides&#xa0;: %1</numerusform>
            <numerusform>%Ln lots n’ont pas pu être affichés car le serveur a envoyé des données non valides&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not %1: the server sent an empty answer. Please try again.</source>
        <translation>Impossible de %1&#xa0;: le serveur a envoyé une réponse vide. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Could not %1: the server answered with a web page instead of data. Check the server address; a proxy or a sign-in page of the network may be in the way.</source>
        <translation>Impossible de %1&#xa0;: le serveur a répondu par une page web au lieu de données. Vérifiez l’adresse du serveur&#xa0;; un proxy ou une page de connexion du réseau fait peut-être obstacle.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer was far larger than expected, so it was stopped.</source>
        <translation>Impossible de %1&#xa0;: la réponse du serveur était bien plus grande que prévu, elle a donc été interrompue.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer is malformed (nested too deeply) and was not used.</source>
        <translation>Impossible de %1&#xa0;: la réponse du serveur est mal formée (imbriquée trop profondément) et n’a pas été utilisée.</translation>
    </message>
    <message>
        <source>Could not %1 completely: the server sent the same page again, so loading was stopped.</source>
        <translation>Impossible de %1 entièrement&#xa0;: le serveur a renvoyé la même page, le chargement a donc été arrêté.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s answer was cut off before it was complete. Please try again.</source>
        <translation>Impossible de %1&#xa0;: la réponse du serveur a été coupée avant d’être complète. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>load the roles</source>
        <translation>charger les rôles</translation>
    </message>
    <message>
        <source>load the users of a role</source>
        <translation>charger les utilisateurs d’un rôle</translation>
    </message>
    <message>
        <source>read the completion metrics</source>
        <translation>lire les métriques des cycles terminés</translation>
    </message>
    <message>
        <source>load a queue&apos;s technicians</source>
        <translation>charger les techniciens d&apos;une file</translation>
    </message>
    <message>
        <source>Could not %1: this server does not offer them.</source>
        <translation>Impossible de %1&#xa0;: ce serveur ne propose pas ces données.</translation>
    </message>
    <message>
        <source>load the units of the batch</source>
        <translation>charger les unités du lot</translation>
    </message>
</context>
<context>
    <name>Niagara::CredentialStore</name>
    <message>
        <source>The system keychain could not be used (%1). You stay signed in until BatchDesk closes; your sign-in is not saved anywhere else.</source>
        <translation>Le trousseau du système n&apos;a pas pu être utilisé (%1). Vous restez connecté jusqu&apos;à la fermeture de BatchDesk&#x202f;; votre connexion n&apos;est enregistrée nulle part ailleurs.</translation>
    </message>
</context>
<context>
    <name>Niagara::OAuthSignIn</name>
    <message>
        <source>&lt;html&gt;&lt;body style=&quot;font-family:sans-serif&quot;&gt;&lt;h2&gt;Signed in to BatchDesk&lt;/h2&gt;&lt;p&gt;You can close this tab and return to BatchDesk.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body style=&quot;font-family:sans-serif&quot;&gt;&lt;h2&gt;Connecté à BatchDesk&lt;/h2&gt;&lt;p&gt;Vous pouvez fermer cet onglet et revenir à BatchDesk.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Signing in took too long. Start again, and finish in the browser within a few minutes.</source>
        <translation>La connexion a pris trop de temps. Recommencez, puis terminez-la dans le navigateur en quelques minutes.</translation>
    </message>
    <message>
        <source>BatchDesk could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>BatchDesk n&apos;a pas pu écouter sur 127.0.0.1 pour recevoir la réponse du navigateur.</translation>
    </message>
    <message>
        <source>The server refused the sign-in (%1).</source>
        <translation>Le serveur a refusé la connexion (%1).</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not renew the sign-in (%1).</source>
        <translation>Le serveur n&apos;a pas renouvelé la connexion (%1).</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in server could not be reached: %1</source>
        <translation>Le serveur de connexion est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the sign-in (HTTP %1).</source>
        <translation>Le serveur a refusé la connexion (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Niagara::StatusCategory</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>En vérification</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>Niagara::TransportPolicy</name>
    <message>
        <source>“%1” is not a server address. Enter one like https://api.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur. Saisissez une adresse comme https://api.example.com.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address; sign in instead.</source>
        <translation>N&apos;incluez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse du serveur&#x202f;; connectez-vous plutôt.</translation>
    </message>
    <message>
        <source>%1 must be reached over https: sign-in tokens are never sent unencrypted to another machine. Plain http is only allowed for 127.0.0.1 and ::1.</source>
        <translation>%1 doit être joint en https&#xa0;: les jetons de connexion ne sont jamais envoyés en clair à une autre machine. Le http simple n&apos;est autorisé que pour 127.0.0.1 et ::1.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (it must start with https://).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web (elle doit commencer par https://).</translation>
    </message>
</context>
</TS>
