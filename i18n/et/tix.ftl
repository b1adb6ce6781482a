# tixi kasutajaliides eesti keeles.

## Loendamine

tickets = { $count ->
    [one] { $n } pilet
   *[other] { $n } piletit
}

## Paneelide pealkirjad

queue-title = Järjekord
queue-count = ({ $loaded })
queue-count-of = ({ $loaded } / { $total })
queue-count-more = ({ $loaded }+)
queue-count-filtered = ({ $shown } / { $loaded })
queue-count-filtered-loaded = ({ $shown } / { $loaded } laaditud)
queue-open-elsewhere = · avatud: #{ $id }
queue-loading = Laadin järjekorda…
queue-no-match = Filtrile ei vasta ükski pilet
queue-empty = Pileteid pole
queue-none-snoozed = Midagi pole edasi lükatud
conversation-title = Vestlus
conversation-title-ticket = Vestlus #{ $id }
customer-title = Klient
customer-title-masked = Klient (varjatud)
customer-title-masked-key = Klient (varjatud: { $key } näitab)
canned-title = Vastusemallid

## Järjekorra veerud

column-id = nr
column-status = olek
column-priority = prio
column-channel = kanal
column-requester = pöörduja
column-subject = teema
column-due = tähtaeg
column-wakes = ärkab

## Olekuriba

status-demo = tix · demo-kasutajatugi ({ $backend })
status-profile = tix · { $profile } ({ $backend })
status-connecting = · ühendan
status-online = · võrgus
status-offline = · VÕRGUÜHENDUSETA alates { $time }
status-selected = · valitud: { $n }
status-bulk = · hulgi { $done }/{ $total }
status-undo = · tagasivõtt { $done }/{ $total }
status-outbox = · saatmata: { $n }
status-cached = · salvestatud järjekord { $time }
status-retry = · uus katse { $seconds } s pärast
status-api = · API { $remaining }/{ $limit }
status-loading = · laadin { $loaded }
status-loading-of = · laadin { $loaded } / { $total }
status-log = { $key } logi
time-unknown = teadmata

## Klahvivihjed

hint-help = abi
hint-quit = välju
hint-reply = vasta
hint-note = märkus
hint-palette = käsud
hint-canned = mallid
hint-send = saada
hint-keep-draft = jäta mustandiks
hint-editor = redaktor

## Käsud (abi, käsupalett; nimed jäävad ingliskeelseks: need on klahvikaartide API)

