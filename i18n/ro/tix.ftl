# Interfața tix în română.

## Numărare

tickets = { $count ->
    [one] { $n } tichet
    [few] { $n } tichete
   *[other] { $n } de tichete
}

## Titlurile panourilor

queue-title = Coadă
queue-count = ({ $loaded })
queue-count-of = ({ $loaded } din { $total })
queue-count-more = ({ $loaded }+)
queue-count-filtered = ({ $shown } din { $loaded })
queue-count-filtered-loaded = ({ $shown } din { $loaded } încărcate)
queue-open-elsewhere = · deschis: #{ $id }
queue-loading = Se încarcă coada…
queue-no-match = Niciun tichet nu corespunde filtrului
queue-empty = Niciun tichet
queue-empty-views = Niciun tichet în această vizualizare · { $key } alte vizualizări
queue-none-snoozed = Nimic amânat
conversation-title = Conversație
conversation-title-ticket = Conversația #{ $id }
customer-title = Client
customer-title-masked = Client (ascuns)
customer-title-masked-key = Client (ascuns: { $key } arată)
canned-title = Răspunsuri predefinite
canned-on-demand = Mod cu lățime de bandă redusă: se încarcă la prima deschidere a acestui panou.

## Coloanele cozii

column-id = nr.
column-status = st.
column-priority = prio
column-channel = canal
column-requester = solicitant
column-subject = subiect
column-due = termen
column-wakes = se trezește

## Bara de stare

status-demo = tix · helpdesk demo ({ $backend })
status-profile = tix · { $profile } ({ $backend })
status-demo-short = tix · demo
status-profile-short = tix · { $profile }
status-connecting = · se conectează
status-online = · conectat
status-offline = · DECONECTAT din { $time }
status-selected = · { $n } selectate
status-bulk = · în bloc { $done } din { $total }
status-undo = · anulare { $done } din { $total }
status-outbox = · de trimis: { $n }
status-cached = · coada salvată la { $time }
status-retry = · reîncercare în { $seconds } s
status-api = · API { $remaining }/{ $limit }
status-loading = · se încarcă { $loaded }
status-loading-of = · se încarcă { $loaded } din { $total }
status-log = { $key } jurnal
time-unknown = necunoscut

## Indicii de taste

hint-help = ajutor
hint-quit = ieșire
hint-reply = răspunde
hint-note = notă
hint-palette = comenzi
hint-canned = șabloane
hint-send = trimite
hint-keep-draft = păstrează ciorna
hint-editor = editor

## Acțiuni (ajutor, comenzi; numele lor rămân în engleză: sunt API-ul hărților de taste)

action-app-quit = Ieși din tix
action-app-help = Arată tastele
action-app-palette = Caută orice acțiune sau răspuns predefinit
action-ticket-goto = Mergi la un tichet după număr
action-app-refresh = Reîncarcă coada
action-focus-next = Treci la panoul următor
action-focus-prev = Treci la panoul anterior
action-list-down = În jos
action-list-up = În sus
action-list-page-down = O pagină mai jos
action-list-page-up = O pagină mai sus
action-list-top = La primul element
action-list-bottom = La ultimul element
action-list-open = Deschide elementul selectat
action-conversation-more = Citește mai departe un mesaj lung, pliat
action-conversation-quoted = Arată sau pliază e-mailul citat anterior
action-queue-filter = Filtrează coada pe măsură ce scrii
action-queue-search = Caută în helpdesk (toate tichetele, și cele rezolvate)
action-queue-views = Alege vizualizarea afișată de coadă
action-queue-next-view = Arată vizualizarea următoare
action-queue-prev-view = Arată vizualizarea anterioară
action-queue-view = Arată vizualizarea cu numărul n (1-9) din listă
action-ticket-reply = Răspunde clientului
action-ticket-note = Scrie o notă internă
action-ticket-canned = Alege un răspuns predefinit
action-ticket-set-status = Schimbă starea
action-ticket-set-priority = Schimbă prioritatea
action-ticket-assign = Atribuie unui agent
action-ticket-take = Preia tichetul
action-ticket-tags = Adaugă sau elimină etichete (+eticheta -eticheta)
action-ticket-reveal = Arată sau ascunde e-mailul, telefonul și numerele de card ale clientului
action-ticket-escalate = Escaladează: alege o echipă sau o persoană, scrie o notă, crește prioritatea
action-ticket-attachments = Salvează sau deschide un atașament al tichetului
action-ticket-open-web = Deschide tichetul în interfața web a helpdeskului
action-ticket-snooze = Amână tichetul: iese din coadă până la o oră (unul amânat: trezește-l acum)
action-ticket-unsnooze = Anulează amânarea tichetului: revine în coadă
action-snooze-helpdesk = În alegerea amânării: setează și starea de așteptare a helpdeskului, ca s-o vadă colegii
action-ticket-workflow = Parcurge un flux ghidat pe acest tichet (întâi cele potrivite)
action-workflow-next = Gata: la pasul următor al fluxului (după o instrucțiune)
action-workflow-back = Un pas înapoi în flux
action-workflow-restart = Ia fluxul de la capăt
action-workflow-stop = Oprește fluxul pe acest tichet (progresul se pierde)
action-attachment-save = Salvează atașamentul ales în dosarul de descărcări
action-attachment-open = Deschide atașamentul ales (o copie privată, cu aplicația sistemului)
action-ticket-knowledge = Caută în baza de cunoștințe (întâi articolele sugerate pentru tichet)
action-knowledge-insert-link = Pune linkul articolului în răspuns, ca paragraf separat
action-knowledge-insert-excerpt = Pune în răspuns paragraful de sus al articolului
action-knowledge-beside = Ține articolul deschis lângă conversație (din nou: închide-l)
action-app-metrics = Arată sau ascunde cifrele de azi
action-app-messages = Arată ultimele notificări și erori, cu ora lor
action-compose-send = Trimite răspunsul sau nota
action-compose-cancel = Închide, păstrând textul ca ciornă
action-compose-editor = Editează textul în $VISUAL sau $EDITOR
action-macro-apply = Aplică macroul previzualizat (câmpurile și comentariul lui, o singură actualizare)
action-macro-edit = Editează întâi comentariul macroului; modificările câmpurilor pleacă odată cu el
action-queue-select = Selectează tichetul pentru o modificare în bloc sau scoate-l (din nou)
action-queue-select-range = Selectează toate tichetele de la ultimul selectat până la acesta
action-queue-select-all = Selectează toate tichetele afișate (filtru sau rezultate); din nou: niciunul
action-ticket-undo = Anulează ultima modificare de câmpuri sau etichete (un tichet sau în bloc)
action-prompt-accept = Acceptă (filtru, comenzi, listă de alegere)
action-prompt-cancel = Renunță (filtru, comenzi, listă de alegere, ajutor)
binding-unbound = nelegată

## Panourile client și șabloane

loading = Se încarcă…
customer-none = Niciun client
customer-org = org.: { $name }
customer-not-loaded = neîncărcat: { $what }
missing-ticket-count = numărul de tichete
missing-organization = organizația
customer-counts = { $count ->
    [one] { $all } tichet în total
    [few] { $all } tichete în total
   *[other] { $all } de tichete în total
} · { $open } deschise
customer-counts-total = { $count ->
    [one] { $all } tichet în total
    [few] { $all } tichete în total
   *[other] { $all } de tichete în total
}
customer-list-on-focus = ▸ listate la focalizare ({ $key })
customer-more-below = ↓ încă { $n }
customer-rating = ultima evaluare: { $mark } { $score }
tier-vip = VIP
tier-loyal = fidel
tier-standard = standard
tier-new = nou
canned-none = { $backend } nu are răspunsuri predefinite
canned-no-match = Niciun răspuns predefinit nu se potrivește

## Conversația

conversation-loading = Se încarcă conversația…
conversation-internal-note = notă internă
conversation-unassigned = neatribuit
conversation-tags = etichete: { $tags }
conversation-more = încă { $size }
conversation-read-on-key = apasă { $key } pentru continuare
conversation-read-on-action = { $action } continuă
conversation-show-key = apasă { $key } pentru a afișa
conversation-show-action = { $action } afișează
conversation-quoted-lines = { $count ->
    [one] { $n } rând citat
    [few] { $n } rânduri citate
   *[other] { $n } de rânduri citate
}
size-bytes = { $count ->
    [one] { $n } octet
    [few] { $n } octeți
   *[other] { $n } de octeți
}
size-kb = { $n } KB
size-mb = { $n } MB
workflow-line-done = Flux încheiat: { $title } (parcursul pleacă drept notă odată cu răspunsul)
workflow-line-step = Flux: { $title }, pasul { $step } ({ $key })
workflow-line-fits = Flux potrivit: { $title } ({ $key })
workflow-line-fits-more = Flux potrivit: { $title } și încă { $more } ({ $key })
draft-kind-reply = Ciorna de răspuns
draft-kind-note = Ciorna de notă
draft-kind-escalation = Ciorna de escaladare
draft-kept = { $kind } păstrată ({ $chars } caractere): { $key } pentru a continua

## Alerte

