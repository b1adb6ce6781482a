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
queue-empty-views = Selles vaates pileteid pole · { $key } teised vaated
queue-none-snoozed = Midagi pole edasi lükatud
conversation-title = Vestlus
conversation-title-ticket = Vestlus #{ $id }
customer-title = Klient
customer-title-masked = Klient (varjatud)
customer-title-masked-key = Klient (varjatud: { $key } näitab)
canned-title = Vastusemallid
canned-on-demand = Väikese ribalaiuse režiim: mallid laaditakse, kui avate selle paneeli esimest korda.

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
status-demo-short = tix · demo
status-profile-short = tix · { $profile }
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
} · { $open } avatud
customer-counts-total = { $count ->
    [one] kokku { $all } pilet
   *[other] kokku { $all } piletit
}
customer-list-on-focus = ▸ loetletakse fookuses ({ $key })
customer-more-below = ↓ veel { $n }
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

## Käsurea --help (src/cli_lang.rs)

cli-help-heading-usage = Kasutus:
cli-help-heading-commands = Käsud
cli-help-heading-arguments = Argumendid
cli-help-heading-options = Valikud
cli-help-flag-help = Näita abi
cli-help-flag-help-more = Näita abi (rohkem: „--help”)
cli-help-flag-help-summary = Näita abi (lühidalt: „-h”)
cli-help-flag-version = Näita versiooni
cli-help-subcommand-help = Näita seda abi või antud alamkäskude abi

cli-help-tix = Kiire klaviatuuriga töölaud terminalis klienditoe spetsialistidele
cli-help-tix-after = Seadistuseta töötab tix sisseehitatud demo-kasutajatoega.
    Seadistus: $TIX_CONFIG_DIR/config.toml (vaikimisi XDG seadistuskaustas, nt ~/.config/tix/config.toml).
