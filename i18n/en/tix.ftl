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
queue-empty-views = No tickets in this view · { $key } other views
queue-none-snoozed = Nothing is snoozed
conversation-title = Conversation
conversation-title-ticket = Conversation #{ $id }
customer-title = Customer
customer-title-masked = Customer (masked)
customer-title-masked-key = Customer (masked: { $key } reveals)
canned-title = Canned responses
canned-on-demand = Low-bandwidth mode: loaded when you first open this panel.

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
status-demo-short = tix · demo
status-profile-short = tix · { $profile }
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
} · { $open } open
customer-counts-total = { $count ->
    [one] { $all } ticket in all
   *[other] { $all } tickets in all
}
customer-list-on-focus = ▸ listed when focused ({ $key })
customer-more-below = ↓ { $n } more
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

## The command line's --help: clap's own words, then each command's and argument's help, by
## the command's path and the argument's id (src/cli_lang.rs). English is the doc comments of
## src/cli*.rs word for word: a test compares them.

cli-help-heading-usage = Usage:
cli-help-heading-commands = Commands
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-flag-help = Print help
cli-help-flag-help-more = Print help (see more with '--help')
cli-help-flag-help-summary = Print help (see a summary with '-h')
cli-help-flag-version = Print version
cli-help-subcommand-help = Print this message or the help of the given subcommand(s)

cli-help-tix = A fast, keyboard-driven terminal workspace for customer-support agents
cli-help-tix-after = With no configuration, tix runs on an embedded demo helpdesk.
    Config: $TIX_CONFIG_DIR/config.toml (default: the XDG config dir, e.g. ~/.config/tix/config.toml).