alert-breached = #{ $id } și-a depășit SLA-ul ({ $left })
alert-breaches-in = #{ $id } își depășește SLA-ul în { $left }
alert-near-more = { $n }+ tichete la limita SLA sau peste (primul: #{ $id }, { $left })
alert-near = { $count ->
    [one] { $n } tichet
    [few] { $n } tichete
   *[other] { $n } de tichete
} la limita SLA sau peste (primul: #{ $id }, { $left })
alert-arrived = nou, urgent/VIP: { $list }

## Durate (câteva caractere: încap în coloane înguste)

duration-seconds = { $n }s
duration-minutes = { $n }m
duration-hours = { $n }h
duration-days = { $n }z
clock-ago = acum { $age }

## Coliziuni (acțiuni)

action-collision-send = Trimite oricum (sau aplică oricum modificările câmpurilor), peste ce s-a schimbat
action-collision-edit = Înapoi la editor cu textul, pentru a-l modifica întâi
action-collision-keep = Păstrează textul ca ciornă (modificările câmpurilor se renunță); nu se trimite nimic

## Liste de alegere

picker-selection = { $count ->
    [one] { $n } tichet selectat
    [few] { $n } tichete selectate
   *[other] { $n } de tichete selectate
}

## Grupuri

action-ticket-set-group = Predă tichetul unei echipe (grup, coadă), fără notă

## Titlurile și cuvintele listelor de alegere

picker-status = Stare
picker-priority = Prioritate
picker-assignee = Atribuie lui
picker-group = Predă echipei
picker-escalate = Escaladează către
picker-views = Vizualizări
picker-attachments = Atașamentele
picker-now = acum
picker-no-match = nicio potrivire
picker-type-to-filter = scrie pentru a filtra

## Date (numele zilelor și lunilor)

weekday-short = { $day ->
    [1] lun.
    [2] mar.
    [3] mie.
    [4] joi
    [5] vin.
    [6] sâm.
   *[7] dum.
}
month-short = { $month ->
    [1] ian.
    [2] feb.
    [3] mar.
    [4] apr.
    [5] mai
    [6] iun.
    [7] iul.
    [8] aug.
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] dec.
}
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }

## Amânare

snooze-in-hours = { $count ->
    [one] Peste { $n } oră
    [few] Peste { $n } ore
   *[other] Peste { $n } de ore
}
snooze-tomorrow-at = Mâine la { $time }
snooze-next-monday-at = Lunea viitoare la { $time }
snooze-title = Amână { $ticket }
snooze-type-a-time = sau scrie o oră: 15:30, mon 10:00, 2h
snooze-on-helpdesk = setează-l și { $status } în helpdesk, ca să vadă colegii ({ $key })
snooze-no-waiting-status = starea de așteptare a helpdeskului nu se cunoaște: doar tix reține amânarea
snooze-wakes = Revine { $when }
snooze-keys = { $accept } amână · { $cancel } renunță

## Modificări în bloc și anulare

bulk-cleared = Selecția de { $tickets } a fost golită
bulk-already = { $tickets } sunt deja așa: lăsate deoparte
bulk-gone = { $tickets } selectate nu mai sunt în coadă: lăsate deoparte
bulk-nothing = Nimic de schimbat la tichetele selectate
bulk-changing = Se modifică { $tickets }…
bulk-undoing = Se anulează la { $tickets }…
bulk-done = Modificare în bloc: { $done } din { $tickets } gata
bulk-undo-done = Anulare: { $done } din { $tickets } gata
bulk-waiting = { $n } așteaptă de trimis
bulk-failed = { $count ->
    [one] { $n } a eșuat
   *[other] { $n } au eșuat
}
bulk-which-and-why = { $key }: care și de ce
bulk-undo-on = Anulare la { $tickets }

## Câmpuri

field-status = starea
field-priority = prioritatea
field-group = echipa
field-assignee = responsabilul
notice-setting-field = Se schimbă { $field } pentru { $ticket } în { $value }…

## Fereastra de coliziune

collision-title = S-a schimbat: { $ticket }
collision-reply-not-sent = Răspunsul tău nu a fost trimis. De când ai deschis tichetul:
collision-note-not-sent = Nota ta nu a fost trimisă. De când ai deschis tichetul:
collision-escalation-not-sent = Escaladarea ta nu a fost trimisă. De când ai deschis tichetul:
collision-change-not-applied = Modificarea nu a fost aplicată. De când ai deschis tichetul:
collision-keys-text = { $send } trimite oricum · { $edit } editează · { $keep } păstrează ciorna
collision-keys-text-loading = { $edit } editează · { $keep } păstrează ciorna
collision-keys-fields = { $send } aplică oricum · { $keep } renunță
collision-keys-fields-loading = { $keep } renunță
collision-scroll = derulează

## Titlul editorului

composer-reply = #{ $ticket } Răspuns pentru { $to } prin { $via }
composer-reply-unnamed = #{ $ticket } Răspuns pentru client prin { $via }
composer-sms = { $units } { $units_count ->
    [one] caracter
    [few] caractere
   *[other] de caractere
}, { $segments } { $segments_count ->
    [one] segment
    [few] segmente
   *[other] de segmente
}
composer-sms-unicode = Unicode
composer-escalation-note = #{ $ticket } Notă de escaladare
composer-internal-note = #{ $ticket } Notă internă (doar pentru agenți)
composer-workflow-note = nota fluxului de lucru

## Ferestre

