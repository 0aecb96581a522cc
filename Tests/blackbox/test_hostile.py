"""Hostile messages (Tests/Hostile/make_hostile.py) through `mailguard scan --json`, one process
per message: each must be decided (exit 0) within seconds_per_message + 5 s and 400 MiB of
peak memory; one that carries the SSN must not be accepted, and must show it as an `ssn` or an
`unscannable` finding; no output may carry the SSN or the content of a file that an external
XML entity names. Prints one line per message: name, seconds, peak MiB, verdict, finding kinds
(run with -s, or scripts/hostile)."""
import importlib.util
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from harness import ROOT, mailguard_binary

GENERATOR = ROOT / "Tests" / "Hostile" / "make_hostile.py"
SECONDS_LIMIT = 20 + 5  # limits.seconds_per_message of the shipped config, plus the milter's 5 s
# Plus the conduct model: its encoder's weights (87 MiB of file-backed pages, shared with
# every worker through the page cache) and OpenBLAS.
RSS_LIMIT_MIB = 400 + 120
# A scan past these is stopped, so one message cannot hold up the run or the machine; either
# is far past the bounds above, so the case fails with what was measured until then.
STOP_AFTER_SECONDS = 60
STOP_ABOVE_MIB = 3072
CANARY = "XXE-CANARY-7731"
NEVER_SHOWN = [CANARY, "536-90-4399", "536904399"]


