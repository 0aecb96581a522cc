"""End-to-end measurements through private Postfix instances on loopback (Tests/blackbox/harness.py):
throughput against a null libmilter milter, added latency, peak memory under 32 large messages,
and CPU per message by size. Each function returns plain figures; scripts/bench prints them.

CPU time is read from /proc/PID/stat: a process's own user + system time, what it reaped from
exited children (cutime, cstime), and the same four for each living child. For the milter that
is `mailguard run` with its `mailguard worker` children (replaced workers are reaped, so their
time stays counted). For Postfix it is the instance's master (pid from its queue directory's
pid/master.pid) with every daemon it runs: smtpd, cleanup, qmgr, trivial-rewrite, discard, ...
"""
import math
import os
import re
import resource
import shutil
import signal
import smtplib
import socket
import statistics
import struct
import subprocess
import sys
import threading
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "Tests" / "blackbox"))
sys.path.insert(0, str(HERE))
from harness import MailGuard, Postfix, wait_for, world_readable_dir  # noqa: E402
import corpus  # noqa: E402

# The shipped config without bulk limits: all the load comes from one sender.
NO_BULK = "[bulk]\ndatabase = DATABASE\n"
# Other keys of MailGuard's shipped config for the runs ("key" or "section.key": value), from --set.
MAILGUARD_SETTINGS = {}
VARIANTS = {"none": "Postfix, no milter", "null": "null milter (C, libmilter)", "mailguard": "MailGuard"}
# The throughput run's last line: MailGuard reading a student's mail, every sentence by the conduct
# model (see model_cost), with 1/STUDENT_SHARE as many messages, from the student to the school
# office.
STUDENT = {"student": "MailGuard, student sender"}
STUDENT_SHARE = 20
# Mail from a teacher has only its candidate sentences scored by the conduct model; a student's
# (the shipped config's protected group, by domain) has every sentence scored up to [conduct]
# max_model_chars, and candidate sentences past it.
SENDERS = {"staff": corpus.SENDER, "student": "jordan.lee@students.district.example"}
# Inside the district, so that no rule about writing outside decides instead of reading.
INSIDE_RECIPIENT = "office@district.example"
TICKS = os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------------------------------------
# Cleanup: everything started is registered here, so a failure or Ctrl-C leaves nothing behind.

class Cleanup:
    def __init__(self):
        self.actions = []

    def add(self, action):
        self.actions.append(action)
        return action

    def discard(self, action):
        if action in self.actions:
            self.actions.remove(action)

    def run(self):
        while self.actions:
            action = self.actions.pop()
            try:
                action()
            except Exception as error:  # keep cleaning the rest
                print(f"cleanup: {error}", file=sys.stderr)


CLEANUP = Cleanup()


def children(pid: int):
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def finish_process(process: subprocess.Popen, timeout=30.0):
    """Waits for a process told to stop; kills it and its children if it takes too long."""
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        for pid in children(process.pid) + [process.pid]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        process.wait(timeout=10)


# ---------------------------------------------------------------------------------------------
# /proc readings

def cpu_seconds(pid: int) -> float:
    """User + system time of a process, of the children it reaped, and of its living children."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat.parent.name) == pid or int(fields[1]) == pid:
            total += sum(int(f) for f in fields[11:15]) / TICKS  # utime stime cutime cstime
    return total


def status_kib(pid: int, *keys):
    """Fields of /proc/PID/status in KiB (VmRSS, VmHWM, VmPeak), None when the process is gone."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    values = {}
    for line in text.splitlines():
        name, _, rest = line.partition(":")
        if name in keys:
            values[name] = int(rest.split()[0])
    return values if len(values) == len(keys) else None


def memory_files(pids):
    """Bytes in memory files (memfd) open in these processes, each file counted once: shared
    memory that no process's RSS shows unless it maps the file."""
    files = {}
    for pid in pids:
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}").startswith("/memfd:"):
                    st = os.stat(f"/proc/{pid}/fd/{fd}")
                    files[(st.st_dev, st.st_ino)] = st.st_size
            except OSError:
                continue
    return sum(files.values())


