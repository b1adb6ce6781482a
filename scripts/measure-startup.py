#!/usr/bin/env python3
"""Time to first frame, to the first rows and to a fully loaded queue, and memory, as a person sees it:
tix runs in tmux and the screen is polled every 5 ms.

    cargo build --release && scripts/measure-startup.py [--tickets 100000]

Two runs: tix on its embedded demo (one process holds client and server), and tix as a pure client
of a separate `tix demo-server` (the client's own memory)."""
import argparse, os, re, subprocess, sys, tempfile, time

TIX = os.path.join(os.path.dirname(__file__), "..", "target", "release", "tix")


def screen():
    return subprocess.run(["tmux", "capture-pane", "-p", "-t", "measure"],
                          capture_output=True, text=True).stdout


def rss_kib(pid):
    """VmRSS and VmHWM (peak) of a process, in KiB."""
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(("VmRSS", "VmHWM")):
                out[line.split(":")[0]] = int(line.split()[1])
    return out


def pane_pid():
    """The process in the tmux pane: `env` execs tix, so this is tix itself."""
    out = subprocess.run(["tmux", "display", "-p", "-t", "measure", "#{pane_pid}"],
                         capture_output=True, text=True).stdout.strip()
    return int(out) if out else None


def run(label, args, env):
    subprocess.run(["tmux", "kill-session", "-t", "measure"], capture_output=True)
    cmd = " ".join([TIX] + args)
    t0 = time.monotonic()
    subprocess.run(["tmux", "new", "-d", "-s", "measure", "-x", "120", "-y", "40",
                    f"exec env TIX_CONFIG_DIR={env} TIX_DATA_DIR={env} {cmd}"], check=True)
    first_frame = first_rows = loaded = None
    while time.monotonic() - t0 < 120:
        s = screen()
        now = time.monotonic() - t0
        if first_frame is None and "Queue" in s:
            first_frame = now
        if first_rows is None and re.search(r"[┃│]#\d+ ", s):
            first_rows = now
        if first_rows is not None and "loading" not in s and "⟳" not in s:
            loaded = now
            break
        time.sleep(0.005)
    title = re.search(r"Queue: [^(]*\(([\d,]+(?: of [\d,]+)?)\)", screen())
    pid = pane_pid()
    mem = rss_kib(pid) if pid else {}
    subprocess.run(["tmux", "send-keys", "-t", "measure", "q"])
    time.sleep(0.3)
    subprocess.run(["tmux", "kill-session", "-t", "measure"], capture_output=True)
    fmt = lambda t: "n/a" if t is None else f"{t * 1000:.0f} ms"
    print(f"{label}: first frame {fmt(first_frame)} · first rows {fmt(first_rows)} · "
          f"queue loaded ({title.group(1) if title else '?'} tickets) {fmt(loaded)} · "
          f"RSS {mem.get('VmRSS', 0) / 1024:.0f} MiB (peak {mem.get('VmHWM', 0) / 1024:.0f} MiB)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tickets", type=int, default=100_000)
    a = ap.parse_args()
    if not os.path.exists(TIX):
        sys.exit("build first: cargo build --release")
    with tempfile.TemporaryDirectory() as cfg:
        run(f"embedded demo, {a.tickets} tickets", ["--demo", "--tickets", str(a.tickets)], cfg)
        server = subprocess.Popen([TIX, "demo-server", "--tickets", str(a.tickets)],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        url = server.stdout.readline().strip()
        with open(os.path.join(cfg, "config.toml"), "w") as f:
            f.write(f'default_profile = "local"\n[profiles.local]\nbackend = "zendesk"\nurl = "{url}"\n')
        run(f"client of tix demo-server, {a.tickets} tickets", [], cfg)
        server_mem = rss_kib(server.pid)
        print(f"  (the separate demo server itself: RSS {server_mem.get('VmRSS', 0) / 1024:.0f} MiB)")
        server.terminate()


if __name__ == "__main__":
    main()
