# tix's interface in English: the fallback for every other catalogue, and the one message ids are
# checked against when tix is built. Values are trimmed by Fluent: spacing around them is the code's.
# Numbers to show come formatted ($loaded, $total, $n); $count is the plural category of that
# number (one, few, many, other: CLDR's, computed by tix), for selectors.

## Counting

tickets = { $count ->
    [one] { $n } ticket
   *[other] { $n } tickets
}

## Panel titles

queue-title = Queue
queue-count = ({ $loaded })
queue-count-of = ({ $loaded } of { $total })
queue-count-more = ({ $loaded }+)
queue-count-filtered = ({ $shown } of { $loaded })
queue-count-filtered-loaded = ({ $shown } of { $loaded } loaded)
queue-open-elsewhere = · open: #{ $id }
queue-loading = Loading the queue…
queue-no-match = No ticket matches the filter
queue-empty = No tickets
conversation-title = Conversation
conversation-title-ticket = Conversation #{ $id }
customer-title = Customer
customer-title-masked = Customer (masked)
customer-title-masked-key = Customer (masked: { $key } reveals)
canned-title = Canned responses

## Queue columns (short: they head narrow columns)

column-id = id
column-status = st
column-priority = pri
column-channel = chan
column-requester = requester
column-subject = subject
column-due = due/age

## Status bar

status-demo = tix · demo helpdesk ({ $backend })
status-profile = tix · { $profile } ({ $backend })
status-connecting = · connecting
status-online = · online
status-offline = · OFFLINE since { $time }
status-outbox = · outbox { $n }
status-cached = · queue as saved { $time }
status-retry = · retry in { $seconds } s
status-api = · API { $remaining }/{ $limit }
status-loading = · loading { $loaded }
status-loading-of = · loading { $loaded } of { $total }
status-log = { $key } log
time-unknown = unknown

## Key hints (a key, then one of these)

hint-help = help
hint-quit = quit
hint-reply = reply
hint-note = note
hint-palette = palette
hint-canned = canned
hint-send = send
hint-keep-draft = keep draft
hint-editor = editor