help-title = Taste: scrie ca să cauți, ↑↓ derulează, esc închide
help-search = caută:
context-global = peste tot
context-queue = coadă
context-conversation = conversație
context-canned = răspunsuri predefinite
context-customer = client
context-compose = editor
context-palette = câmpuri de introducere și paleta
context-macro = previzualizarea macrocomenzii
context-attachments = atașamente
context-workflow = fluxuri de lucru
context-knowledge = baza de cunoștințe
context-snooze = amânare
context-collision = coliziune
palette-title = Paleta de comenzi
problems-title = Probleme de configurare
problems-rest = Restul s-a încărcat; corectează fișierul și repornește tix. Orice tastă închide.
attachments-keys = { $save } salvează · { $open } deschide
search-title = Caută în helpdesk
search-hint = toate tichetele, și cele rezolvate; enter caută, esc anulează
tags-title = Etichetele tichetului { $ticket }
tags-hint = +etichetă adaugă, -etichetă elimină; enter salvează, esc anulează
tags-none = (niciuna)
tags-now = acum: { $tags }
messages-title = Mesaje (orice tastă închide)
metrics-title = Azi (orice tastă închide)
metrics-handled = rezolvate azi
metrics-replies = răspunsuri
metrics-first-response = prim răspuns (mediana)
metrics-handle-time = timp mediu de lucru
metrics-fcr = rezolvate din primul contact
metrics-csat = CSAT
key-close = { $key } închide
change-none = nimic
change-nobody = nimeni
change-no-group = fără echipă
change-field = { $field } { $from } → { $to }
change-field-to = { $field } → { $to }
field-tags = etichetele
macro-title = Macrocomandă: { $name } · #{ $ticket }
macro-asking = Întreb helpdeskul ce face această macrocomandă…
macro-no-preview = Nu există previzualizare: nu s-a schimbat nimic.
macro-will = Această macrocomandă va:
macro-add-reply = adăuga un răspuns public:
macro-add-note = adăuga o notă internă:
macro-nothing = nu schimba nimic la acest tichet
macro-keys = { $apply } aplică · { $edit } editează întâi comentariul · { $cancel } anulează
confirm-title-bulk = Modificare în bloc
confirm-title-undo = Anulare
confirm-more = … și încă { $n }
confirm-keys-apply = { $accept } aplică · { $dismiss } lasă totul cum e
confirm-keys-undo = { $accept } anulează · { $dismiss } lasă totul cum e
workflows-title = Fluxuri de lucru · #{ $ticket }
workflows-none = Nu e instalat niciun flux de lucru (workflows/*.toml în directorul de configurare; tix config init instalează exemple).
workflows-suggested = Sugerate pentru acest tichet:
workflows-other = Alte fluxuri de lucru:
workflows-start = 1-{ $n } sau a-{ $letter } pornește
workflow-title = Flux de lucru: { $name } · #{ $ticket }
workflow-step = Pasul { $n }
workflow-earlier = … încă { $n } înainte
workflow-answer = 1-{ $n } sau a-{ $letter } răspunde
workflow-key-done = { $key } gata
workflow-done = Gata: { $outcome }
workflow-reply-ready = Răspunsul e în editor (sau în ciornă); parcursul pleacă odată cu el ca notă.
workflow-key-back = { $key } înapoi
workflow-key-restart = { $key } de la capăt
workflow-key-stop = { $key } oprește
metrics-per-hour = răspunsuri pe oră, 00–23
kb-title = Bază de cunoștințe
kb-article = Articol
kb-loading = Se încarcă articolul…
kb-reading-keys = { $link } link · { $excerpt } extras · { $beside } alături · { $back } înapoi
kb-list-keys = enter citește · ↑↓ alege · esc închide
kb-beside-hint = { $open } apoi { $beside } închide
conversation-no-ticket = Niciun tichet selectat

## --help în linia de comandă (src/cli_lang.rs)

cli-help-heading-usage = Utilizare:
cli-help-heading-commands = Comenzi
cli-help-heading-arguments = Argumente
cli-help-heading-options = Opțiuni
cli-help-flag-help = Afișează ajutorul
cli-help-flag-help-more = Afișează ajutorul (mai multe cu „--help”)
cli-help-flag-help-summary = Afișează ajutorul (un rezumat cu „-h”)
cli-help-flag-version = Afișează versiunea
cli-help-subcommand-help = Afișează acest mesaj sau ajutorul subcomenzilor date

cli-help-tix = Spațiu de lucru rapid în terminal, din tastatură, pentru agenții de suport clienți
cli-help-tix-after = Fără configurare, tix pornește cu un helpdesk demo încorporat.
    Configurarea: $TIX_CONFIG_DIR/config.toml (implicit în directorul de configurare XDG, de ex. ~/.config/tix/config.toml).
cli-help-tix--demo = Folosește helpdeskul demo încorporat, orice ar spune configurarea
cli-help-tix--profile = Folosește acest profil din config.toml
cli-help-tix--tickets = Câte tichete are helpdeskul demo (cel mult 200000)
cli-help-tix--seed = Sămânța datelor helpdeskului demo
cli-help-tix--second_agent = Helpdeskul demo primește un al doilea agent: din când în când, tichetul deschis primește un mesaj nou de la client sau, de la un coleg, un răspuns, o schimbare de stare ori o preluare, ca să vedeți cum prinde tix o coliziune
cli-help-tix--low_bandwidth = Mod pentru conexiuni slabe: mai puțini octeți spre terminal (vezi README)
cli-help-tix--plain = Mod simplu pentru cititoare de ecran și braille: rânduri, fără panouri (vezi README)
cli-help-ls = Listează tichetele unei vizualizări, în ordinea cozii
cli-help-ls--view = Numele vizualizării (implicit: prima, ca în interfața din terminal)
cli-help-ls--limit = Doar primele N tichete din coadă (pe un helpdesk care își ordonează vizualizările după depășirea SLA, doar acestea se descarcă)
cli-help-ls--json = Afișează JSON
cli-help-show = Afișează un tichet cu conversația și clientul
cli-help-show--json = Afișează JSON (corpul întreg al fiecărui mesaj)
cli-help-show--quoted = Afișează întreg istoricul citat (e-mailurile anterioare citate într-un mesaj), nu doar un rând
cli-help-reply = Trimite intrarea standard ca răspuns public (sau, cu --note, ca notă internă); cu --macro, aplică în schimb un macro Zendesk (câmpurile și comentariul lui) sau, cu --preview, doar arată-l
cli-help-reply--macro_id = ID-ul unui macro: îl previzualizează pe acest tichet și îl aplică într-o singură actualizare
cli-help-reply--preview = Cu --macro: arată ce ar face macroul, fără să schimbe nimic
cli-help-doctor = Verifică instalarea: configurarea, DNS, conexiunea, TLS, tokenurile OAuth, autentificarea, o cerere de probă
cli-help-login = Autentificare cu OAuth (profiluri cu oauth_client_id): aprobați tix în browser
cli-help-login-long = Autentificare cu OAuth (profiluri cu oauth_client_id sau auth = "oauth").

    Implicit, tix ascultă pe 127.0.0.1 (un port liber sau portul din oauth_redirect al profilului), deschide în browser pagina de aprobare a helpdeskului și prinde redirecționarea înapoi. Tokenurile sunt salvate în DATA_DIR/oauth/PROFILE.json (mod 0600) sau în keyringul sistemului (token_store = "keyring"), sunt reîmprospătate automat și nu sunt afișate niciodată.

    Pe o mașină fără browser (o sesiune SSH), folosiți --paste: tix afișează URL-ul de aprobare; deschideți-l într-un browser oriunde și aprobați. Browserul este trimis apoi la URL-ul de redirecționare (oauth_redirect al profilului, implicit http://127.0.0.1/callback), care pe calculatorul dumneavoastră probabil nu se va încărca: este normal. Copiați toată adresa din bara de adrese (sau doar valoarea parametrului code=) și lipiți-o în tix. Codul e valabil câteva minute și doar împreună cu verificatorul PKCE al acestei autentificări, care nu părăsește mașina pe care rulează tix.

    URL-ul de redirecționare trebuie înregistrat la clientul OAuth (Zendesk: Admin Center > Apps and integrations > APIs > OAuth clients > Redirect URLs).

    Pentru un profil cu token și token_keyring (în versiunea cu funcția keyring), tix login citește în schimb tokenul API de la intrarea standard și îl păstrează în keyringul sistemului.
cli-help-login--paste = Afișează URL-ul și citește de la intrarea standard adresa la care ați fost redirecționat (sau codul din ea): pentru sesiuni SSH și mașini fără browser
cli-help-logout = Deconectare de la un profil OAuth: revocă tokenul de acces la helpdesk și șterge tokenurile salvate
cli-help-stats = Cifrele zilei: tichete tratate, primul răspuns, timpul de lucru, rezolvarea la primul contact, CSAT
cli-help-stats--day = Altă zi (AAAA-LL-ZZ)
cli-help-keymap = Afișează sau verifică asocierile de taste
cli-help-keymap-show = Afișează asocierile în vigoare: CONTEXT<TAB>TASTE<TAB>ACȚIUNE
cli-help-keymap-check = Verifică un fișier de taste: FIȘIER:RÂND:COL: mesaj; iese cu 1 la erori
cli-help-theme = Verifică un fișier de temă
cli-help-theme-check = Verifică un fișier de temă: FIȘIER:RÂND:COL: mesaj; iese cu 1 la erori
cli-help-workflow = Verifică sau listează fluxurile ghidate (workflows/*.toml în directorul de configurare)
cli-help-workflow-check = Verifică un fișier de flux: FIȘIER:RÂND:COL: mesaj; iese cu 1 la erori. Răspunsurile predefinite, stările și grupurile sunt verificate față de cele ale helpdeskului (și de fișierele din canned/) când acesta răspunde
cli-help-workflow-list = Listează fluxurile instalate: NUME<TAB>TITLU<TAB>CÂND SE APLICĂ
cli-help-completions = Afișează un script de completare pentru shell, generat din această linie de comandă
cli-help-completions-long = Afișează un script de completare pentru shell, generat din această linie de comandă.

    bash: tix completions bash > ~/.local/share/bash-completion/completions/tix
    zsh:  tix completions zsh > ~/.zfunc/_tix (cu fpath+=~/.zfunc înainte de compinit în ~/.zshrc)
    fish: tix completions fish > ~/.config/fish/completions/tix.fish
cli-help-man = Afișează pagina de manual (roff), generată din această linie de comandă; cu --dir, scrie acolo tix.1 și câte o pagină pentru fiecare subcomandă (tix-reply.1, ...)
cli-help-config = Scrie un fișier de configurare
cli-help-config-init = Scrie config.toml în directorul de configurare: fiecare setare cu valoarea implicită, comentată
cli-help-config-init--force = Înlocuiește un config.toml existent
cli-help-demo-server = Pornește separat helpdeskul demo (dialectul Zendesk API v2)
cli-help-demo-server--addr = Adresa pe care ascultă (doar loopback, dacă nu vreți altfel)
cli-help-demo-server--token = Cere acest token (Bearer sau autentificare basic ca email/token:TOKEN)
cli-help-demo-server--oauth_expires_in = Cere OAuth: tokenuri de acces Bearer emise de /oauth/tokens al lui, fiecare valabil SECS secunde (pagina de aprobare aprobă pe loc)
cli-help-demo-server--fail_rate = Refuză această parte din cereri (0-1): 500, 503 cu Retry-After, JSON trunchiat sau stricat
cli-help-demo-server--slow_ms = Atât de mult întârzie partea de cereri care eșuează (toate, când --fail-rate e 0)
cli-help-demo-server--latency_ms = Conexiune slabă: întârziere adăugată fiecărui răspuns
cli-help-demo-server--kbps = Conexiune slabă: debit maxim în kbit/s (0: nelimitat)
cli-help-demo-server--drop_rate = Conexiune slabă: întrerupe această parte din conexiuni (0-1)
cli-help-demo-server--hostile = Pune text ostil (secvențe escape, bidi, caractere de lățime zero, corpuri uriașe) în unele tichete
cli-help-demo-server--anchor = Momentul de care se leagă datele generate (RFC 3339; implicit: acum). Un server repornit cu aceeași ancoră și aceeași sămânță are aceleași tichete, cu aceleași ore, cum revine un helpdesk după o pană (pentru teste)
cli-help-views = Listează vizualizările profilului: ID, numărul de tichete (unde helpdeskul îl spune ieftin), nume
cli-help-search = Caută tichete cu căutarea helpdeskului (inclusiv cele rezolvate), listate ca la `ls`
cli-help-search--query = Căutarea, în sintaxa helpdeskului (mai multe cuvinte fac o singură căutare)
cli-help-status = Schimbă starea unui tichet: cuvântul sau eticheta helpdeskului (RT: stalled, resolved; o stare proprie, după nume) sau un tip (new, open, pending, hold, solved, closed)
cli-help-assign = Atribuie un tichet unui agent (nume sau e-mail), dumneavoastră (`me`) sau nimănui (`none`)
cli-help-tag = Adaugă (+ETICHETĂ) și scoate (-ETICHETĂ) etichete la un tichet
cli-help-tag--changes = +ETICHETĂ adaugă o etichetă, -ETICHETĂ o scoate
cli-help-open = Deschide tichetul în interfața web a helpdeskului ($BROWSER, altfel aplicația implicită a sistemului)
cli-help-attachment = Salvează atașamentul N al unui tichet (numerotat ca în `tix show`) în dosarul de descărcări; afișează calea fișierului. Un fișier existent nu este suprascris niciodată
cli-help-attachment--n = Numărul lui în `tix show ID` (primul e 1)
cli-help-attachment--out = Dosarul (implicit: download_dir din config.toml, altfel dosarul de descărcări XDG)
cli-help-kb = Baza de cunoștințe: caută în ea, afișează un articol (ale helpdeskului și cele din knowledge/ în directorul de configurare)
cli-help-kb-search = Caută în baza de cunoștințe (a helpdeskului și knowledge/ din directorul de configurare): ID, secțiune, titlu, cele mai potrivite întâi
cli-help-kb-show = Afișează un articol ca text (linkurile numerotate, imaginile prin textul lor alternativ)
cli-help-bulk = Modifică multe tichete deodată: stare, prioritate, responsabil, etichete (ID-urile ca argumente sau la intrarea standard); un raport pentru fiecare tichet. Iese cu 0: toate modificate; 1: unele nu (un coleg le-a modificat între timp, un refuz); 2: argumente greșite
cli-help-bulk--ids = ID-urile tichetelor; fără ele, sau cu `-`, se citesc de la intrarea standard (câte unul pe rând sau separate prin spații)
cli-help-bulk--status = Starea de pus (cuvântul sau eticheta helpdeskului, sau un tip, de ex. pending)
cli-help-bulk--priority = Prioritatea de pus (cuvântul sau eticheta helpdeskului)
cli-help-bulk--assignee = Agentul căruia i se atribuie (nume sau e-mail), `me` sau `none`
cli-help-bulk--tags = +ETICHETĂ adaugă o etichetă, -ETICHETĂ o scoate (pot urma mai multe după un --tag)
cli-help-bulk--dry_run = Spune ce s-ar schimba la fiecare tichet, fără să schimbe nimic
cli-help-bulk--json = Afișează raportul ca JSON: câte un obiect pentru fiecare tichet
cli-help-bulk--no_check = Scrie chiar și peste o modificare făcută de altcineva după ce tix a citit tichetul (fără verificarea updated_at); pe Zendesk, aceeași modificare pleacă atunci câte 100 de tichete pe cerere (update_many)

## Rândurile liniei de comandă: rapoarte, confirmări, erori

cli-none = niciunul
cli-errors-found = s-au găsit erori
cli-no-demo = acest tix a fost compilat fără helpdeskul demo încorporat (funcția `demo`): alegeți un profil cu --profile sau scrieți unul cu `tix config init`
cli-no-profile = nu există profilul { $name } în { $file } (profiluri: { $profiles })
cli-profile-problem = profilul { $name }: { $problem }
cli-password-env-unset = variabila de mediu { $var } (password_env) nu este setată
cli-rt-needs-credentials = RT are nevoie de token_env sau de user și password_env
cli-needs-token = { $backend } are nevoie de un token (token_env, token_cmd sau token)
cli-bad-ticket-id = ID de tichet greșit { $arg }: ID-ul unui tichet este un număr, de exemplu 1001
cli-bad-macro-id = ID de macro greșit { $arg }: ID-ul unui macro este un număr, de exemplu 1001
cli-cannot-tighten = nu s-au putut restrânge permisiunile în { $dir }: { $why }
cli-wrote = s-a scris { $path }
cli-outbox-unwritable = nu s-a putut scrie în coada de trimitere: { $why }
cli-not-delivered = netrimis: { $why }
cli-fate-unknown = nu se știe dacă #{ $id } l-a primit ({ $why }); așteaptă în coada de trimitere, iar la următoarea pornire tix verifică tichetul înainte să-l trimită: nu-l trimiteți din nou
cli-demo-changes-last = acesta a fost helpdeskul demo încorporat; modificările lui țin doar cât rulează
cli-no-view = nu există vizualizarea { $name } (vizualizări: { $views })
cli-show-status = stare: { $status } · prioritate: { $priority } · canal: { $channel }
cli-show-assignee = responsabil: { $assignee } · echipă: { $group } · etichete: { $tags }
cli-show-times = creat: { $created } · actualizat: { $updated }
cli-tickets-unknown = ? tichete
cli-show-customer = client: { $name } <{ $email }> { $organization } [{ $tier }] · { $tickets }
cli-show-not-loaded = neîncărcat: { $what }
cli-show-internal-note = notă internă
cli-show-quoted-folded = { $what } (--quoted îl afișează)
cli-show-attachment = atașamentul { $n }
cli-no-macros = { $backend } nu are macrouri de aplicat; trimiteți textul prin `tix reply`
cli-macro-will = Macroul { $macro_id } pe #{ $ticket } va face:
cli-macro-adds-reply = adaugă un răspuns public
cli-macro-adds-note = adaugă o notă internă
cli-macro-preview-only = doar previzualizare: nu s-a schimbat nimic
cli-macro-updated = #{ $ticket } actualizat: { $status }
cli-metrics-unwritable = răspunsul nu a putut fi trecut în cifrele de azi: { $why }
cli-nothing-to-send = nimic de trimis: răspunsul se citește de la intrarea standard
cli-replied = s-a răspuns la #{ $ticket } ({ $status })
cli-noted = notă adăugată la #{ $ticket } ({ $status })
cli-replied-already-there = s-a răspuns la #{ $ticket } (confirmarea s-a pierdut; tichetul arată că a ajuns)
cli-noted-already-there = notă adăugată la #{ $ticket } (confirmarea s-a pierdut; tichetul arată că a ajuns)
cli-nothing-to-search = nimic de căutat
cli-no-status-given = nu s-a dat nicio stare
cli-assign-to-whom = cui să fie atribuit? numele sau e-mailul unui agent, me sau none
cli-no-attachments = #{ $ticket } nu are atașamente
cli-attachments-numbered = { $count ->
    [one] #{ $ticket } are { $n } atașament, numerotat de la 1 în tix show { $ticket }
    [few] #{ $ticket } are { $n } atașamente, numerotate de la 1 în tix show { $ticket }
   *[other] #{ $ticket } are { $n } de atașamente, numerotate de la 1 în tix show { $ticket }
}
cli-no-download-dir = nu se știe niciun dosar de descărcări: setați download_dir în config.toml sau dați --out DOSAR
cli-no-search = { $backend } nu are o căutare pe care tix s-o poată folosi
cli-changed-status = #{ $ticket } { $subject }: starea { $from } → { $to }
cli-changed-assignee = #{ $ticket } { $subject }: responsabilul { $from } → { $to }
cli-changed-tags = #{ $ticket } { $subject }: etichetele { $from } → { $to }
cli-tags-unchanged = #{ $ticket } { $subject }: etichetele { $tags } (neschimbate)
cli-no-such-status = { $backend } nu are starea { $value } (stări: { $statuses })
cli-no-agent-matches = niciun agent nu se potrivește cu { $who } (agenți: { $agents }; sau me, sau none)
cli-several-agents-match = { $who } se potrivește cu mai mulți agenți: { $agents }
cli-its-assignee-is = responsabilul lui este { $assignee }
cli-its-tags-are = etichetele lui sunt { $tags } ({ $backend } poate să nu păstreze etichete)
cli-written-not-changed = #{ $ticket } a fost scris, dar nu s-a schimbat: { $now }
cli-bad-tag-change-sign = modificare de etichetă greșită { $change }: +ETICHETĂ adaugă o etichetă, -ETICHETĂ o scoate
cli-bad-tag-change-hyphen = modificare de etichetă greșită { $change }: nicio etichetă nu începe cu -; puneți --tag după celelalte opțiuni
cli-bad-tag-change-word = modificare de etichetă greșită { $change }: o etichetă e un singur cuvânt
cli-open-it-yourself = { $why }: deschideți singur adresa de mai sus

## tix doctor

doctor-step-config = configurare
doctor-step-profile = profil
doctor-step-transport = transport
doctor-step-oauth-tokens = tokenuri OAuth
doctor-step-dns = DNS
doctor-step-connect = conectare
doctor-step-url = url
doctor-step-credentials = date de acces
doctor-step-helpdesk = helpdesk
doctor-step-authentication = autentificare
doctor-step-oauth-refresh = reîmprospătare OAuth
doctor-step-sample-request = cerere de probă
doctor-config-fix = { $why } — corectați fișierul, apoi rulați din nou tix doctor
doctor-no-profile = nu există profilul { $name } în config.toml
doctor-dns-ok = { $host } este { $ip }
doctor-dns-none = { $host } nu are nicio adresă
doctor-dns-failed = { $host }: { $why } — verificați url-ul din profil
doctor-connect-refused = { $addr }: { $why } — serverul merge, iar portul e cel bun?
doctor-connect-silent = { $addr }: niciun răspuns în 5 s — un firewall sau o adresă greșită?
doctor-server-answered = serverul a răspuns HTTP { $status }
doctor-demo = helpdeskul demo încorporat (niciun profil configurat sau --demo)
doctor-signed-in = autentificat ca { $name }
doctor-token-refused = { $why } — tokenul a fost refuzat: verificați token_env/token_cmd și e-mailul
doctor-refreshed = reîmprospătat și salvat; tokenul de acces { $expiry }
doctor-views = { $count ->
    [one] { $n } vizualizare, prima: { $first }
    [few] { $n } vizualizări, prima: { $first }
   *[other] { $n } de vizualizări, prima: { $first }
}
doctor-rate-limit = limita de cereri API: { $budget }
doctor-rate-left = au mai rămas { $left } din { $limit }
doctor-rate-resets = , se resetează în { $secs } s
doctor-rate-low = (puține: cererile din fundal sunt rărite)
doctor-rate-unknown = helpdeskul nu o raportează
doctor-yes = da
doctor-no = nu
doctor-capabilities = ce poate { $backend }: vizualizări { $views }, răspunsuri predefinite { $canned }, organizații { $organizations }, SLA { $sla }, căutare { $search }, echipe { $groups }, lista de etichete { $tag_list }, modificări de la un moment dat { $changes_since }, previzualizare macro { $macro_preview }, atașamente { $attachments }, pagini web { $web_pages }

## Modul simplu (src/plain/words.rs). Comenzile tastate rămân în engleză.

plain-span-less-than-a-minute = mai puțin de un minut
plain-span = { $unit ->
    [minute] { $count ->
        [one] un minut
        [few] { $n } minute
       *[other] { $n } de minute
    }
    [hour] { $count ->
        [one] o oră
        [few] { $n } ore
       *[other] { $n } de ore
    }
   *[day] { $count ->
        [one] o zi
        [few] { $n } zile
       *[other] { $n } de zile
    }
}
plain-priority = prioritate { $label }
plain-breached = termen depășit acum { $ago }
plain-breaches-in = termenul expiră în { $left }
plain-updated-ago = actualizat acum { $ago }
plain-customer-tier = client { $tier }
plain-no-subject = fără subiect
plain-no-requester = fără solicitant
plain-selected = selectat
plain-ticket-heading = { $count ->
    [one] Tichetul { $id }, un mesaj
    [few] Tichetul { $id }, { $n } mesaje
   *[other] Tichetul { $id }, { $n } de mesaje
}
plain-ticket-loading-failed = Tichetul { $id }: conversația nu a putut fi citită: { $why }
plain-message-heading-public = Mesajul { $n } din { $of }, public, acum { $ago }, de la:
plain-message-heading-note = Mesajul { $n } din { $of }, notă internă, acum { $ago }, de la:
plain-unknown-author = un autor necunoscut
plain-attachments = { $count ->
    [one] Un atașament.
    [few] { $n } atașamente.
   *[other] { $n } de atașamente.
}
plain-end-of-ticket = Sfârșitul tichetului { $id }.
plain-queue-heading = Coada { $view }, tichetele { $first }–{ $last } din { $of }.
plain-queue-empty = Coada { $view } nu are tichete.
plain-or-more = { $n } sau mai multe
plain-next-page = Tastați list { $page } pentru următoarele tichete.
plain-no-such-page = { $count ->
    [one] Eroare: e încărcat doar un tichet. Tastați list pentru primele.
    [few] Eroare: sunt încărcate doar { $n } tichete. Tastați list pentru primele.
   *[other] Eroare: sunt încărcate doar { $n } de tichete. Tastați list pentru primele.
}
plain-no-view = nicio vizualizare
plain-loading-the-queue = Se încarcă coada.
plain-loading = Se încarcă { $view }.
plain-loaded = { $count ->
    [one] S-a încărcat un tichet din { $view }.
    [few] S-au încărcat { $n } tichete din { $view }.
   *[other] S-au încărcat { $n } de tichete din { $view }.
}
plain-last-ticket = Acesta e ultimul tichet încărcat; tastați list ca să vedeți coada.
plain-first-ticket = Acesta e primul tichet din coadă.
plain-no-ticket-open = Eroare: niciun tichet nu e deschis. Tastați next sau open și un număr.
plain-queue-empty-now = Eroare: coada nu are încă tichete. Tastați refresh sau așteptați.
plain-unknown-command = Eroare: { $word } nu e o comandă. Tastați help pentru comenzi.
plain-list-needs-page = Eroare: list are nevoie de un număr de pagină, de exemplu: list 2.
plain-open-needs-ticket = Eroare: open are nevoie de numărul unui tichet, de exemplu: open 1475.
plain-search-needs-text = Eroare: search are nevoie de cuvinte de căutat, de exemplu: search rambursare.
plain-welcome = tix în modul simplu, pe { $helpdesk }. Tastați help pentru comenzi, list pentru coadă.
plain-the-demo = helpdeskul demo
plain-profile = profilul { $name }
plain-compose-start = { $kind ->
    [reply] Scrieți răspunsul la { $ticket }. Încheiați-l cu un rând care conține doar un punct. Rândurile sunt păstrate ca ciornă pe măsură ce scrieți.
    [escalation] Scrieți escaladarea pentru { $ticket }. Încheiați-o cu un rând care conține doar un punct. Rândurile sunt păstrate ca ciornă pe măsură ce scrieți.
   *[note] Scrieți nota la { $ticket }. Încheiați-o cu un rând care conține doar un punct. Rândurile sunt păstrate ca ciornă pe măsură ce scrieți.
}
plain-draft-so-far = { $kind ->
    [reply] Ciorna răspunsului la { $ticket } de până acum; rândurile pe care le scrieți urmează după ea:
    [escalation] Ciorna escaladării pentru { $ticket } de până acum; rândurile pe care le scrieți urmează după ea:
   *[note] Ciorna notei la { $ticket } de până acum; rândurile pe care le scrieți urmează după ea:
}
plain-draft-reads = { $kind ->
    [reply] Răspunsul la { $ticket } sună așa:
    [escalation] Escaladarea pentru { $ticket } sună așa:
   *[note] Nota la { $ticket } sună așa:
}
plain-editor-opening = { $kind ->
    [reply] Se deschide editorul cu răspunsul la { $ticket }.
    [escalation] Se deschide editorul cu escaladarea pentru { $ticket }.
   *[note] Se deschide editorul cu nota la { $ticket }.
}
plain-nothing-written = Nu s-a scris nimic; nu se păstrează nicio ciornă.
plain-send-question = { $kind ->
    [reply] Trimiteți răspunsul la { $ticket }?
    [escalation] Trimiteți escaladarea pentru { $ticket }?
   *[note] Trimiteți nota la { $ticket }?
}
plain-choice-send = trimite
plain-choice-write-more = mai scrie
plain-choice-keep-draft = păstrează ca ciornă
plain-choice-discard = renunță
plain-status-question = Starea pentru { $ticket }?
plain-priority-question = Prioritatea pentru { $ticket }?
plain-assign-question = Cui îi atribuiți { $ticket }?
plain-canned-question = Ce răspuns predefinit pentru răspunsul la { $ticket }?
plain-view-question = Ce vizualizare?
plain-me = eu
plain-none = niciuna
plain-no-canned = Eroare: încă nu s-au încărcat răspunsuri predefinite. Încercați din nou peste câteva clipe.
plain-no-views = Eroare: încă nu s-au încărcat vizualizări. Încercați din nou peste câteva clipe.
plain-keep = păstrează { $what }
plain-unassigned = neatribuit
plain-choices = { $question } { $options }; implicit: { $default }. Tastați un număr sau apăsați Enter pentru varianta implicită.
plain-not-a-choice = Eroare: { $answer } nu e una dintre variante. Tastați un număr de la 1 la { $last } sau apăsați Enter pentru: { $default }.
plain-unchanged = { $field ->
    [status] Starea pentru { $ticket } rămâne cum era.
    [priority] Prioritatea pentru { $ticket } rămâne cum era.
   *[assignee] Responsabilul pentru { $ticket } rămâne cum era.
}
plain-no-word = { $what ->
    [status] Eroare: aici nu există starea { $word }. Stările sunt: { $valid }.
    [priority] Eroare: aici nu există prioritatea { $word }. Prioritățile sunt: { $valid }.
    [agent] Eroare: aici nu există agentul { $word }. Agenții sunt: { $valid }.
    [canned] Eroare: aici nu există răspunsul predefinit { $word }. Pentru răspunsuri predefinite: { $valid }.
    [view] Eroare: aici nu există vizualizarea { $word }. Pentru vizualizări: { $valid }.
   *[assignee] Eroare: aici nu există responsabilul { $word }. Responsabilii sunt: { $valid }.
}
plain-more = { $shown } din { $total } rânduri. Apăsați Enter pentru continuare sau q ca să vă opriți.
plain-stopped = { $count ->
    [one] Oprit; un rând neafișat.
    [few] Oprit; { $n } rânduri neafișate.
   *[other] Oprit; { $n } de rânduri neafișate.
}
plain-held = { $count ->
    [one] Cât ați fost ocupat, a venit un anunț:
    [few] Cât ați fost ocupat, au venit { $n } anunțuri:
   *[other] Cât ați fost ocupat, au venit { $n } de anunțuri:
}
plain-quiet = Liniște: anunțurile așteaptă până la următoarea comandă.
plain-more-events = { $count ->
    [one] A mai venit un anunț; tastați news ca să-l auziți.
    [few] Au mai venit { $n } anunțuri; tastați news ca să le auziți.
   *[other] Au mai venit { $n } de anunțuri; tastați news ca să le auziți.
}
plain-no-news = Încă niciun anunț.
plain-delivered-reply = Un răspuns la { $ticket } a fost trimis din coada de trimitere.
plain-delivered-note = O notă la { $ticket } a fost trimisă din coada de trimitere.
plain-delivered-changes = Modificările la { $ticket } au fost trimise din coada de trimitere.
plain-deadline-alert = Alertă de termen: { $record }
plain-arrived = Tichet nou urgent sau VIP: { $record }
plain-help =
    Comenzi:
    list, sau list și un număr de pagină: coada, câte un tichet pe rând.
    next și prev: deschide tichetul următor sau anterior din coadă.
    open și un număr: deschide acel tichet, de exemplu open 1475.
    show: tichetul deschis, din nou.
    reply: scrie un răspuns la tichetul deschis.
    note: scrie o notă internă la tichetul deschis.
    status, priority, assign: schimbă tichetul deschis; un cuvânt după comandă o aplică direct, de exemplu status pending.
    canned: pune un răspuns predefinit în răspuns.
    view: listează vizualizările și trece la una.
    search și cuvinte: caută în helpdesk, de exemplu search rambursare.
    refresh: reîncarcă coada.
    quiet: ține anunțurile până la următoarea comandă.
    news: anunțurile din această sesiune.
    help, sau un semn de întrebare: această listă.
    quit: ieșire din tix; ciornele se păstrează.
plain-waiting-for-writes = { $count ->
    [one] Se așteaptă ca o scriere să ajungă la helpdesk; oricum e în coada de trimitere.
    [few] Se așteaptă ca { $n } scrieri să ajungă la helpdesk; oricum sunt în coada de trimitere.
   *[other] Se așteaptă ca { $n } de scrieri să ajungă la helpdesk; oricum sunt în coada de trimitere.
}
plain-not-known-yet = { $what ->
    [status] Eroare: lista de stări a helpdeskului nu e încă încărcată. Încercați din nou peste câteva clipe.
    [priority] Eroare: lista de priorități a helpdeskului nu e încă încărcată. Încercați din nou peste câteva clipe.
   *[agent] Eroare: lista de agenți a helpdeskului nu e încă încărcată. Încercați din nou peste câteva clipe.
}
plain-by-number = tastați doar comanda pentru lista numerotată
plain-canned-default = nu insera nimic
plain-no-answer = Eroare: helpdeskul nu a răspuns la timp; se citește următoarea comandă.
plain-warning-at = Avertisment în { $file }, rândul { $line }, coloana { $col }: { $message }
plain-error-at = Eroare în { $file }, rândul { $line }, coloana { $col }: { $message }

## Notificări din update

notice-collided-text = { $kind ->
    [reply] { $ticket } s-a schimbat de când l-ați deschis ({ $why }): răspunsul dumneavoastră nu a fost trimis
    [escalation] { $ticket } s-a schimbat de când l-ați deschis ({ $why }): escaladarea nu a fost trimisă
   *[note] { $ticket } s-a schimbat de când l-ați deschis ({ $why }): nota nu a fost trimisă
}
notice-collided-change = { $ticket } s-a schimbat de când l-ați deschis ({ $why }): modificarea nu a fost aplicată
notice-collision-still-reading = Încă se citește ce s-a schimbat: trimiterea oricum așteaptă până atunci
notice-sending-anyway = { $kind ->
    [reply] Se trimite oricum răspunsul la { $ticket }…
    [escalation] Se trimite oricum escaladarea pentru { $ticket }…
   *[note] Se trimite oricum nota la { $ticket }…
}
notice-applying-anyway = Se aplică oricum modificarea la { $ticket }…
notice-kept-as-draft-open = { $kind ->
    [reply] Răspunsul e păstrat ca ciornă a lui { $ticket }: deschideți-l ca să-l editați
    [escalation] Escaladarea e păstrată ca ciornă a lui { $ticket }: deschideți-l ca s-o editați
   *[note] Nota e păstrată ca ciornă a lui { $ticket }: deschideți-l ca s-o editați
}
notice-editing = { $kind ->
    [reply] Editați răspunsul la { $ticket }
    [escalation] Editați escaladarea pentru { $ticket }
   *[note] Editați nota la { $ticket }
}
notice-not-sent-kept = { $kind ->
    [reply] Netrimis: răspunsul e păstrat ca ciornă a lui { $ticket }
    [escalation] Netrimisă: escaladarea e păstrată ca ciornă a lui { $ticket }
   *[note] Netrimisă: nota e păstrată ca ciornă a lui { $ticket }
}
notice-not-applied-dropped = Neaplicat: s-a renunțat la modificarea pentru { $ticket }

## Ce arată promptul de coliziune că s-a schimbat

changed-status = starea { $from } → { $to }
changed-priority = prioritatea { $from } → { $to }
changed-none = niciuna
changed-taken-by = preluat de { $name }
changed-unassigned = neatribuit (era { $name })
changed-group = mutat la { $group }
changed-tags = etichete { $tags }
collision-reading = Se citește ce s-a schimbat…
collision-unreadable = Nu s-a putut citi ce s-a schimbat: { $why }
collision-changed-unseen = schimbat (nimic din ce arată tix: un câmp pe care nu-l afișează)
collision-someone = cineva
collision-wrote = { $who } a scris la { $at }:
collision-noted = { $who } a adăugat o notă la { $at }:
collision-best-effort = (acest helpdesk nu are o verificare proprie: tix a citit tichetul chiar înainte de scriere)
notice-no-ticket = Niciun tichet selectat
notice-statuses-unknown = Stările nu sunt încă cunoscute: încercați din nou peste câteva clipe
notice-refreshing = Se reîmprospătează…
notice-escalating = Escaladare către { $target }: e nevoie de o notă
notice-no-such-status = Aici nu există starea { $word }: { $valid }
notice-no-such-priority = Aici nu există prioritatea { $word }: { $valid }
notice-editor-unchanged = Editorul s-a închis fără modificări
notice-editor-text-in-composer = Textul din editor e în compozitor pentru { $ticket }
notice-editor-text-kept = { $kind ->
    [reply] Textul din editor e păstrat ca ciorna răspunsului la { $ticket }
    [escalation] Textul din editor e păstrat ca ciorna escaladării pentru { $ticket }
   *[note] Textul din editor e păstrat ca ciorna notei la { $ticket }
}
notice-macro-not-applied-to = Macroul nu a fost aplicat la { $ticket }
notice-draft-kept = { $kind ->
    [reply] Ciorna răspunsului păstrată pentru { $ticket }
    [escalation] Ciorna escaladării păstrată pentru { $ticket }
   *[note] Ciorna notei păstrată pentru { $ticket }
}
notice-nothing-to-send = Nimic de trimis
notice-sending = { $kind ->
    [reply] Se trimite răspunsul la { $ticket }…
   *[note] Se trimite nota la { $ticket }…
}
notice-write-waits = { $ticket }: { $why }; scrierea așteaptă în coada de trimitere și pleacă singură
notice-not-sent-back-in-draft = { $ticket }: { $why }; netrimis: textul e din nou în ciornă (r ca să-l revedeți)
notice-updated = { $ticket } actualizat
notice-not-updated-kept = { $ticket } neactualizat ({ $why }); textul e păstrat ca ciornă
notice-opening-ticket = Se deschide #{ $ticket }…
notice-view = Vizualizare: { $view }
notice-could-not-open-ticket = #{ $ticket } nu a putut fi deschis: { $why }
notice-no-view-named = Nu există vizualizarea „{ $view }”: se arată prima
notice-no-views = Acest helpdesk nu are vizualizări
notice-showing-saved = { $why }; se arată ce era salvat
notice-no-search = Acest helpdesk nu oferă căutare aici
notice-searching = Se caută în helpdesk „{ $query }”…
notice-search-found = { $n } găsite; Esc revine la vizualizare
notice-search-failed = Căutarea a eșuat: { $why }
notice-no-such-view = Nu există această vizualizare
notice-me-unknown = Încă nu se știe cine sunteți: încercați din nou peste câteva clipe
notice-privacy-off = Modul confidențial e oprit (privacy = false în config.toml)
notice-unchanged-value = Neschimbat: aceasta e valoarea actuală
notice-tags-unchanged = Etichetele lui { $ticket } sunt neschimbate
notice-setting-tags = Se pun etichetele lui { $ticket } la { $tags }…
notice-macro-not-applied = Macroul „{ $title }” nu a fost aplicat
notice-applying-macro = Se aplică macroul „{ $title }” la { $ticket }…
notice-selection-moved = Selecția s-a mutat: macroul nu a fost aplicat
notice-views-unknown = Încă nu se cunosc vizualizări
notice-groups-unknown = Nu se cunosc echipe: acest helpdesk nu are sau nu s-au încărcat încă
notice-agents-unknown = Încă nu se cunosc agenți sau echipe
notice-not-snoozed = { $ticket } nu e amânat
notice-waiting-status-unknown = Starea de așteptare a acestui helpdesk nu e cunoscută
notice-snoozed-on-helpdesk = { $ticket } amânat până { $when }; se pune starea { $status } în helpdesk…
notice-snoozed = { $ticket } amânat până { $when }
notice-snooze-cancelled-status-kept = Amânare anulată: { $ticket } a revenit (starea din helpdesk rămâne cum e)
notice-snooze-cancelled = Amânare anulată: { $ticket } a revenit
notice-workflow-first-step = Sunteți deja la primul pas
notice-workflow-stopped = Flux oprit
notice-workflow-gone = Fluxul { $name } nu mai este instalat
notice-workflow-changed = { $title } s-a schimbat între timp: se ia de la capăt
notice-workflow-reply-ready = { $title }: răspunsul pentru { $ticket } e în compozitor (revedeți-l, apoi trimiteți; parcursul pleacă odată cu el ca notă)
notice-could-not-open = Nu s-a putut deschide: { $why }
notice-canned-failed-own = răspunsurile predefinite ale helpdeskului: { $why }; se arată ale dumneavoastră
notice-draft-discarded = Ciornă ștearsă pentru { $ticket }
notice-no-attachments-here = tix nu poate descărca atașamentele din { $backend }
notice-conversation-not-loaded = { $ticket }: conversația nu e încă încărcată
notice-ticket-no-attachments = { $ticket } nu are atașamente
notice-attachment-gone = Atașamentul nu mai e în conversație
notice-no-web-address = tix nu știe adresa web a tichetelor din { $backend }
notice-opening-web = Se deschide { $ticket } în interfața web…
notice-downloading-to-open = Se descarcă { $name } din { $ticket } pentru deschidere…
notice-downloading-to-save = Se descarcă { $name } din { $ticket } pentru salvare…
notice-opening-file = Se deschide { $name } ({ $path })
notice-saved-file = { $name } salvat ca { $path }
notice-not-downloaded = { $name } din { $ticket } nu a fost descărcat: { $why }
notice-no-more-matches = Nicio altă potrivire printre cele { $loaded } încărcate: S caută în helpdesk
notice-nothing-changed = Nu s-a schimbat nimic
notice-nothing-to-undo = Nimic de anulat
notice-no-canned-response = Nu există răspunsul predefinit { $id }

cli-bulk-no-ids = niciun ID de tichet: dați-le ca argumente sau la intrarea standard
cli-no-such-priority = { $backend } nu are prioritatea { $value } (priorități: { $priorities })
cli-bulk-assignee-empty = --assignee: numele sau e-mailul unui agent, me sau none
cli-bulk-nothing-to-change = nimic de schimbat: dați --status, --priority, --assignee sau --tag
cli-bulk-fate-unknown = unele scrieri așteaptă în coada de trimitere, cu soarta necunoscută: nu le trimiteți din nou
cli-bulk-not-changed = { $count ->
    [one] { $failed } din { $n } tichet nu a fost modificat
    [few] { $failed } din { $n } tichete nu au fost modificate
   *[other] { $failed } din { $n } de tichete nu au fost modificate
}
cli-kb-which-article = ce articol? dați-i ID-ul

## The workspace's end and the runner's notices (src/workspace.rs farewell, src/app/effects.rs,
## src/app/outbox_worker.rs, src/app/editor.rs). $kind is reply, note or escalation; $why the system's reason

farewell-draft-kept = tix: { $kind ->
    [note] ciorna notei
    [escalation] ciorna escaladării
   *[reply] ciorna răspunsului
} pentru { $ticket } este păstrată
runner-outbox-unwritable = nu s-a putut scrie în coada de trimitere: { $why }
runner-metrics-unrecorded = statisticile nu au putut fi înregistrate: { $why }
runner-notify-exited = notify_cmd { $program } s-a încheiat cu { $status }
runner-notify-failed = notify_cmd { $program }: { $why }
runner-draft-unsaved = ciorna nu a putut fi salvată: { $why }
runner-draft-unremoved = ciorna nu a putut fi ștearsă: { $why }
runner-no-download-dir = nu se știe unde să se descarce: setați download_dir în config.toml
runner-view-unkept = vizualizarea nu a putut fi reținută: { $why }
runner-snoozes-unkept = amânările nu au putut fi salvate: { $why }
runner-walk-unkept = pasul din fluxul de lucru nu a putut fi salvat: { $why }
runner-queue-unsaved = coada nu a putut fi salvată: { $why }
editor-unwritable = nu s-a putut scrie { $path }: { $why }
editor-unreadable = nu s-a putut citi înapoi { $path }: { $why }
editor-exited = { $editor } s-a încheiat cu { $status }; textul a rămas neschimbat
editor-not-started = editorul { $editor } nu a putut fi pornit ({ $why }): setați $VISUAL sau $EDITOR

## Starting the workspace, and the demo helpdesk served on its own (src/commands/tui.rs)

cli-time-zone-unknown = time_zone { $name }: { $why }
cli-business-hours-bad = [sla.business_hours]: { $why }
cli-snoozes-unreadable = amânările nu au putut fi citite: { $why }
cli-sent-draft-unremoved = o ciornă deja trimisă nu a putut fi ștearsă: { $why }
demo-serving = helpdesk demonstrativ tix (dialectul Zendesk API v2) cu { $tickets }; Ctrl-C îl oprește
demo-second-agent = un al doilea agent scrie la ultimul tichet citit, la fiecare { $secs } s
demo-served = { $requests } în total; octeți primiți: { $bytes_in }, trimiși: { $bytes_out }
requests = { $count ->
    [one] { $n } cerere
    [few] { $n } cereri
   *[other] { $n } de cereri
}

## Signing in and out (src/commands/auth.rs), tix stats, doctor's verdicts (src/commands/tools.rs,
## src/commands/doctor.rs). $time is a duration as durations are written (1h 5m)

doctor-ok = OK
doctor-fail = EȘEC
expiry-in = expiră în { $time }
expiry-ago = a expirat acum { $time }
expiry-none = fără dată de expirare
auth-oauth-zendesk-only = autentificarea OAuth există doar pentru profilurile Zendesk, nu și pentru { $backend }
auth-needs-client-id = OAuth are nevoie de oauth_client_id
auth-no-tokens-yet = profilul { $name } se autentifică prin OAuth și nu are încă tokenuri: rulați `tix login --profile { $name }`
auth-demo-needs-none = demonstrația inclusă nu are nevoie de { $verb }: indicați un profil cu --profile
auth-needs-profile = tix { $verb } are nevoie de un profil: --profile NUME sau default_profile în config.toml
auth-no-such-profile = nu există profilul { $name } în { $file }
auth-not-oauth-logout = nu se autentifică prin OAuth: nu aveți din ce să vă deconectați
auth-not-oauth-login = nu se autentifică prin OAuth: setați oauth_client_id (vedeți README) sau folosiți în continuare token_env, token_cmd ori token_keyring
auth-not-signed-in = nu sunteți autentificat în { $name }: niciun token în { $store }
auth-revoked = tokenul de acces a fost revocat la helpdesk
auth-not-revoked = tokenul de acces nu a putut fi revocat la helpdesk ({ $why }); { $expiry }
auth-signed-out = v-ați deconectat din { $name }: tokenurile au fost șterse din { $store }
auth-open-url-anywhere = Deschideți această adresă într-un browser, pe orice calculator, și aprobați tix:
auth-paste-instructions = Browserul va fi apoi trimis la { $redirect }, care probabil nu se va încărca: este normal.
    Copiați întreaga adresă din bara browserului (sau doar valoarea code=),
    lipiți-o aici și apăsați Enter:
auth-approve-in-browser = Aprobați tix în browser. Dacă nu se deschide, accesați această adresă:
auth-no-browser = (niciun browser aici? pe un calculator la distanță, rulați tix login --paste --profile { $name })
auth-waiting = Se așteaptă browserul (până la { $minutes } minute; Ctrl-C oprește)…
auth-tokens-unsaved = tokenurile nu au putut fi salvate: { $why }
auth-signed-in = v-ați autentificat în { $name }: tokenul de acces { $expiry }, păstrat în { $store }
auth-paste-token = Lipiți tokenul API al profilului { $name } și apăsați Enter (va fi păstrat în keyring-ul sistemului ca { $entry }):
auth-no-token-given = nu a fost dat niciun token
auth-token-stored = tokenul pentru { $name } a fost păstrat în keyring-ul sistemului
auth-keyring-not-built = profilul { $name }: token_keyring necesită tix compilat cu funcția keyring (cargo install --features keyring)
auth-run-login = rulați tix login --profile { $name }
auth-tokens-none = niciunul în { $store }: { $login }
auth-no-refresh-token = fără token de reîmprospătare
auth-refresh-token = tokenul de reîmprospătare { $expiry }
auth-tokens-present = prezente în { $store }; tokenul de acces { $access }; { $refresh }
auth-tokens-present-fix = prezente în { $store }; tokenul de acces { $access }; { $refresh } — { $login }
stats-day = { $day }: { $handled_count ->
    [one] { $handled } tichet gestionat
    [few] { $handled } tichete gestionate
   *[other] { $handled } de tichete gestionate
}, { $replies }
replies = { $count ->
    [one] { $n } răspuns
    [few] { $n } răspunsuri
   *[other] { $n } de răspunsuri
}
stats-median-first-response = mediana primului răspuns
stats-average-handle = durata medie de gestionare
stats-fcr = rezolvate la primul contact
stats-csat = CSAT

## The knowledge base (src/knowledge.rs, src/app/knowledge.rs, tix kb) and tix bulk's report
## (src/cli_bulk.rs). $head is the ticket as #1001 and its subject; $changes the fields' changes

kb-no-knowledge-base = acest helpdesk ({ $backend }) nu are bază de cunoștințe
kb-articles-missing = lipsesc articolele din helpdesk: { $why }
kb-no-local-article = nu există articolul { $id } în knowledge/
kb-suggested = Sugerate pentru acest tichet
kb-no-match-ticket = Niciun articol nu se potrivește cu acest tichet: tastați pentru a căuta
kb-finding = Se caută articole pentru acest tichet…
kb-type-to-search = Tastați pentru a căuta în baza de cunoștințe
kb-searching = Se caută…
kb-none-found = Nu s-a găsit niciun articol
cli-kb-section = Secțiune: { $section }
cli-kb-link = Link: { $url }
cli-bulk-conflict = { $head }: neschimbat: altcineva l-a modificat între timp ({ $why })
cli-bulk-failed = { $head }: neschimbat: { $why }
cli-bulk-unchanged = { $head }: neschimbat (era deja așa)
cli-bulk-would-change = { $head }: s-ar schimba { $changes }
cli-bulk-changed = { $head }: { $changes }
cli-bulk-change = { $field } { $from } → { $to }

## Keymap and theme files' problems (tix keymap check, tix theme check, the workspace's
## problems pop-up), said after FILE:LINE:COL:. Names ($name, $key, $field, $colour) come quoted

problem-warning = avertisment: { $message }
km-unknown-key-name = nume de tastă necunoscut: { $name }
km-empty-key = tastă goală
km-unknown-preset = set de taste necunoscut: { $name } (seturi: default, vim, emacs); se folosește default
km-runs-at-once = { $short } acționează imediat: secvența { $longer } ({ $action }) nu poate fi atinsă niciodată; legați { $short } de "none" ca să rămână liberă pentru secvențe
km-never-reached = { $longer } nu poate fi atinsă niciodată: { $short } singură rulează imediat { $action }; legați { $short } de "none" ca să rămână liberă pentru secvențe
km-unknown-context = context necunoscut [{ $name }] (contexte: { $contexts })
km-context-not-table = [{ $name }] trebuie să fie un tabel
km-bad-key = { $key }: { $why }
km-types-text = { $key } scrie un caracter în [{ $name }]: tastele care scriu text nu pot fi legate aici (folosiți o combinație ctrl- sau alt- ori o tastă cu nume, ca f2 sau enter)
km-args-strings = valorile argumentelor trebuie să fie șiruri de caractere
km-unknown-field = câmp necunoscut { $field } (câmpuri: action, args, desc)
km-missing-action = lipsește `action`
km-binding-shape = o legătură este un nume de acțiune sau { "{" } action, args, desc { "}" }
km-unknown-action = acțiune necunoscută { $name }
km-takes-no-args = { $action } nu primește argumente (s-a dat { $arg })
km-takes-args = { $action } primește { $allowed } (s-a dat { $arg })
km-bound-twice = { $key } este legată de două ori în [{ $name }] (prima dată pe linia { $line }, la { $was })
km-indistinguishable = terminalele trimit { $chord } ca { $same }: cele două nu pot fi deosebite
km-multiplexer-prefix = { $chord } este prefixul { $who }: s-ar putea să nu ajungă niciodată la tix
theme-unknown-colour = culoare necunoscută { $colour } (folosiți un nume ANSI ca "lightblue", "#rrggbb" sau 0-255)
theme-unknown-modifier = modificator necunoscut { $name } (bold, dim, italic, underlined, reversed, crossed_out)
theme-unknown-role = rol necunoscut { $name }
theme-expected-table = { $name }: se aștepta { "{" } fg, bg, modifiers { "}" }
theme-colour-shape = o culoare este un nume, "#rrggbb" sau 0-255
theme-field-problem = { $name }: { $why }
theme-modifier-string = { $name }: un modificator este un șir de caractere
theme-unknown-field = { $name }: câmp necunoscut { $field } (fg, bg, modifiers)
theme-unknown-theme = temă necunoscută { $name }: nu este inclusă (default, light, high-contrast, mono) și nu există { $file }
cli-no-such-file = { $file }: fișierul nu există

## A workflow file's problems (tix workflow check, the problems pop-up), after FILE:LINE:COL:.
## Ids and names ($id, $name) come quoted from the file

wf-empty-id = un pas are nevoie de un id care nu e gol
wf-defined-twice = pasul { $id } este definit de două ori (prima dată pe linia { $line })
wf-needs-step = un flux de lucru are nevoie de cel puțin un [[step]]
wf-needs-end = un flux de lucru are nevoie de cel puțin un [[end]]
wf-empty-title = titlul este gol
wf-unknown-step = pas necunoscut { $id }
wf-ask-or-say = pasul { $id } are nevoie fie de ask (o întrebare), fie de say (o instrucțiune)
wf-question-next = pasul { $id } este o întrebare: fiecare răspuns își numește pasul următor
wf-no-answers = întrebarea { $id } nu are răspunsuri
wf-too-many-answers = întrebarea { $id } are mai mult de { $max } răspunsuri
wf-answer-no-target = răspunsul { $answer } nu are o țintă (next = "…")
wf-instruction-answers = pasul { $id } este o instrucțiune: răspunsurile au nevoie de ask = "…"
wf-instruction-no-target = instrucțiunea { $id } nu are o țintă (next = "…")
wf-unknown-canned = răspuns predefinit necunoscut { $name }
wf-unknown-status = stare necunoscută { $name } (acest helpdesk are { $words })
wf-unknown-priority = prioritate necunoscută { $name } (acest helpdesk are { $words })
wf-unknown-group = echipă necunoscută { $name }
wf-escalates-no-group = finalul { $id } escaladează: numiți echipa la care ajunge (group = "…")
wf-end-no-reply = finalul { $id } nu are răspuns: numiți un răspuns predefinit sau scrieți reply = "…"
wf-unknown-channel = canal necunoscut { $name } (canale: { $channels })
wf-unreachable = pasul { $id } nu poate fi atins: niciun răspuns nu duce la el
wf-cycle = pasul { $id } nu ajunge niciodată la un final: un ciclu fără ieșire ({ $path })
wf-no-workflows = niciun flux de lucru în { $dir } (tix config init instalează exemplele)
wf-helpdesk-silent = tix: helpdeskul nu a răspuns ({ $why }): se verifică doar structura și fișierele din canned/

## Notices and reports of the workspace found still English: unreadable tickets, bulk
## escalation, a workflow's missing pieces, a snooze time that does not read. $text is what was typed

unreadable-tickets = { $count ->
    [one] { $n } tichet nu a putut fi citit și nu este afișat
    [few] { $n } tichete nu au putut fi citite și nu sunt afișate
   *[other] { $n } de tichete nu au putut fi citite și nu sunt afișate
}
bulk-changed-meanwhile = modificat de altcineva după ce a fost încărcat, deci nu a fost suprascris ({ $why })
bulk-escalate-to = escaladare către { $group }
bulk-priority-up = prioritatea crește cu un nivel
bulk-the-internal-note = nota internă
wf-missing-canned = nu există răspunsul predefinit { $name }
wf-missing-group = nu există echipa { $name }
snooze-empty-input = Tastați o oră: { $examples }
snooze-in-the-past = „{ $text }” este în trecut
snooze-too-far = „{ $text }” este la mai mult de un an distanță
snooze-duration-shape = „{ $text }”: o durată se scrie ca 2h, 30m sau 1h30m
snooze-number-before = „{ $text }”: un număr înainte de { $unit }
snooze-say-the-unit = „{ $text }”: precizați unitatea (2h, 30m) sau ora (15:30)
snooze-minutes-two-digits = „{ $text }”: minutele au două cifre, ca în 15:30
snooze-not-a-clock-time = „{ $text }” nu este o oră ca 15:30
snooze-no-such-time = ora „{ $text }” nu există
snooze-not-a-time = Nu este o oră: „{ $text }” (încercați { $examples })

## The escalation picker's groups, and a group or agent known only by its id

escalate-to-group = echipa: { $name }
unknown-group-id = echipa { $id }
unknown-agent-id = agentul { $id }

## More of the workspace: the search's view name, snoozes waking, a macro in a bulk change,
## a download's progress, the opener and the disk's failures

search-view-name = Căutare „{ $query }”
snooze-over-one = Amânare încheiată: { $ticket } a revenit în coadă
snooze-over-many = { $count ->
    [one] Amânare încheiată: { $ticket } și încă { $n } au revenit în coadă
    [few] Amânare încheiată: { $ticket } și încă { $n } au revenit în coadă
   *[other] Amânare încheiată: { $ticket } și încă { $n } au revenit în coadă
}
bulk-macro = macroul „{ $title }”
notice-downloading = Se descarcă { $name }: { $done }…
notice-downloading-of = Se descarcă { $name }: { $done } din { $total }…

## Erorile de jos: deschiderea, salvarea și citirea fișierelor, config.toml, autentificarea OAuth.
## { $why } este eroarea sistemului (rămâne în limba lui).
opener-cannot-run = nu s-a putut porni { $cmd } ({ $why })
opener-cannot-run-browser = nu s-a putut porni { $cmd } ({ $why }): setați $BROWSER
opener-failed = { $cmd } a eșuat ({ $status })
opener-no-web-address = tix nu cunoaște adresa web a tichetelor din { $backend }
attachment-cannot-create-folder = nu s-a putut crea dosarul { $path }: { $why }
attachment-cannot-create-file = nu s-a putut crea un fișier în { $path }: { $why }
attachment-cannot-write = nu s-a putut scrie { $path }: { $why }
file-not-regular = nu este un fișier obișnuit ({ $kind })
file-kind-fifo = este un FIFO
file-kind-device = este un dispozitiv
file-kind-socket = este un socket
file-kind-directory = este un dosar
file-kind-other = nu este fișier
file-too-large = prea mare ({ $bytes } octeți; limita este 1 MiB)
file-not-utf8 = nu este text UTF-8
canned-front-matter-unknown = antetul fișierului acceptă doar `language: COD`, nu { $line }
canned-front-matter-unclosed = antetul fișierului nu are linia de închidere `---`
config-language-unknown = tix vorbește en, ro, ru, zh și et; nu { $name }
config-token-env-unset = variabila de mediu { $var } (token_env) nu este setată
config-token-readable = { $file } conține un token, dar îl pot citi și alții (mod { $mode }): rulați chmod 600 pe el sau folosiți token_env ori token_cmd
config-oauth-needs-client-id = auth = "oauth" are nevoie de oauth_client_id
config-auth-unknown = auth { $auth } nu este cunoscut ("oauth" sau "token")
config-client-secret-env-unset = variabila de mediu { $var } (oauth_client_secret_env) nu este setată
config-url-unreadable = url { $url }: { $why }
config-url-insecure = { $url } este http necriptat către altă mașină: folosiți https sau setați allow_insecure_http = true
config-url-scheme = schema de url { $scheme } nu este acceptată (https sau http)
config-keyring-empty = niciun token în keyring-ul sistemului la { $entry } (token_keyring): salvați-l cu tix login
config-keyring-unbuilt = token_keyring cere un tix compilat cu funcția keyring (cargo install --features keyring); folosiți token_env sau token_cmd
oauth-redirect-unreadable = oauth_redirect { $url }: { $why }
oauth-redirect-not-loopback = oauth_redirect { $url }: autentificarea prin browser ascultă doar pe http://127.0.0.1:PORT/CALE (pentru alte URL-uri de redirecționare folosiți --paste)
oauth-cannot-listen = nu se poate asculta pe 127.0.0.1:{ $port } pentru redirecționare: { $why }
oauth-listener-failed = ascultătorul local a eșuat: { $why }
oauth-browser-timeout = niciun răspuns de la browser în { $minutes } minute: rulați din nou tix login (sau folosiți --paste pe o mașină fără browser)
oauth-page-not-found = Aceasta nu este pagina de autentificare tix.
oauth-page-signed-in = V-ați autentificat în tix. Puteți închide această filă și reveni în terminal.
oauth-page-failed = tix nu s-a putut autentifica: motivul este în terminal.
oauth-redirect-garbled = redirecționare ilizibilă: { $why }
oauth-not-authorized = helpdeskul nu a autorizat tix ({ $error })
oauth-not-authorized-because = helpdeskul nu a autorizat tix ({ $error }): { $description }
oauth-state-mismatch = parametrul state al redirecționării nu corespunde acestei autentificări (o filă veche sau o redirecționare falsificată): rulați din nou tix login
oauth-no-code = redirecționarea nu conține niciun cod
oauth-nothing-pasted = nu ați lipit nimic: lipiți URL-ul la care a fost trimis browserul sau codul din el
oauth-not-a-code = nu pare a fi un cod sau un URL
oauth-no-refresh-token = tokenul de acces OAuth a expirat și nu există un token de reîmprospătare: rulați `tix login --profile { $profile }`
oauth-refresh-expired = tokenul de reîmprospătare OAuth a expirat: rulați `tix login --profile { $profile }`
oauth-refresh-refused = tokenul OAuth nu a putut fi reîmprospătat ({ $why }): rulați `tix login --profile { $profile }`
oauth-token-refused = serverul de tokenuri a refuzat: { $why }
oauth-token-malformed = răspuns de token nevalid: { $why }
oauth-token-type = tip de token necunoscut { $kind } (se aștepta bearer)
oauth-store-keyring-unbuilt = token_store = "keyring" cere un tix compilat cu funcția keyring (cargo install --features keyring); folosiți token_store = "file"
oauth-store-unknown = token_store { $store } nu este cunoscut ("file" sau "keyring")
oauth-store-in-keyring = keyring-ul sistemului ({ $entry })
oauth-store-readable = { $file } conține tokenuri OAuth, dar îl pot citi și alții (mod { $mode }): rulați chmod 600 pe el sau ștergeți-l și rulați din nou tix login
oauth-keyring-failed = keyring-ul sistemului ({ $entry }): { $why }
oauth-keyring-no-session = keyring-ul sistemului ({ $entry }): aici nu există un keyring de sesiune în care să se scrie; folosiți token_store = "file"
oauth-tokens-unreadable = ilizibil (linia { $line }, coloana { $column })
secret-cmd-cannot-run = { $what } nu a putut fi pornit: { $why }
secret-cmd-late = { $what } nu s-a terminat în { $seconds } s: a fost oprit
secret-cmd-failed = { $what } a eșuat ({ $status })
secret-cmd-silent = { $what } nu a afișat nimic
private-entries = { $count ->
    [one] { $n } intrare
    [few] { $n } intrări
   *[other] { $n } de intrări
}
private-tightened = alții puteau citi { $entries } în { $dir }: permisiunile au fost restrânse la 0700 (dosare) și 0600 (fișiere): { $paths }
private-tightened-more = alții puteau citi { $entries } în { $dir }: permisiunile au fost restrânse la 0700 (dosare) și 0600 (fișiere): { $paths } și încă { $more }
business-hours-bad-start = ora de început a programului { $start }: { $why }
business-hours-bad-zone = fusul orar { $zone }: { $why }
