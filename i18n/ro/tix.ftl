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
queue-none-snoozed = Nimic amânat
conversation-title = Conversație
conversation-title-ticket = Conversația #{ $id }
customer-title = Client
customer-title-masked = Client (ascuns)
customer-title-masked-key = Client (ascuns: { $key } arată)
canned-title = Răspunsuri predefinite

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
} · { $open } deschise din ultimele { $recent }
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