cli-help-tix--demo = Kasuta sisseehitatud demo-kasutajatuge, ükskõik mis seadistuses on
cli-help-tix--profile = Kasuta seda config.toml-i profiili
cli-help-tix--tickets = Pileteid sisseehitatud demo-kasutajatoes (kuni 200000)
cli-help-tix--seed = Demo-kasutajatoe andmete seeme
cli-help-tix--second_agent = Demo-kasutajatugi saab teise agendi: aeg-ajalt tuleb avatud piletile kliendi uus kiri või kolleegi vastus, oleku muutus või ülevõtmine, nii et näed, kuidas tix kokkupõrke kinni püüab
cli-help-tix--low_bandwidth = Aeglase ühenduse režiim: terminali vähem baite (vt README)
cli-help-tix--plain = Lihtrežiim ekraanilugeja ja punktkirja jaoks: read, paneele pole (vt README)
cli-help-ls = Näita vaate pileteid järjekorra järjestuses
cli-help-ls--view = Vaate nimi (vaikimisi esimene vaade, nagu kasutajaliideses)
cli-help-ls--limit = Ainult järjekorra esimesed N piletit (kui kasutajatugi järjestab vaated SLA rikkumise järgi, laaditakse ainult need)
cli-help-ls--json = Väljasta JSON
cli-help-show = Näita piletit koos vestluse ja kliendiga
cli-help-show--json = Väljasta JSON (iga sõnumi kogu sisu)
cli-help-show--quoted = Näita tsiteeritud ajalugu (sõnumis tsiteeritud varasemad kirjad) tervikuna, mitte ühel real
cli-help-reply = Saada standardsisend avaliku vastusena (või --note korral sisemärkusena); --macro korral rakenda hoopis Zendeski makro (selle väljad ja kommentaar) või --preview korral ainult näita seda
cli-help-reply--macro_id = Makro ID: näita eelvaadet sellel piletil ja rakenda ühe uuendusena
cli-help-reply--preview = Koos --macro-ga: näita, mida makro teeks, ja ära muuda midagi
cli-help-doctor = Kontrolli seadistust: seadistusfail, DNS, ühendus, TLS, OAuth-i tokenid, autentimine, proovipäring
cli-help-login = Logi sisse OAuth-iga (profiilid, kus on oauth_client_id): kinnita tix brauseris
cli-help-login-long = Sisselogimine OAuth-iga (profiilid, kus on oauth_client_id või auth = "oauth").

    Vaikimisi kuulab tix aadressil 127.0.0.1 (vaba port või profiili oauth_redirect-i port), avab brauseris kasutajatoe kinnituslehe ja võtab tagasisuunamise vastu. Tokenid salvestatakse faili DATA_DIR/oauth/PROFILE.json (õigused 0600) või süsteemi võtmehoidjasse (token_store = "keyring"), neid uuendatakse automaatselt ja neid ei näidata kunagi.

    Brauserita masinas (SSH-seansis) kasuta --paste: tix näitab kinnituslehe aadressi; ava see ükskõik millises brauseris ja kinnita. Seejärel suunatakse brauser tagasisuunamise aadressile (profiili oauth_redirect, vaikimisi http://127.0.0.1/callback), mis sinu arvutis tõenäoliselt ei avane: nii peabki. Kopeeri aadressiribalt kogu aadress (või ainult parameetri code= väärtus) ja kleebi see tix-i. Kood kehtib paar minutit ja ainult koos selle sisselogimise PKCE-kontrollkoodiga, mis ei lahku kunagi masinast, kus tix töötab.

    Tagasisuunamise aadress peab olema OAuth-i kliendi juures registreeritud (Zendesk: Admin Center > Apps and integrations > APIs > OAuth clients > Redirect URLs).

    Tokeniga profiili puhul, millel on token_keyring (keyring-funktsiooniga ehitatud tix), loeb tix login hoopis API tokeni standardsisendist ja salvestab selle süsteemi võtmehoidjasse.
cli-help-login--paste = Näita aadressi ja loe standardsisendist aadress, kuhu brauser suunati (või selles olev kood): SSH-seansside ja brauserita masinate jaoks
cli-help-logout = Logi OAuth-i profiilist välja: tühista juurdepääsutoken kasutajatoes ja kustuta salvestatud tokenid
cli-help-stats = Tänased numbrid: käsitletud piletid, esimene vastus, käsitlusaeg, lahendus esimesel kontaktil, CSAT
cli-help-stats--day = Muu päev (AAAA-KK-PP)
cli-help-keymap = Näita või kontrolli klahvikaarte
cli-help-keymap-show = Väljasta kehtivad sidumised: KONTEKST<TAB>KLAHVID<TAB>TEGEVUS
cli-help-keymap-check = Kontrolli klahvikaardi faili: FAIL:RIDA:VEERG: teade; vigade korral väljumiskood 1
cli-help-theme = Kontrolli teemafaili
cli-help-theme-check = Kontrolli teemafaili: FAIL:RIDA:VEERG: teade; vigade korral väljumiskood 1
cli-help-workflow = Kontrolli või loetle juhendatud töövooge (workflows/*.toml seadistuskaustas)
cli-help-workflow-check = Kontrolli töövoo faili: FAIL:RIDA:VEERG: teade; vigade korral väljumiskood 1. Vastusemallid, olekud ja grupid kontrollitakse kasutajatoe omade (ja canned/ failide) vastu, kui kasutajatugi vastab
cli-help-workflow-list = Loetle paigaldatud töövood: NIMI<TAB>PEALKIRI<TAB>MILLAL SOBIB
cli-help-completions = Väljasta shelli automaatlõpetuse skript, mis on tehtud selle käsurea põhjal
cli-help-completions-long = Väljasta shelli automaatlõpetuse skript, mis on tehtud selle käsurea põhjal.

    bash: tix completions bash > ~/.local/share/bash-completion/completions/tix
    zsh:  tix completions zsh > ~/.zfunc/_tix (ja ~/.zshrc-is enne compinit-i fpath+=~/.zfunc)
    fish: tix completions fish > ~/.config/fish/completions/tix.fish
cli-help-man = Väljasta man-leht (roff), mis on tehtud selle käsurea põhjal; --dir korral kirjuta sinna tix.1 ja iga alamkäsu leht (tix-reply.1, ...)
cli-help-config = Kirjuta seadistusfail
cli-help-config-init = Kirjuta config.toml seadistuskausta: iga säte koos vaikeväärtusega, välja kommenteeritud
cli-help-config-init--force = Asenda olemasolev config.toml
cli-help-demo-server = Käivita demo-kasutajatugi eraldi (Zendesk API v2 murre)
cli-help-demo-server--addr = Aadress, kus kuulata (ainult loopback, kui sa just muud ei taha)
cli-help-demo-server--token = Nõua seda tokenit (Bearer või basic-autentimine kujul email/token:TOKEN)
cli-help-demo-server--oauth_expires_in = Nõua OAuth-i: Bearer-juurdepääsutokenid selle /oauth/tokens-ist, igaüks kehtib SECS sekundit (kinnitusleht kinnitab kohe)
cli-help-demo-server--fail_rate = Nurjata selline osa päringutest (0-1): 500, 503 koos Retry-After-iga, kärbitud või vigane JSON
cli-help-demo-server--slow_ms = Nii kaua viivita nurjuvat osa päringutest (kõiki, kui --fail-rate on 0)
cli-help-demo-server--latency_ms = Kehv ühendus: igale vastusele lisatav viivitus
cli-help-demo-server--kbps = Kehv ühendus: läbilaske ülempiir kbit/s (0: piiranguta)
cli-help-demo-server--drop_rate = Kehv ühendus: katkesta selline osa ühendustest (0-1)
cli-help-demo-server--hostile = Pane mõnesse piletisse pahatahtlikku teksti (paojadad, bidi, nulllaiusega märgid, hiiglaslikud kirjad)
cli-help-demo-server--anchor = Hetk, mille külge loodud andmed ankurdatakse (RFC 3339; vaikimisi praegu). Sama ankru ja seemnega taaskäivitatud serveris on samad piletid samade aegadega, nagu kasutajatugi, mis tuleb pärast katkestust tagasi (testide jaoks)
cli-help-views = Loetle profiili vaated: ID, piletite arv (kui kasutajatugi selle odavalt ütleb), nimi
cli-help-search = Otsi pileteid kasutajatoe enda otsinguga (ka lahendatuid), loetelu nagu `ls`-il
cli-help-search--query = Otsing kasutajatoe enda süntaksis (mitu sõna on üks otsing)
cli-help-status = Määra pileti olek: kasutajatoe enda sõna või silt (RT: stalled, resolved; oma olek nime järgi) või liik (new, open, pending, hold, solved, closed)
cli-help-assign = Määra pilet agendile (nimi või e-post), endale (`me`) või mitte kellelegi (`none`)
cli-help-tag = Lisa (+SILT) ja eemalda (-SILT) pileti silte
cli-help-tag--changes = +SILT lisab sildi, -SILT eemaldab
cli-help-open = Ava pilet kasutajatoe veebiliideses ($BROWSER, muidu süsteemi avaja)
cli-help-attachment = Salvesta pileti manus N (nummerdatud nagu `tix show` neid näitab) allalaadimiste kausta; väljastab faili tee. Olemasolevat faili ei kirjutata kunagi üle
cli-help-attachment--n = Selle number `tix show ID` väljundis (esimene on 1)
cli-help-attachment--out = Kaust (vaikimisi config.toml-i download_dir, muidu XDG allalaadimiste kaust)
cli-help-kb = Teadmusbaas: otsi sealt, näita artiklit (kasutajatoe omad ja seadistuskausta knowledge/)
cli-help-kb-search = Otsi teadmusbaasist (kasutajatoe omast ja seadistuskausta knowledge/-st): ID, jaotis, pealkiri, parimad eespool
cli-help-kb-show = Näita artiklit tekstina (lingid nummerdatud, pildid nende asendustekstina)
cli-help-bulk = Muuda korraga paljusid pileteid: olek, prioriteet, täitja, sildid (ID-d argumentidena või standardsisendist); aruanne iga pileti kohta. Väljumiskood 0: kõik muudetud; 1: mõni mitte (vahepeal muutis kolleeg, keeldumine); 2: vigased argumendid
cli-help-bulk--ids = Piletite ID-d; kui neid pole või on `-`, loetakse need standardsisendist (üks reale või tühikutega eraldatult)
cli-help-bulk--status = Määratav olek (kasutajatoe sõna või silt või liik, nt pending)
cli-help-bulk--priority = Määratav prioriteet (kasutajatoe sõna või silt)
cli-help-bulk--assignee = Agent, kellele määrata (nimi või e-post), `me` või `none`
cli-help-bulk--tags = +SILT lisab sildi, -SILT eemaldab (ühe --tag järel võib olla mitu)
cli-help-bulk--dry_run = Ütle, mis igal piletil muutuks, ja ära muuda midagi
cli-help-bulk--json = Väljasta aruanne JSON-ina: üks objekt pileti kohta
cli-help-bulk--no_check = Kirjuta ka üle muudatuse, mille keegi tegi pärast seda, kui tix pileti luges (updated_at-i kontrollita); Zendeskis läheb sama muudatus siis 100 piletit päringu kohta (update_many)

## Käsurea read: aruanded, kinnitused, vead

cli-none = puudub
cli-errors-found = leiti vigu
cli-no-demo = see tix on ehitatud ilma sisseehitatud demo-kasutajatoeta (funktsioon `demo`): vali profiil --profile abil või kirjuta see käsuga `tix config init`
cli-no-profile = failis { $file } pole profiili { $name } (profiilid: { $profiles })
cli-profile-problem = profiil { $name }: { $problem }
cli-password-env-unset = keskkonnamuutuja { $var } (password_env) pole määratud
cli-rt-needs-credentials = RT vajab token_env-i või user-it ja password_env-i
cli-needs-token = { $backend } vajab tokenit (token_env, token_cmd või token)
cli-bad-ticket-id = vigane pileti ID { $arg }: pileti ID on number, näiteks 1001
cli-bad-macro-id = vigane makro ID { $arg }: makro ID on number, näiteks 1001
cli-cannot-tighten = kaustas { $dir } ei õnnestunud õigusi piirata: { $why }
cli-wrote = kirjutatud { $path }
cli-outbox-unwritable = väljundkausta ei õnnestunud kirjutada: { $why }
cli-not-delivered = kohale ei jõudnud: { $why }
cli-fate-unknown = pole teada, kas #{ $id } selle sai ({ $why }); see ootab väljundkaustas ja tix kontrollib järgmisel käivitamisel enne saatmist piletit: ära saada seda uuesti
cli-demo-changes-last = see oli sisseehitatud demo-kasutajatugi; selle muudatused kehtivad ainult selle käivituse ajal
cli-no-view = vaadet { $name } pole (vaated: { $views })
cli-show-status = olek: { $status } · prioriteet: { $priority } · kanal: { $channel }
cli-show-assignee = täitja: { $assignee } · grupp: { $group } · sildid: { $tags }
cli-show-times = loodud: { $created } · uuendatud: { $updated }
cli-tickets-unknown = ? piletit
cli-show-customer = klient: { $name } <{ $email }> { $organization } [{ $tier }] · { $tickets }
cli-show-not-loaded = laadimata: { $what }
cli-show-internal-note = sisemärkus
cli-show-quoted-folded = { $what } (--quoted näitab tervikuna)
cli-show-attachment = manus { $n }
cli-no-macros = { $backend }-l pole rakendatavaid makrosid; suuna tekst hoopis käsule `tix reply`
cli-macro-will = Makro { $macro_id } teeb piletil #{ $ticket }:
cli-macro-adds-reply = lisab avaliku vastuse
cli-macro-adds-note = lisab sisemärkuse
cli-macro-preview-only = ainult eelvaade: midagi ei muudetud
cli-macro-updated = #{ $ticket } uuendatud: { $status }
cli-metrics-unwritable = vastust ei õnnestunud tänastesse numbritesse kirja panna: { $why }
cli-nothing-to-send = pole midagi saata: vastus loetakse standardsisendist
cli-replied = vastatud piletile #{ $ticket } ({ $status })
cli-noted = märkus lisatud piletile #{ $ticket } ({ $status })
cli-replied-already-there = vastatud piletile #{ $ticket } (kinnitus läks kaduma; pileti järgi jõudis kohale)
cli-noted-already-there = märkus lisatud piletile #{ $ticket } (kinnitus läks kaduma; pileti järgi jõudis kohale)
cli-nothing-to-search = pole midagi otsida
cli-no-status-given = olekut pole antud
cli-assign-to-whom = kellele määrata? agendi nimi või e-post, me või none
cli-no-attachments = piletil #{ $ticket } pole manuseid
cli-attachments-numbered = { $count ->
    [one] piletil #{ $ticket } on { $n } manus, nummerdatud alates 1 nagu tix show { $ticket } näitab
   *[other] piletil #{ $ticket } on { $n } manust, nummerdatud alates 1 nagu tix show { $ticket } näitab
}
cli-no-download-dir = allalaadimiste kaust pole teada: määra config.toml-is download_dir või anna --out KAUST
cli-no-search = { $backend }-l pole otsingut, mida tix saaks kasutada
cli-changed-status = #{ $ticket } { $subject }: olek { $from } → { $to }
cli-changed-assignee = #{ $ticket } { $subject }: täitja { $from } → { $to }
cli-changed-tags = #{ $ticket } { $subject }: sildid { $from } → { $to }
cli-tags-unchanged = #{ $ticket } { $subject }: sildid { $tags } (muutmata)
cli-no-such-status = { $backend }-l pole olekut { $value } (olekud: { $statuses })
cli-no-agent-matches = ükski agent ei sobi päringuga { $who } (agendid: { $agents }; või me, või none)
cli-several-agents-match = { $who } sobib mitme agendiga: { $agents }
cli-its-assignee-is = selle täitja on { $assignee }
cli-its-tags-are = selle sildid on { $tags } ({ $backend } ei pruugi silte hoida)
cli-written-not-changed = #{ $ticket } kirjutati, aga ei muutunud: { $now }
cli-bad-tag-change-sign = vigane sildimuudatus { $change }: +SILT lisab sildi, -SILT eemaldab
cli-bad-tag-change-hyphen = vigane sildimuudatus { $change }: ükski silt ei alga märgiga -; pane --tag teiste valikute järele
cli-bad-tag-change-word = vigane sildimuudatus { $change }: silt on üks sõna
cli-open-it-yourself = { $why }: ava ülaltoodud aadress ise

## tix doctor

doctor-step-config = seadistus
doctor-step-profile = profiil
doctor-step-transport = transport
doctor-step-oauth-tokens = OAuth-i tokenid
doctor-step-dns = DNS
doctor-step-connect = ühendus
doctor-step-url = url
doctor-step-credentials = mandaadid
doctor-step-helpdesk = kasutajatugi
doctor-step-authentication = autentimine
doctor-step-oauth-refresh = OAuth-i uuendus
doctor-step-sample-request = proovipäring
doctor-config-fix = { $why } — paranda fail ja käivita tix doctor uuesti
doctor-no-profile = config.toml-is pole profiili { $name }
doctor-dns-ok = { $host } on { $ip }
doctor-dns-none = { $host } aadressi pole
doctor-dns-failed = { $host }: { $why } — kontrolli profiili url-i
doctor-connect-refused = { $addr }: { $why } — kas server töötab ja port on õige?
doctor-connect-silent = { $addr }: 5 s jooksul vastust pole — tulemüür või vale aadress?
doctor-server-answered = server vastas HTTP { $status }
doctor-demo = sisseehitatud demo (profiili pole seadistatud või on --demo)
doctor-signed-in = sisse logitud kui { $name }
doctor-token-refused = { $why } — tokenist keelduti: kontrolli token_env/token_cmd-i ja e-posti
doctor-refreshed = uuendatud ja salvestatud; juurdepääsutoken { $expiry }
doctor-views = { $count ->
    [one] { $n } vaade, esimene: { $first }
   *[other] { $n } vaadet, esimene: { $first }
}
doctor-rate-limit = API päringupiirang: { $budget }
doctor-rate-left = alles { $left } / { $limit }
doctor-rate-resets = , lähtestub { $secs } s pärast
doctor-rate-low = (vähe: taustapäringud tehakse hõredamalt)
doctor-rate-unknown = see kasutajatugi seda ei teata
doctor-yes = jah
doctor-no = ei
doctor-capabilities = { $backend } oskab: vaated { $views }, vastusemallid { $canned }, organisatsioonid { $organizations }, SLA { $sla }, otsing { $search }, grupid { $groups }, siltide loend { $tag_list }, muudatused alates { $changes_since }, makro eelvaade { $macro_preview }, manused { $attachments }, veebilehed { $web_pages }

## Lihtrežiim (src/plain/words.rs). Sisestatavad käsud jäävad inglise keelde.

plain-span-less-than-a-minute = vähem kui minut
plain-span = { $unit ->
    [minute] { $count ->
        [one] { $n } minut
       *[other] { $n } minutit
    }
    [hour] { $count ->
        [one] { $n } tund
       *[other] { $n } tundi
    }
   *[day] { $count ->
        [one] { $n } päev
       *[other] { $n } päeva
    }
}
plain-priority = prioriteet { $label }
plain-breached = tähtaeg ületatud { $ago } tagasi
plain-breaches-in = tähtaeg saabub { $left } pärast
plain-updated-ago = uuendatud { $ago } tagasi
plain-customer-tier = { $tier } klient
plain-no-subject = teemata
plain-no-requester = pöördujata
plain-selected = valitud
plain-ticket-heading = { $count ->
    [one] Pilet { $id }, { $n } sõnum
   *[other] Pilet { $id }, { $n } sõnumit
}
plain-ticket-loading-failed = Pilet { $id }: vestlust ei õnnestunud lugeda: { $why }
plain-message-heading-public = Sõnum { $n }/{ $of }, avalik, { $ago } tagasi, saatja:
plain-message-heading-note = Sõnum { $n }/{ $of }, sisemärkus, { $ago } tagasi, saatja:
plain-unknown-author = tundmatu autor
plain-attachments = { $count ->
    [one] { $n } manus.
   *[other] { $n } manust.
}
plain-end-of-ticket = Pileti { $id } lõpp.
plain-queue-heading = Järjekord { $view }, piletid { $first }–{ $last }, kokku { $of }.
plain-queue-empty = Järjekorras { $view } pole pileteid.
plain-or-more = { $n } või rohkem
plain-next-page = Järgmiste piletite jaoks sisesta list { $page }.
plain-no-such-page = { $count ->
    [one] Viga: laaditud on ainult { $n } pilet. Esimeste jaoks sisesta list.
   *[other] Viga: laaditud on ainult { $n } piletit. Esimeste jaoks sisesta list.
}
plain-no-view = vaade valimata
plain-loading-the-queue = Laadin järjekorda.
plain-loading = Laadin vaadet { $view }.
plain-loaded = { $count ->
    [one] Vaatest { $view } laaditud { $n } pilet.
   *[other] Vaatest { $view } laaditud { $n } piletit.
}
plain-last-ticket = See on viimane laaditud pilet; järjekorra nägemiseks sisesta list.
plain-first-ticket = See on järjekorra esimene pilet.
plain-no-ticket-open = Viga: ükski pilet pole avatud. Sisesta next või open ja number.
plain-queue-empty-now = Viga: järjekorras pole veel pileteid. Sisesta refresh või oota.
plain-unknown-command = Viga: { $word } pole käsk. Käskude nägemiseks sisesta help.
plain-list-needs-page = Viga: list vajab lehekülje numbrit, näiteks: list 2.
plain-open-needs-ticket = Viga: open vajab pileti numbrit, näiteks: open 1475.
plain-search-needs-text = Viga: search vajab otsitavaid sõnu, näiteks: search tagasimakse.
plain-welcome = tix lihtrežiimis, { $helpdesk }. Käskude jaoks sisesta help, järjekorra jaoks list.
plain-the-demo = demo-kasutajatugi
plain-profile = profiil { $name }
plain-compose-start = { $kind ->
    [reply] Kirjuta vastus piletile { $ticket }. Lõpeta reaga, kus on ainult punkt. Read salvestatakse kirjutamise ajal mustandina.
    [escalation] Kirjuta eskaleerimine piletile { $ticket }. Lõpeta reaga, kus on ainult punkt. Read salvestatakse kirjutamise ajal mustandina.
   *[note] Kirjuta märkus piletile { $ticket }. Lõpeta reaga, kus on ainult punkt. Read salvestatakse kirjutamise ajal mustandina.
}
plain-draft-so-far = { $kind ->
    [reply] Pileti { $ticket } vastuse mustand seni; sinu read lähevad selle järele:
    [escalation] Pileti { $ticket } eskaleerimise mustand seni; sinu read lähevad selle järele:
   *[note] Pileti { $ticket } märkuse mustand seni; sinu read lähevad selle järele:
}
plain-draft-reads = { $kind ->
    [reply] Vastus piletile { $ticket }:
    [escalation] Eskaleerimine piletile { $ticket }:
   *[note] Märkus piletile { $ticket }:
}
plain-editor-opening = { $kind ->
    [reply] Avan redaktoris vastuse piletile { $ticket }.
    [escalation] Avan redaktoris eskaleerimise piletile { $ticket }.
   *[note] Avan redaktoris märkuse piletile { $ticket }.
}
plain-nothing-written = Midagi ei kirjutatud; mustandit ei jäeta.
plain-send-question = { $kind ->
    [reply] Kas saata vastus piletile { $ticket }?
    [escalation] Kas saata eskaleerimine piletile { $ticket }?
   *[note] Kas saata märkus piletile { $ticket }?
}
plain-choice-send = saada
plain-choice-write-more = kirjuta veel
plain-choice-keep-draft = jäta mustandiks
plain-choice-discard = loobu
plain-status-question = Pileti { $ticket } olek?
plain-priority-question = Pileti { $ticket } prioriteet?
plain-assign-question = Kellele määrata { $ticket }?
plain-canned-question = Milline vastusemall vastusesse piletile { $ticket }?
plain-view-question = Milline vaade?
plain-me = mina
plain-none = puudub
plain-no-canned = Viga: vastusemalle pole veel laaditud. Proovi hetke pärast uuesti.
plain-no-views = Viga: vaateid pole veel laaditud. Proovi hetke pärast uuesti.
plain-keep = jäta { $what }
plain-unassigned = määramata
plain-choices = { $question } { $options }; vaikimisi: { $default }. Sisesta number või vajuta vaikevaliku jaoks Enter.
plain-not-a-choice = Viga: { $answer } pole valikute seas. Sisesta number 1 kuni { $last } või vajuta Enter: { $default }.
plain-unchanged = { $field ->
    [status] Pileti { $ticket } olek jääb samaks.
    [priority] Pileti { $ticket } prioriteet jääb samaks.
   *[assignee] Pileti { $ticket } täitja jääb samaks.
}
plain-no-word = { $what ->
    [status] Viga: olekut { $word } siin pole. Olekud on: { $valid }.
    [priority] Viga: prioriteeti { $word } siin pole. Prioriteedid on: { $valid }.
    [agent] Viga: agenti { $word } siin pole. Agendid on: { $valid }.
    [canned] Viga: vastusemalli { $word } siin pole. Vastusemallid: { $valid }.
    [view] Viga: vaadet { $word } siin pole. Vaated: { $valid }.
   *[assignee] Viga: täitjat { $word } siin pole. Täitjad on: { $valid }.
}
plain-more = { $shown } rida { $total }-st. Jätkamiseks vajuta Enter, lõpetamiseks q.
plain-stopped = Peatatud; { $n } rida jäi näitamata.
plain-held = { $count ->
    [one] Kuni sa olid hõivatud, tuli { $n } teade:
   *[other] Kuni sa olid hõivatud, tuli { $n } teadet:
}
plain-quiet = Vaikus: teated ootavad sinu järgmise käsuni.
plain-more-events = { $count ->
    [one] Tuli veel { $n } teade; kuulamiseks sisesta news.
   *[other] Tuli veel { $n } teadet; kuulamiseks sisesta news.
}
plain-no-news = Teateid veel pole.
plain-delivered-reply = Vastus piletile { $ticket } saadeti väljundkaustast kohale.
plain-delivered-note = Märkus piletile { $ticket } saadeti väljundkaustast kohale.
plain-delivered-changes = Pileti { $ticket } muudatused saadeti väljundkaustast kohale.
plain-deadline-alert = Tähtaja hoiatus: { $record }
plain-arrived = Uus kiire või VIP-pilet: { $record }
plain-help =
    Käsud:
    list või list ja lehekülje number: järjekord, üks pilet reas.
    next ja prev: ava järjekorra järgmine või eelmine pilet.
    open ja number: ava see pilet, näiteks open 1475.
    show: avatud pilet uuesti.
    reply: kirjuta avatud piletile vastus.
    note: kirjuta avatud piletile sisemärkus.
    status, priority, assign: muuda avatud piletit; sõna käsu järel määrab kohe, näiteks status pending.
    canned: pane vastusemall vastusesse.
    view: näita vaateid ja vaheta vaadet.
    search ja sõnad: otsi kasutajatoest, näiteks search tagasimakse.
    refresh: laadi järjekord uuesti.
    quiet: hoia teated sinu järgmise käsuni.
    news: selle seansi teated.
    help või küsimärk: see loend.
    quit: välju tix-ist; mustandid jäävad alles.
plain-waiting-for-writes = { $count ->
    [one] Ootan, et { $n } kirjutis jõuaks kasutajatoeni; see on igal juhul väljundkaustas.
   *[other] Ootan, et { $n } kirjutist jõuaksid kasutajatoeni; need on igal juhul väljundkaustas.
}
plain-not-known-yet = { $what ->
    [status] Viga: kasutajatoe olekute loendit pole veel laaditud. Proovi hetke pärast uuesti.
    [priority] Viga: kasutajatoe prioriteetide loendit pole veel laaditud. Proovi hetke pärast uuesti.
   *[agent] Viga: kasutajatoe agentide loendit pole veel laaditud. Proovi hetke pärast uuesti.
}
plain-by-number = nummerdatud loendi jaoks sisesta ainult käsk
plain-canned-default = ära lisa midagi
plain-no-answer = Viga: kasutajatugi ei vastanud õigel ajal; loen järgmist käsku.
plain-warning-at = Hoiatus failis { $file }, rida { $line }, veerg { $col }: { $message }
plain-error-at = Viga failis { $file }, rida { $line }, veerg { $col }: { $message }

## Teated update'ist

notice-collided-text = { $kind ->
    [reply] { $ticket } on muutunud pärast seda, kui selle avasid ({ $why }): sinu vastust ei saadetud
    [escalation] { $ticket } on muutunud pärast seda, kui selle avasid ({ $why }): sinu eskaleerimist ei saadetud
   *[note] { $ticket } on muutunud pärast seda, kui selle avasid ({ $why }): sinu märkust ei saadetud
}
notice-collided-change = { $ticket } on muutunud pärast seda, kui selle avasid ({ $why }): muudatust ei rakendatud
notice-collision-still-reading = Loen veel, mis muutus: „saada ikkagi” ootab selle ära
notice-sending-anyway = { $kind ->
    [reply] Saadan vastuse piletile { $ticket } ikkagi…
    [escalation] Saadan eskaleerimise piletile { $ticket } ikkagi…
   *[note] Saadan märkuse piletile { $ticket } ikkagi…
}
notice-applying-anyway = Rakendan muudatuse piletile { $ticket } ikkagi…
notice-kept-as-draft-open = { $kind ->
    [reply] Sinu vastus jäi pileti { $ticket } mustandiks: muutmiseks ava pilet
    [escalation] Sinu eskaleerimine jäi pileti { $ticket } mustandiks: muutmiseks ava pilet
   *[note] Sinu märkus jäi pileti { $ticket } mustandiks: muutmiseks ava pilet
}
notice-editing = { $kind ->
    [reply] Muudad vastust piletile { $ticket }
    [escalation] Muudad eskaleerimist piletile { $ticket }
   *[note] Muudad märkust piletile { $ticket }
}
notice-not-sent-kept = { $kind ->
    [reply] Saatmata: sinu vastus jäi pileti { $ticket } mustandiks
    [escalation] Saatmata: sinu eskaleerimine jäi pileti { $ticket } mustandiks
   *[note] Saatmata: sinu märkus jäi pileti { $ticket } mustandiks
}
notice-not-applied-dropped = Rakendamata: pileti { $ticket } muudatusest loobuti

## Mida kokkupõrke aken muutunuks loetleb

changed-status = olek { $from } → { $to }
changed-priority = prioriteet { $from } → { $to }
changed-none = puudub
changed-taken-by = võttis üle { $name }
changed-unassigned = täitja eemaldatud (oli { $name })
changed-group = viidud gruppi { $group }
changed-tags = sildid { $tags }
collision-reading = Loen, mis muutus…
collision-unreadable = Ei õnnestunud lugeda, mis muutus: { $why }
collision-changed-unseen = muutunud (mitte miski, mida tix näitab: väli, mida see ei loetle)
collision-someone = keegi
collision-wrote = { $who } kirjutas ({ $at }):
collision-noted = { $who } lisas märkuse ({ $at }):
collision-best-effort = (sellel kasutajatoel pole oma kontrolli: tix luges piletit vahetult enne kirjutamist)
notice-no-ticket = Ühtegi piletit pole valitud
notice-statuses-unknown = Olekud pole veel teada: proovi hetke pärast uuesti
notice-refreshing = Värskendan…
notice-escalating = Eskaleerimine: { $target }; märkus on kohustuslik
notice-no-such-status = Olekut { $word } siin pole: { $valid }
notice-no-such-priority = Prioriteeti { $word } siin pole: { $valid }
notice-editor-unchanged = Redaktor suleti muudatusteta
notice-editor-text-in-composer = Redaktori tekst on pileti { $ticket } koostajas
notice-editor-text-kept = { $kind ->
    [reply] Redaktori tekst jäi pileti { $ticket } vastuse mustandiks
    [escalation] Redaktori tekst jäi pileti { $ticket } eskaleerimise mustandiks
   *[note] Redaktori tekst jäi pileti { $ticket } märkuse mustandiks
}
notice-macro-not-applied-to = Makrot ei rakendatud piletile { $ticket }
notice-draft-kept = { $kind ->
    [reply] Vastuse mustand jäi alles: { $ticket }
    [escalation] Eskaleerimise mustand jäi alles: { $ticket }
   *[note] Märkuse mustand jäi alles: { $ticket }
}
notice-nothing-to-send = Pole midagi saata
notice-sending = { $kind ->
    [reply] Saadan vastuse piletile { $ticket }…
   *[note] Saadan märkuse piletile { $ticket }…
}
notice-write-waits = { $ticket }: { $why }; kirjutis ootab väljundkaustas ja läheb ise teele
notice-not-sent-back-in-draft = { $ticket }: { $why }; saatmata: tekst on tagasi mustandis (ülevaatamiseks r)
notice-updated = { $ticket } uuendatud
notice-not-updated-kept = { $ticket } jäi uuendamata ({ $why }); tekst jäi mustandiks
notice-opening-ticket = Avan piletit #{ $ticket }…
notice-view = Vaade: { $view }
notice-could-not-open-ticket = Piletit #{ $ticket } ei õnnestunud avada: { $why }
notice-no-view-named = Vaadet „{ $view }” pole: näitan esimest
notice-no-views = Sellel kasutajatoel pole vaateid
notice-showing-saved = { $why }; näitan salvestatut
notice-no-search = See kasutajatugi ei paku siin otsingut
notice-searching = Otsin kasutajatoest „{ $query }”…
notice-search-found = Leitud { $n }; Esc viib vaatesse tagasi
notice-search-failed = Otsing ebaõnnestus: { $why }
notice-no-such-view = Sellist vaadet pole
notice-me-unknown = Pole veel teada, kes sa oled: proovi hetke pärast uuesti
notice-privacy-off = Privaatsusrežiim on väljas (privacy = false failis config.toml)
notice-unchanged-value = Muutmata: see ongi praegune väärtus
notice-tags-unchanged = Pileti { $ticket } sildid on muutmata
notice-setting-tags = Määran pileti { $ticket } siltideks { $tags }…
notice-macro-not-applied = Makrot „{ $title }” ei rakendatud
notice-applying-macro = Rakendan makrot „{ $title }” piletile { $ticket }…
notice-selection-moved = Valik liikus: makrot ei rakendatud
notice-views-unknown = Vaateid pole veel teada
notice-groups-unknown = Gruppe pole teada: sellel kasutajatoel neid pole või pole need veel laaditud
notice-agents-unknown = Agente ega gruppe pole veel teada
notice-not-snoozed = { $ticket } pole edasi lükatud
notice-waiting-status-unknown = Selle kasutajatoe ooteolek pole teada
notice-snoozed-on-helpdesk = { $ticket } lükati edasi kuni { $when }; määran kasutajatoes olekuks { $status }…
notice-snoozed = { $ticket } lükati edasi kuni { $when }
notice-snooze-cancelled-status-kept = Edasilükkamine tühistatud: { $ticket } on tagasi (olek kasutajatoes jääb samaks)
notice-snooze-cancelled = Edasilükkamine tühistatud: { $ticket } on tagasi
notice-workflow-first-step = Oled juba esimesel sammul
notice-workflow-stopped = Töövoog peatatud
notice-workflow-gone = Töövoogu { $name } pole enam paigaldatud
notice-workflow-changed = { $title } on vahepeal muutunud: alustan otsast
notice-workflow-reply-ready = { $title }: vastus piletile { $ticket } on koostajas (vaata üle ja saada; läbitud tee läheb kaasa märkusena)
notice-could-not-open = Ei õnnestunud avada: { $why }
notice-canned-failed-own = kasutajatoe vastusemallid: { $why }; näitan sinu omi
notice-draft-discarded = Pileti { $ticket } mustand visati ära
notice-no-attachments-here = tix ei oska { $backend } manuseid tuua
notice-conversation-not-loaded = { $ticket }: vestlus pole veel laaditud
notice-ticket-no-attachments = Piletil { $ticket } pole manuseid
notice-attachment-gone = Seda manust pole vestluses enam
notice-no-web-address = tix ei tea { $backend } piletite veebiaadressi
notice-opening-web = Avan pileti { $ticket } veebiliideses…
notice-downloading-to-open = Laadin pileti { $ticket } manust { $name } avamiseks…
notice-downloading-to-save = Laadin pileti { $ticket } manust { $name } salvestamiseks…
notice-opening-file = Avan { $name } ({ $path })
notice-saved-file = { $name } salvestatud: { $path }
notice-not-downloaded = Pileti { $ticket } manust { $name } ei laaditud: { $why }
notice-no-more-matches = Laaditud { $loaded } pileti seas rohkem vasteid pole: S otsib kasutajatoest
notice-nothing-changed = Midagi ei muutunud
notice-nothing-to-undo = Pole midagi tagasi võtta
notice-no-canned-response = Vastusemalli { $id } pole

cli-bulk-no-ids = piletite ID-sid pole: anna need argumentidena või standardsisendist
cli-no-such-priority = { $backend }-l pole prioriteeti { $value } (prioriteedid: { $priorities })
cli-bulk-assignee-empty = --assignee: agendi nimi või e-post, me või none
cli-bulk-nothing-to-change = pole midagi muuta: anna --status, --priority, --assignee või --tag
cli-bulk-fate-unknown = mõned kirjutised ootavad väljundkaustas ja nende saatus on teadmata: ära saada neid uuesti
cli-bulk-not-changed = { $n } piletist { $failed } jäi muutmata
cli-kb-which-article = milline artikkel? anna selle ID

## The workspace's end and the runner's notices (src/workspace.rs farewell, src/app/effects.rs,
## src/app/outbox_worker.rs, src/app/editor.rs). $kind is reply, note or escalation; $why the system's reason

farewell-draft-kept = tix: { $kind ->
    [note] märkuse
    [escalation] eskaleerimise
   *[reply] vastuse
} mustand on alles: { $ticket }
runner-outbox-unwritable = väljuvate kausta ei saanud kirjutada: { $why }
runner-metrics-unrecorded = statistikat ei saanud salvestada: { $why }
runner-notify-exited = notify_cmd { $program } lõppes olekuga { $status }
runner-notify-failed = notify_cmd { $program }: { $why }
runner-draft-unsaved = mustandit ei saanud salvestada: { $why }
runner-draft-unremoved = mustandit ei saanud kustutada: { $why }
runner-no-download-dir = allalaadimiste kaust pole teada: määrake download_dir failis config.toml
runner-view-unkept = vaadet ei saanud meelde jätta: { $why }
runner-snoozes-unkept = edasilükkamisi ei saanud salvestada: { $why }
runner-walk-unkept = töövoo sammu ei saanud salvestada: { $why }
runner-queue-unsaved = järjekorda ei saanud salvestada: { $why }
editor-unwritable = faili { $path } ei saanud kirjutada: { $why }
editor-unreadable = faili { $path } ei saanud tagasi lugeda: { $why }
editor-exited = { $editor } lõppes olekuga { $status }; tekst jäi muutmata
editor-not-started = redaktorit { $editor } ei saanud käivitada ({ $why }): määrake $VISUAL või $EDITOR

## Starting the workspace, and the demo helpdesk served on its own (src/commands/tui.rs)

cli-time-zone-unknown = time_zone { $name }: { $why }
cli-business-hours-bad = [sla.business_hours]: { $why }
cli-snoozes-unreadable = edasilükkamisi ei saanud lugeda: { $why }
cli-sent-draft-unremoved = juba saadetud mustandit ei saanud kustutada: { $why }
demo-serving = tix'i demo-kasutajatugi (Zendesk API v2 murre), { $tickets }; Ctrl-C peatab
demo-second-agent = teine agent kirjutab viimati loetud piletile iga { $secs } s järel
demo-served = teenindatud { $requests }: sisse { $bytes_in } baiti, välja { $bytes_out } baiti
requests = { $count ->
    [one] { $n } päring
   *[other] { $n } päringut
}

## Signing in and out (src/commands/auth.rs), tix stats, doctor's verdicts (src/commands/tools.rs,
## src/commands/doctor.rs). $time is a duration as durations are written (1h 5m)

doctor-ok = OK
doctor-fail = VIGA
expiry-in = aegub { $time } pärast
expiry-ago = aegus { $time } tagasi
expiry-none = aegumisaeg puudub
auth-oauth-zendesk-only = OAuth-sisselogimine on olemas ainult Zendeski profiilidele, mitte { $backend }
auth-needs-client-id = OAuth vajab oauth_client_id väärtust
auth-no-tokens-yet = profiil { $name } logib sisse OAuthiga, kuid lubasid veel pole: käivitage `tix login --profile { $name }`
auth-demo-needs-none = sisseehitatud demo ei vaja käsku { $verb }: nimetage profiil võtmega --profile
auth-needs-profile = tix { $verb } vajab profiili: --profile NIMI või default_profile failis config.toml
auth-no-such-profile = failis { $file } pole profiili { $name }
auth-not-oauth-logout = see ei logi sisse OAuthiga: pole millest välja logida
auth-not-oauth-login = see ei logi sisse OAuthiga: määrake oauth_client_id (vt README) või kasutage edasi token_env, token_cmd või token_keyring
auth-not-signed-in = { $name } pole sisse logitud: { $store } ei sisalda lubasid
auth-revoked = kasutajatoe juurdepääsuluba on tühistatud
auth-not-revoked = juurdepääsuluba ei saanud kasutajatoes tühistada ({ $why }); see { $expiry }
auth-signed-out = { $name } on välja logitud: load on eemaldatud asukohast { $store }
auth-open-url-anywhere = Avage see aadress mis tahes arvuti brauseris ja lubage tix:
auth-paste-instructions = Seejärel suunatakse brauser aadressile { $redirect }, mis tõenäoliselt ei avane: nii peabki olema.
    Kopeerige brauseri aadressiribalt kogu aadress (või ainult code= väärtus),
    kleepige see siia ja vajutage Enter:
auth-approve-in-browser = Lubage tix oma brauseris. Kui brauser ei avane, minge sellele aadressile:
auth-no-browser = (siin pole brauserit? kaugmasinas käivitage tix login --paste --profile { $name })
auth-waiting = Ootan brauserit (kuni { $minutes } minutit; Ctrl-C katkestab)…
auth-tokens-unsaved = lubasid ei saanud salvestada: { $why }
auth-signed-in = { $name } on sisse logitud: juurdepääsuluba { $expiry }, hoitakse asukohas { $store }
auth-paste-token = Kleepige profiili { $name } API-luba ja vajutage Enter (see salvestatakse OS-i võtmehoidlasse nimega { $entry }):
auth-no-token-given = luba ei antud
auth-token-stored = profiili { $name } luba on salvestatud OS-i võtmehoidlasse
auth-keyring-not-built = profiil { $name }: token_keyring vajab tix'i, mis on ehitatud keyring-funktsiooniga (cargo install --features keyring)
auth-run-login = käivitage tix login --profile { $name }
auth-tokens-none = asukohas { $store } pole: { $login }
auth-no-refresh-token = värskendusluba puudub
auth-refresh-token = värskendusluba { $expiry }
auth-tokens-present = olemas asukohas { $store }; juurdepääsuluba { $access }; { $refresh }
auth-tokens-present-fix = olemas asukohas { $store }; juurdepääsuluba { $access }; { $refresh } — { $login }
stats-day = { $day }: käsitletud { $handled_count ->
    [one] { $handled } pilet
   *[other] { $handled } piletit
}, { $replies }
replies = { $count ->
    [one] { $n } vastus
   *[other] { $n } vastust
}
stats-median-first-response = esimese vastuse mediaan
stats-average-handle = keskmine käsitlusaeg
stats-fcr = lahendatud esimesel pöördumisel
stats-csat = CSAT

## The knowledge base (src/knowledge.rs, src/app/knowledge.rs, tix kb) and tix bulk's report
## (src/cli_bulk.rs). $head is the ticket as #1001 and its subject; $changes the fields' changes

kb-no-knowledge-base = sellel kasutajatoel ({ $backend }) pole teadmusbaasi
kb-articles-missing = kasutajatoe artiklid puuduvad: { $why }
kb-no-local-article = kaustas knowledge/ pole artiklit { $id }
kb-suggested = Soovitatud sellele piletile
kb-no-match-ticket = Selle piletiga ei sobi ükski artikkel: otsimiseks hakake kirjutama
kb-finding = Otsin sellele piletile artikleid…
kb-type-to-search = Teadmusbaasist otsimiseks hakake kirjutama
kb-searching = Otsin…
kb-none-found = Artikleid ei leitud
cli-kb-section = Rubriik: { $section }
cli-kb-link = Link: { $url }
cli-bulk-conflict = { $head }: muutmata: keegi teine muutis seda vahepeal ({ $why })
cli-bulk-failed = { $head }: muutmata: { $why }
cli-bulk-unchanged = { $head }: muutmata (juba nii)
cli-bulk-would-change = { $head }: muudetaks { $changes }
cli-bulk-changed = { $head }: { $changes }
cli-bulk-change = { $field } { $from } → { $to }

## Keymap and theme files' problems (tix keymap check, tix theme check, the workspace's
## problems pop-up), said after FILE:LINE:COL:. Names ($name, $key, $field, $colour) come quoted

problem-warning = hoiatus: { $message }
km-unknown-key-name = tundmatu klahvinimi { $name }
km-empty-key = tühi klahv
km-unknown-preset = tundmatu klahvistiku eelseadistus { $name } (valikud: default, vim, emacs); kasutan default
km-runs-at-once = { $short } käivitub kohe: jadani { $longer } ({ $action }) ei jõuta kunagi; siduge { $short } väärtusega "none", et see jadade jaoks vabastada
km-never-reached = { $longer } juurde ei jõuta kunagi: { $short } üksi käivitab kohe { $action }; siduge { $short } väärtusega "none", et see jadade jaoks vabastada
km-unknown-context = tundmatu kontekst [{ $name }] (kontekstid: { $contexts })
km-context-not-table = [{ $name }] peab olema tabel
km-bad-key = { $key }: { $why }
km-types-text = { $key } sisestab kontekstis [{ $name }] märgi: teksti sisestavaid klahve siin siduda ei saa (kasutage ctrl- või alt-kombinatsiooni või nimega klahvi, nt f2 või enter)
km-args-strings = argumentide väärtused peavad olema stringid
km-unknown-field = tundmatu väli { $field } (väljad: action, args, desc)
km-missing-action = `action` puudub
km-binding-shape = sidumine on toimingu nimi või { "{" } action, args, desc { "}" }
km-unknown-action = tundmatu toiming { $name }
km-takes-no-args = { $action } ei võta argumente (anti { $arg })
km-takes-args = { $action } võtab { $allowed } (anti { $arg })
km-bound-twice = { $key } on kontekstis [{ $name }] seotud kaks korda (esimest korda real { $line }, toiminguga { $was })
km-indistinguishable = terminalid saadavad { $chord } kujul { $same }: neid ei saa eristada
km-multiplexer-prefix = { $chord } on programmi { $who } eesliide: see ei pruugi kunagi tix'ini jõuda
theme-unknown-colour = tundmatu värv { $colour } (kasutage ANSI nime nagu "lightblue", "#rrggbb" või 0-255)
theme-unknown-modifier = tundmatu modifikaator { $name } (bold, dim, italic, underlined, reversed, crossed_out)
theme-unknown-role = tundmatu roll { $name }
theme-expected-table = { $name }: oodati { "{" } fg, bg, modifiers { "}" }
theme-colour-shape = värv on nimi, "#rrggbb" või 0-255
theme-field-problem = { $name }: { $why }
theme-modifier-string = { $name }: modifikaator on string
theme-unknown-field = { $name }: tundmatu väli { $field } (fg, bg, modifiers)
theme-unknown-theme = tundmatu teema { $name }: see pole kaasas (default, light, high-contrast, mono) ja faili { $file } pole
cli-no-such-file = { $file }: sellist faili pole

## A workflow file's problems (tix workflow check, the problems pop-up), after FILE:LINE:COL:.
## Ids and names ($id, $name) come quoted from the file

wf-empty-id = sammul peab olema mittetühi id
wf-defined-twice = samm { $id } on määratud kaks korda (esimest korda real { $line })
wf-needs-step = töövoog vajab vähemalt ühte [[step]] plokki
wf-needs-end = töövoog vajab vähemalt ühte [[end]] plokki
wf-empty-title = pealkiri on tühi
wf-unknown-step = tundmatu samm { $id }
wf-ask-or-say = samm { $id } vajab kas ask (küsimus) või say (juhis)
wf-question-next = samm { $id } on küsimus: iga vastus nimetab oma järgmise sammu
wf-no-answers = küsimusel { $id } pole vastuseid
wf-too-many-answers = küsimusel { $id } on üle { $max } vastuse
wf-answer-no-target = vastusel { $answer } pole sihtkohta (next = "…")
wf-instruction-answers = samm { $id } on juhis: vastused vajavad ask = "…"
wf-instruction-no-target = juhisel { $id } pole sihtkohta (next = "…")
wf-unknown-canned = tundmatu valmisvastus { $name }
wf-unknown-status = tundmatu olek { $name } (sellel kasutajatoel on { $words })
wf-unknown-priority = tundmatu prioriteet { $name } (sellel kasutajatoel on { $words })
wf-unknown-group = tundmatu rühm { $name }
wf-escalates-no-group = lõpp { $id } eskaleerib: nimetage rühm, kuhu see läheb (group = "…")
wf-end-no-reply = lõpul { $id } pole vastust: nimetage valmisvastus või kirjutage reply = "…"
wf-unknown-channel = tundmatu kanal { $name } (kanalid: { $channels })
wf-unreachable = sammuni { $id } ei jõua: ükski vastus ei vii sinna
wf-cycle = samm { $id } ei jõua kunagi lõpuni: väljapääsuta tsükkel ({ $path })
wf-no-workflows = kaustas { $dir } pole töövooge (tix config init paigaldab näited)
wf-helpdesk-silent = tix: kasutajatugi ei vastanud ({ $why }): kontrollitakse ainult ülesehitust ja canned/ faile

## Notices and reports of the workspace found still English: unreadable tickets, bulk
## escalation, a workflow's missing pieces, a snooze time that does not read. $text is what was typed

unreadable-tickets = { $count ->
    [one] { $n } piletit ei saanud lugeda ja seda ei näidata
   *[other] { $n } piletit ei saanud lugeda ja neid ei näidata
}
bulk-changed-meanwhile = keegi teine muutis seda pärast laadimist, seega seda üle ei kirjutatud ({ $why })
bulk-escalate-to = eskaleerimine: { $group }
bulk-priority-up = prioriteet ühe astme võrra kõrgemaks
bulk-the-internal-note = sisemärkus
wf-missing-canned = valmisvastust { $name } pole
wf-missing-group = rühma { $name } pole
snooze-empty-input = Sisestage aeg: { $examples }
snooze-in-the-past = „{ $text }” on minevikus
snooze-too-far = „{ $text }” on rohkem kui aasta pärast
snooze-duration-shape = „{ $text }”: kestus kirjutatakse nagu 2h, 30m või 1h30m
snooze-number-before = „{ $text }”: enne { $unit } peab olema arv
snooze-say-the-unit = „{ $text }”: lisage ühik (2h, 30m) või kellaaeg (15:30)
snooze-minutes-two-digits = „{ $text }”: minutid on kahekohalised, nt 15:30
snooze-not-a-clock-time = „{ $text }” pole kellaaeg nagu 15:30
snooze-no-such-time = kellaaega „{ $text }” pole olemas
snooze-not-a-time = See pole aeg: „{ $text }” (proovige { $examples })

## The escalation picker's groups, and a group or agent known only by its id

escalate-to-group = rühm: { $name }
unknown-group-id = rühm { $id }
unknown-agent-id = agent { $id }

## More of the workspace: the search's view name, snoozes waking, a macro in a bulk change,
## a download's progress, the opener and the disk's failures

search-view-name = Otsing „{ $query }”
snooze-over-one = Edasilükkamine läbi: { $ticket } on tagasi järjekorras
snooze-over-many = { $count ->
    [one] Edasilükkamine läbi: { $ticket } ja veel { $n } on tagasi järjekorras
   *[other] Edasilükkamine läbi: { $ticket } ja veel { $n } on tagasi järjekorras
}
bulk-macro = makro „{ $title }”
notice-downloading = Laadin alla { $name }: { $done }…
notice-downloading-of = Laadin alla { $name }: { $done } / { $total }…

## Madalama taseme vead: failide avamine, salvestamine ja lugemine, config.toml, OAuthiga sisselogimine.
## { $why } on süsteemi enda veateade (jääb tema keelde).
opener-cannot-run = { $cmd } käivitamine ebaõnnestus ({ $why })
opener-cannot-run-browser = { $cmd } käivitamine ebaõnnestus ({ $why }): määrake $BROWSER
opener-failed = { $cmd } lõppes veaga ({ $status })
opener-no-web-address = tix ei tea { $backend } piletite veebiaadressi
attachment-cannot-create-folder = kausta { $path } ei õnnestunud luua: { $why }
attachment-cannot-create-file = kausta { $path } ei õnnestunud faili luua: { $why }
attachment-cannot-write = faili { $path } ei õnnestunud kirjutada: { $why }
file-not-regular = pole tavaline fail ({ $kind })
file-kind-fifo = see on FIFO
file-kind-device = see on seade
file-kind-socket = see on sokkel
file-kind-directory = see on kaust
file-kind-other = see pole fail
file-too-large = liiga suur ({ $bytes } baiti; piir on 1 MiB)
file-not-utf8 = pole UTF-8 tekst
canned-front-matter-unknown = faili päis tunneb ainult `language: KOOD`, mitte { $line }
canned-front-matter-unclosed = faili päisel puudub lõpetav `---` rida
config-language-unknown = tix räägib keeli en, ro, ru, zh ja et; { $name } nende hulgas pole
config-token-env-unset = keskkonnamuutuja { $var } (token_env) pole määratud
config-token-readable = { $file } sisaldab luba, kuid teised saavad seda lugeda (õigused { $mode }): käivitage sellel chmod 600 või kasutage token_env või token_cmd
config-oauth-needs-client-id = auth = "oauth" vajab oauth_client_id väärtust
config-auth-unknown = auth { $auth } pole tuntud ("oauth" või "token")
config-client-secret-env-unset = keskkonnamuutuja { $var } (oauth_client_secret_env) pole määratud
config-url-unreadable = url { $url }: { $why }
config-url-insecure = { $url } on krüpteerimata http teise masinasse: kasutage https-i või seadke allow_insecure_http = true
config-url-scheme = aadressi skeemi { $scheme } ei toetata (https või http)
config-keyring-empty = OS-i võtmehoidlas pole nime { $entry } all luba (token_keyring): salvestage see käsuga tix login
config-keyring-unbuilt = token_keyring vajab tixi, mis on ehitatud keyring-funktsiooniga (cargo install --features keyring); kasutage token_env või token_cmd
oauth-redirect-unreadable = oauth_redirect { $url }: { $why }
oauth-redirect-not-loopback = oauth_redirect { $url }: brauseriga sisselogimine kuulab ainult aadressil http://127.0.0.1:PORT/TEE (muude ümbersuunamisaadresside jaoks kasutage --paste)
oauth-cannot-listen = aadressil 127.0.0.1:{ $port } ei saa ümbersuunamist kuulata: { $why }
oauth-listener-failed = kohalik kuulaja ebaõnnestus: { $why }
oauth-browser-timeout = brauser ei vastanud { $minutes } minuti jooksul: käivitage tix login uuesti (või kasutage brauserita masinas --paste)
oauth-page-not-found = See pole tixi sisselogimisleht.
oauth-page-signed-in = tixi sisse logitud. Võite selle vahekaardi sulgeda ja terminali naasta.
oauth-page-failed = tix ei saanud sisse logida: põhjus on terminalis.
oauth-redirect-garbled = loetamatu ümbersuunamine: { $why }
oauth-not-authorized = kasutajatugi ei andnud tixile luba ({ $error })
oauth-not-authorized-because = kasutajatugi ei andnud tixile luba ({ $error }): { $description }
oauth-state-mismatch = ümbersuunamise state ei vasta sellele sisselogimisele (vana vahekaart või võltsitud ümbersuunamine): käivitage tix login uuesti
oauth-no-code = ümbersuunamises pole koodi
oauth-nothing-pasted = midagi ei kleebitud: kleepige aadress, kuhu brauser suunati, või selle kood
oauth-not-a-code = see ei paista olevat kood ega aadress
oauth-no-refresh-token = OAuthi juurdepääsuluba aegus ja värskendusluba pole: käivitage `tix login --profile { $profile }`
oauth-refresh-expired = OAuthi värskendusluba on aegunud: käivitage `tix login --profile { $profile }`
oauth-refresh-refused = OAuthi luba ei õnnestunud värskendada ({ $why }): käivitage `tix login --profile { $profile }`
oauth-token-refused = lubade server keeldus: { $why }
oauth-token-malformed = vigane vastus lubade serverilt: { $why }
oauth-token-type = toetamata loa tüüp { $kind } (oodati bearer)
oauth-store-keyring-unbuilt = token_store = "keyring" vajab tixi, mis on ehitatud keyring-funktsiooniga (cargo install --features keyring); kasutage token_store = "file"
oauth-store-unknown = token_store { $store } pole tuntud ("file" või "keyring")
oauth-store-in-keyring = OS-i võtmehoidla ({ $entry })
oauth-store-readable = { $file } sisaldab OAuthi lubasid, kuid teised saavad seda lugeda (õigused { $mode }): käivitage sellel chmod 600 või kustutage see ja käivitage tix login uuesti
oauth-keyring-failed = OS-i võtmehoidla ({ $entry }): { $why }
oauth-keyring-no-session = OS-i võtmehoidla ({ $entry }): siin pole seansi võtmehoidlat, kuhu kirjutada; kasutage token_store = "file"
oauth-tokens-unreadable = loetamatu (rida { $line }, veerg { $column })
secret-cmd-cannot-run = { $what } käivitamine ebaõnnestus: { $why }
secret-cmd-late = { $what } ei lõppenud { $seconds } s jooksul: see peatati
secret-cmd-failed = { $what } lõppes veaga ({ $status })
secret-cmd-silent = { $what } ei väljastanud midagi
private-entries = { $count ->
    [one] { $n } kirjet
   *[other] { $n } kirjet
}
private-tightened = teised said lugeda { $entries } kaustas { $dir }: õigused piirati 0700 (kaustad) ja 0600 (failid): { $paths }
private-tightened-more = teised said lugeda { $entries } kaustas { $dir }: õigused piirati 0700 (kaustad) ja 0600 (failid): { $paths } ja veel { $more }
business-hours-bad-start = tööaja algus { $start }: { $why }
business-hours-bad-zone = ajavöönd { $zone }: { $why }
