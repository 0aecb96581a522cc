#!/usr/bin/env python3
"""What isolation costs: messages per second through a private Postfix on loopback with 8
parallel SMTP sessions (Postfix's smtp-source, 10 KB messages), with no milter, with a
MailGuard that reads in process (give its binary with --in-process), and with this
MailGuard's worker pool. Runs are interleaved, so a noisy machine hits every variant alike.
Also prints the CPU time the milter and its workers spent per message.

    scripts/bench-isolation.py --in-process /path/to/older/mailguard [--messages 2000] [--rounds 3]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "Tests" / "blackbox"))
from harness import MailGuard, Postfix, ROOT  # noqa: E402

NO_BULK = "[bulk]\ndatabase = DATABASE\n"


def cpu_seconds(pid: int) -> float:
    """User + system time of a process and its reaped and living children."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid:
            total += sum(int(f) for f in fields[11:15]) / ticks  # utime stime cutime cstime
        elif int(fields[1]) == pid:
            total += sum(int(f) for f in fields[11:13]) / ticks
    return total


def strip_worker_settings(config: Path):
    """An older MailGuard knows neither [workers] nor the buffering limits."""
    kept, skipping = [], False
    for line in config.read_text().splitlines():
        if line.startswith("["):
            skipping = line.strip() == "[workers]"
        if skipping or line.split("=")[0].strip() in ("max_message_mib", "max_buffered_mib", "run_as"):
            continue
        kept.append(line)
    config.write_text("\n".join(kept) + "\n")


def run(server: Postfix, messages: int) -> float:
    started = time.monotonic()
    subprocess.run(["smtp-source", "-s", "8", "-m", str(messages), "-l", "10240", "-f", "pat.teacher@district.example",
                    "-t", "bench@district.example", f"127.0.0.1:{server.port}"], check=True)
    return messages / (time.monotonic() - started)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--in-process", required=True, help="a mailguard binary that reads in process")
    parser.add_argument("--pool", default=str(ROOT / ".build" / "release" / "mailguard"))
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    variants = {"no milter": None, "in process": Path(args.in_process), "worker pool": Path(args.pool)}
    rates = {name: [] for name in variants}
    cpu = {name: [] for name in variants}
    for round_number in range(args.rounds):
        for name, binary in variants.items():
            guard = None
            if binary:
                guard = MailGuard(f"bench-{name.replace(' ', '-')}", binary=binary, bulk=NO_BULK)
                if name == "in process":
                    strip_worker_settings(guard.config)
                guard.start()
                time.sleep(0.5)
            server = Postfix(f"bench{round_number}", milter_socket=guard.spec if guard else None).start()
            try:
                run(server, 100)  # warm up
                before = cpu_seconds(guard.process.pid) if guard else 0
                rates[name].append(run(server, args.messages))
                if guard:
                    cpu[name].append((cpu_seconds(guard.process.pid) - before) / args.messages * 1000)
            finally:
                server.stop()
                if guard:
                    guard.stop()
    base = statistics.median(rates["no milter"])
    print(f"{'':<14}{'msgs/s':>10}{'ratio':>8}{'milter CPU ms/msg':>20}")
    for name in variants:
        rate = statistics.median(rates[name])
        per = f"{statistics.median(cpu[name]):.2f}" if cpu[name] else "-"
        print(f"{name:<14}{rate:>10.0f}{rate / base:>8.2f}{per:>20}")


if __name__ == "__main__":
    main()