def _generator():
    spec = importlib.util.spec_from_file_location("make_hostile", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HOSTILE = _generator()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    # Without the long tests, only the cases that run are built (the bombs take seconds each).
    names = [] if os.environ.get("MAILGUARD_LONG_TESTS") == "1" else [name for name, *_ in HOSTILE.CASES if name not in LONG_CASES]
    subprocess.run([sys.executable, str(GENERATOR), str(out), *names], check=True, timeout=300)
    return out, {case["name"]: case for case in json.loads((out / "cases.json").read_text())}


@pytest.fixture(scope="module")
def canary():
    """The file the external entities name, and whether reading it shows in its access time."""
    path = Path(HOSTILE.CANARY_PATH)
    path.write_text(CANARY + "\n")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    path.read_text()
    tracked = path.stat().st_atime != 1_000_000_000
    yield path, tracked
    path.unlink(missing_ok=True)


def run_scan(message: Path, workdir: Path):
    """`mailguard scan --json` on one file: exit code, seconds, peak RSS of that process (MiB),
    stdout, stderr, and why it was stopped (None when it ended by itself)."""
    stdout_path, stderr_path = workdir / "stdout", workdir / "stderr"
    with open(stdout_path, "wb") as stdout, open(stderr_path, "wb") as stderr:
        start = time.monotonic()
        process = subprocess.Popen(
            [str(mailguard_binary()), "scan", "--json", "--config", str(ROOT / "mailguard.toml"), str(message)],
            stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL, cwd=workdir)
    handle = os.pidfd_open(process.pid)
    done, stopped = threading.Event(), []

    def watch():
        while not done.wait(0.05):
            try:
                status = Path(f"/proc/{process.pid}/status").read_text()
                rss_kib = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            except (OSError, StopIteration, ValueError):
                rss_kib = 0
            reason = (f"still running after {STOP_AFTER_SECONDS} s" if time.monotonic() - start > STOP_AFTER_SECONDS
                      else f"RSS above {STOP_ABOVE_MIB} MiB" if rss_kib > STOP_ABOVE_MIB * 1024 else None)
            if reason:
                stopped.append(reason)
                try:
                    signal.pidfd_send_signal(handle, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    # The peak of this very process (RUSAGE_CHILDREN would be the largest of every child so far).
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - start
    done.set()
    watcher.join()
    os.close(handle)
    process.returncode = os.waitstatus_to_exitcode(status)
    return (process.returncode, seconds, usage.ru_maxrss / 1024, stdout_path.read_bytes().decode("utf-8", "replace"),
            stderr_path.read_bytes().decode("utf-8", "replace"), stopped[0] if stopped else None)


def first_lines(text, count=12):
    lines = [line for line in text.splitlines() if line.strip()]
    return "\n".join(lines[:count]) + ("\n..." if len(lines) > count else "")


# The cases that take five seconds or more each, and most compound-file cases:
# `./scripts/test --long` (and CI) runs them.
LONG_CASES = {
    "csv-line-10mb", "text-one-line-100k-named-addresses", "csv-50k-named-rows", "html-1m-nested-divs", "header-line-10mb",
    "pdf-flate-bomb", "text-conduct-view-worst", "text-200k-one-column-tab-lines", "multipart-100k-parts",
    "text-120k-lines-aligned-in-pairs", "cc-50k-display-names", "text-1m-bidi-overrides", "text-1m-spaced-digits",
    "text-1m-spelled-digits", "text-500k-digit-pairs", "text-spelled-dash-padding", "ooxml-agile-1m-spins",
    # Compound files: a FAT loop and 30 nested messages stay in the quick run; the rest with --long.
    "ole-directory-loop", "ole-stream-size-4-gib", "ole-start-sector-past-end", "msg-1200-attachments",
    "xls-sst-claims-4-billion-strings", "ppt-100k-nested-containers",
    # Archives, RTF, calendars and cards: 100,000 tar members stay in the quick run; the rest with --long.
    "7z-lzma-bomb", "rtf-1m-nested-groups", "targz-64mib-member", "gz-nested-40-deep", "tar-size-claims-2-pow-62", "tar-pax-path-64mib", "bz2-bomb", "xz-bomb",
    "7z-claims-1-billion-files", "7z-dictionary-4-gib", "7z-unpack-size-2-pow-60", "rtf-1m-unicode-escapes",
    "rtf-objdata-bin-4-gib", "vcf-50k-cards", "vcf-qp-500k-soft-breaks", "ics-1m-fold-lines", "ics-attach-12-deep",
}


@pytest.mark.parametrize("name", [pytest.param(name, marks=pytest.mark.long) if name in LONG_CASES else name
                                  for name, *_ in HOSTILE.CASES])
def test_a_hostile_message_is_decided_within_bounds(name, hostile, canary, tmp_path):
    directory, cases = hostile
    case = cases[name]
    canary_path, atime_tracked = canary
    os.utime(canary_path, (1_000_000_000, 1_000_000_000))

    code, seconds, peak_mib, stdout, stderr, stopped = run_scan(directory / case["file"], tmp_path)

    try:
        report = json.loads(stdout.strip().splitlines()[-1]) if stdout.strip() else None
    except ValueError:
        report = None
    verdict = report.get("verdict", "-") if isinstance(report, dict) else "-"
    findings = report.get("findings", []) if isinstance(report, dict) else []
    kinds = sorted({finding.get("kind", "?") for finding in findings})
    print(f"\n{name:36} {seconds:6.1f} s {peak_mib:7.0f} MiB  {verdict:10} {','.join(kinds) or '-'}"
          + (f"  (exit {code}{'; stopped: ' + stopped if stopped else ''})" if code else ""))

    problems = []
    if code != 0:
        how = f"killed by signal {-code}" if code < 0 else f"exit status {code}"
        problems.append(f"{how}{' (stopped by the test: ' + stopped + ')' if stopped else ''}; stderr:\n{first_lines(stderr)}")
    if seconds > SECONDS_LIMIT:
        problems.append(f"took {seconds:.1f} s (bound {SECONDS_LIMIT} s)")
    if peak_mib > RSS_LIMIT_MIB:
        problems.append(f"peak RSS {peak_mib:.0f} MiB (bound {RSS_LIMIT_MIB} MiB)")
    if case["planted"]:
        if verdict == "accept":
            problems.append(f"accepted although it carries the SSN; findings: {kinds or 'none'}")
        elif not {"ssn", "unscannable"} & set(kinds):
            problems.append(f"carries the SSN but has neither an ssn nor an unscannable finding (verdict {verdict}, kinds {kinds})")
    if code == 0 and report is None:
        problems.append(f"stdout is not one JSON object: {stdout[:300]!r}")
    for secret in NEVER_SHOWN:
        for stream, text in (("stdout", stdout), ("stderr", stderr)):
            if secret in text:
                problems.append(f"{secret} appears in {stream}")
    if atime_tracked and canary_path.stat().st_atime != 1_000_000_000:
        problems.append(f"{canary_path} was read during the scan (an external entity was resolved)")
    assert not problems, f"{name} ({case['description']}):\n" + "\n".join(problems)
