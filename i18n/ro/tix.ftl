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
conversation-title = Conversație
conversation-title-ticket = Conversația #{ $id }
customer-title = Client
customer-title-masked = Client (date ascunse)
customer-title-masked-key = Client (date ascunse: { $key } le arată)
canned-title = Răspunsuri predefinite

## Coloanele cozii

column-id = nr.
column-status = st.
column-priority = prio
column-channel = canal
column-requester = solicitant
column-subject = subiect
column-due = termen

## Bara de stare

status-demo = tix · helpdesk demo ({ $backend })
status-profile = tix · { $profile } ({ $backend })
status-connecting = · se conectează
status-online = · conectat
status-offline = · DECONECTAT din { $time }
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
