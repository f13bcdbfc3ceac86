<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Newsline</name>
    <message>
        <source>Imports article files and folders (*.txt) into a workspace file, creating it when it does not exist. Importing is incremental: an unchanged file is skipped, a changed file is updated. Articles are stored in batches, each in one transaction, so an interrupted import keeps every finished batch.</source>
        <translation>Importe des fichiers et dossiers d&apos;articles (*.txt) dans un fichier d&apos;espace de travail, en le créant s&apos;il n&apos;existe pas. L&apos;importation est incrémentale : un fichier inchangé est ignoré, un fichier modifié est mis à jour. Les articles sont enregistrés par lots, chacun dans une transaction, de sorte qu&apos;une importation interrompue conserve tous les lots terminés.</translation>
    </message>
    <message>
        <source>Publication date of inputs whose front matter gives none.</source>
        <translation>Date de publication des entrées dont l&apos;en-tête n&apos;en donne pas.</translation>
    </message>
    <message>
        <source>Articles stored per transaction (default %1).</source>
        <translation>Articles enregistrés par transaction (par défaut : %1).</translation>
    </message>
    <message>
        <source>Article files or folders.</source>
        <translation>Fichiers ou dossiers d&apos;articles.</translation>
    </message>
    <message>
        <source>newsline import: give a workspace file and at least one article file or folder (see --help)</source>
        <translation>newsline import : indiquez un fichier d&apos;espace de travail et au moins un fichier ou dossier d&apos;articles (voir --help)</translation>
    </message>
    <message>
        <source>newsline import: --batch-size &quot;%1&quot; is not a positive number</source>
        <translation>newsline import : --batch-size « %1 » n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>newsline import: --published &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>newsline import : --published « %1 » n&apos;est pas une date (attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Re-extracting: %1/%2 articles</source>
        <translation>Nouvelle extraction : %1/%2 articles</translation>
    </message>
    <message>
        <source>Importing: %1/%2 files</source>
        <translation>Importation : %1/%2 fichiers</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 refused; the workspace holds %5 articles and %6 events.</source>
        <extracomment>%4 counts what was refused: &quot;2 files&quot;, &quot;1 feed item&quot;, &quot;2 files and 1 feed item&quot;, or &quot;nothing&quot;</extracomment>
        <translation>%1 ajoutés, %2 mis à jour, %3 inchangés, %4 refusés ; l&apos;espace de travail contient %5 articles et %6 événements.</translation>
    </message>
    <message>
        <source>Searches the quotes and articles of a workspace, best matches first, and prints each with a snippet (matched words in [brackets]). Words are all required; &quot;quoted words&quot; are a phrase; word* is a prefix. Exit status 0 when something was found, 1 when nothing, 2 on error.</source>
        <translation>Recherche dans les citations et les articles d&apos;un espace de travail, meilleurs résultats en premier, et affiche chacun avec un extrait (mots trouvés entre [crochets]). Tous les mots sont requis ; &quot;mots entre guillemets&quot; forment une expression ; mot* est un préfixe. Code de sortie 0 si quelque chose a été trouvé, 1 si rien, 2 en cas d&apos;erreur.</translation>
    </message>
    <message>
        <source>Only quotes said by this person (and articles naming them).</source>
        <translation>Seulement les citations de cette personne (et les articles qui la nomment).</translation>
    </message>
    <message>
        <source>Search quotes only.</source>
        <translation>Rechercher uniquement dans les citations.</translation>
    </message>
    <message>
        <source>Search articles only.</source>
        <translation>Rechercher uniquement dans les articles.</translation>
    </message>
    <message>
        <source>Results per kind (default 20).</source>
        <translation>Résultats par type (20 par défaut).</translation>
    </message>
    <message>
        <source>Words to search for (may be left out with --person).</source>
        <translation>Mots à rechercher (facultatifs avec --person).</translation>
    </message>
    <message>
        <source>newsline search: give a query and a workspace file (see --help)</source>
        <translation>newsline search : indiquez une requête et un fichier d&apos;espace de travail (voir --help)</translation>
    </message>
    <message>
        <source>newsline search: --limit &quot;%1&quot; is not a positive number</source>
        <translation>newsline search : --limit « %1 » n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>newsline search: the query holds no word to search for</source>
        <translation>newsline search : la requête ne contient aucun mot à rechercher</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Citations (%1)</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(non attribuée)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: empty file, not a Newsline workspace</source>
        <translation>%1 : fichier vide, pas un espace de travail Newsline</translation>
    </message>
    <message>
        <source>%1: not a Newsline workspace (not an SQLite database); the file was left untouched</source>
        <translation>%1 : pas un espace de travail Newsline (pas une base SQLite) ; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1: the search failed: %2</source>
        <translation>%1 : la recherche a échoué : %2</translation>
    </message>
    <message>
        <source>no temporary workspace could be made in %1: %2</source>
        <translation>impossible de créer un espace de travail temporaire dans %1 : %2</translation>
    </message>
    <message>
        <source>Writes the events, figures or quotes of a workspace or of article files for other tools: CSV tables (csv: events, figures-csv, quotes-csv), the extract JSON (json), iCalendar (ics) or TimelineJS (timelinejs). Every fact keeps the offsets of its source text.</source>
        <translation>Écrit les événements, montants ou citations d’un espace de travail ou de fichiers d’articles pour d’autres outils : tableaux CSV (csv : events, figures-csv, quotes-csv), le JSON d’extraction (json), iCalendar (ics) ou TimelineJS (timelinejs). Chaque fait garde la position de son texte source.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>L’un de : %1.</translation>
    </message>
    <message>
        <source>File to write (default: standard output).</source>
        <translation>Fichier à écrire (par défaut : la sortie standard).</translation>
    </message>
    <message>
        <source>Title of a TimelineJS timeline.</source>
        <translation>Titre d’une chronologie TimelineJS.</translation>
    </message>
    <message>
        <source>Publication date of inputs that give none.</source>
        <translation>Date de publication des entrées qui n’en donnent pas.</translation>
    </message>
    <message>
        <source>--format is missing (one of: %1)</source>
        <translation>--format manque (l’un de : %1)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (one of: %2)</source>
        <translation>format « %1 » inconnu (l’un de : %2)</translation>
    </message>
    <message>
        <source>--published &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>--published « %1 » n’est pas une date (attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>no input given (see --help)</source>
        <translation>aucune entrée donnée (voir --help)</translation>
    </message>
    <message>
        <source>Newsline timeline</source>
        <translation>Chronologie Newsline</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Keeps the exchange rates current. `rates status` says how old the rates in use are; `rates update` downloads the ECB&apos;s full history (or reads --from FILE|URL), checks it and stores it in your data folder; the bundled table is never changed and stays the fallback.

%1</source>
        <translation>Tient les taux de change à jour. `rates status` dit l’âge des taux utilisés ; `rates update` télécharge l’historique complet de la BCE (ou lit --from FICHIER|URL), le vérifie et l’enregistre dans votre dossier de données ; la table fournie avec le programme ne change jamais et reste la solution de repli.

%1</translation>
    </message>
    <message>
        <source>A file or URL of the ECB&apos;s eurofxref-hist (CSV or zip).</source>
        <translation>Un fichier ou une URL de l’eurofxref-hist de la BCE (CSV ou zip).</translation>
    </message>
    <message>
        <source>status or update.</source>
        <translation>status ou update.</translation>
    </message>
    <message>
        <source>newsline rates: say status or update (see --help)</source>
        <translation>newsline rates : indiquez status ou update (voir --help)</translation>
    </message>
    <message>
        <source>newsline rates: %1: %2; the rates in use are kept</source>
        <translation>newsline rates : %1 : %2 ; les taux utilisés sont conservés</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>newsline rates: %1; the rates in use are kept (%2)</source>
        <translation>newsline rates : %1 ; les taux utilisés sont conservés (%2)</translation>
    </message>
    <message>
        <source>Stored rates up to %1 in %2; articles read from now on get dollar values at them, and a workspace&apos;s figures without one get one when it is next opened or imported into.</source>
        <translation>Taux jusqu’au %1 enregistrés dans %2 ; les articles lus désormais reçoivent leurs valeurs en dollars à ces taux, et les montants d’un espace de travail qui n’en avaient pas en reçoivent une à sa prochaine ouverture ou importation.</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, device or socket); only article files are read</source>
        <translation>n’est pas un fichier ordinaire (tube, périphérique ou socket) ; seuls les fichiers d’articles sont lus</translation>
    </message>
    <message>
        <source>file is %1 bytes, over the limit of %2 bytes (%3 MiB) for one article</source>
        <translation>le fichier fait %1 octets, au-delà de la limite de %2 octets (%3 Mio) pour un article</translation>
    </message>
    <message>
        <source>file grew past the limit of %1 bytes (%2 MiB) for one article while it was read</source>
        <translation>le fichier a dépassé la limite de %1 octets (%2 Mio) pour un article pendant sa lecture</translation>
    </message>
    <message>
        <source>newsline copy-workspace: --batch-size &quot;%1&quot; is not a positive number</source>
        <translation>newsline copy-workspace : --batch-size « %1 » n’est pas un nombre positif</translation>
    </message>
    <message>
        <source>Copying: %1/%2 articles</source>
        <translation>Copie : %1/%2 articles</translation>
    </message>
    <message>
        <source>stopped: %1; the batches copied before are kept</source>
        <translation>interrompu : %1 ; les lots copiés auparavant sont conservés</translation>
    </message>
    <message>
        <source>The workspace file (.newsline), or a team workspace (postgresql://...).</source>
        <translation>Le fichier d’espace de travail (.newsline), ou un espace de travail d’équipe (postgresql://...).</translation>
    </message>
    <message>
        <source>Copies a workspace into another: a workspace file to a team workspace on a PostgreSQL server, a team workspace to a file, or one file into another. Articles go with their extraction, the analyst&apos;s corrections with them; an article already there (the same content) and a correction already there are not copied twice, so copying again, or from several analysts, adds only what is new. A file destination is created when missing. The password comes from ~/.pgpass, PGPASSWORD or a libpq service, never from the command line.</source>
        <translation>Copie un espace de travail dans un autre : un fichier d’espace de travail vers un espace de travail d’équipe sur un serveur PostgreSQL, un espace de travail d’équipe vers un fichier, ou un fichier dans un autre. Les articles sont copiés avec leur extraction, et les corrections de l’analyste avec eux ; un article déjà présent (même contenu) et une correction déjà présente ne sont pas copiés deux fois : copier de nouveau, ou depuis plusieurs analystes, n’ajoute que ce qui est nouveau. Un fichier de destination absent est créé. Le mot de passe vient de ~/.pgpass, de PGPASSWORD ou d’un service libpq, jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>Articles per transaction (default %1).</source>
        <translation>Articles par transaction (%1 par défaut).</translation>
    </message>
    <message>
        <source>The workspace to copy: a file (.newsline) or postgresql://...</source>
        <translation>L’espace de travail à copier : un fichier (.newsline) ou postgresql://...</translation>
    </message>
    <message>
        <source>The workspace to copy into: postgresql://user@host:port/database[?sslmode=...], or a file.</source>
        <translation>L’espace de travail de destination : postgresql://utilisateur@hôte:port/base[?sslmode=...], ou un fichier.</translation>
    </message>
    <message>
        <source>newsline copy-workspace: give the workspace to copy and the one to copy into (see --help)</source>
        <translation>newsline copy-workspace : indiquez l’espace de travail à copier et celui de destination (voir --help)</translation>
    </message>
    <message>
        <source>%1 articles added, %2 updated, %3 already there, %4 corrections added; %5 holds %6 articles.</source>
        <translation>%1 articles ajoutés, %2 mis à jour, %3 déjà présents, %4 corrections ajoutées ; %5 contient %6 articles.</translation>
    </message>
    <message>
        <source>A workspace file (.newsline) or team workspace (postgresql://...), or article files or folders.</source>
        <translation>Un fichier d’espace de travail (.newsline) ou un espace de travail d’équipe (postgresql://...), ou des fichiers ou dossiers d’articles.</translation>
    </message>
</context>
<context>
    <name>Newsline::ArticleReader</name>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not an article file</source>
        <translation>est un dossier, pas un fichier d&apos;article</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>ouverture impossible : %1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>file holds only white space</source>
        <translation>le fichier ne contient que des espaces</translation>
    </message>
    <message>
        <source>binary file, not text (NUL byte at byte offset %1)</source>
        <translation>fichier binaire, pas du texte (octet NUL à la position %1)</translation>
    </message>
    <message>
        <source>not valid UTF-8 (invalid byte 0x%1 at byte offset %2)</source>
        <translation>UTF-8 non valide (octet invalide 0x%1 à la position %2)</translation>
    </message>
    <message>
        <source>front matter opened on line 1 is never closed with &quot;---&quot;</source>
        <translation>l&apos;en-tête ouvert à la ligne 1 n&apos;est jamais fermé par « --- »</translation>
    </message>
    <message>
        <source>line %1: front matter line is not &quot;key: value&quot;</source>
        <translation>ligne %1 : la ligne d&apos;en-tête n&apos;est pas de la forme « clé: valeur »</translation>
    </message>
    <message>
        <source>line %1: malformed date &quot;%2&quot; for %3 (expected YYYY-MM-DD)</source>
        <translation>ligne %1 : date « %2 » mal formée pour %3 (attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>article has no text after its front matter</source>
        <translation>l&apos;article n&apos;a pas de texte après son en-tête</translation>
    </message>
    <message>
        <source>symbolic link that leads nowhere (its target is missing or a loop)</source>
        <translation>lien symbolique qui ne mène nulle part (cible absente ou boucle)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>binary data in the web archive&apos;s HTML part</source>
        <translation>données binaires dans la partie HTML de l’archive web</translation>
    </message>
    <message>
        <source>web page holds no article text</source>
        <translation>la page web ne contient aucun texte d’article</translation>
    </message>
    <message>
        <source>web page holds only site furniture (menus, links, notices), no article text</source>
        <translation>la page web ne contient que l’habillage du site (menus, liens, mentions), aucun texte d’article</translation>
    </message>
    <message>
        <source>its only item %1</source>
        <translation>son seul élément %1</translation>
    </message>
    <message>
        <source>none of the feed&apos;s %1 items has text</source>
        <translation>aucun des %1 éléments du flux n’a de texte</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>illisible : permission refusée</translation>
    </message>
    <message>
        <source>folder holds no article files (%1)</source>
        <translation>le dossier ne contient aucun fichier d’article (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed item(s)</source>
        <translation>
            <numerusform>%n élément de flux</numerusform>
            <numerusform>%n éléments de flux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 a number of files, %2 a number of items of RSS or Atom feeds</extracomment>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>Newsline::ArticleSearchPanel</name>
    <message>
        <source>Article search</source>
        <translation>Recherche d&apos;articles</translation>
    </message>
    <message>
        <source>&amp;Find in articles:</source>
        <translation>&amp;Rechercher dans les articles :</translation>
    </message>
    <message>
        <source>words or &quot;a phrase&quot;</source>
        <translation>mots ou &quot;une expression&quot;</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Rechercher dans les articles</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>Articles trouvés</translation>
    </message>
    <message>
        <source>Article search works on a workspace. To make one from the articles you have open, choose File → Save Workspace As…</source>
        <translation>La recherche d&apos;articles fonctionne sur un espace de travail. Pour en créer un à partir des articles ouverts, choisissez Fichier → Enregistrer l&apos;espace de travail sous…</translation>
    </message>
    <message>
        <source>Type words to find the articles that contain them; put &quot;quotes&quot; around a phrase.</source>
        <translation>Tapez des mots pour trouver les articles qui les contiennent ; mettez une expression entre &quot;guillemets&quot;.</translation>
    </message>
    <message>
        <source>No article contains “%1”.</source>
        <translation>Aucun article ne contient « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), the best %1 shown</source>
        <translation>
            <numerusform>%n article ; les %1 meilleurs sont affichés</numerusform>
            <numerusform>%n articles ; les %1 meilleurs sont affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <source>Source unknown</source>
        <translation>Source inconnue</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>publié le %1</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>date de publication inconnue</translation>
    </message>
    <message>
        <source>translated from %1</source>
        <translation>traduit (langue originale : %1)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Quote (speaker unknown)</source>
        <translation>Citation (locuteur inconnu)</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Citation : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Money: %1 %2</source>
        <translation>Montant : %1 %2</translation>
    </message>
</context>
<context>
    <name>Newsline::BriefingComposer</name>
    <message>
        <source>“%1”</source>
        <comment>a quotation</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Newsline briefing</source>
        <translation>Note de synthèse Newsline</translation>
    </message>
    <message>
        <source>all events and articles</source>
        <translation>tous les événements et articles</translation>
    </message>
    <message>
        <source>the lanes %1</source>
        <translation>les axes %1</translation>
    </message>
    <message>
        <source>events picked by the analyst</source>
        <translation>événements choisis par l&apos;analyste</translation>
    </message>
    <message>
        <source>the events and articles of the period</source>
        <translation>les événements et articles de la période</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Établie le : %1</translation>
    </message>
    <message>
        <source>Articles: %1 · Sources: %2 · Events: %3</source>
        <translation>Articles : %1 · Sources : %2 · Événements : %3</translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation>Couvre : %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Autres événements</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No dated events to draw; the sections below list what the articles give.</source>
        <translation>Aucun événement daté à tracer ; les sections suivantes reprennent ce que donnent les articles.</translation>
    </message>
    <message>
        <source>Numbers refer to the event list. Filled marker: date stated in an article; hollow marker: date from the publication date; bar: an event dated to a month or a year.</source>
        <translation>Les numéros renvoient à la liste des événements. Marque pleine : date donnée par un article ; marque creuse : date de publication ; barre : événement daté au mois ou à l&apos;année.</translation>
    </message>
    <message>
        <source>Labels left out where markers crowd: %1; every event is in the event list.</source>
        <translation>Étiquettes omises là où les marques se serrent : %1 ; chaque événement figure dans la liste.</translation>
    </message>
    <message>
        <source>Events without a date, not drawn: %1.</source>
        <translation>Événements sans date, non tracés : %1.</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Money figures</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>No money figures were found in the selected articles.</source>
        <translation>Aucun montant n&apos;a été trouvé dans les articles retenus.</translation>
    </message>
    <message>
        <source>US dollar equivalents at the exchange rate of the date shown; the amount as the article gives it stays beside.</source>
        <translation>Équivalents en dollars américains au taux de change de la date indiquée ; le montant tel que l&apos;article le donne figure à côté.</translation>
    </message>
    <message>
        <source>The chart compares the %1 largest of %2 figures; the table lists all.</source>
        <translation>Le graphique compare les %1 plus grands des %2 montants ; le tableau les donne tous.</translation>
    </message>
    <message>
        <source>Figures without a known dollar rate, only in the table: %1.</source>
        <translation>Montants sans taux connu en dollars, seulement dans le tableau : %1.</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Texte original</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>USD equivalent</source>
        <translation>Équivalent USD</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>Date du taux</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>no rate known</source>
        <translation>taux inconnu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>event number and type</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>amount and currency code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key quotes</source>
        <translation>Citations clés</translation>
    </message>
    <message>
        <source>No direct quotations were found in the selected articles.</source>
        <translation>Aucune citation directe n&apos;a été trouvée dans les articles retenus.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Speaker not named</source>
        <translation>Locuteur non nommé</translation>
    </message>
    <message>
        <source>role not stated</source>
        <translation>fonction non précisée</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>outlet not named</source>
        <translation>média non nommé</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>date de publication inconnue</translation>
    </message>
    <message>
        <source>— %1, %2, %3 %4</source>
        <translation>— %1, %2, %3 %4</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No events were extracted from the selected articles.</source>
        <translation>Aucun événement n&apos;a été extrait des articles retenus.</translation>
    </message>
    <message>
        <source>%1. %2 · %3 %4</source>
        <translation>%1. %2 · %3 %4</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Acteurs : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>date stated in the article</source>
        <translation>date donnée par l&apos;article</translation>
    </message>
    <message>
        <source>date from publication date</source>
        <translation>date tirée de la date de publication</translation>
    </message>
    <message>
        <source>date set by the analyst</source>
        <translation>date fixée par l&apos;analyste</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>Axe : %1</translation>
    </message>
    <message>
        <source>Money: %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <source>Money: amount not disclosed</source>
        <translation>Montant : non divulgué</translation>
    </message>
    <message>
        <source>date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>le montant</translation>
    </message>
    <message>
        <source>Sources disagree on the %1: %2</source>
        <translation>Les sources divergent sur %1 : %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>citation and excerpt</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>non nommé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Outlet: %1 · Published: %2 · Original language: %3</source>
        <translation>Média : %1 · Publié le : %2 · Langue originale : %3</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Further passages reporting it: %1</source>
        <translation>Autres passages qui le rapportent : %1</translation>
    </message>
    <message>
        <source>The %1 companies with the most deals of the period, one lane each.</source>
        <translation>Les %1 entreprises aux opérations les plus nombreuses de la période, une ligne chacune.</translation>
    </message>
    <message>
        <source>Not drawn: %1 more companies, %2 events; see the event list.</source>
        <translation>Non représentés : %1 autres entreprises, %2 événements ; voir la liste des événements.</translation>
    </message>
    <message>
        <source>Deal amounts, largest first, in US dollars at the exchange rate of the deal&apos;s date; the amount as the story gives it and the price of one share stay beside. Deals: %1.</source>
        <translation>Montants des opérations, du plus élevé au plus faible, en dollars US au taux de change du jour de l&apos;opération ; le montant donné par l&apos;article et le prix par action figurent à côté. Opérations : %1.</translation>
    </message>
    <message>
        <source>The chart compares the %1 largest; the table lists all.</source>
        <translation>Le graphique compare les %1 plus élevés ; le tableau les donne tous.</translation>
    </message>
    <message>
        <source>Amounts without a known dollar rate, at the end of the table: %1.</source>
        <translation>Montants sans taux en dollars connu, en fin de tableau : %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Per share</source>
        <translation>Par action</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>no dollar rate known (not compared)</source>
        <translation>taux en dollars inconnu (non comparé)</translation>
    </message>
    <message>
        <source>Other amounts the articles cite (no deal&apos;s amount)</source>
        <translation>Autres montants cités par les articles (pas des montants d&apos;opérations)</translation>
    </message>
    <message>
        <source>Sample article bundled with Newsline: %1</source>
        <translation>Article d&apos;exemple fourni avec Newsline : %1</translation>
    </message>
    <message numerus="yes">
        <source>Exchange rates: ECB reference rates to %1, %n day(s) before this briefing; the ECB has none before 1999.</source>
        <translation>
            <numerusform>Taux de change : taux de référence de la BCE jusqu’au %1, %n jour avant ce dossier ; la BCE n’en publie pas avant 1999.</numerusform>
            <numerusform>Taux de change : taux de référence de la BCE jusqu’au %1, %n jours avant ce dossier ; la BCE n’en publie pas avant 1999.</numerusform>
        </translation>
    </message>
    <message>
        <source>no ECB rate before 1999</source>
        <translation>pas de taux BCE avant 1999</translation>
    </message>
    <message>
        <source>newer than the rates (to %1)</source>
        <translation>plus récent que les taux (jusqu’au %1)</translation>
    </message>
    <message>
        <source>The chart compares the %1 largest; the table lists the %2 largest.</source>
        <translation>Le graphique compare les %1 plus élevés ; le tableau donne les %2 plus élevés.</translation>
    </message>
    <message>
        <source>Amounts without a known dollar rate: %1; the first %2 close the table.</source>
        <translation>Montants sans taux en dollars connu : %1 ; les %2 premiers terminent le tableau.</translation>
    </message>
    <message>
        <source>Not in the table: %1 more deals with a smaller amount or without a dollar rate. The workspace lists every one, and File → Export… or newsline export writes them all.</source>
        <translation>Hors du tableau : %1 autres opérations, d&apos;un montant plus faible ou sans taux en dollars. L&apos;espace de travail les liste toutes, et Fichier → Exporter… ou newsline export les écrit toutes.</translation>
    </message>
    <message>
        <source>Other amounts the articles cite, no deal&apos;s amount (assets, earnings, prices): %1; the workspace lists every one.</source>
        <translation>Autres montants cités par les articles, qui ne sont pas des montants d&apos;opérations (actifs, résultats, prix) : %1 ; l&apos;espace de travail les liste tous.</translation>
    </message>
    <message>
        <source>The table lists the %1 largest of %2 figures.</source>
        <translation>Le tableau donne les %1 plus élevés des %2 montants.</translation>
    </message>
    <message>
        <source>Not in the table: %1 smaller figures or figures without a dollar rate. The workspace lists every one, and File → Export… or newsline export writes them all.</source>
        <translation>Hors du tableau : %1 montants plus faibles ou sans taux en dollars. L&apos;espace de travail les liste tous, et Fichier → Exporter… ou newsline export les écrit tous.</translation>
    </message>
    <message>
        <source>%1 of %2 quotations, from the stories behind the events that rank first; the window&apos;s quote search finds every one.</source>
        <translation>%1 citations sur %2, tirées des articles des événements classés en tête ; la recherche de citations de la fenêtre les trouve toutes.</translation>
    </message>
    <message>
        <source>The %1 events that rank first, of %2: main deals before events recalled in passing, by dollar amount, by number of sources and by recency; listed by date. The workspace and its exports hold every event.</source>
        <translation>Les %1 événements classés en tête, sur %2 : les opérations principales avant les événements rappelés en passant, puis par montant en dollars, par nombre de sources et du plus récent au plus ancien ; présentés par date. L&apos;espace de travail et ses exports contiennent tous les événements.</translation>
    </message>
    <message>
        <source>The %1 articles cited above, of %2 read; every article is in the workspace.</source>
        <translation>Les %1 articles cités plus haut, sur %2 lus ; tous les articles sont dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Labels left out where markers crowd: %1; the window&apos;s timeline shows every event.</source>
        <translation>Étiquettes omises là où les marques se serrent : %1 ; la frise de la fenêtre montre chaque événement.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <source>main or background</source>
        <translation>principal ou secondaire</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>merged from several events</source>
        <translation>fusionné à partir de plusieurs événements</translation>
    </message>
    <message>
        <source>split from another event</source>
        <translation>séparé d’un autre événement</translation>
    </message>
    <message>
        <source>added from the text</source>
        <translation>ajouté depuis le texte</translation>
    </message>
    <message>
        <source>✎ Set by the analyst on %1: %2</source>
        <translation>✎ Fixé par l’analyste le %1 : %2</translation>
    </message>
    <message>
        <source>names of merged entities</source>
        <translation>noms d’entités fusionnées</translation>
    </message>
    <message>
        <source>✎ Analyst&apos;s note: %1</source>
        <translation>✎ Note de l’analyste : %1</translation>
    </message>
</context>
<context>
    <name>Newsline::BriefingFormat</name>
    <message>
        <source>%1 to %2</source>
        <comment>a range of amounts</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>no dollar rate known</source>
        <translation>taux en dollars inconnu</translation>
    </message>
    <message>
        <source>%1 (no dollar rate known)</source>
        <translation>%1 (taux en dollars inconnu)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>dollar equivalent and original</comment>
        <extracomment>%1 the US dollar equivalent, %2 the amount as the article gives it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Qt date format of a full date in running text</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Qt date format of a month and year</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>period unknown</source>
        <translation>période inconnue</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of a period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>investissement</translation>
    </message>
    <message>
        <source>valuation</source>
        <translation>valorisation</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>partenariat</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lancement</translation>
    </message>
    <message>
        <source>founding</source>
        <translation>fondation</translation>
    </message>
    <message>
        <source>acquisition</source>
        <translation>acquisition</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>annonce</translation>
    </message>
    <message>
        <source>regulatory action</source>
        <translation>action réglementaire</translation>
    </message>
    <message>
        <source>other event</source>
        <translation>autre événement</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name and its own name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>la semaine du %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>currency code and amount</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Newsline::BriefingSummary</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of names</comment>
        <extracomment>%1 a list of names separated by commas, %2 the last name</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>period unknown</source>
        <translation>période inconnue</translation>
    </message>
    <message>
        <source>News briefing, %1</source>
        <translation>Note d&apos;actualité, %1</translation>
    </message>
    <message>
        <source>%1&apos;s partnerships and investments, %2</source>
        <translation>Partenariats et investissements de %1, %2</translation>
    </message>
    <message>
        <source>%1&apos;s partnerships, %2</source>
        <translation>Partenariats de %1, %2</translation>
    </message>
    <message>
        <source>%1&apos;s investments, %2</source>
        <translation>Investissements de %1, %2</translation>
    </message>
    <message>
        <source>%1: events, %2</source>
        <translation>%1 : événements, %2</translation>
    </message>
    <message>
        <source>%1 in the news, %2</source>
        <translation>%1 dans l&apos;actualité, %2</translation>
    </message>
    <message>
        <source>On a date the sources do not give</source>
        <translation>À une date que les sources ne donnent pas</translation>
    </message>
    <message>
        <source>On %1</source>
        <comment>a full date</comment>
        <translation>Le %1</translation>
    </message>
    <message>
        <source>In %1</source>
        <comment>a month or a year</comment>
        <translation>En %1</translation>
    </message>
    <message>
        <source>%1 (date from publication date)</source>
        <translation>%1 (date tirée de la date de publication)</translation>
    </message>
    <message>
        <source>%1, %2 partnered with %3</source>
        <translation>%1, %2 s&apos;est associé à %3</translation>
    </message>
    <message>
        <source>%1, %2&apos;s investment in %4 stood at a total of %3</source>
        <extracomment>%1 a date phrase (&quot;On 27 February 2024&quot;), %2 the investor, %3 the amount, %4 the company invested in</extracomment>
        <translation>%1, l&apos;investissement de %2 dans %4 atteignait au total %3</translation>
    </message>
    <message>
        <source>%1, %2 invested %3 in %4</source>
        <translation>%1, %2 a investi %3 dans %4</translation>
    </message>
    <message>
        <source>%1, %2 invested in %3; the amount was not disclosed</source>
        <translation>%1, %2 a investi dans %3 ; le montant n&apos;a pas été divulgué</translation>
    </message>
    <message>
        <source>%1, %2 was valued at %3</source>
        <translation>%1, %2 a été valorisé à %3</translation>
    </message>
    <message>
        <source>%1, %2 acquired %3</source>
        <translation>%1, %2 a acquis %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>%1; amount cited: %2</source>
        <translation>%1 ; montant cité : %2</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <comment>a sentence and its citation</comment>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Articles read: %1, from sources: %2.</source>
        <translation>Articles lus : %1, provenant de sources : %2.</translation>
    </message>
    <message>
        <source>No dated events were extracted from them; the figures and quotes below are listed as the articles give them.</source>
        <translation>Aucun événement daté n&apos;en a été extrait ; les montants et citations ci-dessous sont repris tels que les articles les donnent.</translation>
    </message>
    <message>
        <source>Further events, in the event list: %1.</source>
        <translation>Autres événements, dans la liste : %1.</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investissements</translation>
    </message>
    <message>
        <source>Valuations</source>
        <translation>Valorisations</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>Lancements</translation>
    </message>
    <message>
        <source>Foundings</source>
        <translation>Créations</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Acquisitions</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>Regulatory actions</source>
        <translation>Mesures réglementaires</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Autres événements</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last month of a period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <comment>companies, types and period</comment>
        <extracomment>%1 companies, %2 event types (&quot;Acquisitions and investments&quot;), %3 the period</extracomment>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>%1: deals and events, %2</source>
        <translation>%1 : opérations et événements, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>event types and period</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Deals and events of %1 companies, %2</source>
        <extracomment>%1 the number of companies, %2 the period</extracomment>
        <translation>Opérations et événements de %1 entreprises, %2</translation>
    </message>
    <message>
        <source>Events of %1 companies, %2</source>
        <translation>Événements de %1 entreprises, %2</translation>
    </message>
    <message>
        <source>%1 (%2 a share)</source>
        <extracomment>%1 a deal&apos;s amount, %2 the price of one share</extracomment>
        <translation>%1 (%2 par action)</translation>
    </message>
    <message>
        <source>%1, %2 agreed to merge with %3 in a deal worth %4</source>
        <translation>%1, %2 a convenu de fusionner avec %3 dans une opération de %4</translation>
    </message>
    <message>
        <source>%1, %2 agreed to acquire %3 for %4</source>
        <translation>%1, %2 a convenu d&apos;acquérir %3 pour %4</translation>
    </message>
    <message>
        <source>%1, %2 partnered with %3 in a deal worth %4</source>
        <translation>%1, %2 s&apos;est associé à %3 dans une opération de %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Events they report: %1, of which main deals: %2.</source>
        <translation>Événements rapportés : %1, dont opérations principales : %2.</translation>
    </message>
    <message>
        <source>Deals with a disclosed amount: %1, together worth %2.</source>
        <translation>Opérations au montant connu : %1, pour un total de %2.</translation>
    </message>
    <message>
        <source>Amounts without a known dollar rate, not counted: %1.</source>
        <translation>Montants sans taux en dollars connu, non comptés : %1.</translation>
    </message>
    <message>
        <source>The largest deal: %1</source>
        <translation>L&apos;opération la plus importante : %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (%2 deals: events %3)</source>
        <extracomment>%1 a company, %2 its number of deals, %3 the numbers of the first ones in the event list</extracomment>
        <translation>%1 (%2 opérations : événements %3)</translation>
    </message>
    <message>
        <source>Most active companies: %1.</source>
        <translation>Entreprises les plus actives : %1.</translation>
    </message>
    <message>
        <source>%1 (%2 deals)</source>
        <extracomment>%1 a company, %2 its number of deals (none of them in the briefing&apos;s shortened event list)</extracomment>
        <translation>%1 (%2 opérations)</translation>
    </message>
    <message>
        <source>Further events: %1. The event list details the %2 that rank first; the workspace and its exports hold every one.</source>
        <translation>Autres événements : %1. La liste des événements détaille les %2 classés en tête ; l&apos;espace de travail et ses exports les contiennent tous.</translation>
    </message>
</context>
<context>
    <name>Newsline::BriefingWriter</name>
    <message>
        <source>the corpus holds no articles, so there is nothing to brief</source>
        <translation>le corpus ne contient aucun article : rien à synthétiser</translation>
    </message>
    <message>
        <source>none of the picked events or lanes is in the corpus</source>
        <translation>aucun des événements ou axes choisis n&apos;est dans le corpus</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>no article or event falls between %1 and %2</source>
        <translation>aucun article ni événement entre %1 et %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation>impossible d&apos;écrire %1 : le PDF n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <source>the briefing was cancelled</source>
        <translation>la note a été annulée</translation>
    </message>
    <message>
        <source>Newsline briefing · %1</source>
        <translation>Note de synthèse Newsline · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Newsline::DateFormat</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format: day, short month, year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>Qt date format: short month, year</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>Qt date format: day, short month</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>Qt date format: short month alone</comment>
        <translation>MMM</translation>
    </message>
</context>
<context>
    <name>Newsline::EntityMergeDialog</name>
    <message>
        <source>Merge Entities</source>
        <translation>Fusionner des entités</translation>
    </message>
    <message>
        <source>Check the names that stand for one company or person; they are shown by one name everywhere, and quote search by person finds any of them.</source>
        <translation>Cochez les noms qui désignent une même entreprise ou personne ; ils sont affichés partout sous un seul nom, et la recherche de citations par personne les trouve tous.</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>Tapez pour restreindre la liste</translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation>Filtrer les noms</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Noms :</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation>&amp;Affiché comme :</translation>
    </message>
</context>
<context>
    <name>Newsline::EventEditDialog</name>
    <message>
        <source>buyer</source>
        <translation>acheteur</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>acheté</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>vendeur</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>investisseur</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>financé</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>valued</source>
        <translation>valorisé</translation>
    </message>
    <message>
        <source>regulator</source>
        <translation>régulateur</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>&amp;Daté</translation>
    </message>
    <message>
        <source>Only &amp;reported then: it happened on or before</source>
        <translation>Seulement &amp;rapporté à cette date : survenu à cette date ou avant</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Parties and their roles</source>
        <translation>Parties et leurs rôles</translation>
    </message>
    <message>
        <source>&amp;Add Party</source>
        <translation>&amp;Ajouter une partie</translation>
    </message>
    <message>
        <source>Re&amp;move Party</source>
        <translation>Re&amp;tirer la partie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation>Montant de l’opération</translation>
    </message>
    <message>
        <source>the news</source>
        <translation>l’actualité</translation>
    </message>
    <message>
        <source>recalled in passing (background)</source>
        <translation>rappelé en passant (contexte)</translation>
    </message>
    <message>
        <source>Main or background</source>
        <translation>Principal ou contexte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why the analyst changed it (optional)</source>
        <translation>Pourquoi l’analyste l’a modifié (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Parties :</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Party name</source>
        <translation>Nom de la partie</translation>
    </message>
    <message>
        <source>Party role</source>
        <translation>Rôle de la partie</translation>
    </message>
</context>
<context>
    <name>Newsline::EventFilterBar</name>
    <message>
        <source>Event filter</source>
        <translation>Filtre des événements</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <source>words, 1987-03, &gt; 1B</source>
        <translation>mots, 1987-03, &gt; 1B</translation>
    </message>
    <message>
        <source>Every word must match: a date (1987, 1987-03), an amount in US dollars (&gt; 1B, &lt;= 500M, 2.17B), a company, a type or the article&apos;s wording</source>
        <translation>Chaque mot doit correspondre : une date (1987, 1987-03), un montant en dollars américains (&gt; 1B, &lt;= 500M, 2.17B), une entreprise, un type ou la formulation de l&apos;article</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Toutes les entreprises</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>1987 or 1987-01..1987-06</source>
        <translation>1987 ou 1987-01..1987-06</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Main events only</source>
        <translation>Événements &amp;principaux seulement</translation>
    </message>
    <message>
        <source>Leave out events the articles only recall in passing</source>
        <translation>Écarter les événements que les articles ne font que rappeler en passant</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 sur %n événement</numerusform>
            <numerusform>%1 sur %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>period not understood</source>
        <translation>période non comprise</translation>
    </message>
</context>
<context>
    <name>Newsline::EventListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Montant (USD)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>partenariat</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>investissement</translation>
    </message>
    <message>
        <source>valuation</source>
        <translation>valorisation</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lancement</translation>
    </message>
    <message>
        <source>founding</source>
        <translation>fondation</translation>
    </message>
    <message>
        <source>acquisition</source>
        <translation>acquisition</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>annonce</translation>
    </message>
    <message>
        <source>regulatory</source>
        <translation>réglementaire</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>date from the text</source>
        <translation>date tirée du texte</translation>
    </message>
    <message>
        <source>dated by publication</source>
        <translation>daté par la date de publication</translation>
    </message>
    <message>
        <source>date set by an analyst</source>
        <translation>date fixée par un analyste</translation>
    </message>
    <message>
        <source>Set by the analyst%1 on %2; as extracted: %3</source>
        <translation>Fixé par l’analyste%1 le %2 ; tel qu’extrait : %3</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>aucun événement</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>semaine du %1</translation>
    </message>
</context>
<context>
    <name>Newsline::EventSummary</name>
    <message>
        <source>%1 trillion</source>
        <translation>%1 billions</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1 milliards</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 millions</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 invests %2 in %3</source>
        <translation>%1 investit %2 dans %3</translation>
    </message>
    <message>
        <source>%1 invests in %2</source>
        <translation>%1 investit dans %2</translation>
    </message>
    <message>
        <source>%1 invests %2</source>
        <translation>%1 investit %2</translation>
    </message>
    <message>
        <source>%1 invests</source>
        <translation>%1 investit</translation>
    </message>
    <message>
        <source>%1 partners with %2</source>
        <translation>%1 s&apos;associe à %2</translation>
    </message>
    <message>
        <source>Valuation of %1</source>
        <translation>Valorisation de %1</translation>
    </message>
    <message>
        <source>%1 valued at %2</source>
        <translation>%1 valorisé à %2</translation>
    </message>
    <message>
        <source>Launch by %1</source>
        <translation>Lancement par %1</translation>
    </message>
    <message>
        <source>%1 launches %2</source>
        <translation>%1 lance %2</translation>
    </message>
    <message>
        <source>%1 founded</source>
        <translation>Fondation de %1</translation>
    </message>
    <message>
        <source>%1 founded by %2</source>
        <translation>%1 fondé par %2</translation>
    </message>
    <message>
        <source>Acquisition involving %1</source>
        <translation>Acquisition impliquant %1</translation>
    </message>
    <message>
        <source>Acquisition involving %1 for %2</source>
        <translation>Acquisition impliquant %1 pour %2</translation>
    </message>
    <message>
        <source>%1 acquires %2</source>
        <translation>%1 acquiert %2</translation>
    </message>
    <message>
        <source>Announcement by %1</source>
        <translation>Annonce de %1</translation>
    </message>
    <message>
        <source>Regulatory action involving %1</source>
        <translation>Action réglementaire visant %1</translation>
    </message>
    <message>
        <source>Regulatory action involving %1 (%2 fine)</source>
        <translation>Action réglementaire visant %1 (amende de %2)</translation>
    </message>
    <message>
        <source>Event involving %1</source>
        <translation>Événement impliquant %1</translation>
    </message>
    <message>
        <source>(before %1)</source>
        <translation>(avant %1)</translation>
    </message>
    <message>
        <source>(also reported: %1)</source>
        <translation>(également rapporté : %1)</translation>
    </message>
    <message>
        <source>%1 announces %2</source>
        <translation>%1 annonce %2</translation>
    </message>
    <message>
        <source>%1 raises %2</source>
        <translation>%1 lève %2</translation>
    </message>
    <message>
        <source>%1 raises %2 from %3</source>
        <translation>%1 lève %2 auprès de %3</translation>
    </message>
    <message>
        <source>%1 raises funds</source>
        <translation>%1 lève des fonds</translation>
    </message>
    <message>
        <source>%1 raises funds from %2</source>
        <translation>%1 lève des fonds auprès de %2</translation>
    </message>
    <message>
        <source>%1 merges with %2</source>
        <translation>%1 fusionne avec %2</translation>
    </message>
    <message>
        <source>%1 merges with %2 (%3 deal)</source>
        <translation>%1 fusionne avec %2 (opération de %3)</translation>
    </message>
    <message>
        <source>%1 a share</source>
        <translation>%1 par action</translation>
    </message>
    <message>
        <source>%1&apos;s investment in %2 so far</source>
        <translation>Investissement de %1 dans %2 à ce jour</translation>
    </message>
    <message>
        <source>%1&apos;s investment in %2 totals %3</source>
        <translation>L&apos;investissement de %1 dans %2 atteint %3 au total</translation>
    </message>
    <message>
        <source>%1 sells a stake</source>
        <translation>%1 cède une participation</translation>
    </message>
    <message>
        <source>%1 sells a stake for %2</source>
        <translation>%1 cède une participation pour %2</translation>
    </message>
    <message>
        <source>%1 sells a stake in %2</source>
        <translation>%1 cède une participation dans %2</translation>
    </message>
    <message>
        <source>%1 sells a stake in %2 for %3</source>
        <translation>%1 cède une participation dans %2 pour %3</translation>
    </message>
    <message>
        <source>%1 buys a stake in %2 from %3</source>
        <translation>%1 acquiert une participation dans %2 auprès de %3</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>%1 announces a partnership</source>
        <translation>%1 annonce un partenariat</translation>
    </message>
    <message>
        <source>%1 acquires %2 from %3</source>
        <translation>%1 acquiert %2 auprès de %3</translation>
    </message>
    <message>
        <source>%1 buys a business of %2</source>
        <translation>%1 rachète une activité de %2</translation>
    </message>
    <message>
        <source>%1 buys a business of %2 for %3</source>
        <translation>%1 rachète une activité de %2 pour %3</translation>
    </message>
    <message>
        <source>Sale by %1</source>
        <translation>Cession par %1</translation>
    </message>
    <message>
        <source>Acquisition of %1</source>
        <translation>Acquisition de %1</translation>
    </message>
    <message>
        <source>Acquisition of %1 from %2</source>
        <translation>Acquisition de %1 auprès de %2</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(au %1)</translation>
    </message>
</context>
<context>
    <name>Newsline::EventTablePanel</name>
    <message>
        <source>Event list</source>
        <translation>Liste des événements</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>Newsline::FeedReader</name>
    <message>
        <source>has no text</source>
        <translation>n’a pas de texte</translation>
    </message>
    <message>
        <source>(&quot;%1&quot;) has no text</source>
        <translation>(« %1 ») n’a pas de texte</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>no XML element in the file</source>
        <translation>aucun élément XML dans le fichier</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed (its root element is &lt;%1&gt;)</source>
        <translation>pas un flux RSS ni Atom (son élément racine est &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>Atom feed holds no entries</source>
        <translation>le flux Atom ne contient aucune entrée</translation>
    </message>
    <message>
        <source>RSS feed holds no items</source>
        <translation>le flux RSS ne contient aucun élément</translation>
    </message>
</context>
<context>
    <name>Newsline::FigureChartView</name>
    <message>
        <source>Figure comparison chart</source>
        <translation>Graphique de comparaison des montants</translation>
    </message>
    <message>
        <source>&amp;All figures</source>
        <translation>Tous les &amp;montants</translation>
    </message>
    <message>
        <source>Show the figures of every event, not only of the selected ones</source>
        <translation>Afficher les montants de tous les événements, pas seulement ceux sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>Échelle &amp;logarithmique</translation>
    </message>
    <message>
        <source>A logarithmic dollar scale, for amounts of very different sizes</source>
        <translation>Une échelle logarithmique en dollars, pour des montants d&apos;ordres de grandeur très différents</translation>
    </message>
    <message>
        <source>Money figures in US dollars</source>
        <translation>Montants en dollars américains</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>Dollars américains</translation>
    </message>
    <message>
        <source>No money figures among the events shown.</source>
        <translation>Aucun montant parmi les événements affichés.</translation>
    </message>
    <message>
        <source>&amp;Largest:</source>
        <translation>&amp;Plus grands :</translation>
    </message>
    <message>
        <source>How many of the largest figures to show when no event is selected</source>
        <translation>Nombre des plus grands montants affichés quand aucun événement n&apos;est sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest figure(s) shown; </source>
        <translation>
            <numerusform>Le plus grand montant est affiché ; </numerusform>
            <numerusform>Les %n plus grands montants sont affichés ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other figure(s) add up to %1.</source>
        <translation>
            <numerusform>%n autre montant totalise %1.</numerusform>
            <numerusform>%n autres montants totalisent %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in other currencies have no exchange rate for their date and no bar.</source>
        <translation>
            <numerusform>%n montant en devise n&apos;a pas de taux de change à sa date ni de barre.</numerusform>
            <numerusform>%n montants en devises n&apos;ont pas de taux de change à leur date ni de barre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::FigureModel</name>
    <message>
        <source>US dollars (billions)</source>
        <translation>Dollars américains (milliards)</translation>
    </message>
    <message>
        <source>US dollars (millions)</source>
        <translation>Dollars américains (millions)</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>Dollars américains</translation>
    </message>
</context>
<context>
    <name>Newsline::HtmlReader</name>
    <message>
        <source>not valid UTF-16 although it starts with a UTF-16 byte order mark</source>
        <translation>UTF-16 non valide bien qu’il commence par une marque d’ordre des octets UTF-16</translation>
    </message>
    <message>
        <source>not valid UTF-8 and no other character set declared</source>
        <translation>UTF-8 non valide et aucun autre jeu de caractères déclaré</translation>
    </message>
    <message>
        <source>character set &quot;%1&quot; is not supported (UTF-8, UTF-16 and Latin-1 are)</source>
        <translation>le jeu de caractères « %1 » n’est pas pris en charge (UTF-8, UTF-16 et Latin-1 le sont)</translation>
    </message>
</context>
<context>
    <name>Newsline::MainWindow</name>
    <message>
        <source>About Newsline</source>
        <translation>À propos de Newsline</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Newsline&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Turns news articles into a verified timeline of dated events, money figures and quotes, each traced to its sentence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Newsline&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Transforme des articles de presse en une chronologie vérifiée d&apos;événements datés, de montants et de citations, chacun relié à sa phrase.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Stop reading files; the corpus stays as it was</source>
        <translation>Arrêter la lecture des fichiers ; le corpus reste tel qu&apos;il était</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom the timeline in</source>
        <translation>Agrandir la chronologie</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom the timeline out</source>
        <translation>Réduire la chronologie</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Show every dated event on the timeline</source>
        <translation>Afficher tous les événements datés sur la chronologie</translation>
    </message>
    <message>
        <source>&amp;Log Scale for Figures</source>
        <translation>Échelle &amp;logarithmique pour les montants</translation>
    </message>
    <message>
        <source>Compare figures on a logarithmic dollar scale</source>
        <translation>Comparer les montants sur une échelle logarithmique en dollars</translation>
    </message>
    <message>
        <source>&amp;All Figures</source>
        <translation>Tous les &amp;montants</translation>
    </message>
    <message>
        <source>Compare the figures of every event, not only the selected ones</source>
        <translation>Comparer les montants de tous les événements, pas seulement ceux sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>Événement &amp;suivant</translation>
    </message>
    <message>
        <source>Select the next event in date order</source>
        <translation>Sélectionner l&apos;événement suivant dans l&apos;ordre chronologique</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>Événement &amp;précédent</translation>
    </message>
    <message>
        <source>Select the previous event in date order</source>
        <translation>Sélectionner l&apos;événement précédent dans l&apos;ordre chronologique</translation>
    </message>
    <message>
        <source>Open &amp;Source</source>
        <translation>&amp;Ouvrir la source</translation>
    </message>
    <message>
        <source>Show the sentence the current event was read from</source>
        <translation>Afficher la phrase d&apos;où provient l&apos;événement courant</translation>
    </message>
    <message>
        <source>Filter &amp;Events…</source>
        <translation>&amp;Filtrer les événements…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Event &amp;List</source>
        <translation>&amp;Liste des événements</translation>
    </message>
    <message>
        <source>&amp;Figure Comparison</source>
        <translation>Comparaison des &amp;montants</translation>
    </message>
    <message>
        <source>&amp;Quote Search</source>
        <translation>&amp;Recherche de citations</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Articles</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Newsline</source>
        <translation>À &amp;propos de Newsline</translation>
    </message>
    <message>
        <source>Source Text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>Figure Comparison</source>
        <translation>Comparaison des montants</translation>
    </message>
    <message>
        <source>Quote Search</source>
        <translation>Recherche de citations</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Cancel the import (Esc)</source>
        <translation>Annuler l&apos;importation (Échap)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Ouvrir des articles</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it (Esc).</source>
        <translation>Une importation est déjà en cours ; attendez qu&apos;elle se termine ou annulez-la (Échap).</translation>
    </message>
    <message>
        <source>Reading articles…</source>
        <translation>Lecture des articles…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 fichiers sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n article ajouté</numerusform>
            <numerusform>%n articles ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>The language will change the next time Newsline starts.</source>
        <translation>La langue changera au prochain démarrage de Newsline.</translation>
    </message>
    <message>
        <source>&amp;Export Briefing…</source>
        <translation>&amp;Exporter la note de synthèse…</translation>
    </message>
    <message>
        <source>Write a PDF briefing of the selected events (two or more), or of every event</source>
        <translation>Écrire une note de synthèse PDF des événements sélectionnés (au moins deux), ou de tous les événements</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>Exporter la note de synthèse</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>note-de-synthese</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the briefing…</source>
        <translation>Rédaction de la note de synthèse…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Briefing export cancelled; no file was written.</source>
        <translation>Exportation de la note de synthèse annulée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The briefing was not written.</source>
        <translation>La note de synthèse n&apos;a pas été écrite.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) extracted again by this version of Newsline.</source>
        <translation>
            <numerusform>%n article extrait de nouveau par cette version de Newsline.</numerusform>
            <numerusform>%n articles extraits de nouveau par cette version de Newsline.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace reported a problem.</source>
        <translation>L&apos;espace de travail a signalé un problème.</translation>
    </message>
    <message>
        <source>The folder is still watched.</source>
        <translation>Le dossier est toujours surveillé.</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Create an empty workspace file to import articles into</source>
        <translation>Créer un fichier d&apos;espace de travail vide où importer des articles</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open a workspace file (.newsline)</source>
        <translation>Ouvrir un fichier d&apos;espace de travail (.newsline)</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Enregistrer l&apos;espace de travail &amp;sous…</translation>
    </message>
    <message>
        <source>Write what is shown to a new workspace file and go on in it</source>
        <translation>Écrire ce qui est affiché dans un nouveau fichier d&apos;espace de travail et continuer dans celui-ci</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Add article files to the workspace, or to the loose files shown</source>
        <translation>Ajouter des fichiers d&apos;articles à l&apos;espace de travail, ou aux fichiers ouverts hors espace de travail</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>Sur&amp;veiller un dossier…</translation>
    </message>
    <message>
        <source>Import new or changed articles of a folder into the workspace as they appear</source>
        <translation>Importer dans l&apos;espace de travail les articles nouveaux ou modifiés d&apos;un dossier dès qu&apos;ils apparaissent</translation>
    </message>
    <message>
        <source>&amp;Stop Watching</source>
        <translation>Arrê&amp;ter la surveillance</translation>
    </message>
    <message>
        <source>Stop importing from the watched folder</source>
        <translation>Arrêter l&apos;importation depuis le dossier surveillé</translation>
    </message>
    <message>
        <source>Search the text of every article of the workspace</source>
        <translation>Rechercher dans le texte de tous les articles de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Find in Articles</source>
        <translation>Recherche dans les articles</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>Reading the articles…</source>
        <translation>Lecture des articles…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Importing articles into the workspace…</source>
        <translation>Importation des articles dans l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it (Esc) first.</source>
        <translation>Une importation est en cours ; attendez qu&apos;elle se termine ou annulez-la d&apos;abord (Échap).</translation>
    </message>
    <message>
        <source>The workspace was not opened; what is shown stays.</source>
        <translation>L&apos;espace de travail n&apos;a pas été ouvert ; ce qui est affiché reste inchangé.</translation>
    </message>
    <message>
        <source>The workspace was not created.</source>
        <translation>L&apos;espace de travail n&apos;a pas été créé.</translation>
    </message>
    <message>
        <source>An empty workspace: import articles with File → Import Files (Ctrl+I).</source>
        <translation>Espace de travail vide : importez des articles avec Fichier → Importer des fichiers (Ctrl+I).</translation>
    </message>
    <message>
        <source>The workspace is already saved there: every import is stored as it happens.</source>
        <translation>L&apos;espace de travail est déjà enregistré à cet endroit : chaque importation y est stockée au fur et à mesure.</translation>
    </message>
    <message>
        <source>%1: cannot be replaced (is it open elsewhere, or read-only?)</source>
        <translation>%1 : remplacement impossible (est-il ouvert ailleurs, ou en lecture seule ?)</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1 : écriture impossible</translation>
    </message>
    <message>
        <source>The workspace was not saved.</source>
        <translation>L&apos;espace de travail n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Stop importing from %1</source>
        <translation>Arrêter l&apos;importation depuis %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>Newsline workspaces (*.newsline)</source>
        <translation>Espaces de travail Newsline (*.newsline)</translation>
    </message>
    <message>
        <source>%1: cannot be replaced</source>
        <translation>%1 : remplacement impossible</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Newsline workspaces (*.newsline);;All files (*)</source>
        <translation>Espaces de travail Newsline (*.newsline);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Enregistrer l&apos;espace de travail sous</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Surveiller un dossier</translation>
    </message>
    <message>
        <source>The folder is not watched.</source>
        <translation>Le dossier n&apos;est pas surveillé.</translation>
    </message>
    <message>
        <source>Watching %1: new and changed articles there are imported.</source>
        <translation>Surveillance de %1 : les articles nouveaux ou modifiés qui y apparaissent sont importés.</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>Lecture des événements…</translation>
    </message>
    <message>
        <source>Extracting…</source>
        <translation>Extraction…</translation>
    </message>
    <message>
        <source>Articles were extracted by another version of Newsline; extracting them again (what is stored stays readable meanwhile)…</source>
        <translation>Des articles ont été extraits par une autre version de Newsline ; nouvelle extraction en cours (ce qui est enregistré reste lisible entre-temps)…</translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the workspace</source>
        <translation>
            <numerusform>%n déjà dans l&apos;espace de travail</numerusform>
            <numerusform>%n déjà dans l&apos;espace de travail</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the batches already stored stay (%1).</source>
        <translation>Importation annulée ; les lots déjà enregistrés sont conservés (%1).</translation>
    </message>
    <message>
        <source>From the watched folder: %1</source>
        <translation>Depuis le dossier surveillé : %1</translation>
    </message>
    <message>
        <source>F&amp;ind in Articles…</source>
        <translation>R&amp;echercher dans les articles…</translation>
    </message>
    <message>
        <source>Sour&amp;ce Text</source>
        <translation>&amp;Texte source</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n article(s)</source>
        <translation>
            <numerusform>%1 — %n article</numerusform>
            <numerusform>%1 — %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Modifier l’événement…</translation>
    </message>
    <message>
        <source>Correct the current event&apos;s type, date, parties or amount</source>
        <translation>Corriger le type, la date, les parties ou le montant de l’événement courant</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>&amp;Supprimer l’événement</translation>
    </message>
    <message>
        <source>Hide the selected events everywhere; they can be restored</source>
        <translation>Masquer partout les événements sélectionnés ; ils peuvent être restaurés</translation>
    </message>
    <message>
        <source>&amp;Merge Events</source>
        <translation>&amp;Fusionner les événements</translation>
    </message>
    <message>
        <source>Unite the selected events into one, with all their sources</source>
        <translation>Réunir les événements sélectionnés en un seul, avec toutes leurs sources</translation>
    </message>
    <message>
        <source>&amp;Split Event…</source>
        <translation>S&amp;cinder l’événement…</translation>
    </message>
    <message>
        <source>Move some of the current event&apos;s sources into a new event</source>
        <translation>Déplacer une partie des sources de l’événement courant dans un nouvel événement</translation>
    </message>
    <message>
        <source>&amp;Add Event from Selection…</source>
        <translation>&amp;Ajouter un événement depuis la sélection…</translation>
    </message>
    <message>
        <source>Make an event of the text selected in the source panel</source>
        <translation>Créer un événement à partir du texte sélectionné dans le panneau source</translation>
    </message>
    <message>
        <source>Change Quote S&amp;peaker…</source>
        <translation>Changer l’&amp;orateur de la citation…</translation>
    </message>
    <message>
        <source>Set who said the current quote</source>
        <translation>Indiquer qui a dit la citation courante</translation>
    </message>
    <message>
        <source>&amp;Not a Quote</source>
        <translation>&amp;Pas une citation</translation>
    </message>
    <message>
        <source>Remove the current quote: it is not a quotation</source>
        <translation>Retirer la citation courante : ce n’est pas une citation</translation>
    </message>
    <message>
        <source>Deleted E&amp;vents</source>
        <translation>Événements supp&amp;rimés</translation>
    </message>
    <message>
        <source>Show the deleted events, to restore them</source>
        <translation>Afficher les événements supprimés, pour les restaurer</translation>
    </message>
    <message>
        <source>Correction &amp;History</source>
        <translation>&amp;Historique des corrections</translation>
    </message>
    <message>
        <source>Show every correction, to go back to any of them</source>
        <translation>Afficher toutes les corrections, pour revenir à l’une d’elles</translation>
    </message>
    <message>
        <source>Undo the last correction</source>
        <translation>Annuler la dernière correction</translation>
    </message>
    <message>
        <source>Redo the correction undone last</source>
        <translation>Rétablir la dernière correction annulée</translation>
    </message>
    <message>
        <source>&lt;as extracted&gt;</source>
        <translation>&lt;tel qu’extrait&gt;</translation>
    </message>
    <message>
        <source>Correction history</source>
        <translation>Historique des corrections</translation>
    </message>
    <message>
        <source>Deleted events</source>
        <translation>Événements supprimés</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore the deleted event</source>
        <translation>Restaurer l’événement supprimé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Correction History</source>
        <translation>Historique des corrections</translation>
    </message>
    <message>
        <source>%1 of %2: the article&apos;s text it relies on changed</source>
        <translation>%1 du %2 : le texte d’article sur lequel elle repose a changé</translation>
    </message>
    <message>
        <source>%1 of %2: its event is no longer found</source>
        <translation>%1 du %2 : son événement n’est plus trouvé</translation>
    </message>
    <message>
        <source>The correction was not made.</source>
        <translation>La correction n’a pas été faite.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <source>The correction could not be written to the workspace.</source>
        <translation>La correction n’a pas pu être écrite dans l’espace de travail.</translation>
    </message>
    <message>
        <source>Select two or more events to merge (Ctrl+click).</source>
        <translation>Sélectionnez au moins deux événements à fusionner (Ctrl+clic).</translation>
    </message>
    <message>
        <source>Choose some of the event&apos;s sources, not all of them, to split off.</source>
        <translation>Choisissez une partie des sources de l’événement, pas toutes, à séparer.</translation>
    </message>
    <message>
        <source>Split Event</source>
        <translation>Scinder l’événement</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Restore Event</source>
        <translation>Restaurer l’événement</translation>
    </message>
    <message>
        <source>Change Quote Speaker</source>
        <translation>Changer l’orateur de la citation</translation>
    </message>
    <message>
        <source>Not a Quote</source>
        <translation>Pas une citation</translation>
    </message>
    <message>
        <source>Select an event to edit.</source>
        <translation>Sélectionnez un événement à modifier.</translation>
    </message>
    <message>
        <source>Select an event told by two or more sources to split it.</source>
        <translation>Sélectionnez un événement rapporté par au moins deux sources pour le scinder.</translation>
    </message>
    <message>
        <source>Move this source and the others of its article into a new event:</source>
        <translation>Déplacer cette source et les autres de son article dans un nouvel événement :</translation>
    </message>
    <message>
        <source>Select the words that tell the event in the source text first.</source>
        <translation>Sélectionnez d’abord les mots qui rapportent l’événement dans le texte source.</translation>
    </message>
    <message>
        <source>Select a quote in the quote list first.</source>
        <translation>Sélectionnez d’abord une citation dans la liste des citations.</translation>
    </message>
    <message>
        <source>Who said it:</source>
        <translation>Qui l’a dit :</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (deleted %4)</source>
        <translation>%1 — %2, %3 (supprimé le %4)</translation>
    </message>
    <message>
        <source>Double-click or press Restore to show it again</source>
        <translation>Double-cliquez ou appuyez sur Restaurer pour l’afficher à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) no longer apply and are kept for review.</source>
        <translation>
            <numerusform>%n correction ne s’applique plus et est gardée pour examen.</numerusform>
            <numerusform>%n corrections ne s’appliquent plus et sont gardées pour examen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Event(s)</source>
        <translation>
            <numerusform>Supprimer %n événement</numerusform>
            <numerusform>Supprimer %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n Events</source>
        <translation>
            <numerusform>Fusionner %n événements</numerusform>
            <numerusform>Fusionner %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Event: %1</source>
        <translation>Modifier l’événement : %1</translation>
    </message>
    <message>
        <source>Filter the events every panel shows</source>
        <translation>Filtrer les événements que montrent tous les panneaux</translation>
    </message>
    <message>
        <source>Show All E&amp;vents</source>
        <translation>Afficher tous les é&amp;vénements</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>by partnership</source>
        <translation>par partenariat</translation>
    </message>
    <message>
        <source>by company</source>
        <translation>par entreprise</translation>
    </message>
    <message>
        <source>by event type</source>
        <translation>par type d&apos;événement</translation>
    </message>
    <message>
        <source>first event</source>
        <translation>premier événement</translation>
    </message>
    <message>
        <source>latest event</source>
        <translation>dernier événement</translation>
    </message>
    <message>
        <source>number of events</source>
        <translation>nombre d&apos;événements</translation>
    </message>
    <message>
        <source>total amount</source>
        <translation>montant total</translation>
    </message>
    <message>
        <source>&amp;Lanes:</source>
        <translation>&amp;Lignes :</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre :</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), not saved</source>
        <translation>
            <numerusform>%n article, non enregistré</numerusform>
            <numerusform>%n articles, non enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n selected event(s)</source>
        <translation>
            <numerusform>le %n événement sélectionné</numerusform>
            <numerusform>les %n événements sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>No event matches the filter.</source>
        <translation>Aucun événement ne correspond au filtre.</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>tous les événements</translation>
    </message>
    <message numerus="yes">
        <source>Briefing of %2 written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Note de synthèse sur %2 écrite dans %1 (%n page).</numerusform>
            <numerusform>Note de synthèse sur %2 écrite dans %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was opened.</source>
        <translation>Rien n&apos;a été ouvert.</translation>
    </message>
    <message>
        <source>The articles could not be shown.</source>
        <translation>Les articles n&apos;ont pas pu être affichés.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) got a dollar value from the updated exchange rates.</source>
        <translation>
            <numerusform>%n montant a reçu une valeur en dollars des taux de change mis à jour.</numerusform>
            <numerusform>%n montants ont reçu une valeur en dollars des taux de change mis à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add every article of a folder and its subfolders (text, web pages, feeds)</source>
        <translation>Ajouter tous les articles d’un dossier et de ses sous-dossiers (texte, pages web, flux)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the selected events (two or more), or every event, figure and quote, as CSV, JSON, iCalendar or TimelineJS</source>
        <translation>Écrire les événements sélectionnés (deux ou plus), ou tous les événements, montants et citations, en CSV, JSON, iCalendar ou TimelineJS</translation>
    </message>
    <message>
        <source>&amp;Update Exchange Rates…</source>
        <translation>&amp;Mettre à jour les taux de change…</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.xhtml *.mhtml *.mht *.rss *.atom *.xml);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm *.xhtml *.mhtml *.mht *.rss *.atom *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>from the period and what is covered</source>
        <translation>d’après la période et le contenu</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>What the window shows</source>
        <translation>Ce que montre la fenêtre</translation>
    </message>
    <message>
        <source>Every event and article</source>
        <translation>Tous les événements et articles</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <source>Only the period</source>
        <translation>Seulement la période</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Numbers and dates:</source>
        <translation>&amp;Nombres et dates :</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Pa&amp;pier :</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>Couvre :</translation>
    </message>
    <message>
        <source>every event and article (%1 events)</source>
        <translation>tous les événements et articles (%1 événements)</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>the events the filter keeps: %1 of %2</source>
        <translation>les événements que garde le filtre : %1 sur %2</translation>
    </message>
    <message>
        <source>Events as CSV (*.csv)</source>
        <translation>Événements en CSV (*.csv)</translation>
    </message>
    <message>
        <source>Figures as CSV (*.csv)</source>
        <translation>Montants en CSV (*.csv)</translation>
    </message>
    <message>
        <source>Quotes as CSV (*.csv)</source>
        <translation>Citations en CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar, iCalendar (*.ics)</source>
        <translation>Agenda, iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>TimelineJS (*.json)</source>
        <translation>TimelineJS (*.json)</translation>
    </message>
    <message>
        <source>Newsline extract JSON (*.json)</source>
        <translation>JSON d’extraction Newsline (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation>L’export n’a pas été écrit.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Update Exchange Rates</source>
        <translation>Mettre à jour les taux de change</translation>
    </message>
    <message>
        <source>Download the European Central Bank&apos;s full history of reference rates, or read a file of it (eurofxref-hist.zip or .csv) you downloaded. The rates bundled with Newsline stay as they are.</source>
        <translation>Télécharger l’historique complet des taux de référence de la Banque centrale européenne, ou lire un fichier de cet historique (eurofxref-hist.zip ou .csv) que vous avez téléchargé. Les taux fournis avec Newsline restent tels quels.</translation>
    </message>
    <message>
        <source>&amp;Download from the ECB</source>
        <translation>&amp;Télécharger depuis la BCE</translation>
    </message>
    <message>
        <source>From a &amp;File…</source>
        <translation>Depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Exchange Rates File</source>
        <translation>Fichier de taux de change</translation>
    </message>
    <message>
        <source>ECB exchange rates (*.zip *.csv);;All files (*)</source>
        <translation>Taux de change de la BCE (*.zip *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The exchange rates were not updated.</source>
        <translation>Les taux de change n’ont pas été mis à jour.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Exchange rates updated to %1; figures without a dollar value get one now where the new rates have it, and articles read from now on use them.</source>
        <translation>Taux de change mis à jour jusqu’au %1 ; les montants sans valeur en dollars en reçoivent une dès maintenant là où les nouveaux taux la donnent, et les articles lus désormais les utilisent.</translation>
    </message>
    <message numerus="yes">
        <source>ECB rates to %1 (%n day(s) old)</source>
        <extracomment>%1 the last day of the exchange rates in use; %n how many days ago that was</extracomment>
        <translation>
            <numerusform>Taux BCE jusqu’au %1 (il y a %n jour)</numerusform>
            <numerusform>Taux BCE jusqu’au %1 (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read; the others were opened.</source>
        <extracomment>%1 counts files and feed items: &quot;2 files&quot;, &quot;1 feed item&quot;, &quot;2 files and 1 feed item&quot;</extracomment>
        <translation>%1 n’ont pas pu être lus ; les autres ont été ouverts.</translation>
    </message>
    <message>
        <source>The current event has no field set by the analyst.</source>
        <translation>L’événement courant n’a aucun champ fixé par l’analyste.</translation>
    </message>
    <message>
        <source>Give the current event back the fields as extracted</source>
        <translation>Rendre à l’événement courant les champs extraits</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Écarter</translation>
    </message>
    <message>
        <source>Discard the correction kept for review</source>
        <translation>Écarter la correction gardée pour révision</translation>
    </message>
    <message>
        <source>Corrections to review (their text changed or their event is gone):</source>
        <translation>Corrections à revoir (leur texte a changé ou leur événement a disparu) :</translation>
    </message>
    <message>
        <source>Corrections to review</source>
        <translation>Corrections à revoir</translation>
    </message>
    <message>
        <source>Revert to Extracted: %1</source>
        <translation>Revenir à l’extrait : %1</translation>
    </message>
    <message>
        <source>Discard Correction</source>
        <translation>Écarter la correction</translation>
    </message>
    <message>
        <source>Press Discard to drop it (undoable)</source>
        <translation>Appuyez sur Écarter pour l’abandonner (annulable)</translation>
    </message>
    <message>
        <source>It relied on: %1</source>
        <translation>Elle s’appuyait sur : %1</translation>
    </message>
    <message>
        <source>Rever&amp;t to Extracted</source>
        <translation>Revenir à l’&amp;extrait</translation>
    </message>
    <message>
        <source>Add &amp;Quote from Selection…</source>
        <translation>Ajouter une &amp;citation depuis la sélection…</translation>
    </message>
    <message>
        <source>Make a quote of the text selected in the source panel, with its speaker</source>
        <translation>Faire une citation du texte sélectionné dans le panneau source, avec son locuteur</translation>
    </message>
    <message>
        <source>Merge E&amp;ntities…</source>
        <translation>Fusionner des e&amp;ntités…</translation>
    </message>
    <message>
        <source>Make several names one company or person, shown by one name everywhere</source>
        <translation>Faire de plusieurs noms une même entreprise ou personne, affichée partout sous un seul nom</translation>
    </message>
    <message>
        <source>Spl&amp;it Entity…</source>
        <translation>Sépa&amp;rer une entité…</translation>
    </message>
    <message>
        <source>Take a name out of the entity it was merged into</source>
        <translation>Retirer un nom de l’entité dans laquelle il a été fusionné</translation>
    </message>
    <message>
        <source>Add Quote</source>
        <translation>Ajouter une citation</translation>
    </message>
    <message>
        <source>Merge Entities: %1</source>
        <translation>Fusionner des entités : %1</translation>
    </message>
    <message>
        <source>Split Entity: %1</source>
        <translation>Séparer une entité : %1</translation>
    </message>
    <message>
        <source>%1 (shown as %2)</source>
        <translation>%1 (affiché comme %2)</translation>
    </message>
    <message>
        <source>No names have been merged: there is nothing to split.</source>
        <translation>Aucun nom n’a été fusionné : il n’y a rien à séparer.</translation>
    </message>
    <message>
        <source>Split Entity</source>
        <translation>Séparer une entité</translation>
    </message>
    <message>
        <source>Take this name out of the entity it was merged into:</source>
        <translation>Retirer ce nom de l’entité dans laquelle il a été fusionné :</translation>
    </message>
    <message>
        <source>Select the quoted words in the source text first.</source>
        <translation>Sélectionnez d’abord les mots cités dans le texte source.</translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation>Ouvrir un espace de travail d’équi&amp;pe…</translation>
    </message>
    <message>
        <source>Open a workspace the team shares on a PostgreSQL server</source>
        <translation>Ouvrir un espace de travail partagé par l’équipe sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Open Team Workspace</source>
        <translation>Ouvrir un espace de travail d’équipe</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>Copying %1 to %2…</source>
        <translation>Copie de %1 vers %2…</translation>
    </message>
    <message>
        <source>the copy was cancelled</source>
        <translation>la copie a été annulée</translation>
    </message>
</context>
<context>
    <name>Newsline::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::MhtmlReader</name>
    <message>
        <source>malformed quoted-printable text in the page&apos;s HTML part</source>
        <translation>texte quoted-printable mal formé dans la partie HTML de la page</translation>
    </message>
    <message>
        <source>malformed base64 in the page&apos;s HTML part</source>
        <translation>base64 mal formé dans la partie HTML de la page</translation>
    </message>
    <message>
        <source>unknown transfer encoding &quot;%1&quot; of the page&apos;s HTML part</source>
        <translation>codage de transfert « %1 » inconnu pour la partie HTML de la page</translation>
    </message>
    <message>
        <source>not an MHTML archive (no Content-Type header)</source>
        <translation>pas une archive MHTML (aucun en-tête Content-Type)</translation>
    </message>
    <message>
        <source>MHTML archive holds &quot;%1&quot;, not a web page</source>
        <translation>l’archive MHTML contient « %1 », pas une page web</translation>
    </message>
    <message>
        <source>MHTML archive has no boundary between its parts</source>
        <translation>l’archive MHTML n’a pas de séparateur entre ses parties</translation>
    </message>
    <message>
        <source>MHTML archive has none of the parts its boundary announces</source>
        <translation>l’archive MHTML n’a aucune des parties qu’annonce son séparateur</translation>
    </message>
    <message>
        <source>MHTML archive is truncated (its closing boundary is missing)</source>
        <translation>l’archive MHTML est tronquée (son séparateur final manque)</translation>
    </message>
    <message>
        <source>MHTML archive holds no HTML part</source>
        <translation>l’archive MHTML ne contient aucune partie HTML</translation>
    </message>
</context>
<context>
    <name>Newsline::MoneyFormat</name>
    <message>
        <source>%1 (no exchange rate)</source>
        <translation>%1 (pas de taux de change)</translation>
    </message>
    <message>
        <source>%1 ≈ %2, ECB %3</source>
        <translation>%1 ≈ %2, BCE %3</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>investissement</translation>
    </message>
    <message>
        <source>valuation</source>
        <translation>valorisation</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>financement</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>profit</source>
        <translation>bénéfice</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>dépense</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>amende</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>impôt</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>Newsline::QuoteAddDialog</name>
    <message>
        <source>Add Quote</source>
        <translation>Ajouter une citation</translation>
    </message>
    <message>
        <source>Quoted words</source>
        <translation>Mots cités</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>Mots :</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Locuteur :</translation>
    </message>
    <message>
        <source>e.g. chief executive of the buyer</source>
        <translation>p. ex. directeur général de l’acheteur</translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation>Fonction du locuteur</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Whole quotation</source>
        <translation>Citation entière</translation>
    </message>
    <message>
        <source>Quoted words in reported speech</source>
        <translation>Mots cités dans un discours rapporté</translation>
    </message>
    <message>
        <source>Kind of quote</source>
        <translation>Type de citation</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
</context>
<context>
    <name>Newsline::QuoteSearchPanel</name>
    <message>
        <source>Quote search</source>
        <translation>Recherche de citations</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>words in a quote or a name</source>
        <translation>mots d&apos;une citation ou nom</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <translation>Rechercher des citations</translation>
    </message>
    <message>
        <source>speaker or role</source>
        <translation>locuteur ou fonction</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Filtrer par personne</translation>
    </message>
    <message>
        <source>Quotes found</source>
        <translation>Citations trouvées</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s), the best %1 shown</source>
        <translation>
            <numerusform>%n citation ; les %1 meilleures sont affichées</numerusform>
            <numerusform>%n citations ; les %1 meilleures sont affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) in the articles of the filtered events</source>
        <translation>
            <numerusform>%n citation dans les articles des événements filtrés</numerusform>
            <numerusform>%n citations dans les articles des événements filtrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::RatesDownloader</name>
    <message>
        <source>download of %1 stopped</source>
        <translation>téléchargement de %1 arrêté</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
        <translation>%1 a répondu avec le statut HTTP %2</translation>
    </message>
    <message>
        <source>cannot download %1 (%2): are you offline?</source>
        <translation>impossible de télécharger %1 (%2) : êtes-vous hors ligne ?</translation>
    </message>
</context>
<context>
    <name>Newsline::RatesUpdate</name>
    <message>
        <source>the zip archive is truncated</source>
        <translation>l’archive zip est tronquée</translation>
    </message>
    <message>
        <source>the zip archive uses a compression method other than deflate</source>
        <translation>l’archive zip utilise une méthode de compression autre que deflate</translation>
    </message>
    <message>
        <source>the table in the zip archive is too large to be an exchange-rate table</source>
        <translation>la table de l’archive zip est trop grande pour être une table de taux de change</translation>
    </message>
    <message>
        <source>the zip archive cannot be unpacked</source>
        <translation>l’archive zip ne peut pas être décompressée</translation>
    </message>
    <message>
        <source>the zip archive is truncated or damaged</source>
        <translation>l’archive zip est tronquée ou endommagée</translation>
    </message>
    <message>
        <source>the zip archive holds no CSV table</source>
        <translation>l’archive zip ne contient aucune table CSV</translation>
    </message>
    <message>
        <source>not an ECB exchange-rate table (the first line is not &quot;Date,USD,...&quot;)</source>
        <translation>pas une table de taux de change de la BCE (la première ligne n’est pas « Date,USD,... »)</translation>
    </message>
    <message>
        <source>the table has no USD column</source>
        <translation>la table n’a pas de colonne USD</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a date</source>
        <translation>ligne %1 : « %2 » n’est pas une date</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3 (the file may be cut short)</source>
        <translation>ligne %1 : %2 champs là où l’en-tête en a %3 (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a rate</source>
        <translation>ligne %1 : « %2 » n’est pas un taux</translation>
    </message>
    <message>
        <source>line %1: %2 does not come before %3 (the ECB lists days newest first)</source>
        <translation>ligne %1 : %2 ne précède pas %3 (la BCE liste les jours du plus récent au plus ancien)</translation>
    </message>
    <message>
        <source>the table holds no days</source>
        <translation>la table ne contient aucun jour</translation>
    </message>
    <message>
        <source>Exchange rates: ECB, %1 to %2 (%3 days old), updated copy in %4. Before 1999 the ECB publishes no rates, so older figures have no dollar value.</source>
        <translation>Taux de change : BCE, du %1 au %2 (vieux de %3 jours), copie mise à jour dans %4. Avant 1999 la BCE ne publie pas de taux : les montants plus anciens n’ont pas de valeur en dollars.</translation>
    </message>
    <message>
        <source>Exchange rates: ECB, %1 to %2 (%3 days old), bundled with the program; newer ones can be fetched (newsline rates update, or File &gt; Update Exchange Rates). Before 1999 the ECB publishes no rates, so older figures have no dollar value.</source>
        <translation>Taux de change : BCE, du %1 au %2 (vieux de %3 jours), fournis avec le programme ; des taux plus récents peuvent être obtenus (newsline rates update, ou Fichier &gt; Mettre à jour les taux de change). Avant 1999 la BCE ne publie pas de taux : les montants plus anciens n’ont pas de valeur en dollars.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the table starts on %1, after the bundled table&apos;s first day %2 (is it cut short?)</source>
        <translation>la table commence le %1, après le premier jour %2 de la table fournie (est-elle tronquée ?)</translation>
    </message>
    <message>
        <source>the table ends on %1, before the bundled table (%2)</source>
        <translation>la table se termine le %1, avant la table fournie (%2)</translation>
    </message>
    <message>
        <source>the table has a gap of %1 days between two rates, more than the bundled table&apos;s %2</source>
        <translation>la table a un trou de %1 jours entre deux taux, plus que les %2 de la table fournie</translation>
    </message>
    <message>
        <source>the table cannot be read as exchange rates</source>
        <translation>la table ne peut pas être lue comme des taux de change</translation>
    </message>
    <message>
        <source>%1: %2; the rates in use are kept</source>
        <translation>%1 : %2 ; les taux utilisés sont conservés</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Newsline::ResourceData</name>
    <message>
        <source>not UTF-8 text</source>
        <translation>pas du texte UTF-8</translation>
    </message>
    <message>
        <source>newsline: a knowledge file cannot be used, so nothing is extracted: %1</source>
        <translation>newsline : un fichier de connaissances est inutilisable, aucune extraction n&apos;est donc effectuée : %1</translation>
    </message>
    <message>
        <source>missing from the program&apos;s resources</source>
        <translation>absent des ressources du programme</translation>
    </message>
</context>
<context>
    <name>Newsline::ResourceData::KnowledgeError</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Newsline::ServerStore</name>
    <message>
        <source>%1: not a team workspace address (postgresql://user@host:port/database)</source>
        <translation>%1 : pas une adresse d’espace de travail d’équipe (postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed; on Debian install libqt6sql6-psql</source>
        <translation>le pilote PostgreSQL de Qt (QPSQL) n’est pas installé ; sous Debian, installez libqt6sql6-psql</translation>
    </message>
    <message>
        <source>%1: the option &quot;%2&quot; cannot be passed to the server</source>
        <translation>%1 : l’option « %2 » ne peut pas être transmise au serveur</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1 : connexion impossible : %2</translation>
    </message>
    <message>
        <source>the database holds tables of another program (or of an earlier Newsline team format), not a Newsline workspace; use a database of its own</source>
        <translation>la base contient les tables d’un autre programme (ou d’un ancien format d’équipe de Newsline), et non un espace de travail Newsline ; utilisez une base dédiée</translation>
    </message>
    <message>
        <source>made by a newer Newsline (workspace format %1, this program reads up to %2)</source>
        <translation>créé par une version plus récente de Newsline (format d’espace de travail %1, ce programme lit jusqu’au format %2)</translation>
    </message>
    <message>
        <source>the workspace needs upgrading to the current format, which this read-only role may not do</source>
        <translation>l’espace de travail doit être mis à niveau vers le format actuel, ce que ce rôle en lecture seule ne peut pas faire</translation>
    </message>
    <message>
        <source>the database holds no Newsline workspace, and this role may not make one</source>
        <translation>la base ne contient aucun espace de travail Newsline, et ce rôle ne peut pas en créer</translation>
    </message>
</context>
<context>
    <name>Newsline::StoreFile</name>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>the disk is full, or the workspace has reached its size limit</source>
        <translation>le disque est plein, ou l&apos;espace de travail a atteint sa taille maximale</translation>
    </message>
    <message>
        <source>the workspace file is damaged</source>
        <translation>le fichier d&apos;espace de travail est endommagé</translation>
    </message>
    <message>
        <source>the workspace cannot be written here</source>
        <translation>l&apos;espace de travail ne peut pas être écrit à cet emplacement</translation>
    </message>
    <message>
        <source>another program kept the workspace busy for too long; try again later</source>
        <translation>un autre programme a occupé l&apos;espace de travail trop longtemps ; réessayez plus tard</translation>
    </message>
    <message>
        <source>the disk could not be read or written (it may be full)</source>
        <translation>le disque n&apos;a pas pu être lu ou écrit (il est peut-être plein)</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the workspace holds a value too large to read</source>
        <translation>l&apos;espace de travail contient une valeur trop grande pour être lue</translation>
    </message>
    <message>
        <source>the work was interrupted</source>
        <translation>le travail a été interrompu</translation>
    </message>
    <message>
        <source>the workspace could not be used (an error of the database driver)</source>
        <translation>l&apos;espace de travail n&apos;a pas pu être utilisé (erreur du pilote de base de données)</translation>
    </message>
    <message>
        <source>the workspace holds data this program cannot use (database error %1)</source>
        <translation>l&apos;espace de travail contient des données que ce programme ne peut pas utiliser (erreur de base de données %1)</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed; on Debian install libqt6sql6-sqlite</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé ; sous Debian, installez libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>ouverture impossible : %1</translation>
    </message>
    <message>
        <source>cannot be opened safely: the SQLite library in use lacks its defensive settings (SQLite 3.35 or later is needed)</source>
        <translation>ouverture sécurisée impossible : la bibliothèque SQLite utilisée ne dispose pas de ses réglages défensifs (SQLite 3.35 ou ultérieur requis)</translation>
    </message>
    <message>
        <source>the workspace is damaged and cannot be opened</source>
        <translation>l&apos;espace de travail est endommagé et ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>il se trouve sur un système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>le fichier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>its folder is not writable</source>
        <translation>son dossier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>its format (%1) is not one Newsline makes</source>
        <translation>son format (%1) n&apos;est pas un format créé par Newsline</translation>
    </message>
    <message>
        <source>it holds the %1 &quot;%2&quot;, which Newsline does not make</source>
        <translation>il contient l&apos;élément %1 « %2 », que Newsline ne crée pas</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; is not the one Newsline makes</source>
        <translation>son élément %1 « %2 » ne correspond pas à celui que crée Newsline</translation>
    </message>
    <message>
        <source>it lacks the %1 &quot;%2&quot; of a Newsline workspace</source>
        <translation>il lui manque l&apos;élément %1 « %2 » d&apos;un espace de travail Newsline</translation>
    </message>
    <message>
        <source>the workspace file is damaged (SQLite&apos;s check of its pages fails)</source>
        <translation>le fichier d&apos;espace de travail est endommagé (la vérification de ses pages par SQLite échoue)</translation>
    </message>
    <message>
        <source>the full-text index of the workspace is damaged</source>
        <translation>l&apos;index plein texte de l&apos;espace de travail est endommagé</translation>
    </message>
    <message>
        <source>already exists; choose another name or remove it first</source>
        <translation>existe déjà ; choisissez un autre nom ou supprimez-le d&apos;abord</translation>
    </message>
    <message>
        <source>cannot be created: %1</source>
        <translation>création impossible : %1</translation>
    </message>
</context>
<context>
    <name>Newsline::StoreSchema</name>
    <message>
        <source>the workspace could not be updated: %1</source>
        <translation>l&apos;espace de travail n&apos;a pas pu être mis à jour : %1</translation>
    </message>
    <message>
        <source>the SQLite library in use has no full-text search (FTS5); install an SQLite built with FTS5 (Debian 12&apos;s libsqlite3-0 has it)</source>
        <translation>la bibliothèque SQLite utilisée n&apos;a pas de recherche plein texte (FTS5) ; installez un SQLite compilé avec FTS5 (libsqlite3-0 de Debian 12 l&apos;inclut)</translation>
    </message>
</context>
<context>
    <name>Newsline::TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>Ouvrir un espace de travail d’équipe</translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database the whole desk works in. The password comes from your ~/.pgpass file or a libpq service; if the server asks for one that they do not give, you are asked for it, and it is never stored.</source>
        <translation>Un espace de travail d’équipe est une base de données PostgreSQL où travaille toute la rédaction. Le mot de passe vient de votre fichier ~/.pgpass ou d’un service libpq ; si le serveur en demande un qu’ils ne fournissent pas, il vous est demandé, et il n’est jamais enregistré.</translation>
    </message>
    <message>
        <source>localhost, a name, or a socket folder</source>
        <translation>localhost, un nom d’hôte ou un dossier de socket</translation>
    </message>
    <message>
        <source>the team&apos;s database</source>
        <translation>la base de données de l’équipe</translation>
    </message>
    <message>
        <source>your database role</source>
        <translation>votre rôle de base de données</translation>
    </message>
    <message>
        <source>As libpq is configured</source>
        <translation>Selon la configuration de libpq</translation>
    </message>
    <message>
        <source>Required (TLS)</source>
        <translation>Obligatoire (TLS)</translation>
    </message>
    <message>
        <source>Required, server certificate checked</source>
        <translation>Obligatoire, avec vérification du certificat du serveur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
</context>
<context>
    <name>Newsline::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Autres événements</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Non datés</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or zoom in to expand</source>
        <translation>Cliquez ou zoomez pour développer</translation>
    </message>
    <message>
        <source>new money (size: US$)</source>
        <translation>argent frais (taille : $ US)</translation>
    </message>
    <message>
        <source>valuation or running total</source>
        <translation>valorisation ou total cumulé</translation>
    </message>
    <message>
        <source>dated by publication</source>
        <translation>daté par la date de publication</translation>
    </message>
    <message>
        <source>year or month</source>
        <translation>année ou mois</translation>
    </message>
    <message>
        <source>Events by partnership, company or event type over time. Left and Right select the previous or next event, Enter opens its source, plus and minus zoom, Shift with Left or Right pans, Up, Down, Page Up and Page Down scroll the lanes.</source>
        <translation>Événements par partenariat, entreprise ou type d&apos;événement au fil du temps. Gauche et Droite sélectionnent l&apos;événement précédent ou suivant, Entrée ouvre sa source, plus et moins zooment, Maj avec Gauche ou Droite fait défiler le temps, Haut, Bas, Page précédente et Page suivante font défiler les lignes.</translation>
    </message>
    <message>
        <source>No events. Import articles with File → Import Files.</source>
        <translation>Aucun événement. Importez des articles avec Fichier → Importer des fichiers.</translation>
    </message>
    <message>
        <source>No event matches the filter.</source>
        <translation>Aucun événement ne correspond au filtre.</translation>
    </message>
    <message>
        <source>lanes %1–%2 of %3</source>
        <translation>lignes %1–%2 sur %3</translation>
    </message>
    <message>
        <source>Unpin Lane “%1”</source>
        <translation>Détacher la ligne « %1 »</translation>
    </message>
    <message>
        <source>Pin Lane “%1” to the Top</source>
        <translation>Épingler la ligne « %1 » en haut</translation>
    </message>
    <message>
        <source>Hide Lane “%1”</source>
        <translation>Masquer la ligne « %1 »</translation>
    </message>
    <message>
        <source>Show Hidden Lanes (%1)</source>
        <translation>Afficher les lignes masquées (%1)</translation>
    </message>
</context>
<context>
    <name>Newsline::Workspace</name>
    <message>
        <source>%1: already exists; choose another name or remove it first</source>
        <translation>%1 : existe déjà ; choisissez un autre nom ou supprimez-le d&apos;abord</translation>
    </message>
    <message>
        <source>%1: no such workspace file</source>
        <translation>%1 : fichier d&apos;espace de travail introuvable</translation>
    </message>
    <message>
        <source>%1: is a folder, not a workspace file</source>
        <translation>%1 : est un dossier, pas un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Newsline workspace; the file was left untouched</source>
        <translation>%1 : base SQLite, mais pas un espace de travail Newsline ; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1: made by a newer Newsline (workspace format %2, this program reads up to %3)</source>
        <translation>%1 : créé par une version plus récente de Newsline (format d&apos;espace de travail %2, ce programme lit jusqu&apos;au format %3)</translation>
    </message>
    <message>
        <source>%1: the workspace could not be opened for writing: %2</source>
        <translation>%1 : l&apos;espace de travail n&apos;a pas pu être ouvert en écriture : %2</translation>
    </message>
    <message>
        <source>%1: the copy could not be written: %2</source>
        <translation>%1 : la copie n&apos;a pas pu être écrite : %2</translation>
    </message>
    <message>
        <source>the correction names no article</source>
        <translation>la correction ne désigne aucun article</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: not a regular file, so not a workspace</source>
        <translation>%1 : pas un fichier ordinaire, donc pas un espace de travail</translation>
    </message>
    <message>
        <source>opened for reading only</source>
        <translation>ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1: %2; the file was left untouched</source>
        <translation>%1 : %2 ; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1: the workspace cannot be read (%2); the file was left untouched</source>
        <translation>%1 : l&apos;espace de travail est illisible (%2) ; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1: not a complete Newsline workspace (it holds no workspace tables); the file was left untouched</source>
        <translation>%1 : espace de travail Newsline incomplet (il ne contient aucune table d&apos;espace de travail) ; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1: not opened: %2. A workspace that was altered outside Newsline may act on this computer; the file was left untouched</source>
        <translation>%1 : non ouvert : %2. Un espace de travail modifié en dehors de Newsline pourrait agir sur cet ordinateur ; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1: not opened: %2; the file was left untouched</source>
        <translation>%1 : non ouvert : %2 ; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1: the workspace needs upgrading to the current format, but it is read-only (%2)</source>
        <translation>%1 : l&apos;espace de travail doit être mis à niveau vers le format actuel, mais il est en lecture seule (%2)</translation>
    </message>
    <message>
        <source>%1 is read-only (%2): you can read and search it, but not import into it or change it.</source>
        <translation>%1 est en lecture seule (%2) : vous pouvez le consulter et y faire des recherches, mais pas y importer ni le modifier.</translation>
    </message>
    <message>
        <source>%1: the copy was not made: %2</source>
        <translation>%1 : la copie n&apos;a pas été effectuée : %2</translation>
    </message>
    <message>
        <source>an added quote needs its words</source>
        <translation>une citation ajoutée a besoin de ses mots</translation>
    </message>
    <message>
        <source>this database role may only read</source>
        <translation>ce rôle de base de données ne peut que lire</translation>
    </message>
    <message>
        <source>%1: a workspace on a server is copied into a file with File → Save Workspace As… or newsline copy-workspace</source>
        <translation>%1 : un espace de travail sur un serveur se copie dans un fichier avec Fichier → Enregistrer l’espace de travail sous… ou newsline copy-workspace</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 vaut maintenant %2</translation>
    </message>
    <message>
        <source>another analyst</source>
        <translation>un autre analyste</translation>
    </message>
    <message>
        <source>%1 deleted this item at %2, after you last read it; your change was not saved</source>
        <translation>%1 a supprimé cet élément le %2, après votre dernière lecture ; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>%1 changed the same field at %2, after you last read it (%3); your change was not saved</source>
        <translation>%1 a modifié le même champ le %2, après votre dernière lecture (%3) ; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>%1: the server cannot be reached: %2</source>
        <translation>%1 : le serveur est injoignable : %2</translation>
    </message>
</context>
<context>
    <name>Newsline::WorkspaceArticleModel</name>
    <message>
        <source>published %1</source>
        <translation>publié le %1</translation>
    </message>
</context>
<context>
    <name>Newsline::WorkspaceCopy</name>
    <message>
        <source>%1: the articles could not be read: %2</source>
        <translation>%1 : les articles n’ont pas pu être lus : %2</translation>
    </message>
</context>
<context>
    <name>Newsline::WorkspaceImporter</name>
    <message>
        <source>it was extracted by a newer Newsline (extraction revision %1; this program has revision %2), whose work this one would undo</source>
        <translation>il a été extrait par une version plus récente de Newsline (révision d&apos;extraction %1 ; ce programme est en révision %2), dont ce programme déferait le travail</translation>
    </message>
</context>
<context>
    <name>Newsline::WorkspaceQuoteModel</name>
    <message>
        <source>unknown speaker</source>
        <translation>locuteur inconnu</translation>
    </message>
    <message>
        <source>Quoted words inside reported speech: %1</source>
        <translation>Mots cités dans un discours rapporté : %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Speaker set by the analyst; as extracted: %1</source>
        <translation>Orateur fixé par l’analyste ; tel qu’extrait : %1</translation>
    </message>
    <message>
        <source>Quote added by the analyst from the article&apos;s text: %1</source>
        <translation>Citation ajoutée par l’analyste à partir du texte de l’article : %1</translation>
    </message>
</context>
<context>
    <name>Newsline::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The workspace is busy; wait for the current work to end or cancel it (Esc).</source>
        <translation>L&apos;espace de travail est occupé ; attendez la fin du travail en cours ou annulez-le (Échap).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1 : n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1: the watched folder is missing; new articles there are not imported</source>
        <translation>%1 : le dossier surveillé est introuvable ; les nouveaux articles qui s&apos;y trouvent ne sont pas importés</translation>
    </message>
    <message>
        <source>No temporary workspace could be made in %1: %2</source>
        <translation>Impossible de créer un espace de travail temporaire dans %1 : %2</translation>
    </message>
    <message>
        <source>it failed its check when opened</source>
        <translation>il n&apos;a pas passé la vérification à l&apos;ouverture</translation>
    </message>
</context>
<context>
    <name>TimexEvaluator</name>
    <message>
        <source>%1: no gold file %2</source>
        <translation>%1 : pas de fichier de référence %2</translation>
    </message>
</context>
<context>
    <name>brief</name>
    <message>
        <source>Writes a PDF briefing of articles: summary, timeline, money figures, quotes, events and sources, each fact with its citation.</source>
        <translation>Écrit une note de synthèse PDF des articles : résumé, chronologie, montants, citations, événements et sources, chaque fait avec sa référence.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Title of the briefing (default: from the actors and the period).</source>
        <translation>Titre de la note (par défaut : tiré des acteurs et de la période).</translation>
    </message>
    <message>
        <source>First day to include.</source>
        <translation>Premier jour à inclure.</translation>
    </message>
    <message>
        <source>Last day to include.</source>
        <translation>Dernier jour à inclure.</translation>
    </message>
    <message>
        <source>Language of the briefing.</source>
        <translation>Langue de la note.</translation>
    </message>
    <message>
        <source>Paper (default: from the locale).</source>
        <translation>Format du papier (par défaut : selon la région).</translation>
    </message>
    <message>
        <source>Publication date of inputs whose front matter gives none.</source>
        <translation>Date de publication des entrées dont l&apos;en-tête n&apos;en donne pas.</translation>
    </message>
    <message>
        <source>newsline brief: %1</source>
        <translation>newsline brief : %1</translation>
    </message>
    <message>
        <source>no output file given (use --out FILE.pdf)</source>
        <translation>aucun fichier de sortie (utilisez --out FICHIER.pdf)</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>--from « %1 » n&apos;est pas une date (attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>--to « %1 » n&apos;est pas une date (attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--from %1 comes after --to %2</source>
        <translation>--from %1 est postérieur à --to %2</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not one of fr, ko, en</source>
        <translation>--lang « %1 » n&apos;est pas fr, ko ou en</translation>
    </message>
    <message>
        <source>--page-size &quot;%1&quot; is not a4 or letter</source>
        <translation>--page-size « %1 » n&apos;est ni a4 ni letter</translation>
    </message>
    <message>
        <source>--published &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>--published « %1 » n&apos;est pas une date (attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>no input given (see --help)</source>
        <translation>aucune entrée (voir --help)</translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2)</source>
        <translation>%1 écrit (pages : %2)</translation>
    </message>
    <message>
        <source>Article files or folders, or one workspace: a file (.newsline) or a team workspace (postgresql://...).</source>
        <translation>Fichiers ou dossiers d’articles, ou un espace de travail : un fichier (.newsline) ou un espace de travail d’équipe (postgresql://...).</translation>
    </message>
</context>
<context>
    <name>eval-timex</name>
    <message>
        <source>articles %1, gold timexes %2, system timexes %3</source>
        <translation>articles %1, timex de référence %2, timex du système %3</translation>
    </message>
    <message>
        <source>relaxed span  P %1  R %2  F1 %3</source>
        <translation>empan souple    P %1  R %2  F1 %3</translation>
    </message>
    <message>
        <source>strict span   F1 %1</source>
        <translation>empan strict    F1 %1</translation>
    </message>
    <message>
        <source>type accuracy %1  value accuracy %2</source>
        <translation>exactitude type %1  exactitude valeur %2</translation>
    </message>
    <message>
        <source>value F1      %1</source>
        <translation>F1 valeur       %1</translation>
    </message>
    <message>
        <source>Scores the temporal tagger against gold timexes (&lt;name&gt;.txt beside &lt;name&gt;.gold.json): relaxed and strict span F1, type and value accuracy, and value F1 = relaxed F1 x value accuracy (the TempEval-3 ranking measure).</source>
        <translation>Évalue l&apos;étiqueteur temporel par rapport aux timex de référence (&lt;nom&gt;.txt à côté de &lt;nom&gt;.gold.json) : F1 d&apos;empan souple et strict, exactitude du type et de la valeur, et F1 valeur = F1 souple x exactitude de la valeur (la mesure de classement de TempEval-3).</translation>
    </message>
    <message>
        <source>Score only the first N lines of each text, the part the gold annotates (MEANTIME: headline, date line and four sentences, N = 6); 0 scores the whole text.</source>
        <translation>Évaluer seulement les N premières lignes de chaque texte, la partie annotée par la référence (MEANTIME : titre, ligne de date et quatre phrases, N = 6) ; 0 évalue tout le texte.</translation>
    </message>
    <message>
        <source>List every miss, spurious find and wrong type or value.</source>
        <translation>Lister chaque oubli, fausse détection et erreur de type ou de valeur.</translation>
    </message>
    <message>
        <source>Folder of articles and gold.</source>
        <translation>Dossier des articles et de la référence.</translation>
    </message>
    <message>
        <source>newsline eval-timex: give one folder (see --help)</source>
        <translation>newsline eval-timex : indiquez un dossier (voir --help)</translation>
    </message>
    <message>
        <source>newsline eval-timex: --annotated-lines needs a number</source>
        <translation>newsline eval-timex : --annotated-lines attend un nombre</translation>
    </message>
    <message>
        <source>newsline eval-timex: no article with gold found</source>
        <translation>newsline eval-timex : aucun article avec référence trouvé</translation>
    </message>
    <message>
        <source>whole text, unannotated lines included: relaxed P %1, value F1 %2</source>
        <translation>texte entier, lignes non annotées comprises : P souple %1, F1 valeur %2</translation>
    </message>
</context>
<context>
    <name>extract</name>
    <message>
        <source>Reads articles and prints their dates, money figures, entities, quotes and events as one JSON document on stdout.</source>
        <translation>Lit des articles et affiche leurs dates, montants, entités, citations et événements sous forme d&apos;un seul document JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>Publication date of inputs whose front matter gives none.</source>
        <translation>Date de publication des entrées dont l&apos;en-tête n&apos;en donne pas.</translation>
    </message>
    <message>
        <source>Article files or folders.</source>
        <translation>Fichiers ou dossiers d&apos;articles.</translation>
    </message>
    <message>
        <source>newsline extract: --published &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>newsline extract : --published « %1 » n&apos;est pas une date (attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>newsline extract: no input given (see --help)</source>
        <translation>newsline extract : aucune entrée (voir --help)</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message numerus="yes">
        <source>The extractor changed since %n article(s) were extracted: extracting them again.</source>
        <translation>
            <numerusform>L&apos;extracteur a changé depuis l&apos;extraction de %n article : nouvelle extraction.</numerusform>
            <numerusform>L&apos;extracteur a changé depuis l&apos;extraction de %n articles : nouvelle extraction.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) got a dollar value from the updated exchange rates.</source>
        <translation>
            <numerusform>%n montant a reçu une valeur en dollars des taux de change mis à jour.</numerusform>
            <numerusform>%n montants ont reçu une valeur en dollars des taux de change mis à jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>print the extraction of articles as JSON</source>
        <translation>afficher l&apos;extraction des articles en JSON</translation>
    </message>
    <message>
        <source>write a PDF briefing of articles</source>
        <translation>écrire une note de synthèse PDF des articles</translation>
    </message>
    <message>
        <source>score the date finder against gold timexes</source>
        <translation>évaluer la détection de dates par rapport aux timex de référence</translation>
    </message>
    <message>
        <source>import articles into a workspace file</source>
        <translation>importer des articles dans un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <source>search the quotes and articles of a workspace</source>
        <translation>rechercher dans les citations et articles d&apos;un espace de travail</translation>
    </message>
    <message>
        <source>Turns news articles into a verified timeline and a briefing.

Commands (newsline COMMAND --help):</source>
        <translation>Transforme des articles de presse en une chronologie vérifiée et une note de synthèse.

Commandes (newsline COMMANDE --help) :</translation>
    </message>
    <message>
        <source>Language of the interface.</source>
        <translation>Langue de l&apos;interface.</translation>
    </message>
    <message>
        <source>Publication date of inputs whose front matter gives none.</source>
        <translation>Date de publication des entrées dont l&apos;en-tête n&apos;en donne pas.</translation>
    </message>
    <message>
        <source>newsline: these knowledge files cannot be used, so Newsline does not start:
%1</source>
        <translation>newsline : ces fichiers de connaissances sont inutilisables, Newsline ne démarre donc pas :
%1</translation>
    </message>
    <message>
        <source>Newsline cannot start</source>
        <translation>Newsline ne peut pas démarrer</translation>
    </message>
    <message>
        <source>write events, figures or quotes as CSV, JSON, iCalendar or TimelineJS</source>
        <translation>écrire les événements, montants ou citations en CSV, JSON, iCalendar ou TimelineJS</translation>
    </message>
    <message>
        <source>say how old the exchange rates are, or fetch newer ones</source>
        <translation>dire l’âge des taux de change, ou en obtenir de plus récents</translation>
    </message>
    <message>
        <source>copy a workspace into another: a file to a team workspace on PostgreSQL, or back</source>
        <translation>copier un espace de travail dans un autre : un fichier vers un espace de travail d’équipe PostgreSQL, ou l’inverse</translation>
    </message>
    <message>
        <source>A workspace file (.newsline), a team workspace (postgresql://...), or article files or folders to open (default: the workspace open last time, else the files of the last session, else the bundled sample corpus).</source>
        <translation>Un fichier d’espace de travail (.newsline), un espace de travail d’équipe (postgresql://...), ou des fichiers ou dossiers d’articles à ouvrir (par défaut : l’espace de travail ouvert la dernière fois, sinon les fichiers de la dernière session, sinon le corpus d’exemple fourni).</translation>
    </message>
</context>
</TS>
