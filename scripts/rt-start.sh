#!/usr/bin/env bash
# rt-start.sh - install, configure and start Best Practical Request Tracker 5
# (Debian bookworm packages) with SQLite, listening on 127.0.0.1 ONLY, with the
# REST 2.0 API answering. Non-interactive and idempotent: safe to run again
# (reuses a running server, skips the install when the packages are present).
#
# Must run as root on Debian 12 (bookworm) with apt access to Debian's archive.
#
# Environment (all optional):
#   RT_PORT            port on 127.0.0.1 (default 8080)
#   RT_ROOT_PASSWORD   password for RT user "root" (default "password", >= 5 chars)
#   RT_STATE_DIR       pid file, log, token, env file (default /var/tmp/rt-ci)
#   RT_WORKERS         Starlet worker processes (default 2)
#   RT_RESET_DB=1      wipe the SQLite database and initialise a fresh one
#   RT_GRANT_RIGHTS=0  skip granting ticket rights to Privileged users / Everyone
#   RT_START_TIMEOUT   seconds to wait for REST2 to answer (default 90)
#   RT_SKIP_APT_UPDATE=1  do not run apt-get update before installing
#   RT_SEED=0          do not seed demo data (default: seed once per database:
#                      queue "Support", agent "agent1", user CF "Tier",
#                      requestors alice@example.com (VIP) and bob@example.net,
#                      five tickets, two with replies and two with internal
#                      comments, and root's saved search "Acme Corp tickets")
#
# Output: prints base URL, credentials and token; writes
#   $RT_STATE_DIR/rt.pid   PID of the rt-server master (= its process group)
#   $RT_STATE_DIR/rt.env   shell-sourceable RT_URL, RT_REST2_URL, RT_USER,
#                          RT_PASSWORD, RT_TOKEN, RT_PID (mode 0600)
#   $RT_STATE_DIR/token    the REST2 auth token ("Authorization: token <it>")
#   $RT_STATE_DIR/rt-server.log
# Stop with rt-stop.sh (same RT_STATE_DIR).
set -Eeuo pipefail

RT_HOST=127.0.0.1                      # fixed on purpose: loopback only
RT_PORT="${RT_PORT:-8080}"
RT_ROOT_PASSWORD="${RT_ROOT_PASSWORD:-password}"
RT_STATE_DIR="${RT_STATE_DIR:-/var/tmp/rt-ci}"
RT_WORKERS="${RT_WORKERS:-2}"
RT_RESET_DB="${RT_RESET_DB:-0}"
RT_GRANT_RIGHTS="${RT_GRANT_RIGHTS:-1}"
RT_START_TIMEOUT="${RT_START_TIMEOUT:-90}"
RT_SKIP_APT_UPDATE="${RT_SKIP_APT_UPDATE:-0}"
RT_SEED="${RT_SEED:-1}"

RT_LIB=/usr/share/request-tracker5/lib
RT_SERVER=/usr/share/request-tracker5/libexec/rt-server
RT_SETUP_DB=/usr/sbin/rt-setup-database-5
RT_CONF=/etc/request-tracker5/RT_SiteConfig.d/99-ci-loopback.pm
RT_DB_FILE=/var/lib/dbconfig-common/sqlite3/request-tracker5/rtdb   # Debian/dbconfig-common path
PKGS=(request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients curl)

PIDFILE="$RT_STATE_DIR/rt.pid"
LOG="$RT_STATE_DIR/rt-server.log"
TOKEN_FILE="$RT_STATE_DIR/token"
ENV_FILE="$RT_STATE_DIR/rt.env"
BASE_URL="http://$RT_HOST:$RT_PORT"
REST2_URL="$BASE_URL/REST/2.0"