cli-help-tix--demo = Use the embedded demo helpdesk, whatever the configuration says
cli-help-tix--profile = Use this profile from config.toml
cli-help-tix--tickets = Tickets in the embedded demo helpdesk (up to 200000)
cli-help-tix--seed = Seed of the embedded demo helpdesk's data
cli-help-tix--second_agent = The embedded demo helpdesk gets a second agent: now and then the ticket you have open gets a customer's follow-up or a colleague's reply, status change or take-over, so you can see tix catch a collision
cli-help-tix--low_bandwidth = Low-bandwidth mode: fewer bytes to the terminal (see README)
cli-help-tix--plain = Plain mode for screen readers and braille: lines, no panels (see README)
cli-help-ls = List a view's tickets, in the queue's order
cli-help-ls--view = The view's name (default: the first view, as in the TUI)
cli-help-ls--limit = Only the first N tickets of the queue (on a helpdesk that orders its views by SLA breach, only those are fetched)
cli-help-ls--json = Print JSON
cli-help-show = Show a ticket with its conversation and customer
cli-help-show--json = Print JSON (each message's whole body)
cli-help-show--quoted = Print quoted history (earlier mail quoted in a message) whole instead of one line
cli-help-reply = Send standard input as a public reply (or, with --note, an internal note); with --macro, apply a Zendesk macro instead (its fields and comment), or only show it with --preview
cli-help-reply--macro_id = A macro's id: preview it on this ticket and apply it as one update
cli-help-reply--preview = With --macro: print what the macro would do and change nothing
cli-help-doctor = Check the setup: config, DNS, connection, TLS, OAuth tokens, authentication, a sample request
cli-help-login = Sign in with OAuth (profiles with oauth_client_id): approve tix in a browser
cli-help-login-long = Sign in with OAuth (profiles with oauth_client_id or auth = "oauth").

    By default tix listens on 127.0.0.1 (a free port, or the port of the profile's oauth_redirect), opens the helpdesk's approval page in your browser and catches the redirect back. The tokens are saved in DATA_DIR/oauth/PROFILE.json (mode 0600) or the OS keyring (token_store = "keyring"), refreshed automatically, and never printed.

    On a machine without a browser (an SSH session), use --paste: tix prints the approval URL; open it in a browser anywhere and approve. The browser is then sent to the redirect URL (the profile's oauth_redirect, default http://127.0.0.1/callback), which on your own computer will most likely fail to load: that is expected. Copy the whole address from the address bar (or only the value of its code= parameter) and paste it into tix. The code is good for a couple of minutes and only together with this login's PKCE verifier, which never leaves the machine running tix.

    The redirect URL must be registered with the OAuth client (Zendesk: Admin Center > Apps and integrations > APIs > OAuth clients > Redirect URLs).

    For a token profile with token_keyring (built with the keyring feature), tix login instead reads the API token from standard input and stores it in the OS keyring.
cli-help-login--paste = Print the URL and read the redirected URL (or its code) from standard input: for SSH sessions and machines without a browser
cli-help-logout = Sign out of an OAuth profile: revoke the access token at the helpdesk and remove the saved tokens
cli-help-stats = Today's metrics: handled tickets, first response, handle time, first-contact resolution, CSAT
cli-help-stats--day = Another day (YYYY-MM-DD)
cli-help-keymap = Show or check keymaps
cli-help-keymap-show = Print the effective bindings: CONTEXT<TAB>KEYS<TAB>ACTION
cli-help-keymap-check = Validate a keymap file: FILE:LINE:COL: message; exit 1 on errors
cli-help-theme = Check a theme file
cli-help-theme-check = Validate a theme file: FILE:LINE:COL: message; exit 1 on errors
cli-help-workflow = Check or list guided workflows (workflows/*.toml in the config dir)
cli-help-workflow-check = Validate a workflow file: FILE:LINE:COL: message; exit 1 on errors. Canned responses, statuses and groups are checked against the helpdesk's (and the canned/ files) when it answers
cli-help-workflow-list = List the installed workflows: NAME<TAB>TITLE<TAB>WHEN IT APPLIES
cli-help-completions = Print a shell completion script, generated from this command line
cli-help-completions-long = Print a shell completion script, generated from this command line.

    bash: tix completions bash > ~/.local/share/bash-completion/completions/tix
    zsh:  tix completions zsh > ~/.zfunc/_tix (with fpath+=~/.zfunc before compinit in ~/.zshrc)
    fish: tix completions fish > ~/.config/fish/completions/tix.fish
cli-help-man = Print the man page (roff), generated from this command line; with --dir, write tix.1 and a page per subcommand (tix-reply.1, ...) there
cli-help-config = Write a configuration file
cli-help-config-init = Write config.toml in the config dir: every setting with its default, commented out
cli-help-config-init--force = Replace an existing config.toml
cli-help-demo-server = Run the demo helpdesk (Zendesk API v2 dialect) on its own
cli-help-demo-server--addr = Address to bind (loopback only unless you mean it)
cli-help-demo-server--token = Require this token (Bearer, or basic auth as email/token:TOKEN)
cli-help-demo-server--oauth_expires_in = Require OAuth: Bearer access tokens issued by its /oauth/tokens, each valid SECS seconds (the approval page approves at once)
cli-help-demo-server--fail_rate = Fail this share of requests (0-1): 500, 503 with Retry-After, truncated or bad JSON
cli-help-demo-server--slow_ms = Stall the failing share of requests (all, when --fail-rate is 0) this long
cli-help-demo-server--latency_ms = A poor link: delay added to every response
cli-help-demo-server--kbps = A poor link: throughput cap in kbit/s (0: none)
cli-help-demo-server--drop_rate = A poor link: drop this share of connections (0-1)
cli-help-demo-server--hostile = Put hostile text (escape sequences, bidi, zero-width, huge bodies) in some tickets
cli-help-demo-server--anchor = The moment the generated data is anchored at (RFC 3339; default: now). A server restarted with the same anchor and seed holds the same tickets, with the same times, as a helpdesk coming back after an outage does (for tests)
cli-help-views = List the profile's views: ID, ticket count (where the helpdesk tells it cheaply), name
cli-help-search = Search tickets with the helpdesk's own search (solved ones included), listed like `ls`
cli-help-search--query = The search, in the helpdesk's own syntax (several words are one search)
cli-help-status = Set a ticket's status: the helpdesk's own word or label (RT: stalled, resolved; a custom status by name), or a kind (new, open, pending, hold, solved, closed)
cli-help-assign = Assign a ticket to an agent (name or email), to `me`, or to no one (`none`)
cli-help-tag = Add (+TAG) and remove (-TAG) a ticket's tags
cli-help-tag--changes = +TAG adds a tag, -TAG removes one
cli-help-open = Open the ticket in the helpdesk's web UI ($BROWSER, else the system's opener)
cli-help-attachment = Save attachment N of a ticket (numbered as `tix show` lists them) in the download folder; prints the file's path. An existing file is never overwritten
cli-help-attachment--n = Its number in `tix show ID` (1 is the first)
cli-help-attachment--out = The folder (default: download_dir in config.toml, else the XDG download dir)
cli-help-kb = The knowledge base: search it, show an article (the helpdesk's and knowledge/ in the config dir)
cli-help-kb-search = Search the knowledge base (the helpdesk's and knowledge/ in the config dir): ID, section, title, best first
cli-help-kb-show = Show an article as text (links numbered, images as their alt text)
cli-help-bulk = Change many tickets at once: status, priority, assignee, tags (ids as arguments or on standard input); a report per ticket. Exit 0: all changed; 1: some not (a colleague's change in between, a refusal); 2: bad arguments
cli-help-bulk--ids = Ticket ids; none, or `-`, reads them from standard input (one per line or separated by spaces)
cli-help-bulk--status = The status to set (the helpdesk's word or label, or a kind such as pending)
cli-help-bulk--priority = The priority to set (the helpdesk's word or label)
cli-help-bulk--assignee = The agent to assign (name or email), `me`, or `none`
cli-help-bulk--tags = +TAG adds a tag, -TAG removes one (several may follow one --tag)
cli-help-bulk--dry_run = Say what would change on each ticket, and change nothing
cli-help-bulk--json = Print the report as JSON: one object per ticket
cli-help-bulk--no_check = Write even over a change someone made since tix read the ticket (no updated_at check); on Zendesk the same change then goes 100 tickets a request (update_many)

## The command line's own lines: reports, confirmations, errors (src/cli*.rs, src/commands/).
## Quoted names ($name, $arg, $who, $value, $change) come quoted from the code.

cli-none = none
cli-errors-found = errors found
cli-no-demo = this tix was built without the embedded demo helpdesk (feature `demo`): name a profile with --profile, or write one with `tix config init`
cli-no-profile = no profile { $name } in { $file } (profiles: { $profiles })
cli-profile-problem = profile { $name }: { $problem }
cli-password-env-unset = the environment variable { $var } (password_env) is not set
cli-rt-needs-credentials = RT needs token_env, or user and password_env
cli-needs-token = { $backend } needs a token (token_env, token_cmd or token)
cli-bad-ticket-id = bad ticket id { $arg }: a ticket id is a number, such as 1001
cli-bad-macro-id = bad macro id { $arg }: a macro id is a number, such as 1001
cli-cannot-tighten = could not tighten the modes in { $dir }: { $why }
cli-wrote = wrote { $path }
cli-outbox-unwritable = could not write the outbox: { $why }
cli-not-delivered = not delivered: { $why }
cli-fate-unknown = not known whether #{ $id } has it ({ $why }); it waits in the outbox, and the next start of tix checks the ticket before sending it: do not send it again
cli-demo-changes-last = this was the embedded demo helpdesk; its changes last for this run only
cli-no-view = no view { $name } (views: { $views })
cli-show-status = status: { $status } · priority: { $priority } · channel: { $channel }
cli-show-assignee = assignee: { $assignee } · group: { $group } · tags: { $tags }
cli-show-times = created: { $created } · updated: { $updated }
cli-tickets-unknown = ? tickets
cli-show-customer = customer: { $name } <{ $email }> { $organization } [{ $tier }] · { $tickets }
cli-show-not-loaded = not loaded: { $what }
cli-show-internal-note = internal note
cli-show-quoted-folded = { $what } (--quoted prints it)
cli-show-attachment = attachment { $n }
cli-no-macros = { $backend } has no macros to apply; pipe the text to `tix reply` instead
cli-macro-will = Macro { $macro_id } on #{ $ticket } will:
cli-macro-adds-reply = add public reply
cli-macro-adds-note = add internal note
cli-macro-preview-only = preview only: nothing was changed
cli-macro-updated = #{ $ticket } updated: { $status }
cli-metrics-unwritable = could not record the reply in today's numbers: { $why }
cli-nothing-to-send = nothing to send: the reply is read from standard input
cli-replied = replied to #{ $ticket } ({ $status })
cli-noted = note added to #{ $ticket } ({ $status })
cli-replied-already-there = replied to #{ $ticket } (its answer was lost; the ticket shows it arrived)
cli-noted-already-there = note added to #{ $ticket } (its answer was lost; the ticket shows it arrived)
cli-nothing-to-search = nothing to search for
cli-no-status-given = no status given
cli-assign-to-whom = assign to whom? an agent's name or email, me, or none
cli-no-attachments = #{ $ticket } has no attachments
cli-attachments-numbered = { $count ->
    [one] #{ $ticket } has { $n } attachment, numbered from 1 in tix show { $ticket }
   *[other] #{ $ticket } has { $n } attachments, numbered from 1 in tix show { $ticket }
}
cli-no-download-dir = no download folder known: set download_dir in config.toml, or give --out DIR
cli-no-search = { $backend } has no search that tix can use
cli-changed-status = #{ $ticket } { $subject }: status { $from } → { $to }
cli-changed-assignee = #{ $ticket } { $subject }: assignee { $from } → { $to }
cli-changed-tags = #{ $ticket } { $subject }: tags { $from } → { $to }
cli-tags-unchanged = #{ $ticket } { $subject }: tags { $tags } (unchanged)
cli-no-such-status = { $backend } has no status { $value } (statuses: { $statuses })
cli-no-agent-matches = no agent matches { $who } (agents: { $agents }; or me, or none)
cli-several-agents-match = { $who } matches several agents: { $agents }
cli-its-assignee-is = its assignee is { $assignee }
cli-its-tags-are = its tags are { $tags } ({ $backend } may keep no tags)
cli-written-not-changed = #{ $ticket } was written but not changed: { $now }
cli-bad-tag-change-sign = bad tag change { $change }: +TAG adds a tag, -TAG removes one
cli-bad-tag-change-hyphen = bad tag change { $change }: no tag starts with -; put --tag after the other options
cli-bad-tag-change-word = bad tag change { $change }: a tag is one word
cli-open-it-yourself = { $why }: open the address above yourself

## tix doctor: each step's name, then what it found

doctor-step-config = config
doctor-step-profile = profile
doctor-step-transport = transport
doctor-step-oauth-tokens = OAuth tokens
doctor-step-dns = DNS
doctor-step-connect = connect
doctor-step-url = url
doctor-step-credentials = credentials
doctor-step-helpdesk = helpdesk
doctor-step-authentication = authentication
doctor-step-oauth-refresh = OAuth refresh
doctor-step-sample-request = sample request
doctor-config-fix = { $why } — fix the file, then run tix doctor again
doctor-no-profile = no profile { $name } in config.toml
doctor-dns-ok = { $host } is { $ip }
doctor-dns-none = { $host } has no address
doctor-dns-failed = { $host }: { $why } — check the url in the profile
doctor-connect-refused = { $addr }: { $why } — is the server up, and the port right?
doctor-connect-silent = { $addr }: no answer in 5 s — a firewall or a wrong address?
doctor-server-answered = the server answered HTTP { $status }
doctor-demo = the embedded demo (no profile configured or --demo)
doctor-signed-in = signed in as { $name }
doctor-token-refused = { $why } — the token was refused: check token_env/token_cmd and the email
doctor-refreshed = refreshed and saved; access token { $expiry }
doctor-views = { $count ->
    [one] { $n } view, first: { $first }
   *[other] { $n } views, first: { $first }
}
doctor-rate-limit = API rate limit: { $budget }
doctor-rate-left = { $left } of { $limit } left
doctor-rate-resets = , resets in { $secs } s
doctor-rate-low = (low: background requests are spaced out)
doctor-rate-unknown = not reported by this helpdesk
doctor-yes = yes
doctor-no = no
doctor-capabilities = capabilities of { $backend }: views { $views }, canned responses { $canned }, organizations { $organizations }, SLA { $sla }, search { $search }, groups { $groups }, tag list { $tag_list }, changes since { $changes_since }, macro preview { $macro_preview }, attachments { $attachments }, web pages { $web_pages }

## Plain mode (src/plain/words.rs): whole sentences, heard and read in braille. The commands
## typed (list, next, open, reply, note, status, priority, assign, canned, view, search,
## refresh, quiet, news, help, quit) stay English in every language. $kind is reply, note or
## escalation; $field status, priority or assignee; $what also agent, canned or view.

plain-span-less-than-a-minute = less than a minute
plain-span = { $unit ->
    [minute] { $count ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
    [hour] { $count ->
        [one] { $n } hour
       *[other] { $n } hours
    }
   *[day] { $count ->
        [one] { $n } day
       *[other] { $n } days
    }
}
plain-priority = priority { $label }
plain-breached = breached { $ago } ago
plain-breaches-in = breaches in { $left }
plain-updated-ago = updated { $ago } ago
plain-customer-tier = { $tier } customer
plain-no-subject = no subject
plain-no-requester = no requester
plain-selected = selected
plain-ticket-heading = { $count ->
    [one] Ticket { $id }, { $n } message
   *[other] Ticket { $id }, { $n } messages
}
plain-ticket-loading-failed = Ticket { $id }: its conversation could not be read: { $why }
plain-message-heading-public = Message { $n } of { $of }, public, { $ago } ago, from:
plain-message-heading-note = Message { $n } of { $of }, internal note, { $ago } ago, from:
plain-unknown-author = an unknown author
plain-attachments = { $count ->
    [one] { $n } attachment.
   *[other] { $n } attachments.
}
plain-end-of-ticket = End of ticket { $id }.
plain-queue-heading = Queue { $view }, tickets { $first } to { $last } of { $of }.
plain-queue-empty = Queue { $view } has no tickets.
plain-or-more = { $n } or more
plain-next-page = Type list { $page } for the next tickets.
plain-no-such-page = { $count ->
    [one] Error: only { $n } ticket is loaded. Type list for the first ones.
   *[other] Error: only { $n } tickets are loaded. Type list for the first ones.
}
plain-no-view = no view
plain-loading-the-queue = Loading the queue.
plain-loading = Loading { $view }.
plain-loaded = { $count ->
    [one] Loaded { $n } ticket of { $view }.
   *[other] Loaded { $n } tickets of { $view }.
}
plain-last-ticket = That is the last ticket loaded; type list to see the queue.
plain-first-ticket = That is the first ticket of the queue.
plain-no-ticket-open = Error: no ticket is open. Type next, or open and a number.
plain-queue-empty-now = Error: the queue has no tickets yet. Type refresh, or wait.
plain-unknown-command = Error: { $word } is not a command. Type help for the commands.
plain-list-needs-page = Error: list needs a page number, for example: list 1475.
plain-open-needs-ticket = Error: open needs a ticket number, for example: open 1475.
plain-search-needs-text = Error: search needs words to look for, for example: search refund.
plain-welcome = tix plain mode, on { $helpdesk }. Type help for the commands, list for the queue.
plain-the-demo = the demo helpdesk
plain-profile = profile { $name }
plain-compose-start = { $kind ->
    [reply] Write the reply to { $ticket }. End it with a line holding only a full stop. Your lines are kept as a draft as you type.
    [escalation] Write the escalation to { $ticket }. End it with a line holding only a full stop. Your lines are kept as a draft as you type.
   *[note] Write the note to { $ticket }. End it with a line holding only a full stop. Your lines are kept as a draft as you type.
}
plain-draft-so-far = { $kind ->
    [reply] The reply draft of { $ticket } so far; the lines you type go after it:
    [escalation] The escalation draft of { $ticket } so far; the lines you type go after it:
   *[note] The note draft of { $ticket } so far; the lines you type go after it:
}
plain-draft-reads = { $kind ->
    [reply] The reply to { $ticket } reads:
    [escalation] The escalation to { $ticket } reads:
   *[note] The note to { $ticket } reads:
}
plain-editor-opening = { $kind ->
    [reply] Opening your editor on the reply to { $ticket }.
    [escalation] Opening your editor on the escalation to { $ticket }.
   *[note] Opening your editor on the note to { $ticket }.
}
plain-nothing-written = Nothing written; no draft is kept.
plain-send-question = { $kind ->
    [reply] Send the reply to { $ticket }?
    [escalation] Send the escalation to { $ticket }?
   *[note] Send the note to { $ticket }?
}
plain-choice-send = send
plain-choice-write-more = write more
plain-choice-keep-draft = keep as a draft
plain-choice-discard = discard
plain-status-question = Status of { $ticket }?
plain-priority-question = Priority of { $ticket }?
plain-assign-question = Assign { $ticket } to?
plain-canned-question = Canned response for the reply to { $ticket }?
plain-view-question = Which view?
plain-me = me
plain-none = none
plain-no-canned = Error: no canned responses are loaded yet. Try again in a moment.
plain-no-views = Error: no views are loaded yet. Try again in a moment.
plain-keep = keep { $what }
plain-unassigned = unassigned
plain-choices = { $question } { $options }; default: { $default }. Type a number, or press Enter for the default.
plain-not-a-choice = Error: { $answer } is not one of the choices. Type a number from 1 to { $last }, or press Enter to { $default }.
plain-unchanged = { $field ->
    [status] The status of { $ticket } stays as it was.
    [priority] The priority of { $ticket } stays as it was.
   *[assignee] The assignee of { $ticket } stays as it was.
}
plain-no-word = { $what ->
    [status] Error: there is no status { $word } here. The status words are: { $valid }.
    [priority] Error: there is no priority { $word } here. The priority words are: { $valid }.
    [agent] Error: there is no agent { $word } here. The agent words are: { $valid }.
    [canned] Error: there is no canned response { $word } here. The canned response words are: { $valid }.
    [view] Error: there is no view { $word } here. The view words are: { $valid }.
   *[assignee] Error: there is no assignee { $word } here. The assignee words are: { $valid }.
}
plain-more = { $shown } of { $total } lines. Press Enter for more, or q to stop.
plain-stopped = { $count ->
    [one] Stopped; { $n } line not shown.
   *[other] Stopped; { $n } lines not shown.
}
plain-held = { $count ->
    [one] While you were busy, { $n } announcement came:
   *[other] While you were busy, { $n } announcements came:
}
plain-quiet = Quiet: announcements wait until your next command.
plain-more-events = { $count ->
    [one] { $n } more announcement came; type news to hear it.
   *[other] { $n } more announcements came; type news to hear them.
}
plain-no-news = No announcements yet.
plain-delivered-reply = A reply to { $ticket } was delivered from the outbox.
plain-delivered-note = A note on { $ticket } was delivered from the outbox.
plain-delivered-changes = Changes to { $ticket } were delivered from the outbox.
plain-deadline-alert = Deadline alert: { $record }
plain-arrived = New urgent or VIP ticket: { $record }
# One line each, as they are said.
plain-help =
    Commands:
    list, or list and a page number: the queue, one ticket a line.
    next and prev: open the next or the previous ticket of the queue.
    open and a number: open that ticket, for example open 1475.
    show: the open ticket again.
    reply: write a reply to the open ticket.
    note: write an internal note on the open ticket.
    status, priority, assign: change the open ticket; a word after it sets it at once, for example status pending.
    canned: put a canned response into the reply.
    view: list the views and switch to one.
    search and words: search the helpdesk, for example search refund.
    refresh: load the queue again.
    quiet: hold announcements until your next command.
    news: the announcements of this session.
    help, or a question mark: this list.
    quit: leave tix; drafts are kept.
plain-waiting-for-writes = { $count ->
    [one] Waiting for { $n } write to reach the helpdesk; it is in the outbox either way.
   *[other] Waiting for { $n } writes to reach the helpdesk; they are in the outbox either way.
}
plain-not-known-yet = { $what ->
    [status] Error: the helpdesk's status list is not loaded yet. Try again in a moment.
    [priority] Error: the helpdesk's priority list is not loaded yet. Try again in a moment.
   *[agent] Error: the helpdesk's agent list is not loaded yet. Try again in a moment.
}
plain-by-number = type the command alone for the numbered list
plain-canned-default = insert none
plain-no-answer = Error: the helpdesk has not answered in time; reading the next command.
plain-warning-at = Warning in { $file }, line { $line }, column { $col }: { $message }
plain-error-at = Error in { $file }, line { $line }, column { $col }: { $message }

## Notices from update (the status bar, the message log). $kind is reply, note or escalation;
## $ticket is the ticket as the queue names it (#1001 Refund…).

notice-collided-text = { $kind ->
    [reply] { $ticket } changed since you opened it ({ $why }): your reply was not sent
    [escalation] { $ticket } changed since you opened it ({ $why }): your escalation was not sent
   *[note] { $ticket } changed since you opened it ({ $why }): your note was not sent
}
notice-collided-change = { $ticket } changed since you opened it ({ $why }): the change was not applied
notice-collision-still-reading = Still reading what changed: send anyway waits for it
notice-sending-anyway = { $kind ->
    [reply] Sending your reply to { $ticket } anyway…
    [escalation] Sending your escalation to { $ticket } anyway…
   *[note] Sending your note to { $ticket } anyway…
}
notice-applying-anyway = Applying the change to { $ticket } anyway…
notice-kept-as-draft-open = { $kind ->
    [reply] Your reply is kept as the draft of { $ticket }: open it to edit
    [escalation] Your escalation is kept as the draft of { $ticket }: open it to edit
   *[note] Your note is kept as the draft of { $ticket }: open it to edit
}
notice-editing = { $kind ->
    [reply] Editing your reply to { $ticket }
    [escalation] Editing your escalation to { $ticket }
   *[note] Editing your note to { $ticket }
}
notice-not-sent-kept = { $kind ->
    [reply] Not sent: your reply is kept as the draft of { $ticket }
    [escalation] Not sent: your escalation is kept as the draft of { $ticket }
   *[note] Not sent: your note is kept as the draft of { $ticket }
}
notice-not-applied-dropped = Not applied: the change to { $ticket } is dropped

## What the collision prompt lists as changed (the values in the helpdesk's words)

changed-status = status { $from } → { $to }
changed-priority = priority { $from } → { $to }
changed-none = none
changed-taken-by = taken by { $name }
changed-unassigned = unassigned (was { $name })
changed-group = moved to { $group }
changed-tags = tags { $tags }
collision-reading = Reading what changed…
collision-unreadable = What changed could not be read: { $why }
collision-changed-unseen = changed (nothing tix shows: a field it does not list)
collision-someone = someone
collision-wrote = { $who } wrote at { $at }:
collision-noted = { $who } noted at { $at }:
collision-best-effort = (this helpdesk has no check of its own: tix read the ticket just before writing)
notice-no-ticket = No ticket selected
notice-statuses-unknown = Statuses are not known yet: try again in a moment
notice-refreshing = Refreshing…
notice-escalating = Escalating to { $target }: a note is required
notice-no-such-status = No status { $word } here: { $valid }
notice-no-such-priority = No priority { $word } here: { $valid }
notice-editor-unchanged = Editor closed without changes
notice-editor-text-in-composer = Text from the editor is in the composer for { $ticket }
notice-editor-text-kept = { $kind ->
    [reply] Text from the editor kept as the reply draft of { $ticket }
    [escalation] Text from the editor kept as the escalation draft of { $ticket }
   *[note] Text from the editor kept as the note draft of { $ticket }
}
notice-macro-not-applied-to = Macro not applied to { $ticket }
notice-draft-kept = { $kind ->
    [reply] Reply draft kept for { $ticket }
    [escalation] Escalation draft kept for { $ticket }
   *[note] Note draft kept for { $ticket }
}
notice-nothing-to-send = Nothing to send
notice-sending = { $kind ->
    [reply] Sending reply to { $ticket }…
   *[note] Sending note to { $ticket }…
}
notice-write-waits = { $ticket }: { $why }; the write waits in the outbox and goes out by itself
notice-not-sent-back-in-draft = { $ticket }: { $why }; not sent: your text is back in the draft (r to review)
notice-updated = { $ticket } updated
notice-not-updated-kept = { $ticket } not updated ({ $why }); your text is kept as a draft
notice-opening-ticket = Opening #{ $ticket }…
notice-view = View: { $view }
notice-could-not-open-ticket = Could not open #{ $ticket }: { $why }
notice-no-view-named = No view named “{ $view }”: showing the first
notice-no-views = This helpdesk has no views
notice-showing-saved = { $why }; showing what was saved
notice-no-search = This helpdesk offers no search here
notice-searching = Searching the helpdesk for “{ $query }”…
notice-search-found = { $n } found; Esc goes back to the view
notice-search-failed = Search failed: { $why }
notice-no-such-view = No such view
notice-me-unknown = Not known yet who you are: try again in a moment
notice-privacy-off = Privacy mode is off (privacy = false in config.toml)
notice-unchanged-value = Unchanged: that is the value now
notice-tags-unchanged = Tags of { $ticket } unchanged
notice-setting-tags = Setting the tags of { $ticket } to { $tags }…
notice-macro-not-applied = Macro “{ $title }” not applied
notice-applying-macro = Applying macro “{ $title }” to { $ticket }…
notice-selection-moved = The selection moved: macro not applied
notice-views-unknown = No views known yet
notice-groups-unknown = No groups known: this helpdesk has none, or they are not loaded yet
notice-agents-unknown = No agents or groups known yet
notice-not-snoozed = { $ticket } is not snoozed
notice-waiting-status-unknown = This helpdesk's waiting status is not known
notice-snoozed-on-helpdesk = Snoozed { $ticket } until { $when }; setting it { $status } on the helpdesk…
notice-snoozed = Snoozed { $ticket } until { $when }
notice-snooze-cancelled-status-kept = Snooze cancelled: { $ticket } is back (its status on the helpdesk is left as it is)
notice-snooze-cancelled = Snooze cancelled: { $ticket } is back
notice-workflow-first-step = Already at the first step
notice-workflow-stopped = Workflow stopped
notice-workflow-gone = Workflow { $name } is no longer installed
notice-workflow-changed = { $title } changed since: started over
notice-workflow-reply-ready = { $title }: the reply for { $ticket } is in the composer (review, then send; the path goes with it as a note)
notice-could-not-open = Could not open it: { $why }
notice-canned-failed-own = the helpdesk's canned responses: { $why }; showing your own
notice-draft-discarded = Draft discarded for { $ticket }
notice-no-attachments-here = tix cannot fetch { $backend } attachments
notice-conversation-not-loaded = { $ticket }: the conversation is not loaded yet
notice-ticket-no-attachments = { $ticket } has no attachments
notice-attachment-gone = That attachment is no longer in the conversation
notice-no-web-address = tix does not know the web address of { $backend } tickets
notice-opening-web = Opening { $ticket } in the web UI…
notice-downloading-to-open = Downloading { $name } of { $ticket } to open…
notice-downloading-to-save = Downloading { $name } of { $ticket } to save…
notice-opening-file = Opening { $name } ({ $path })
notice-saved-file = Saved { $name } as { $path }
notice-not-downloaded = { $name } of { $ticket } not downloaded: { $why }
notice-no-more-matches = No more matches among the { $loaded } loaded: S searches the helpdesk
notice-nothing-changed = Nothing changed
notice-nothing-to-undo = Nothing to undo
notice-no-canned-response = No canned response { $id }

cli-bulk-no-ids = no ticket ids: give them as arguments or on standard input
cli-no-such-priority = { $backend } has no priority { $value } (priorities: { $priorities })
cli-bulk-assignee-empty = --assignee: an agent's name or email, me, or none
cli-bulk-nothing-to-change = nothing to change: give --status, --priority, --assignee or --tag
cli-bulk-fate-unknown = some writes wait in the outbox, their fate unknown: do not send them again
cli-bulk-not-changed = { $count ->
    [one] { $failed } of { $n } ticket not changed
   *[other] { $failed } of { $n } tickets not changed
}
cli-kb-which-article = which article? give its id

## The workspace's end and the runner's notices (src/workspace.rs farewell, src/app/effects.rs,
## src/app/outbox_worker.rs, src/app/editor.rs). $kind is reply, note or escalation; $why the system's reason

farewell-draft-kept = tix: { $kind ->
    [note] a note draft
    [escalation] an escalation draft
   *[reply] a reply draft
} is kept for { $ticket }
runner-outbox-unwritable = could not write the outbox: { $why }
runner-metrics-unrecorded = could not record metrics: { $why }
runner-notify-exited = notify_cmd { $program } exited with { $status }
runner-notify-failed = notify_cmd { $program }: { $why }
runner-draft-unsaved = could not save a draft: { $why }
runner-draft-unremoved = could not remove a draft: { $why }
runner-no-download-dir = no download folder known: set download_dir in config.toml
runner-view-unkept = could not keep the view: { $why }
runner-snoozes-unkept = could not keep the snoozes: { $why }
runner-walk-unkept = could not keep the workflow's step: { $why }
runner-queue-unsaved = could not save the queue: { $why }
editor-unwritable = could not write { $path }: { $why }
editor-unreadable = could not read back { $path }: { $why }
editor-exited = { $editor } exited with { $status }; the text is unchanged
editor-not-started = could not start the editor { $editor } ({ $why }): set $VISUAL or $EDITOR

## Starting the workspace, and the demo helpdesk served on its own (src/commands/tui.rs)

cli-time-zone-unknown = time_zone { $name }: { $why }
cli-business-hours-bad = [sla.business_hours]: { $why }
cli-snoozes-unreadable = could not read the snoozes: { $why }
cli-sent-draft-unremoved = could not remove a sent draft: { $why }
demo-serving = tix demo helpdesk (Zendesk API v2 dialect) with { $tickets }; Ctrl-C stops it
demo-second-agent = a second agent writes to the ticket read last, every { $secs } s
demo-served = served { $requests }: { $bytes_in } bytes in, { $bytes_out } bytes out
requests = { $count ->
    [one] { $n } request
   *[other] { $n } requests
}

## Signing in and out (src/commands/auth.rs), tix stats, doctor's verdicts (src/commands/tools.rs,
## src/commands/doctor.rs). $time is a duration as durations are written (1h 5m)

doctor-ok = OK
doctor-fail = FAIL
expiry-in = expires in { $time }
expiry-ago = expired { $time } ago
expiry-none = no expiry given
auth-oauth-zendesk-only = OAuth sign-in is implemented for Zendesk profiles only, not { $backend }
auth-needs-client-id = OAuth needs oauth_client_id
auth-no-tokens-yet = profile { $name } signs in with OAuth and has no tokens yet: run `tix login --profile { $name }`
auth-demo-needs-none = the embedded demo needs no { $verb }: name a profile with --profile
auth-needs-profile = tix { $verb } needs a profile: --profile NAME, or default_profile in config.toml
auth-no-such-profile = no profile { $name } in { $file }
auth-not-oauth-logout = it does not sign in with OAuth: nothing to sign out of
auth-not-oauth-login = it does not sign in with OAuth: set oauth_client_id (see the README), or keep using token_env, token_cmd or token_keyring
auth-not-signed-in = not signed in to { $name }: no tokens in { $store }
auth-revoked = revoked the access token at the helpdesk
auth-not-revoked = could not revoke the access token at the helpdesk ({ $why }); it { $expiry }
auth-signed-out = signed out of { $name }: tokens removed from { $store }
auth-open-url-anywhere = Open this URL in a browser on any machine and approve tix:
auth-paste-instructions = The browser is then sent to { $redirect }, which will likely fail to load: that is expected.
    Copy the whole address from the browser's address bar (or only its code= value),
    paste it here and press Enter:
auth-approve-in-browser = Approve tix in your browser. If it does not open, visit this URL:
auth-no-browser = (no browser here? on a remote machine, run tix login --paste --profile { $name })
auth-waiting = Waiting for the browser (up to { $minutes } minutes; Ctrl-C stops)...
auth-tokens-unsaved = could not save the tokens: { $why }
auth-signed-in = signed in to { $name }: access token { $expiry }, kept in { $store }
auth-paste-token = Paste the API token of profile { $name } and press Enter (it goes to the OS keyring as { $entry }):
auth-no-token-given = no token was given
auth-token-stored = token of { $name } stored in the OS keyring
auth-keyring-not-built = profile { $name }: token_keyring needs tix built with the keyring feature (cargo install --features keyring)
auth-run-login = run tix login --profile { $name }
auth-tokens-none = none in { $store }: { $login }
auth-no-refresh-token = no refresh token
auth-refresh-token = refresh token { $expiry }
auth-tokens-present = present in { $store }; access token { $access }; { $refresh }
auth-tokens-present-fix = present in { $store }; access token { $access }; { $refresh } — { $login }
stats-day = { $day }: { $handled_count ->
    [one] { $handled } ticket handled
   *[other] { $handled } tickets handled
}, { $replies }
replies = { $count ->
    [one] { $n } reply
   *[other] { $n } replies
}
stats-median-first-response = median first response
stats-average-handle = average handle time
stats-fcr = first-contact resolution
stats-csat = CSAT

## The knowledge base (src/knowledge.rs, src/app/knowledge.rs, tix kb) and tix bulk's report
## (src/cli_bulk.rs). $head is the ticket as #1001 and its subject; $changes the fields' changes

kb-no-knowledge-base = this helpdesk ({ $backend }) has no knowledge base
kb-articles-missing = the helpdesk's articles are missing: { $why }
kb-no-local-article = no article { $id } in knowledge/
kb-suggested = Suggested for this ticket
kb-no-match-ticket = No articles match this ticket: type to search
kb-finding = Finding articles for this ticket…
kb-type-to-search = Type to search the knowledge base
kb-searching = Searching…
kb-none-found = No articles found
cli-kb-section = Section: { $section }
cli-kb-link = Link: { $url }
cli-bulk-conflict = { $head }: not changed: someone changed it meanwhile ({ $why })
cli-bulk-failed = { $head }: not changed: { $why }
cli-bulk-unchanged = { $head }: unchanged (already so)
cli-bulk-would-change = { $head }: would change { $changes }
cli-bulk-changed = { $head }: { $changes }
cli-bulk-change = { $field } { $from } → { $to }

## Keymap and theme files' problems (tix keymap check, tix theme check, the workspace's
## problems pop-up), said after FILE:LINE:COL:. Names ($name, $key, $field, $colour) come quoted

problem-warning = warning: { $message }
km-unknown-key-name = unknown key name { $name }
km-empty-key = empty key
km-unknown-preset = unknown keymap preset { $name } (presets: default, vim, emacs); using default
km-runs-at-once = { $short } runs at once: the sequence { $longer } ({ $action }) can never be reached; bind { $short } to "none" to free it for sequences
km-never-reached = { $longer } can never be reached: { $short } alone runs { $action } at once; bind { $short } to "none" to free it for sequences
km-unknown-context = unknown context [{ $name }] (contexts: { $contexts })
km-context-not-table = [{ $name }] must be a table
km-bad-key = { $key }: { $why }
km-types-text = { $key } types a character in [{ $name }]: keys that type text cannot be bound here (use a ctrl- or alt- chord, or a named key such as f2 or enter)
km-args-strings = argument values must be strings
km-unknown-field = unknown field { $field } (fields: action, args, desc)
km-missing-action = missing `action`
km-binding-shape = a binding is an action name or { "{" } action, args, desc { "}" }
km-unknown-action = unknown action { $name }
km-takes-no-args = { $action } takes no arguments (got { $arg })
km-takes-args = { $action } takes { $allowed } (got { $arg })
km-bound-twice = { $key } is bound twice in [{ $name }] (first on line { $line }, to { $was })
km-indistinguishable = terminals send { $chord } as { $same }: the two cannot be told apart
km-multiplexer-prefix = { $chord } is the { $who } prefix: it may never reach tix
theme-unknown-colour = unknown colour { $colour } (use an ANSI name like "lightblue", "#rrggbb" or 0-255)
theme-unknown-modifier = unknown modifier { $name } (bold, dim, italic, underlined, reversed, crossed_out)
theme-unknown-role = unknown role { $name }
theme-expected-table = { $name }: expected { "{" } fg, bg, modifiers { "}" }
theme-colour-shape = a colour is a name, "#rrggbb" or 0-255
theme-field-problem = { $name }: { $why }
theme-modifier-string = { $name }: a modifier is a string
theme-unknown-field = { $name }: unknown field { $field } (fg, bg, modifiers)
theme-unknown-theme = unknown theme { $name }: not shipped (default, light, high-contrast, mono) and no { $file }
cli-no-such-file = { $file }: no such file

## A workflow file's problems (tix workflow check, the problems pop-up), after FILE:LINE:COL:.
## Ids and names ($id, $name) come quoted from the file

wf-empty-id = a step needs a non-empty id
wf-defined-twice = step { $id } is defined twice (first on line { $line })
wf-needs-step = a workflow needs at least one [[step]]
wf-needs-end = a workflow needs at least one [[end]]
wf-empty-title = the title is empty
wf-unknown-step = unknown step { $id }
wf-ask-or-say = step { $id } needs either ask (a question) or say (an instruction)
wf-question-next = step { $id } is a question: each answer names its next step
wf-no-answers = question { $id } has no answers
wf-too-many-answers = question { $id } has more than { $max } answers
wf-answer-no-target = answer { $answer } has no target (next = "…")
wf-instruction-answers = step { $id } is an instruction: answers need ask = "…"
wf-instruction-no-target = instruction { $id } has no target (next = "…")
wf-unknown-canned = unknown canned response { $name }
wf-unknown-status = unknown status { $name } (this helpdesk has { $words })
wf-unknown-priority = unknown priority { $name } (this helpdesk has { $words })
wf-unknown-group = unknown group { $name }
wf-escalates-no-group = end { $id } escalates: name the group it goes to (group = "…")
wf-end-no-reply = end { $id } has no reply: name a canned response or write reply = "…"
wf-unknown-channel = unknown channel { $name } (channels: { $channels })
wf-unreachable = step { $id } is unreachable: no answer leads to it
wf-cycle = step { $id } never reaches an end: a cycle with no way out ({ $path })
wf-no-workflows = no workflows in { $dir } (tix config init installs the examples)
wf-helpdesk-silent = tix: the helpdesk did not answer ({ $why }): only the structure and the canned/ files are checked

## Notices and reports of the workspace found still English: unreadable tickets, bulk
## escalation, a workflow's missing pieces, a snooze time that does not read. $text is what was typed

unreadable-tickets = { $count ->
    [one] { $n } ticket could not be read and is not shown
   *[other] { $n } tickets could not be read and are not shown
}
bulk-changed-meanwhile = changed by someone else since it was loaded, so not overwritten ({ $why })
bulk-escalate-to = escalate to { $group }
bulk-priority-up = priority up one level
bulk-the-internal-note = the internal note
wf-missing-canned = no canned response { $name }
wf-missing-group = no group { $name }
snooze-empty-input = Type a time: { $examples }
snooze-in-the-past = “{ $text }” is in the past
snooze-too-far = “{ $text }” is more than a year away
snooze-duration-shape = “{ $text }”: a duration is like 2h, 30m or 1h30m
snooze-number-before = “{ $text }”: a number before { $unit }
snooze-say-the-unit = “{ $text }”: say the unit (2h, 30m) or the time (15:30)
snooze-minutes-two-digits = “{ $text }”: minutes are two digits, like 15:30
snooze-not-a-clock-time = “{ $text }” is not a time like 15:30
snooze-no-such-time = no such time “{ $text }”
snooze-not-a-time = Not a time: “{ $text }” (try { $examples })

## The escalation picker's groups, and a group or agent known only by its id

escalate-to-group = group: { $name }
unknown-group-id = group { $id }
unknown-agent-id = agent { $id }

## More of the workspace: the search's view name, snoozes waking, a macro in a bulk change,
## a download's progress, the opener and the disk's failures

search-view-name = Search “{ $query }”
snooze-over-one = Snooze over: { $ticket } is back in the queue
snooze-over-many = { $count ->
    [one] Snooze over: { $ticket } and { $n } more are back in the queue
   *[other] Snooze over: { $ticket } and { $n } more are back in the queue
}
bulk-macro = macro “{ $title }”
notice-downloading = Downloading { $name }: { $done }…
notice-downloading-of = Downloading { $name }: { $done } of { $total }…

## The low-level errors: opening, saving and reading files, config.toml, OAuth sign-in.
## { $why } is the system's own error (stays in its language).
opener-cannot-run = could not run { $cmd } ({ $why })
opener-cannot-run-browser = could not run { $cmd } ({ $why }): set $BROWSER
opener-failed = { $cmd } failed ({ $status })
attachment-cannot-create-folder = could not create the folder { $path }: { $why }
attachment-cannot-create-file = could not create a file in { $path }: { $why }
attachment-cannot-write = could not write { $path }: { $why }
file-not-regular = not a regular file ({ $kind })
file-kind-fifo = a FIFO
file-kind-device = a device
file-kind-socket = a socket
file-kind-directory = a directory
file-kind-other = not a file
# $bytes: the exact size, in digits
file-too-large = too large ({ $bytes } bytes; the limit is 1 MiB)
file-not-utf8 = not UTF-8 text
canned-front-matter-unknown = front matter knows only `language: CODE`, not { $line }
canned-front-matter-unclosed = front matter without its closing `---` line
config-language-unknown = tix speaks en, ro, ru, zh and et; not { $name }
config-token-env-unset = the environment variable { $var } (token_env) is not set
config-token-readable = { $file } holds a token but others can read it (mode { $mode }): run chmod 600 on it, or use token_env or token_cmd
config-oauth-needs-client-id = auth = "oauth" needs oauth_client_id
config-auth-unknown = auth { $auth } is not known ("oauth" or "token")
config-client-secret-env-unset = the environment variable { $var } (oauth_client_secret_env) is not set
config-url-unreadable = url { $url }: { $why }
config-url-insecure = { $url } is plain http to another machine: use https, or set allow_insecure_http = true
config-url-scheme = url scheme { $scheme } is not supported (https or http)
config-keyring-empty = no token in the OS keyring under { $entry } (token_keyring): store it with tix login
config-keyring-unbuilt = token_keyring needs tix built with the keyring feature (cargo install --features keyring); use token_env or token_cmd
oauth-redirect-unreadable = oauth_redirect { $url }: { $why }
oauth-cannot-listen = cannot listen on 127.0.0.1:{ $port } for the redirect: { $why }
oauth-listener-failed = loopback listener: { $why }
oauth-page-not-found = Not the tix sign-in page.
oauth-page-signed-in = Signed in to tix. You can close this tab and return to the terminal.
oauth-page-failed = tix could not sign in: see the terminal for why.
oauth-redirect-garbled = unreadable redirect: { $why }
oauth-not-authorized = the helpdesk did not authorize tix ({ $error })
oauth-not-authorized-because = the helpdesk did not authorize tix ({ $error }): { $description }
oauth-state-mismatch = the redirect's state does not match this login (a stale tab, or a forged redirect): run tix login again
oauth-no-code = the redirect carries no code
oauth-nothing-pasted = nothing was pasted: paste the URL the browser was sent to, or its code
oauth-not-a-code = that does not look like a code or a URL
oauth-no-refresh-token = the OAuth access token expired and there is no refresh token: run `tix login --profile { $profile }`
oauth-refresh-expired = the OAuth refresh token has expired: run `tix login --profile { $profile }`
oauth-refresh-refused = could not refresh the OAuth token ({ $why }): run `tix login --profile { $profile }`
oauth-token-refused = the token endpoint refused: { $why }
oauth-token-malformed = malformed token response: { $why }
oauth-token-type = unsupported token type { $kind } (expected bearer)
opener-no-web-address = tix does not know the web address of { $backend } tickets
oauth-redirect-not-loopback = oauth_redirect { $url }: the browser flow listens on http://127.0.0.1:PORT/PATH only (use --paste for other redirect URLs)
oauth-browser-timeout = no answer from the browser in { $minutes } minutes: run tix login again (or use --paste on a machine without a browser)
oauth-store-keyring-unbuilt = token_store = "keyring" needs tix built with the keyring feature (cargo install --features keyring); use token_store = "file"
oauth-store-unknown = token_store { $store } is not known ("file" or "keyring")
oauth-store-in-keyring = the OS keyring ({ $entry })
oauth-store-readable = { $file } holds OAuth tokens but others can read it (mode { $mode }): run chmod 600 on it, or delete it and run tix login again
oauth-keyring-failed = OS keyring ({ $entry }): { $why }
oauth-keyring-no-session = OS keyring ({ $entry }): no session keyring to write to here; use token_store = "file"
# $line, $column: where the token file stops being JSON
oauth-tokens-unreadable = unreadable (line { $line }, column { $column })
secret-cmd-cannot-run = { $what } could not run: { $why }
secret-cmd-late = { $what } did not finish within { $seconds } s: stopped it
secret-cmd-failed = { $what } failed ({ $status })
secret-cmd-silent = { $what } printed nothing
private-entries = { $count ->
    [one] { $n } entry
   *[other] { $n } entries
}
# $entries: private-entries; $paths: the first few, comma-separated
private-tightened = others could read { $entries } in { $dir }: tightened to 0700 (directories) and 0600 (files): { $paths }
private-tightened-more = others could read { $entries } in { $dir }: tightened to 0700 (directories) and 0600 (files): { $paths } and { $more } more
business-hours-bad-start = business hours start { $start }: { $why }
business-hours-bad-zone = time zone { $zone }: { $why }