def shmem_kib():
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("Shmem:"):
            return int(line.split()[1])
    return 0


def percentile(values, p):
    """Nearest-rank percentile: the smallest value with at least p % of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


# ---------------------------------------------------------------------------------------------
# A Postfix instance with one of the variants in front of it

def compile_null_milter(directory: Path) -> Path:
    binary = directory / "null_milter"
    subprocess.run(["cc", "-O2", "-o", str(binary), str(HERE / "null_milter.c"), "-lmilter", "-lpthread"], check=True)
    return binary


class Stack:
    """A fresh Postfix and, in front of it, no milter, the null milter or MailGuard."""

    def __init__(self, variant: str, binary: Path, null_binary: Path = None, postfix_settings=None):
        self.variant = variant
        self.binary = binary
        self.null_binary = null_binary
        self.postfix_settings = postfix_settings or {}
        self.guard = self.null = self.server = None
        self.null_dir = None
        self._cleanup = None

    def start(self):
        self._cleanup = CLEANUP.add(self.stop)
        spec = None
        if self.variant in ("mailguard", "student"):
            self.guard = MailGuard("bench", binary=self.binary, bulk=NO_BULK, settings=MAILGUARD_SETTINGS)
            self.guard.start()
            spec = self.guard.spec
        elif self.variant == "null":
            self.null_dir = world_readable_dir("mailguard-bench-null-")
            socket_path = self.null_dir / "null.sock"
            spec = f"unix:{socket_path}"
            self.null = subprocess.Popen([str(self.null_binary), spec], stdout=subprocess.DEVNULL,
                                         stderr=open(self.null_dir / "null.log", "ab"))
            wait_for(lambda: socket_path.exists() or self.null.poll() is not None, what="null milter socket")
            assert self.null.poll() is None, (self.null_dir / "null.log").read_text()
        self.server = Postfix("bench", milter_socket=spec)
        for key, value in self.postfix_settings.items():
            subprocess.run(["postconf", "-c", str(self.server.etc), "-e", f"{key}={value}"], check=True)
        self.server.start()
        return self

    @property
    def port(self):
        return self.server.port

    def milter_socket(self):
        return self.guard.socket if self.guard else (self.null_dir / "null.sock" if self.null_dir else None)

    @property
    def milter(self):
        """The milter's Popen, or None."""
        return self.guard.process if self.guard else self.null

    def milter_cpu(self):
        return cpu_seconds(self.milter.pid) if self.milter else 0.0

    def master_pid(self):
        return int((self.server.dir / "queue" / "pid" / "master.pid").read_text().split()[0])

    def postfix_cpu(self):
        return cpu_seconds(self.master_pid())

    def log_offset(self):
        log = self.server.dir / "log" / "postfix.log"
        return log.stat().st_size if log.exists() else 0

    def verdicts(self, since=0):
        """Counts from Postfix's log after byte offset since: messages queued, milter 5xx and 4xx
        replies, holds."""
        log = self.server.dir / "log" / "postfix.log"
        counts = {"queued": 0, "5xx": 0, "4xx": 0, "held": 0}
        if not log.exists():
            return counts
        with open(log, "rb") as f:
            f.seek(since)
            for line in f.read().decode(errors="replace").splitlines():
                reject = re.search(r"milter-reject: \S+ from \S*\]: ([45])\.", line)
                if reject:
                    counts[f"{reject.group(1)}xx"] += 1
                elif "milter-hold:" in line:
                    counts["held"] += 1
                elif re.search(r"/qmgr\[\d+\]: \w+: from=<", line):
                    counts["queued"] += 1
        return counts

    def wait_queue_empty(self, timeout=120.0):
        """Until Postfix has delivered (or dropped) everything it accepted."""
        queue = self.server.dir / "queue"

        def empty():
            return not any(p.is_file() for name in ("maildrop", "incoming", "active") for p in (queue / name).rglob("*"))
        try:
            wait_for(empty, timeout=timeout, interval=0.1, what="an empty Postfix queue")
        except AssertionError:
            pass
        time.sleep(0.3)  # postlogd writes the last lines

    def stop(self):
        CLEANUP.discard(self._cleanup)
        if self.server:
            master = None
            try:
                master = self.master_pid()
            except (OSError, ValueError):
                pass
            self.server.stop()
            if master:
                try:
                    wait_for(lambda: not Path(f"/proc/{master}").exists(), timeout=15, what="postfix master to exit")
                except AssertionError:
                    pass
            shutil.rmtree(self.server.dir, ignore_errors=True)
            self.server = None
        # libmilter takes a few seconds to return from smfi_main after SIGTERM: the milters are
        # told now and waited for at the very end, so rounds do not wait on them.
        process = self.milter
        if process and process.poll() is None:
            process.send_signal(signal.SIGTERM)
        directory = self.guard.dir if self.guard else self.null_dir
        if process:
            def finish(process=process, directory=directory):
                finish_process(process)
                shutil.rmtree(directory, ignore_errors=True)
            CLEANUP.add(finish)
        self.guard = self.null = None


