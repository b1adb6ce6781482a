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

## Olekuriba

status-demo = tix · demo-kasutajatugi ({ $backend })
status-profile = tix · { $profile } ({ $backend })
status-connecting = · ühendan
status-online = · võrgus
status-offline = · VÕRGUÜHENDUSETA alates { $time }
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