action-app-quit = Välju tixist
action-app-help = Näita klahve
action-app-palette = Otsi kõigi käskude ja vastusemallide seast
action-ticket-goto = Mine pileti juurde numbri järgi
action-app-refresh = Laadi järjekord uuesti
action-focus-next = Järgmine paneel
action-focus-prev = Eelmine paneel
action-list-down = Alla
action-list-up = Üles
action-list-page-down = Lehekülg alla
action-list-page-up = Lehekülg üles
action-list-top = Esimese juurde
action-list-bottom = Viimase juurde
action-list-open = Ava valitud
action-conversation-more = Loe pikka kokkuvolditud sõnumit edasi
action-conversation-quoted = Näita või voldi kokku tsiteeritud varasem kiri
action-queue-filter = Filtreeri järjekorda kirjutamise ajal
action-queue-search = Otsi kasutajatoest (kõik piletid, ka lahendatud)
action-queue-views = Vali, millist vaadet järjekord näitab
action-queue-next-view = Näita järgmist vaadet
action-queue-prev-view = Näita eelmist vaadet
action-queue-view = Näita vaadete loendi vaadet number n (1-9)
action-ticket-reply = Vasta kliendile
action-ticket-note = Kirjuta sisemärkus
action-ticket-canned = Vali vastusemall
action-ticket-set-status = Muuda olekut
action-ticket-set-priority = Muuda prioriteeti
action-ticket-assign = Määra agendile
action-ticket-take = Võta pilet endale
action-ticket-tags = Lisa või eemalda silte (+silt -silt)
action-ticket-reveal = Näita või varja kliendi e-posti, telefoni ja kaardinumbreid
action-ticket-escalate = Eskaleeri: vali rühm või inimene, kirjuta märkus, tõsta prioriteeti
action-ticket-attachments = Salvesta või ava pileti manus
action-ticket-open-web = Ava pilet kasutajatoe veebiliideses
action-ticket-snooze = Lükka pilet edasi: see lahkub järjekorrast kuni ajani (edasilükatu: ärata kohe)
action-ticket-unsnooze = Tühista pileti edasilükkamine: see naaseb järjekorda
action-snooze-helpdesk = Edasilükkamise valikus: määra ka kasutajatoe ootel olek, et kolleegid näeksid
action-ticket-workflow = Läbi sellel piletil juhendatud töövoog (sobivad eespool)
action-workflow-next = Tehtud: töövoo järgmise sammu juurde (pärast juhist)
action-workflow-back = Töövoos samm tagasi
action-workflow-restart = Alusta töövoogu otsast
action-workflow-stop = Peata töövoog sellel piletil (edenemine unustatakse)
action-attachment-save = Salvesta valitud manus allalaadimiste kausta
action-attachment-open = Ava valitud manus (privaatne koopia, süsteemi rakendusega)
action-ticket-knowledge = Otsi teadmusbaasist (pileti jaoks soovitatud artiklid eespool)
action-knowledge-insert-link = Lisa artikli link vastusesse eraldi lõiguna
action-knowledge-insert-excerpt = Lisa vastusesse artikli ülemine lõik
action-knowledge-beside = Hoia artikkel vestluse kõrval avatuna (uuesti: sulge)
action-app-metrics = Näita või peida tänased näitajad
action-app-messages = Näita viimaseid teateid ja vigu koos kellaajaga
action-compose-send = Saada vastus või märkus
action-compose-cancel = Sulge, tekst jääb mustandiks
action-compose-editor = Muuda teksti redaktoris $VISUAL või $EDITOR
action-macro-apply = Rakenda eelvaadatud makro (selle väljad ja kommentaar, üks muudatus)
action-macro-edit = Muuda enne makro kommentaari; väljade muudatused lähevad saatmisel kaasa
action-queue-select = Vali pilet hulgimuudatuseks või jäta see välja (uuesti)
action-queue-select-range = Vali kõik piletid viimati valitust kuni selleni
action-queue-select-all = Vali kõik näidatud piletid (filter või otsingutulemused); uuesti: mitte ühtki
action-ticket-undo = Võta tagasi viimane välja või sildi muudatus (ühe pileti või hulgi)
action-prompt-accept = Kinnita (filter, käsud, valik)
action-prompt-cancel = Loobu (filter, käsud, valik, abi)
binding-unbound = sidumata

## Kliendi- ja mallipaneel

loading = Laadin…
customer-none = Klienti pole
customer-org = org: { $name }
customer-not-loaded = laadimata: { $what }
missing-ticket-count = piletite arv
missing-organization = organisatsioon
customer-counts = { $count ->
    [one] kokku { $all } pilet
   *[other] kokku { $all } piletit
} · viimasest { $recent }-st { $open } avatud
customer-rating = viimane hinnang: { $mark } { $score }
tier-vip = VIP
tier-loyal = püsiklient
tier-standard = tavaline
tier-new = uus
canned-none = { $backend } ei paku vastusemalle
canned-no-match = Ükski vastusemall ei sobi

## Vestlus

conversation-loading = Laadin vestlust…
conversation-internal-note = sisemärkus
conversation-unassigned = määramata
conversation-tags = sildid: { $tags }
conversation-more = veel { $size }
conversation-read-on-key = vajuta { $key }, et edasi lugeda
conversation-read-on-action = { $action } loeb edasi
conversation-show-key = vajuta { $key }, et näidata
conversation-show-action = { $action } näitab
# Estonian counts with the singular: one form for every number.
conversation-quoted-lines = { $n } tsiteeritud rida
size-bytes = { $count ->
    [one] { $n } bait
   *[other] { $n } baiti
}
size-kb = { $n } KB
size-mb = { $n } MB
workflow-line-done = Töövoog tehtud: { $title } (läbitud tee läheb vastusega kaasa märkusena)
workflow-line-step = Töövoog: { $title }, samm { $step } ({ $key })
workflow-line-fits = Sobiv töövoog: { $title } ({ $key })
workflow-line-fits-more = Sobiv töövoog: { $title } ja veel { $more } ({ $key })
draft-kind-reply = Vastuse mustand
draft-kind-note = Märkuse mustand
draft-kind-escalation = Eskaleerimise mustand
draft-kept = { $kind } on alles ({ $chars } märki): jätkamiseks { $key }

## Hoiatused