NO_REPLY_FLAGS = {0x1000: "connect", 0x2000: "helo", 0x4000: "mail", 0x8000: "rcpt", 0x10000: "data",
                  0x80: "header", 0x40000: "eoh", 0x80000: "body", 0x20000: "unknown"}


def negotiation(socket_path: Path):
    """What a milter asks for when offered everything (protocol 6, all actions, all steps):
    its actions and protocol flags, and the stages it answers with no reply."""
    with socket.socket(socket.AF_UNIX) as s:
        s.settimeout(10)
        s.connect(str(socket_path))
        body = b"O" + struct.pack(">III", 6, 0x1FF, 0x1FFFFF)
        s.sendall(struct.pack(">I", len(body)) + body)
        size = struct.unpack(">I", s.recv(4))[0]
        reply = b""
        while len(reply) < size:
            reply += s.recv(size - len(reply))
    _, actions, protocol = struct.unpack(">III", reply[1:13])
    return {"actions": actions, "protocol": protocol,
            "no_reply": [name for flag, name in NO_REPLY_FLAGS.items() if protocol & flag]}


# ---------------------------------------------------------------------------------------------
# Clients

def smtp_source_run(port: int, files, per_file: int, sessions=8, sender=corpus.SENDER, recipient=corpus.RECIPIENT):
    """Sends every file per_file times with Postfix's smtp-source: sessions slots run at once,
    each sending its share of the files one after another (one smtp-source process each, one
    SMTP session, a new connection per message). Returns elapsed seconds and the clients' CPU."""
    slots = [files[i::sessions] for i in range(sessions)]
    errors = []

    def slot(paths):
        for path in paths:
            if errors:
                return
            done = subprocess.run(["smtp-source", "-A", "-s", "1", "-m", str(per_file), "-F", str(path),
                                   "-f", sender, "-t", recipient, f"127.0.0.1:{port}"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if done.returncode != 0:
                errors.append(done.stderr.strip()[-300:])

    # Daemon threads: an interrupted run does not wait for them.
    threads = [threading.Thread(target=slot, args=(paths,), daemon=True) for paths in slots if paths]
    # Only smtp-source processes end (and are reaped) in this window: RUSAGE_CHILDREN grows by theirs.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if errors:
        raise RuntimeError(f"smtp-source failed: {errors[0]}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


class Sender:
    """One SMTP connection sending messages one after another; times each end of data."""

    def __init__(self, port: int, timeout=900, sender=corpus.SENDER, recipient=corpus.RECIPIENT):
        self.port = port
        self.timeout = timeout
        self.sender = sender
        self.recipient = recipient
        self.smtp = None

    def _connect(self):
        self.smtp = smtplib.SMTP("127.0.0.1", self.port, timeout=self.timeout)
        self.smtp.ehlo("bench.district.example")

    def send(self, data: bytes, header: bytes = b""):
        """data from corpus.smtp_data(); header: lines put in front (CRLF-ended). Returns
        (seconds from the final CRLF.CRLF to the reply, code, reply text)."""
        for attempt in (1, 2):
            try:
                if self.smtp is None:
                    self._connect()
                self.smtp.mail(self.sender)
                self.smtp.rcpt(self.recipient)
                self.smtp.putcmd("data")
                code, text = self.smtp.getreply()
                if code != 354:
                    return 0.0, code, text.decode(errors="replace")
                # One write: a header sent apart would wait for the server's delayed
                # acknowledgement of it (Nagle), 40 ms on every reply.
                self.smtp.sock.sendall(header + data)
                started = time.perf_counter()
                code, text = self.smtp.getreply()
                return time.perf_counter() - started, code, text.decode(errors="replace")
            except (smtplib.SMTPServerDisconnected, ConnectionError):
                self.smtp = None  # after a 421 Postfix closes the session: start a new one
                if attempt == 2:
                    raise

    def close(self):
        if self.smtp:
            try:
                self.smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass
            self.smtp = None


# ---------------------------------------------------------------------------------------------
# a. Throughput

def throughput(binary, null_binary, workdir: Path, rounds=3, messages=2000, sessions=8, progress=print):
    samples = corpus.small_corpus()
    files = []
    for sample in samples:
        path = workdir / f"{sample.name}.eml"
        path.write_bytes(sample.data)
        files.append(path)
    sensitive = sum(1 for s in samples if s.sensitive)
    rejected = sum(1 for s in samples if s.rejected)
    per_file = {name: max(1, round(messages / len(files))) for name in VARIANTS}
    per_file["student"] = max(1, round(messages / STUDENT_SHARE / len(files)))
    warm = {name: max(1, math.ceil(100 / len(files))) for name in VARIANTS} | {"student": 1}
    addresses = {name: (corpus.SENDER, corpus.RECIPIENT) for name in VARIANTS} | {"student": (SENDERS["student"], INSIDE_RECIPIENT)}
    runs = {name: [] for name in VARIANTS | STUDENT}
    negotiated = {}
    for round_number in range(rounds):
        for name in VARIANTS | STUDENT:
            stack = Stack(name, binary, null_binary).start()
            sender, recipient = addresses[name]
            sent = per_file[name] * len(files)
            try:
                if name in VARIANTS and name != "none" and name not in negotiated:
                    negotiated[name] = negotiation(stack.milter_socket())
                smtp_source_run(stack.port, files, warm[name], sessions, sender, recipient)
                stack.wait_queue_empty()
                offset = stack.log_offset()
                milter0, postfix0 = stack.milter_cpu(), stack.postfix_cpu()
                elapsed, client = smtp_source_run(stack.port, files, per_file[name], sessions, sender, recipient)
                milter1, postfix_sent = stack.milter_cpu(), stack.postfix_cpu()
                stack.wait_queue_empty()
                postfix1 = stack.postfix_cpu()
                counts = stack.verdicts(offset)
                run = {
                    "round": round_number + 1, "messages": sent, "seconds": elapsed, "rate": sent / elapsed,
                    "milter_cpu_ms": (milter1 - milter0) * 1000 / sent,
                    "postfix_cpu_ms": (postfix1 - postfix0) * 1000 / sent,
                    "client_cpu_ms": client * 1000 / sent,
                    # Share of all cores busy with client, Postfix and milter while sending.
                    "cpu_busy": ((milter1 - milter0) + (postfix_sent - postfix0) + client) / (elapsed * os.cpu_count()),
                    "rejects": counts["5xx"], "tempfails": counts["4xx"], "held": counts["held"],
                    "queued": counts["queued"],
                    "expected_rejects": per_file[name] * rejected if name == "mailguard" else 0,
                }
                runs[name].append(run)
                progress(f"  round {round_number + 1} {(VARIANTS | STUDENT)[name]}: {run['rate']:.0f} msgs/s")
            finally:
                stack.stop()
    result = {"corpus": {"files": len(files), "sensitive": sensitive, "rejected": rejected, "per_file": per_file["mailguard"],
                         "student_per_file": per_file["student"], "sessions": sessions,
                         "bytes": sum(len(s.data) for s in samples) // len(samples)},
              "runs": runs, "variants": {}, "negotiated": negotiated}
    for name, rows in runs.items():
        result["variants"][name] = {
            key: statistics.median(r[key] for r in rows)
            for key in ("rate", "milter_cpu_ms", "postfix_cpu_ms", "client_cpu_ms", "cpu_busy")
        } | {key: sum(r[key] for r in rows) for key in ("rejects", "tempfails", "held", "queued", "expected_rejects")}
        result["variants"][name]["sent"] = sum(r["messages"] for r in rows)
    base = result["variants"]["none"]["rate"]
    for name, figures in result["variants"].items():
        figures["ratio_none"] = figures["rate"] / base
    result["mailguard_vs_null"] = result["variants"]["mailguard"]["rate"] / result["variants"]["null"]["rate"]
    return result


# ---------------------------------------------------------------------------------------------
# b. Latency

def latency(binary, small_count=300, large_count=60, progress=print):
    small = [corpus.smtp_data(s.data) for s in corpus.small_corpus()]
    large = [corpus.smtp_data(corpus.large_message(i)) for i in range(3)]
    result = {"sizes": {"10 KB": sum(map(len, small)) // len(small), "1 MB": sum(map(len, large)) // len(large)}}
    for name in ("none", "mailguard"):
        stack = Stack(name, binary).start()
        sender = Sender(stack.port)
        try:
            for size, messages, count in (("10 KB", small, small_count), ("1 MB", large, large_count)):
                for i in range(5):  # warm up: worker start, caches
                    sender.send(messages[i % len(messages)])
                times, codes = [], {}
                for i in range(count):
                    seconds, code, _ = sender.send(messages[i % len(messages)])
                    times.append(seconds * 1000)
                    codes[code] = codes.get(code, 0) + 1
                result.setdefault(name, {})[size] = {
                    "count": count, "p50_ms": percentile(times, 50), "p99_ms": percentile(times, 99),
                    "max_ms": max(times), "codes": codes, "times_ms": times,
                }
                progress(f"  {VARIANTS[name]}, {size}: p50 {percentile(times, 50):.1f} ms, p99 {percentile(times, 99):.1f} ms")
        finally:
            sender.close()
            stack.stop()
    for size in ("10 KB", "1 MB"):
        result.setdefault("added", {})[size] = {
            p: result["mailguard"][size][f"{p}_ms"] - result["none"][size][f"{p}_ms"] for p in ("p50", "p99")}
    return result


# ---------------------------------------------------------------------------------------------
# c. Memory under many large messages at once

def workers_limit_mib(config: Path):
    return tomllib.loads(config.read_text()).get("workers", {}).get("memory_mib", 1024)


def memory(binary, huge: bytes, concurrent=32, progress=print):
    """concurrent clients send the huge message at the same moment (all reach end of data
    together); the milter's and each worker's memory is sampled every 50 ms until all replied."""
    data = corpus.smtp_data(huge)
    # A large message waits its turn for a worker; Postfix must not give up on the milter first.
    stack = Stack("mailguard", binary, postfix_settings={
        "milter_content_timeout": "1200s", "milter_command_timeout": "1200s", "smtpd_timeout": "1200s",
        "default_process_limit": str(max(100, concurrent * 2)), "smtpd_client_connection_count_limit": "0"}).start()
    guard = stack.guard
    milter_pid = guard.process.pid
    limit = workers_limit_mib(guard.config)
    replies = [None] * concurrent
    ready = threading.Barrier(concurrent + 1)
    done = threading.Event()
    peaks = {"milter_rss": 0, "workers": {}, "memfd": 0, "shmem": 0}
    shmem_before = shmem_kib()

    def client(i):
        sender = Sender(stack.port, timeout=1800)
        try:
            sender._connect()
            sender.smtp.mail(corpus.SENDER)
            sender.smtp.rcpt(corpus.RECIPIENT)
            sender.smtp.putcmd("data")
            code, text = sender.smtp.getreply()
            ready.wait()
            if code != 354:
                replies[i] = (code, text.decode(errors="replace"), 0.0)
                return
            started = time.monotonic()
            sender.smtp.sock.sendall(b"X-Bench-Copy: %d\r\n" % i + data)
            code, text = sender.smtp.getreply()
            replies[i] = (code, text.decode(errors="replace"), time.monotonic() - started)
        except Exception as error:  # a dropped connection is a result too
            replies[i] = (0, f"{type(error).__name__}: {error}", 0.0)
            try:
                ready.abort()
            except threading.BrokenBarrierError:
                pass
        finally:
            sender.close()

    def sample():
        while not done.is_set():
            rss = status_kib(milter_pid, "VmRSS")
            if rss:
                peaks["milter_rss"] = max(peaks["milter_rss"], rss["VmRSS"])
            for pid in guard.workers():
                values = status_kib(pid, "VmHWM", "VmPeak")
                if values:
                    seen = peaks["workers"].setdefault(pid, {"VmHWM": 0, "VmPeak": 0})
                    seen["VmHWM"] = max(seen["VmHWM"], values["VmHWM"])
                    seen["VmPeak"] = max(seen["VmPeak"], values["VmPeak"])
            peaks["memfd"] = max(peaks["memfd"], memory_files([milter_pid] + guard.workers()))
            peaks["shmem"] = max(peaks["shmem"], shmem_kib() - shmem_before)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(concurrent)]
    try:
        sampler.start()
        for thread in threads:
            thread.start()
        started = time.monotonic()
        try:
            ready.wait()
        except threading.BrokenBarrierError:
            pass  # a client failed before DATA: its reply says how
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        done.set()
        sampler.join()
        hwm = status_kib(milter_pid, "VmHWM")
        result = {
            "concurrent": concurrent, "message_bytes": len(huge), "seconds": elapsed,
            "milter_hwm_mib": hwm["VmHWM"] / 1024 if hwm else None,
            "milter_max_rss_mib": peaks["milter_rss"] / 1024,
            # Message bytes the milter keeps in memory files: RAM, but outside its RSS.
            "memfd_max_mib": peaks["memfd"] / 2**20, "shmem_growth_mib": peaks["shmem"] / 1024,
            "workers": {pid: {k: v / 1024 for k, v in seen.items()} for pid, seen in sorted(peaks["workers"].items())},
            "worker_limit_mib": limit,
            "replies": [{"code": r[0], "text": r[1], "seconds": r[2]} for r in replies],
        }
        classes = {}
        for r in replies:
            key = f"{r[0] // 100}xx" if r[0] else "no reply"
            classes[key] = classes.get(key, 0) + 1
        result["reply_classes"] = classes
        progress(f"  {concurrent} x {len(huge) / 1e6:.0f} MB: replies {classes}, {elapsed:.0f} s")
        return result
    finally:
        done.set()
        stack.stop()


# ---------------------------------------------------------------------------------------------
# d. CPU per message by size

def send_series(stack, sender, messages, count):
    """Sends count messages one after another (cycling through messages), each with a header of
    its own so that every copy is a new message. Returns the milter's and its workers' CPU in ms
    per message, each reply's time in ms, the reply codes and Postfix's counts of verdicts."""
    offset = stack.log_offset()
    before = stack.milter_cpu()
    codes, times = {}, []
    for i in range(count):
        took, code, _ = sender.send(messages[i % len(messages)], b"X-Bench-Copy: %d\r\n" % i)
        codes[code] = codes.get(code, 0) + 1
        times.append(took * 1000)
    per_message = (stack.milter_cpu() - before) * 1000 / count
    time.sleep(0.3)  # postlogd writes the last lines
    return per_message, times, codes, stack.verdicts(offset)


def cost(binary, huge: bytes, counts=(200, 20, 4), progress=print):
    small = [corpus.smtp_data(s.data) for s in corpus.small_corpus()]
    large = [corpus.smtp_data(corpus.large_message(i)) for i in range(3)]
    sizes = (("10 KB", small), ("1 MB", large), ("25 MB", [corpus.smtp_data(huge)]))
    stack = Stack("mailguard", binary, postfix_settings={"milter_content_timeout": "1200s"}).start()
    sender = Sender(stack.port)
    result = {}
    try:
        for i in range(3):  # warm up: the workers start and read once
            sender.send(small[i])
        for (size, messages), count in zip(sizes, counts):
            per_message, times, codes, verdicts = send_series(stack, sender, messages, count)
            mean_bytes = sum(len(messages[i % len(messages)]) for i in range(count)) / count
            result[size] = {
                "count": count, "bytes": mean_bytes, "cpu_ms": per_message,
                "cpu_ms_per_mb": per_message / (mean_bytes / 1e6), "codes": codes,
                "verdicts": verdicts, "reply_s_max": max(times) / 1000,
            }
            progress(f"  {size}: {per_message:.1f} ms CPU per message, codes {codes}")
    finally:
        sender.close()
        stack.stop()
    result["linearity"] = result["25 MB"]["cpu_ms_per_mb"] / result["1 MB"]["cpu_ms_per_mb"]
    # The large messages are clean: held means read only in part (a time or size bound), and
    # then their CPU time says nothing about how reading scales.
    result["whole"] = all(not result[size]["verdicts"]["held"] and set(result[size]["codes"]) <= {250}
                          for size in ("1 MB", "25 MB"))
    return result


# ---------------------------------------------------------------------------------------------
# e. The conduct model's cost: a teacher's mail and a student's



def model_cost(binary, counts=(100, 10), progress=print):
    """The same messages sent one after another by a teacher and by a student: CPU of the milter
    and its workers per message, and the time from end of data to the reply."""
    small = [corpus.smtp_data(s.data) for s in corpus.small_corpus()]
    large = [corpus.smtp_data(corpus.large_message(i)) for i in range(3)]
    stack = Stack("mailguard", binary, postfix_settings={"milter_content_timeout": "1200s"}).start()
    result = {}
    try:
        for who, address in SENDERS.items():
            sender = Sender(stack.port, sender=address, recipient=INSIDE_RECIPIENT)
            try:
                for i in range(3):  # warm up: the workers start and read once
                    sender.send(small[i])
                for (size, messages), count in zip((("10 KB", small), ("1 MB", large)), counts):
                    per_message, times, codes, verdicts = send_series(stack, sender, messages, count)
                    result.setdefault(who, {})[size] = {
                        "count": count, "cpu_ms": per_message, "p50_ms": percentile(times, 50),
                        "p99_ms": percentile(times, 99), "max_ms": max(times), "codes": codes,
                        "verdicts": verdicts,
                    }
                    progress(f"  {who}, {size}: {per_message:.1f} ms CPU per message, reply p50 {percentile(times, 50):.0f} ms,"
                             f" codes {codes}")
            finally:
                sender.close()
    finally:
        stack.stop()
    config = tomllib.loads((ROOT / "mailguard.toml").read_text())
    result["budget"] = {"max_model_chars": config.get("conduct", {}).get("max_model_chars", 20000),
                        "seconds_per_message": config.get("limits", {}).get("seconds_per_message", 20)}
    return result