# ---------------------------------------------------------------- helpers
T_START=$EPOCHREALTIME
T_LAP=$EPOCHREALTIME
say()  { printf '[rt-start] %s\n' "$*"; }
die()  { printf '[rt-start] ERROR: %s\n' "$*" >&2; exit 1; }
trap 'printf "[rt-start] ERROR: line %s: %s failed\n" "$LINENO" "$BASH_COMMAND" >&2' ERR
lap()  { # lap "step name": print duration of the step and total so far
  local now=$EPOCHREALTIME
  awk -v n="$1" -v a="$T_LAP" -v b="$now" -v s="$T_START" \
    'BEGIN{printf "[rt-start] %-34s %7.2fs  (total %7.2fs)\n", n, b-a, b-s}'
  T_LAP=$now
}
rt_perl() { perl -I"$RT_LIB" "$@"; }
is_our_server() { # PID -> true if it is a live rt-server process
  local pid=$1
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'rt-server'
}
http_code() { # URL [curl args...]
  local url=$1; shift
  curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$@" "$url" 2>/dev/null || true
}
write_env() {
  local token pid
  token=$(cat "$TOKEN_FILE"); pid=$(cat "$PIDFILE")
  umask 077
  cat > "$ENV_FILE" <<EOF
RT_URL='$BASE_URL'
RT_REST2_URL='$REST2_URL'
RT_USER='root'
RT_PASSWORD='$RT_ROOT_PASSWORD'
RT_TOKEN='$token'
RT_PID='$pid'
EOF
}
print_info() {
  local token; token=$(cat "$TOKEN_FILE")
  cat <<EOF
[rt-start] ------------------------------------------------------------
[rt-start] RT 5 is up (SQLite: $RT_DB_FILE)
[rt-start] Web UI      : $BASE_URL/
[rt-start] REST2 base  : $REST2_URL/
[rt-start] Basic auth  : root / $RT_ROOT_PASSWORD     (curl -u 'root:$RT_ROOT_PASSWORD')
[rt-start] Token auth  : -H 'Authorization: token $token'   (or ?token=...)
[rt-start] PID file    : $PIDFILE (pid $(cat "$PIDFILE"))
[rt-start] Env file    : $ENV_FILE  (source it)
[rt-start] Server log  : $LOG
[rt-start] Outgoing mail is NOT sent; it is written as mbox to /var/lib/request-tracker5/*.mbox
[rt-start] ------------------------------------------------------------
EOF
}

# ---------------------------------------------------------------- checks
[[ $EUID -eq 0 ]] || die "must run as root"
if ! [[ "$RT_PORT" =~ ^[0-9]+$ ]] || (( RT_PORT < 1 || RT_PORT > 65535 )); then die "RT_PORT must be 1..65535"; fi
if ! [[ "$RT_WORKERS" =~ ^[0-9]+$ ]] || (( RT_WORKERS < 1 )); then die "RT_WORKERS must be >= 1"; fi
(( ${#RT_ROOT_PASSWORD} >= 5 )) || die "RT_ROOT_PASSWORD must be at least 5 characters (RT minimum)"
[[ "$RT_ROOT_PASSWORD" != *[$'\n'"'"]* ]] || die "RT_ROOT_PASSWORD must not contain newlines or single quotes"
mkdir -p "$RT_STATE_DIR"; chmod 700 "$RT_STATE_DIR"

# ---------------------------------------------------------------- already running?
if [[ -f "$PIDFILE" ]]; then
  oldpid=$(cat "$PIDFILE" 2>/dev/null || true)
  if is_our_server "$oldpid"; then
    if [[ "$RT_RESET_DB" != 1 && -s "$TOKEN_FILE" ]] &&
       [[ "$(http_code "$REST2_URL/rt" -H "Authorization: token $(cat "$TOKEN_FILE")")" == 200 ]] &&
       [[ "$(http_code "$REST2_URL/rt" -u "root:$RT_ROOT_PASSWORD")" == 200 ]]; then
      say "server already running (pid $oldpid) and REST2 answers; reusing it"
      write_env; print_info; exit 0
    fi
    say "server pid $oldpid running but not usable as requested; stopping it"
    "$(dirname "$0")/rt-stop.sh" || { kill -TERM -- "-$oldpid" 2>/dev/null || kill -TERM "$oldpid" 2>/dev/null || true; sleep 3; }
  fi
  rm -f "$PIDFILE"
fi
if (exec 3<>"/dev/tcp/$RT_HOST/$RT_PORT") 2>/dev/null; then
  die "something else already listens on $RT_HOST:$RT_PORT; choose another RT_PORT"
fi
lap "pre-checks"

# ---------------------------------------------------------------- install
need_install=0
for p in "${PKGS[@]}"; do
  [[ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)" == installed ]] || need_install=1
done
if (( need_install )); then
  export DEBIAN_FRONTEND=noninteractive
  # Preseed debconf so request-tracker5's postinst (via dbconfig-common) creates
  # and populates the SQLite DB with our root password, without any prompt.
  # (dbconfig-common's own questions need no preseeding: "configure database
  # with dbconfig-common" defaults to yes, and sqlite3 is the only DB type
  # offered because rt5-db-sqlite is the only rt5-db-* package installed.
  # Preseeding request-tracker5/dbconfig-install before the templates exist
  # fails with "Cannot find a question".)
  debconf-set-selections <<EOF
request-tracker5 request-tracker5/rtname string rt.ci.test
request-tracker5 request-tracker5/organization string ci.test
request-tracker5 request-tracker5/correspondaddress string rt@ci.test
request-tracker5 request-tracker5/commentaddress string rt-comment@ci.test
request-tracker5 request-tracker5/webbaseurl string $BASE_URL
request-tracker5 request-tracker5/webpath string /rt
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/initial-root-password password $RT_ROOT_PASSWORD
EOF
  # Keep maintainer scripts from starting daemons (exim4 comes in as the MTA
  # dependency). Docker images usually ship such a policy already.
  tmp_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d; tmp_policy=1
    trap '[[ $tmp_policy == 1 ]] && rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  if [[ "$RT_SKIP_APT_UPDATE" != 1 ]]; then
    apt-get update -qq
    lap "apt-get update"
  fi
  apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    "${PKGS[@]}" > "$RT_STATE_DIR/apt-install.log" 2>&1 \
    || { tail -40 "$RT_STATE_DIR/apt-install.log" >&2; die "apt-get install failed (log: $RT_STATE_DIR/apt-install.log)"; }
  if (( tmp_policy )); then rm -f /usr/sbin/policy-rc.d; tmp_policy=0; fi
  lap "apt-get install (+dbconfig DB init)"
else
  say "packages already installed; skipping apt"
fi
[[ -x "$RT_SERVER" && -x "$RT_SETUP_DB" ]] || die "RT files missing after install"

# ---------------------------------------------------------------- configure
umask 027
tmpconf=$(mktemp)
cat > "$tmpconf" <<EOF
# Written by rt-start.sh: loopback-only CI instance (loaded last, overrides
# 50-debconf.pm / 51-dbconfig-common.pm).
Set(\$WebDomain, '$RT_HOST');
Set(\$WebPort, $RT_PORT);
Set(\$WebPath, '');
Set(\$WebBaseURL, '$BASE_URL');
Set(\$WebURL, '$BASE_URL/');
Set(\$DatabaseType, 'SQLite');
Set(\$DatabaseName, '$RT_DB_FILE');
# no syslog daemon in containers: log warnings to stderr (-> rt-server.log)
Set(\$LogToSyslog, undef);
Set(\$LogToSTDERR, 'warning');
# never send real mail: write it to /var/lib/request-tracker5/<start time>.mbox
Set(\$MailCommand, 'mbox');
# cheap password/token hashing: every REST2 request with basic or token auth
# runs bcrypt; cost 12 (default) costs ~0.2 s per request, cost 4 ~1 ms.
Set(\$BcryptCost, 4);
# RT renders its HTML notification templates to text on every ticket create;
# the in-process converter is ~2x faster per create than forking w3m & co.
# (it logs one "internal HTML converter" warning per worker: harmless)
Set(\$HTMLFormatter, 'core');
# let TicketSQL "Content LIKE '...'" match message bodies (unindexed: a LIKE
# scan over attachments, fine for a small instance; without this RT answers
# every Content clause with no match)
Set(%FullTextSearch, Enable => 1, Indexed => 0);
1;
EOF
if ! cmp -s "$tmpconf" "$RT_CONF"; then
  install -o root -g www-data -m 0640 "$tmpconf" "$RT_CONF"
  say "wrote $RT_CONF"
fi
rm -f "$tmpconf"
umask 022
lap "configure"

# ---------------------------------------------------------------- database
db_ok() {
  # shellcheck disable=SC2016  # Perl code, not shell
  rt_perl -e 'use RT; RT::LoadConfig(); RT::InitLogging(); require RT::Handle;
    my ($ok) = RT::Handle->CheckIntegrity; exit($ok ? 0 : 1)' >/dev/null 2>&1
}
if [[ "$RT_RESET_DB" == 1 ]] || [[ ! -s "$RT_DB_FILE" ]] || ! db_ok; then
  say "initialising SQLite database $RT_DB_FILE"
  mkdir -p "$(dirname "$RT_DB_FILE")"
  chown root:www-data "$(dirname "$RT_DB_FILE")"; chmod 0770 "$(dirname "$RT_DB_FILE")"
  rm -f "$RT_DB_FILE" "$RT_DB_FILE"-journal "$RT_DB_FILE"-wal "$RT_DB_FILE"-shm
  pwfile=$(mktemp); chmod 600 "$pwfile"; printf '%s' "$RT_ROOT_PASSWORD" > "$pwfile"
  if ! "$RT_SETUP_DB" --action init --root-password-file "$pwfile" > "$RT_STATE_DIR/db-init.log" 2>&1; then
    rm -f "$pwfile"; tail -30 "$RT_STATE_DIR/db-init.log" >&2; die "rt-setup-database failed"
  fi
  rm -f "$pwfile"
  chown root:www-data "$RT_DB_FILE"; chmod 0660 "$RT_DB_FILE"
  rm -f /var/lib/request-tracker5/*.mbox 2>/dev/null || true
  lap "database init (rt-setup-database)"
fi

# ---------------------------------------------------------------- users, rights, token
# Sets root's password (re-hashed at BcryptCost 4), revokes old "tix-ci"
# tokens, creates a fresh one, and (optionally) grants ticket rights.
# shellcheck disable=SC2016  # Perl code, not shell
token=$(RT_ROOT_PASSWORD="$RT_ROOT_PASSWORD" RT_GRANT_RIGHTS="$RT_GRANT_RIGHTS" RT_SEED="$RT_SEED" rt_perl -e '
use strict; use warnings;
use RT; RT::LoadConfig(); RT::Init();
use MIME::Entity;
my $pw = $ENV{RT_ROOT_PASSWORD};
my $u = RT::User->new(RT->SystemUser);
$u->Load("root"); die "RT user root not found\n" unless $u->Id;
my $cost = sprintf("%02d", RT->Config->Get("BcryptCost"));
if (!$u->IsPassword($pw) || ($u->__Value("Password") // "") !~ /^!bcrypt!\Q$cost\E!/) {
    my ($ok, $msg) = $u->SetPassword($pw); die "SetPassword: $msg\n" unless $ok;
}
if ($ENV{RT_GRANT_RIGHTS}) {
    my %grants = (
        Privileged => [qw(SeeQueue ShowTicket CreateTicket ReplyToTicket CommentOnTicket
                          OwnTicket TakeTicket StealTicket ModifyTicket ShowTicketComments
                          ShowOutgoingEmail Watch WatchAsAdminCc SeeCustomField
                          ModifyCustomField SeeGroup ShowSavedSearches)],
        Everyone   => [qw(CreateTicket ReplyToTicket)],   # inbound mail via rt-mailgate
    );
    for my $g (sort keys %grants) {
        my $grp = RT::Group->new(RT->SystemUser);
        $grp->LoadSystemInternalGroup($g); die "no group $g\n" unless $grp->Id;
        for my $right (@{ $grants{$g} }) {
            next if $grp->PrincipalObj->HasRight(Right => $right, Object => RT->System);
            my ($ok, $msg) = $grp->PrincipalObj->GrantRight(Right => $right, Object => RT->System);
            warn "grant $right to $g: $msg\n" unless $ok;
        }
    }
}
# Demo data, once per database (skipped when queue "Support" exists).
my $support = RT::Queue->new(RT->SystemUser); $support->Load("Support");
if ($ENV{RT_SEED} && !$support->Id) {
    my ($ok, $msg) = $support->Create(Name => "Support", Description => "Second-line support");
    die "queue Support: $msg\n" unless $ok;
    my $tier = RT::CustomField->new(RT->SystemUser);
    $tier->LoadByName(Name => "Tier", LookupType => "RT::User");
    unless ($tier->Id) {
        ($ok, $msg) = $tier->Create(Name => "Tier", Type => "Freeform", MaxValues => 1,
            LookupType => "RT::User", Description => "Customer tier: VIP, loyal, standard, new");
        die "custom field Tier: $msg\n" unless $ok;
        ($ok, $msg) = $tier->AddToObject(RT::User->new(RT->SystemUser));   # global (ObjectId 0)
        die "apply Tier: $msg\n" unless $ok;
    }
    my $user = sub {
        my %a = @_;
        my $u = RT::User->new(RT->SystemUser); $u->Load($a{Name});
        unless ($u->Id) { my ($uok, $umsg) = $u->Create(%a); die "user $a{Name}: $umsg\n" unless $uok; }
        return $u;
    };
    my $root  = $user->(Name => "root");
    my $agent = $user->(Name => "agent1", RealName => "Alex Agent", EmailAddress => q{agent1@ci.test},
                        Privileged => 1, Password => $pw);
    my $alice = $user->(Name => q{alice@example.com}, RealName => "Alice Example",
                        EmailAddress => q{alice@example.com}, Organization => "Acme Corp",
                        WorkPhone => "+1 555 0100");
    my $bob   = $user->(Name => q{bob@example.net}, RealName => "Bob Builder",
                        EmailAddress => q{bob@example.net}, MobilePhone => "+44 20 7946 0000");
    ($ok, $msg) = $alice->AddCustomFieldValue(Field => $tier->Id, Value => "VIP");
    die "Tier for alice: $msg\n" unless $ok;
    my $as = sub { my $c = RT::CurrentUser->new(RT->SystemUser); $c->Load($_[0]->Id); return $c };
    my $text = sub { MIME::Entity->build(Type => "text/plain", Charset => "UTF-8", Data => [$_[0]]) };
    my @tickets = (
        [$alice, "General", "Cannot log in since the update", 80, "2030-01-15 12:00:00",
         "Hi, since this morning the login page says my password is wrong.",
         "Hello Alice, we reset your session; please try again.",
         "Session store was stale for this account."],
        [$alice, "General", "Invoice 2024-113 is wrong", 50, undef, "The invoice lists two seats, we have one.", undef, undef],
        [$bob,   "General", "Feature request: dark mode", 10, undef, "Would love a dark theme.", undef, undef],
        [$bob,   "Support", "Export to CSV times out", 60, "2030-02-01 09:00:00", "Exports over 10k rows never finish.", undef,
         "Reproduced with 12k rows."],
        [$alice, "Support", "API returns 500 on /orders", 90, undef, "Every call to /orders fails since 10:00.", "We are on it.", undef],
    );
    for my $s (@tickets) {
        my ($who, $queue, $subject, $prio, $due, $body, $reply, $note) = @$s;
        my $t = RT::Ticket->new($as->($who));
        my ($tid, undef, $tmsg) = $t->Create(Queue => $queue, Subject => $subject, Requestor => [$who->EmailAddress],
            Priority => $prio, ($due ? (Due => $due) : ()), MIMEObj => $text->($body));
        die "ticket $subject: $tmsg\n" unless $tid;
        if ($reply) {
            my $ta = RT::Ticket->new($as->($root)); $ta->Load($tid);
            my ($rok, $rmsg) = $ta->Correspond(MIMEObj => $text->($reply)); die "reply: $rmsg\n" unless $rok;
        }
        if ($note) {
            my $ta = RT::Ticket->new($as->($agent)); $ta->Load($tid);
            my ($cok, $cmsg) = $ta->Comment(MIMEObj => $text->($note)); die "comment: $cmsg\n" unless $cok;
        }
    }
    my $saved = RT::SavedSearch->new($as->($root));
    ($ok, $msg) = $saved->Save(Privacy => "RT::User-" . $root->Id, Type => "Ticket",
        Name => "Acme Corp tickets", SearchParams => {
            Query => "Requestor.Organization = \x27Acme Corp\x27 AND Status = \x27__Active__\x27",
            Format => "\x27__id__\x27,\x27__Subject__\x27,Status", OrderBy => "LastUpdated", Order => "DESC" });
    die "saved search: $msg\n" unless $ok;
    print STDERR "seeded demo data\n";
}
my $cu = RT::CurrentUser->new(RT->SystemUser); $cu->Load("root");
my $toks = RT::AuthTokens->new(RT->SystemUser);
$toks->LimitOwner(VALUE => $cu->Id);
while (my $t = $toks->Next) { $t->Delete if ($t->Description // "") eq "tix-ci"; }
my ($id, $msg, $str) = RT::AuthToken->new($cu)->Create(Owner => $cu->Id, Description => "tix-ci");
die "token create failed: $msg\n" unless $id;
print "$str\n";
' 2> "$RT_STATE_DIR/bootstrap.log") || { cat "$RT_STATE_DIR/bootstrap.log" >&2; die "bootstrap (password/rights/seed/token) failed"; }
grep -q '^seeded demo data' "$RT_STATE_DIR/bootstrap.log" && say "seeded demo data (queue Support, agent1, alice, bob, 5 tickets, a saved search)"
[[ "$token" =~ ^1-[0-9]+-[0-9a-f]+$ ]] || die "unexpected token '$token'"
( umask 077; printf '%s\n' "$token" > "$TOKEN_FILE" )
lap "password, rights, seed, auth token"

# ---------------------------------------------------------------- start
: > "$LOG"
rm -f "$PIDFILE"
# setsid -f: new session/process group whose leader is rt-server itself
# (sh writes its own PID, then execs), so rt-stop.sh can signal the group.
cd /
# shellcheck disable=SC2016  # $$, $1 and $@ belong to the inner sh
setsid -f sh -c 'echo $$ > "$1"; shift; exec "$@"' sh "$PIDFILE" \
  "$RT_SERVER" --server Starlet --host "$RT_HOST" --port "$RT_PORT" \
  --max-workers "$RT_WORKERS" </dev/null >>"$LOG" 2>&1
for _ in $(seq 1 50); do [[ -s "$PIDFILE" ]] && break; sleep 0.1; done
[[ -s "$PIDFILE" ]] || die "server did not write its pid file"
pid=$(cat "$PIDFILE")

deadline=$(( SECONDS + RT_START_TIMEOUT ))
code=000
while (( SECONDS < deadline )); do
  if ! is_our_server "$pid"; then
    tail -30 "$LOG" >&2; rm -f "$PIDFILE"; die "rt-server exited during start-up (log: $LOG)"
  fi
  code=$(http_code "$REST2_URL/rt" -H "Authorization: token $token")
  [[ "$code" == 200 ]] && break
  sleep 0.2
done
if [[ "$code" != 200 ]]; then
  tail -30 "$LOG" >&2
  "$(dirname "$0")/rt-stop.sh" || true
  die "REST2 did not answer 200 within ${RT_START_TIMEOUT}s (last HTTP code $code)"
fi
lap "server start -> first REST2 200"

# smoke check: the default queue is visible with basic auth too
q=$(curl -s --max-time 10 -u "root:$RT_ROOT_PASSWORD" "$REST2_URL/queue/General" | tr -d ' \n')
[[ "$q" == *'"Name":"General"'* ]] || die "REST2 smoke check failed: $q"
# verify the listener is loopback-only
if command -v ss >/dev/null 2>&1; then
  ss -Hltn "sport = :$RT_PORT" | awk '{print $4}' | grep -qv "^$RT_HOST:" && die "unexpected non-loopback listener on port $RT_PORT"
fi
lap "smoke check"

# An article, RT's stand-in for canned responses (tix offers enabled articles), once per database.
if [[ "$RT_SEED" == 1 ]]; then
  found=$(curl -s --max-time 10 -G -u "root:$RT_ROOT_PASSWORD" "$REST2_URL/articles" \
    --data-urlencode 'query=[{"field":"Name","value":"Password reset"}]' | tr -d ' \n')
  if [[ "$found" == *'"count":0'* ]]; then
    curl -s --max-time 10 -u "root:$RT_ROOT_PASSWORD" -H 'Content-Type: application/json' \
      -X POST "$REST2_URL/article" -o /dev/null -w '%{http_code}' -d '{"Class":"General",
        "Name":"Password reset","Summary":"How to reset a password",
        "CustomFields":{"Content":"Hello {{ticket.requester.first_name}},\n\nuse the Forgot password link on the sign-in page; the link in the mail works for an hour.\n\n{{current_user.first_name}}"}}' \
      | grep -q '^201$' || die "could not create the seed article"
    say "seeded an article (Password reset)"
  fi
  # Knowledge-base articles (tix kb, the knowledge overlay), each once per database.
  seed_article() { # NAME SUMMARY CONTENT
    local found
    found=$(curl -s --max-time 10 -G -u "root:$RT_ROOT_PASSWORD" "$REST2_URL/articles" \
      --data-urlencode "query=[{\"field\":\"Name\",\"value\":\"$1\"}]" | tr -d ' \n')
    [[ "$found" == *'"count":0'* ]] || return 0
    curl -s --max-time 10 -u "root:$RT_ROOT_PASSWORD" -H 'Content-Type: application/json' \
      -X POST "$REST2_URL/article" -o /dev/null -w '%{http_code}' \
      -d "{\"Class\":\"General\",\"Name\":\"$1\",\"Summary\":\"$2\",\"CustomFields\":{\"Content\":\"$3\"}}" \
      | grep -q '^201$' || die "could not create the article $1"
    say "seeded an article ($1)"
  }
  seed_article "VPN setup" "Connect to the office VPN" \
    "Install the VPN client from the portal.\nSign in with your work account; the code comes by SMS."
  seed_article "Refund policy" "When and how refunds are issued" \
    "Returned orders are refunded within 10 days.\nA renewal cancelled in time is refunded in full."
  seed_article "Two-factor reset" "Reset a customer's two-factor authentication" \
    "Check the customer's identity first.\nThen reset 2FA in their profile; they scan a new QR code at the next sign-in."
fi

write_env
print_info