alert-breached = #{ $id } ületas SLA ({ $left })
alert-breaches-in = #{ $id } ületab SLA { $left } pärast
alert-near-more = { $n }+ piletit on SLA piiril või üle selle (esimene: #{ $id }, { $left })
alert-near = { $count ->
    [one] { $n } pilet
   *[other] { $n } piletit
} on SLA piiril või üle selle (esimene: #{ $id }, { $left })
alert-arrived = uued kiired/VIP: { $list }

## Kestused (paar märki: kitsastesse veergudesse)

duration-seconds = { $n }s
duration-minutes = { $n }m
duration-hours = { $n }t
duration-days = { $n }p
clock-ago = { $age } tagasi

## Kokkupõrked (käsud)

action-collision-send = Saada ikkagi (või rakenda väljade muudatused ikkagi), muutunu kiuste
action-collision-edit = Tagasi koostajasse koos tekstiga, et seda enne muuta
action-collision-keep = Jäta tekst mustandiks (väljade muudatustest loobu); midagi ei saadeta

## Valikud

picker-selection = { $count ->
    [one] { $n } valitud pilet
   *[other] { $n } valitud piletit
}

## Rühmad

action-ticket-set-group = Anna pilet rühmale (meeskond, järjekord) üle, ilma märkuseta

## Valikute pealkirjad ja sõnad

picker-status = Olek
picker-priority = Prioriteet
picker-assignee = Määra
picker-group = Anna rühmale
picker-escalate = Eskaleeri
picker-views = Vaated
picker-attachments = Manused
picker-now = praegu
picker-no-match = vasteid pole
picker-type-to-filter = kirjuta filtreerimiseks

## Kuupäevad (päevade ja kuude nimed)

weekday-short = { $day ->
    [1] E
    [2] T
    [3] K
    [4] N
    [5] R
    [6] L
   *[7] P
}
month-short = { $month ->
    [1] jaan
    [2] veebr
    [3] märts
    [4] apr
    [5] mai
    [6] juuni
    [7] juuli
    [8] aug
    [9] sept
    [10] okt
    [11] nov
   *[12] dets
}
date-day-month = { $day }. { $month }
date-day-month-year = { $day }. { $month } { $year }

## Edasilükkamine

snooze-in-hours = { $n } tunni pärast
snooze-tomorrow-at = Homme kell { $time }
snooze-next-monday-at = Järgmisel esmaspäeval kell { $time }
snooze-title = Lükka edasi { $ticket }
snooze-type-a-time = või kirjuta aeg: 15:30, mon 10:00, 2h
snooze-on-helpdesk = märgi ka kasutajatoes olekuks { $status }, et kolleegid näeksid ({ $key })
snooze-no-waiting-status = kasutajatoe ooteolek pole teada: edasilükkamist hoiab ainult tix
snooze-wakes = Naaseb { $when }
snooze-keys = { $accept } lükkab edasi · { $cancel } loobub

## Hulgimuudatused ja tagasivõtmine

bulk-cleared = Valik tühistatud ({ $tickets })
bulk-already = { $tickets } juba nii: jäetud välja
bulk-gone = { $tickets } valitud, kuid järjekorras enam pole: jäetud välja
bulk-nothing = Valitud piletitel pole midagi muuta
bulk-changing = Muudan: { $tickets }…
bulk-undoing = Võtan tagasi: { $tickets }…
bulk-done = Hulgimuudatus: { $done } / { $tickets } tehtud
bulk-undo-done = Tagasivõtmine: { $done } / { $tickets } tehtud
bulk-waiting = { $n } ootab saatmist
bulk-failed = { $n } ebaõnnestus
bulk-which-and-why = { $key }: millised ja miks
bulk-undo-on = Tagasivõtmine: { $tickets }

## Väljad

field-status = olek
field-priority = prioriteet
field-group = rühm
field-assignee = täitja
notice-setting-field = Muudan pileti { $ticket } välja { $field } väärtuseks { $value }…

## Kokkupõrke aken

collision-title = Muutunud: { $ticket }
collision-reply-not-sent = Sinu vastust ei saadetud. Pärast seda, kui pileti avasid:
collision-note-not-sent = Sinu märkust ei saadetud. Pärast seda, kui pileti avasid:
collision-escalation-not-sent = Sinu eskaleerimist ei saadetud. Pärast seda, kui pileti avasid:
collision-change-not-applied = Muudatust ei rakendatud. Pärast seda, kui pileti avasid:
collision-keys-text = { $send } saada ikkagi · { $edit } muuda · { $keep } jäta mustandiks
collision-keys-text-loading = { $edit } muuda · { $keep } jäta mustandiks
collision-keys-fields = { $send } rakenda ikkagi · { $keep } loobu
collision-keys-fields-loading = { $keep } loobu
collision-scroll = keri

## Koostaja pealkiri

composer-reply = #{ $ticket } Vastus kliendile { $to } ({ $via })
composer-reply-unnamed = #{ $ticket } Vastus kliendile ({ $via })
composer-sms = { $units } { $units_count ->
    [one] märk
   *[other] märki
}, { $segments } { $segments_count ->
    [one] segment
   *[other] segmenti
}
composer-sms-unicode = Unicode
composer-escalation-note = #{ $ticket } Eskaleerimise märkus
composer-internal-note = #{ $ticket } Sisemärkus (ainult agentidele)
composer-workflow-note = töövoo märkus

## Hüpikaknad

help-title = Klahvid: kirjuta otsimiseks, ↑↓ kerib, esc sulgeb
help-search = otsi:
context-global = kõikjal
context-queue = järjekord
context-conversation = vestlus
context-canned = vastusemallid
context-customer = klient
context-compose = koostaja
context-palette = sisestusväljad ja käsupalett
context-macro = makro eelvaade
context-attachments = manused
context-workflow = töövood
context-knowledge = teadmusbaas
context-snooze = edasilükkamine
context-collision = muudatuste kokkupõrge
palette-title = Käsupalett
problems-title = Seadistuse probleemid
problems-rest = Ülejäänu laaditi; paranda fail ja käivita tix uuesti. Iga klahv sulgeb.
attachments-keys = { $save } salvesta · { $open } ava
search-title = Otsi kasutajatoest
search-hint = kõik piletid, ka lahendatud; enter otsib, esc loobub
tags-title = Pileti { $ticket } sildid
tags-hint = +silt lisab, -silt eemaldab; enter salvestab, esc loobub
tags-none = (pole)
tags-now = praegu: { $tags }
messages-title = Teated (iga klahv sulgeb)
metrics-title = Täna (iga klahv sulgeb)
metrics-handled = täna käsitletud
metrics-replies = vastuseid
metrics-first-response = esmavastuse mediaan
metrics-handle-time = keskmine käsitlusaeg
metrics-fcr = esimesel kontaktil lahendatud
metrics-csat = CSAT
key-close = { $key } sulge
change-none = puudub
change-nobody = mitte keegi
change-no-group = rühmata
change-field = { $field } { $from } → { $to }
change-field-to = { $field } → { $to }
field-tags = sildid
macro-title = Makro: { $name } · #{ $ticket }
macro-asking = Küsin kasutajatoelt, mida see makro teeb…
macro-no-preview = Eelvaadet pole: midagi ei muudetud.
macro-will = See makro:
macro-add-reply = lisab avaliku vastuse:
macro-add-note = lisab sisemärkuse:
macro-nothing = ei muuda sellel piletil midagi
macro-keys = { $apply } rakenda · { $edit } muuda enne kommentaari · { $cancel } loobu
confirm-title-bulk = Hulgimuudatus
confirm-title-undo = Tagasivõtmine
confirm-more = … ja veel { $n }
confirm-keys-apply = { $accept } rakenda · { $dismiss } jäta kõik nagu on
confirm-keys-undo = { $accept } võta tagasi · { $dismiss } jäta kõik nagu on
workflows-title = Töövood · #{ $ticket }
workflows-none = Ühtki töövoogu pole paigaldatud (workflows/*.toml seadistuste kaustas; tix config init paigaldab näited).
workflows-suggested = Sellele piletile sobivad:
workflows-other = Muud töövood:
workflows-start = 1-{ $n } või a-{ $letter } alusta
workflow-title = Töövoog: { $name } · #{ $ticket }
workflow-step = Samm { $n }
workflow-earlier = … { $n } varasemat
workflow-answer = 1-{ $n } või a-{ $letter } vasta
workflow-key-done = { $key } valmis
workflow-done = Valmis: { $outcome }
workflow-reply-ready = Vastus on koostajas (või mustandis); läbitud tee läheb sellega kaasa märkusena.
workflow-key-back = { $key } tagasi
workflow-key-restart = { $key } otsast
workflow-key-stop = { $key } lõpeta
metrics-per-hour = vastuseid tunnis, 00–23
kb-title = Teadmusbaas
kb-article = Artikkel
kb-loading = Laadin artiklit…
kb-reading-keys = { $link } link · { $excerpt } väljavõte · { $beside } kõrvale · { $back } tagasi
kb-list-keys = enter loe · ↑↓ vali · esc sulge
kb-beside-hint = { $open }, siis { $beside } sulgeb
conversation-no-ticket = Ühtki piletit pole valitud
