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
queue-none-snoozed = Nothing is snoozed
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
column-wakes = wakes

## Status bar

status-demo = tix · demo helpdesk ({ $backend })
status-profile = tix · { $profile } ({ $backend })
status-connecting = · connecting
status-online = · online
status-offline = · OFFLINE since { $time }
status-selected = · { $n } selected
status-bulk = · bulk { $done } of { $total }
status-undo = · undo { $done } of { $total }
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

## Actions (help, the palette; their names stay English, they are the keymap API)

action-app-quit = Quit tix
action-app-help = Show keys
action-app-palette = Search every action and canned response
action-ticket-goto = Go to a ticket by its number
action-app-refresh = Reload the queue
action-focus-next = Focus the next panel
action-focus-prev = Focus the previous panel
action-list-down = Move down
action-list-up = Move up
action-list-page-down = Move a page down
action-list-page-up = Move a page up
action-list-top = Go to the first item
action-list-bottom = Go to the last item
action-list-open = Open the selected item
action-conversation-more = Read on in a long message shown folded
action-conversation-quoted = Show or fold the quoted earlier mail
action-queue-filter = Filter the queue as you type
action-queue-search = Search the helpdesk (every ticket, solved ones too)
action-queue-views = Pick the view the queue shows
action-queue-next-view = Show the next view
action-queue-prev-view = Show the previous view
action-queue-view = Show view number n (1-9) of the view list
action-ticket-reply = Reply to the customer
action-ticket-note = Write an internal note
action-ticket-canned = Pick a canned response
action-ticket-set-status = Set the status
action-ticket-set-priority = Set the priority
action-ticket-assign = Assign to an agent
action-ticket-take = Assign the ticket to yourself
action-ticket-tags = Add or remove tags (+tag -tag)
action-ticket-reveal = Show or mask this customer's email, phone and card numbers
action-ticket-escalate = Escalate: pick a group or person, write a note, raise priority
action-ticket-attachments = Save or open one of the ticket's attachments
action-ticket-open-web = Open the ticket in the helpdesk's web UI
action-ticket-snooze = Snooze the ticket out of the queue until a time (a snoozed one: wake it now)
action-ticket-unsnooze = Cancel the ticket's snooze: it returns to the queue
action-snooze-helpdesk = In the snooze picker: also set the helpdesk's waiting status, so colleagues see it
action-ticket-workflow = Walk a guided workflow on this ticket (those that fit it first)
action-workflow-next = Done: on to the workflow's next step (after an instruction)
action-workflow-back = Back one step in the workflow
action-workflow-restart = Start the workflow over
action-workflow-stop = Stop the workflow on this ticket (its progress is forgotten)
action-attachment-save = Save the chosen attachment in the download folder
action-attachment-open = Open the chosen attachment (a private copy, with the system's opener)
action-ticket-knowledge = Search the knowledge base (the ticket's suggested articles first)
action-knowledge-insert-link = Put the article's link into the reply, as its own paragraph
action-knowledge-insert-excerpt = Put the paragraph at the top of the article into the reply
action-knowledge-beside = Keep the article open beside the conversation (again: close it)
action-app-metrics = Show or hide today's metrics
action-app-messages = Show the last notices and errors, with their times
action-compose-send = Send the reply or note
action-compose-cancel = Close, keeping the text as a draft
action-compose-editor = Edit the text in $VISUAL or $EDITOR
action-macro-apply = Apply the previewed macro (its fields and comment, one update)
action-macro-edit = Edit the macro's comment first; its field changes go with it on send
action-queue-select = Select the ticket for a bulk change, or leave it out (again)
action-queue-select-range = Select every ticket from the last one selected to this one
action-queue-select-all = Select every ticket shown (filter or search results); again: none
action-ticket-undo = Take back the last field or tag change (one ticket or a bulk one)
action-prompt-accept = Accept (filter, palette, picker)
action-prompt-cancel = Cancel (filter, palette, picker, help)
binding-unbound = unbound

## The customer and canned panels

loading = Loading…
customer-none = No customer
customer-org = org: { $name }
customer-not-loaded = not loaded: { $what }
missing-ticket-count = ticket count
missing-organization = organization
customer-counts = { $count ->
    [one] { $all } ticket in all
   *[other] { $all } tickets in all
} · { $open } open of the last { $recent }
customer-rating = last rating: { $mark } { $score }
tier-vip = VIP
tier-loyal = loyal
tier-standard = standard
tier-new = new
canned-none = { $backend } has no canned responses
canned-no-match = No canned response matches

## The conversation

conversation-loading = Loading the conversation…
conversation-internal-note = internal note
conversation-unassigned = unassigned
conversation-tags = tags: { $tags }
conversation-more = { $size } more
conversation-read-on-key = press { $key } to read on
conversation-read-on-action = { $action } reads on
conversation-show-key = press { $key } to show
conversation-show-action = { $action } shows it
conversation-quoted-lines = { $count ->
    [one] { $n } quoted line
   *[other] { $n } quoted lines
}
size-bytes = { $count ->
    [one] { $n } byte
   *[other] { $n } bytes
}
size-kb = { $n } KB
size-mb = { $n } MB
workflow-line-done = Workflow done: { $title } (its path goes as a note with the reply)
workflow-line-step = Workflow: { $title }, step { $step } ({ $key })
workflow-line-fits = Workflow fits: { $title } ({ $key })
workflow-line-fits-more = Workflow fits: { $title } +{ $more } more ({ $key })
draft-kind-reply = reply
draft-kind-note = note
draft-kind-escalation = escalation
draft-kept = { $kind } draft kept ({ $chars } chars): { $key } to continue

## Alerts

alert-breached = #{ $id } breached its SLA ({ $left })
alert-breaches-in = #{ $id } breaches its SLA in { $left }
alert-near-more = { $n }+ tickets at or near SLA breach (first: #{ $id }, { $left })
alert-near = { $count ->
    [one] { $n } ticket
   *[other] { $n } tickets
} at or near SLA breach (first: #{ $id }, { $left })
alert-arrived = new urgent/VIP: { $list }

## Durations (a few characters: they fill narrow columns)

duration-seconds = { $n }s
duration-minutes = { $n }m
duration-hours = { $n }h
duration-days = { $n }d
clock-ago = { $age } ago

## Collisions (actions)

action-collision-send = Send anyway (or apply the field changes anyway), over what changed
action-collision-edit = Back to the composer with the text, to change it first
action-collision-keep = Keep the text as a draft (field changes: drop them); nothing is sent

## Pickers

picker-selection = { $count ->
    [one] { $n } selected ticket
   *[other] { $n } selected tickets
}

## Groups

action-ticket-set-group = Hand the ticket to a group (team, queue), without a note

## Picker titles and words

picker-status = Status
picker-priority = Priority
picker-assignee = Assign to
picker-group = Hand to group
picker-escalate = Escalate to
picker-views = Views
picker-attachments = Attachments of
picker-now = now
picker-no-match = no match
picker-type-to-filter = type to filter

## Dates (the day and month names of a date)

weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }

## Snooze

snooze-in-hours = { $count ->
    [one] In { $n } hour
   *[other] In { $n } hours
}
snooze-tomorrow-at = Tomorrow at { $time }
snooze-next-monday-at = Next Monday at { $time }
snooze-title = Snooze { $ticket }
snooze-type-a-time = or type a time: 15:30, mon 10:00, 2h
snooze-on-helpdesk = also set it { $status } on the helpdesk, so colleagues see it ({ $key })
snooze-no-waiting-status = the helpdesk's waiting status is not known: tix alone keeps it
snooze-wakes = Wakes { $when }
snooze-keys = { $accept } snoozes · { $cancel } cancels

## Bulk changes and undo

bulk-cleared = Selection of { $tickets } cleared
bulk-already = { $tickets } already so: left out
bulk-gone = { $tickets } selected but no longer in the queue: left out
bulk-nothing = Nothing to change on the selected tickets
bulk-changing = Changing { $tickets }…
bulk-undoing = Undoing { $tickets }…
bulk-done = Bulk change: { $done } of { $tickets } done
bulk-undo-done = Undo: { $done } of { $tickets } done
bulk-waiting = { $count ->
    [one] { $n } waits in the outbox
   *[other] { $n } wait in the outbox
}
# The same for one and many in English; other languages choose by $count.
bulk-failed = { $count ->
   *[other] { $n } failed
}
bulk-which-and-why = { $key }: which and why
bulk-undo-on = Undo on { $tickets }

## Fields (in a change said in words)

field-status = status
field-priority = priority
field-group = group
field-assignee = assignee
notice-setting-field = Setting { $field } of { $ticket } to { $value }…

## The collision prompt

collision-title = Changed: { $ticket }
collision-reply-not-sent = Your reply was not sent. Since you opened the ticket:
collision-note-not-sent = Your note was not sent. Since you opened the ticket:
collision-escalation-not-sent = Your escalation was not sent. Since you opened the ticket:
collision-change-not-applied = The change was not applied. Since you opened the ticket:
collision-keys-text = { $send } send anyway · { $edit } edit · { $keep } keep as draft
collision-keys-text-loading = { $edit } edit · { $keep } keep as draft
collision-keys-fields = { $send } apply anyway · { $keep } drop
collision-keys-fields-loading = { $keep } drop
collision-scroll = scroll

## The composer's title

composer-reply = #{ $ticket } Reply to { $to } via { $via }
composer-reply-unnamed = #{ $ticket } Reply to the customer via { $via }
composer-sms = { $units } { $units_count ->
    [one] char
   *[other] chars
}, { $segments } { $segments_count ->
    [one] segment
   *[other] segments
}
composer-sms-unicode = unicode
composer-escalation-note = #{ $ticket } Escalation note
composer-internal-note = #{ $ticket } Internal note (agents only)
composer-workflow-note = workflow note

## Pop-ups

help-title = Keys: type to search, ↑↓ scroll, esc closes
help-search = search:
context-global = everywhere
context-queue = queue
context-conversation = conversation
context-canned = canned responses
context-customer = customer
context-compose = composer
context-palette = prompts and the palette
context-macro = macro preview
context-attachments = attachments
context-workflow = workflows
context-knowledge = knowledge base
context-snooze = snooze
context-collision = collision
palette-title = Command palette
problems-title = Config problems
problems-rest = The rest loaded; fix the file and restart tix. Any key closes.
attachments-keys = { $save } save · { $open } open
search-title = Search the helpdesk
search-hint = every ticket, solved ones too; enter searches, esc cancels
tags-title = Tags of { $ticket }
tags-hint = +tag adds, -tag removes; enter sets, esc cancels
tags-none = (none)
tags-now = now: { $tags }
messages-title = Messages (any key closes)
metrics-title = Today (any key closes)
metrics-handled = handled today
metrics-replies = replies
metrics-first-response = median first response
metrics-handle-time = average handle time
metrics-fcr = first-contact resolved
metrics-csat = CSAT
key-close = { $key } close
change-none = none
change-nobody = nobody
change-no-group = no group
change-field = { $field } { $from } → { $to }
change-field-to = { $field } → { $to }
field-tags = tags
macro-title = Macro: { $name } · #{ $ticket }
macro-asking = Asking the helpdesk what this macro does…
macro-no-preview = No preview: nothing was changed.
macro-will = This macro will:
macro-add-reply = add public reply:
macro-add-note = add internal note:
macro-nothing = change nothing on this ticket
macro-keys = { $apply } apply · { $edit } edit the comment first · { $cancel } cancel
confirm-title-bulk = Bulk change
confirm-title-undo = Undo
confirm-more = … and { $n } more
confirm-keys-apply = { $accept } apply · { $dismiss } leave all as it is
confirm-keys-undo = { $accept } undo · { $dismiss } leave all as it is
workflows-title = Workflows · #{ $ticket }
workflows-none = No workflows installed (workflows/*.toml in the config dir; tix config init installs examples).
workflows-suggested = Suggested for this ticket:
workflows-other = Other workflows:
workflows-start = 1-{ $n } or a-{ $letter } start
workflow-title = Workflow: { $name } · #{ $ticket }
workflow-step = Step { $n }
workflow-earlier = … { $n } earlier
workflow-answer = 1-{ $n } or a-{ $letter } answer
workflow-key-done = { $key } done
workflow-done = Done: { $outcome }
workflow-reply-ready = The reply is in the composer (or its draft); the path goes with it as a note.
workflow-key-back = { $key } back
workflow-key-restart = { $key } restart
workflow-key-stop = { $key } stop
metrics-per-hour = replies per hour, 00–23
kb-title = Knowledge base
kb-article = Article
kb-loading = Loading the article…
kb-reading-keys = { $link } link · { $excerpt } excerpt · { $beside } beside · { $back } back
kb-list-keys = enter read · ↑↓ choose · esc close
kb-beside-hint = { $open } then { $beside } closes
conversation-no-ticket = No ticket selected
