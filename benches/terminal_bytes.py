#!/usr/bin/env python3
"""Bytes tix writes to the terminal, measured in a pseudo-terminal at 120x40 on the embedded demo:
per queue step, per ticket open, per composer keystroke, per refresh and while idle, in normal and
in low-bandwidth mode. Prints figures; asserts nothing.

    cargo build --release && python3 benches/terminal_bytes.py
"""
import fcntl, os, pty, select, statistics, struct, sys, tempfile, termios, time

TIX = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "release", "tix")
ROWS, COLS = 40, 120


def drain(fd, quiet=0.35, limit=10.0):
    """Reads until the terminal has been quiet for `quiet` seconds; returns the bytes."""
    out = b""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    return out


def session(low_bandwidth):
    cfg = tempfile.mkdtemp()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        env = dict(os.environ, TIX_CONFIG_DIR=cfg, TIX_DATA_DIR=cfg, TERM="xterm-256color")
        env.pop("NO_COLOR", None)
        args = [TIX, "--demo"] + (["--low-bandwidth"] if low_bandwidth else [])
        os.execve(TIX, args, env)
    start = drain(fd, quiet=1.0)

    def step(keys, quiet=0.35):
        os.write(fd, keys)
        return len(drain(fd, quiet))

    figures = {"start-up (first screen, queue loaded)": [len(start)]}
    figures["queue step (j)"] = [step(b"j") for _ in range(20)]
    if low_bandwidth:
        opens = []
        for _ in range(5):
            step(b"j")
            opens.append(step(b"\r", quiet=0.5))
        figures["ticket open (Enter)"] = opens
    else:
        figures["ticket open (a step to a new ticket, conversation shown)"] = figures["queue step (j)"]
    step(b"r")
    figures["composer keystroke"] = [step(b"a") for _ in range(20)]
    step(b"\x1b")  # esc: keep the draft
    figures["refresh (R, nothing changed)"] = [step(b"R", quiet=0.8) for _ in range(3)]
    # Idle: no key for 12 s (the clock ticks every 5 s); what reaches the terminal meanwhile.
    drain(fd, quiet=1.0)
    idle, end = 0, time.monotonic() + 12
    while time.monotonic() < end:
        r, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
        if r:
            idle += len(os.read(fd, 65536))
    figures["idle, 12 s without a key"] = [idle]
    os.write(fd, b"q")
    drain(fd, quiet=0.3)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    return figures


def main():
    if not os.path.exists(TIX):
        sys.exit("build first: cargo build --release")
    print(f"bytes written to a {COLS}x{ROWS} terminal (median, min-max over the samples)")
    for low in (False, True):
        print("low-bandwidth mode" if low else "normal mode")
        for what, samples in session(low).items():
            print(f"  {what:<58} {statistics.median(samples):>8.0f} B   ({min(samples)}-{max(samples)})")


if __name__ == "__main__":
    main()
