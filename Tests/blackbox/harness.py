"""Real peers for black-box tests: the built `mailguard run` as a subprocess, and private
Postfix instances on loopback, each with its own port and directories."""
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = ROOT / "patterns"


def mailguard_binary() -> Path:
    if os.environ.get("MAILGUARD_BIN"):
        return Path(os.environ["MAILGUARD_BIN"])
    return ROOT / ".build" / "debug" / "mailguard"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tcp_listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def world_readable_dir(prefix: str, fixed: Path = None) -> Path:
    # Postfix daemons (user postfix) and the virtual delivery agent (nobody) walk these paths.
    if fixed:
        shutil.rmtree(fixed, ignore_errors=True)
        fixed.mkdir(parents=True)
        path = fixed
    else:
        path = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    path.chmod(0o755)
    return path


def wait_for(condition, timeout=20.0, interval=0.05, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


class MailGuard:
    """`mailguard run` with a copy of the shipped config (the example district), patterns,
    notice templates and directory files, on its own socket. Notice mails go to `sendmail`
    (a Postfix instance's sendmail) or, by default, into files `notices/*.eml`."""

    def __init__(self, name: str, directory: Path = None, binary: Path = None, tcp_port: int = None,
                 sendmail=None, monitor=False, bulk=None, settings=None):
        self.dir = world_readable_dir(f"mailguard-{name}-", directory)
        self.binary = binary or mailguard_binary()
        for part in ("patterns", "notices", "directory", "console"):
            shutil.copytree(ROOT / part, self.dir / part)
        self.patterns = self.dir / "patterns"
        self.socket = self.dir / "milter.sock"
        self.tcp_port = tcp_port
        # The socket as Postfix and miltertest name it.
        self.spec = f"inet:{tcp_port}@127.0.0.1" if tcp_port else f"unix:{self.socket}"
        self.config = self.dir / "mailguard.toml"
        self.log = self.dir / "mailguard.log"
        self.notice_dir = self.dir / "sent-notices"
        self.notice_dir.mkdir()
        self.monitor = monitor
        self.bulk = bulk  # a replacement [bulk] section, for short test windows
        # Other keys of the shipped config: "key" (any section) or "section.key".
        self.settings = {k: json.dumps(v) for k, v in (settings or {}).items()}
        self.audit_db = self.dir / "audit.sqlite"
        self.pid_file = self.dir / "mailguard.pid"
        self.use_sendmail(sendmail or ["/bin/sh", "-c", 'cat > "$0/notice-$$.eml"', str(self.notice_dir)])
        self.process = None

    def use_sendmail(self, command):
        """Where notice mails go (before start): a Postfix instance's sendmail, say."""
        config = self._shipped_config({
            **self.settings,
            "socket": json.dumps(self.spec), "sendmail": json.dumps(command),
            "monitor": "true" if self.monitor else "false", "bulk.database": json.dumps(str(self.dir / "ledger.sqlite")),
            "audit.database": json.dumps(str(self.audit_db)), "milter.pid_file": json.dumps(str(self.pid_file)),
            # The conduct model's files stay where install-deps and the repository keep them.
            "conduct.encoder": json.dumps(str(ROOT / ".models/all-MiniLM-L6-v2")),
            "conduct.heads": json.dumps(str(ROOT / "models/conduct/heads.json")),
            **self.settings,
        })
        if self.bulk is not None:
            config = config[:config.index("\n[bulk]")] + "\n" + self.bulk.replace("DATABASE", json.dumps(str(self.dir / "ledger.sqlite")))
        self.config.write_text(config)

    @staticmethod
    def _shipped_config(values):
        """The shipped config with keys replaced: "section.key" for one section, "key" for any.
        A commented-out "#key = ..." line is set too."""
        lines, section = [], ""
        for line in (ROOT / "mailguard.toml").read_text().splitlines():
            if line.startswith("["):
                section = line.strip("[] ")
            key = line.split("=", 1)[0].strip().lstrip("#")
            name = f"{section}.{key}" if f"{section}.{key}" in values else key
            lines.append(f"{key} = {values[name]}" if name in values and "=" in line else line)
        return "\n".join(lines) + "\n"

    def cli(self, *args, check=True, env=None):
        """Runs `mailguard ARGS --config` this instance's config."""
        return subprocess.run([str(self.binary), *args, "--config", str(self.config)], capture_output=True, text=True,
                              check=check, env=env, timeout=60)

    def notices(self):
        return sorted(self.notice_dir.glob("*.eml"))

    def start(self, detached=False):
        if self.socket.exists():
            self.socket.unlink()
        self.process = subprocess.Popen(
            [str(self.binary), "run", "--config", str(self.config)],
            stdout=subprocess.DEVNULL, stderr=open(self.log, "ab"), start_new_session=detached,
        )
        wait_for(lambda: self._listening() or self.process.poll() is not None, what="milter socket")
        assert self.process.poll() is None, f"mailguard run exited: {self.log.read_text()}"
        return self

    def _listening(self):
        return tcp_listening(self.tcp_port) if self.tcp_port else self.socket.exists()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)
        return self.process.returncode if self.process else None

    def reload(self):
        self.process.send_signal(signal.SIGUSR1)

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def workers(self):
        """Process ids of the running `mailguard worker` children."""
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
                command = (stat.parent / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if int(fields[1]) == self.process.pid and fields[0] != "Z" and b"worker" in command[1:2]:
                pids.append(int(stat.parent.name))
        return sorted(pids)

    def wait_workers(self, count, exclude=()):
        """Waits until `count` live workers run, none of them in `exclude`."""
        return wait_for(lambda: (lambda p: p if len(p) == count and not set(p) & set(exclude) else None)(self.workers()),
                        what=f"{count} workers")


class Postfix:
    """A private Postfix on 127.0.0.1:port. Local domains district.example and
    students.district.example, every recipient delivered into one Maildir (mail/Maildir), told
    apart by Delivered-To; mail to other domains is discarded: nothing leaves the machine."""

    SERVICES = """\
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""

    def __init__(self, name: str, milter_socket=None, relay_to_port=None, directory: Path = None, port: int = None):
        self.name = name
        self.dir = world_readable_dir(f"postfix-{name}-", directory)
        self.port = port or free_port()
        self.etc = self.dir / "etc"
        self.mail = self.dir / "mail"
        for sub in ("etc", "queue", "data", "mail", "log"):
            (self.dir / sub).mkdir(mode=0o755)
        postfix_user = pwd.getpwnam("postfix")
        os.chown(self.dir / "data", postfix_user.pw_uid, postfix_user.pw_gid)
        os.chown(self.mail, 65534, 65534)
        (self.etc / "master.cf").write_text(
            f"127.0.0.1:{self.port} inet n - n - - smtpd\n" + self.SERVICES)
        settings = {
            "compatibility_level": "3.6",
            "queue_directory": self.dir / "queue",
            "data_directory": self.dir / "data",
            "mail_owner": "postfix",
            "setgid_group": "postdrop",
            "myhostname": f"{name}.district.example",
            "mydomain": "district.example",
            "myorigin": "district.example",
            "inet_interfaces": "loopback-only",
            "inet_protocols": "ipv4",
            "mynetworks": "127.0.0.0/8",
            "smtpd_peername_lookup": "no",
            "smtp_dns_support_level": "disabled",
            "alias_maps": "",
            "alias_database": "",
            "biff": "no",
            "maillog_file": self.dir / "log" / "postfix.log",
            "maillog_file_prefixes": self.dir / "log",
            "message_size_limit": "52428800",
            "virtual_mailbox_limit": "0",
            "queue_run_delay": "300s",
            "minimal_backoff_time": "300s",
        }
        if relay_to_port:
            settings.update({
                "mydestination": "",
                "relayhost": f"[127.0.0.1]:{relay_to_port}",
                "smtp_host_lookup": "native",
            })
        else:
            settings.update({
                "mydestination": "district.example, students.district.example",
                "local_recipient_maps": "",
                "local_transport": "virtual",
                "virtual_mailbox_domains": "",
                "virtual_mailbox_base": self.mail,
                "virtual_mailbox_maps": "static:Maildir/",
                "virtual_uid_maps": "static:65534",
                "virtual_gid_maps": "static:65534",
                "relayhost": "",
                # Outside mail is accepted (so MailGuard sees it) and dropped: nothing leaves.
                "default_transport": "discard:outbound mail dropped",
                "relay_transport": "discard:outbound mail dropped",
            })
        if milter_socket:
            settings.update({
                "smtpd_milters": milter_socket,
                "non_smtpd_milters": "$smtpd_milters",
                "milter_default_action": "tempfail",
                "milter_protocol": "6",
            })
        (self.etc / "main.cf").write_text("".join(f"{k} = {v}\n" for k, v in settings.items()))

    def postfix(self, *args):
        return subprocess.run(["postfix", "-c", str(self.etc), *args], capture_output=True, text=True, check=True)

    def start(self):
        self.postfix("start")
        wait_for(lambda: tcp_listening(self.port), what=f"postfix {self.name} on port {self.port}")
        return self

    def stop(self):
        subprocess.run(["postfix", "-c", str(self.etc), "stop"], capture_output=True)

    def flush(self):
        subprocess.run(["postqueue", "-c", str(self.etc), "-f"], check=True)

    def wait_held(self):
        """Postfix's queue as JSON (postqueue -j), once a message is on hold."""
        wait_for(lambda: self.queue_ids("hold"), what="a message on hold")
        return subprocess.run(["postqueue", "-c", str(self.etc), "-j"], capture_output=True, text=True, check=True).stdout

    def queue_ids(self, queue="deferred"):
        base = self.dir / "queue" / queue
        return [p.name for p in base.rglob("*") if p.is_file()] if base.exists() else []

    def delivered(self, user: str):
        """Messages delivered to user@district.example."""
        folder = self.mail / "Maildir" / "new"
        if not folder.exists():
            return []
        marker = f"Delivered-To: {user}@" if "@" not in user else f"Delivered-To: {user}\n"
        return sorted(p for p in folder.iterdir() if marker in p.read_text(errors="replace"))

    def wait_delivered(self, user: str, count=1, timeout=20.0):
        return wait_for(lambda: (lambda found: found if len(found) >= count else None)(self.delivered(user)),
                        timeout=timeout, what=f"{count} message(s) in {user}'s Maildir")

    def sendmail_command(self):
        return ["/usr/sbin/sendmail", "-C", str(self.etc)]

    def sendmail(self, sender: str, recipient: str, message: bytes):
        subprocess.run(self.sendmail_command() + ["-f", sender, recipient], input=message, check=True)

    def log_text(self) -> str:
        log = self.dir / "log" / "postfix.log"
        return log.read_text(errors="replace") if log.exists() else ""


def start_district(name: str, **mailguard_options):
    """MailGuard and a Postfix that uses it, with notice mails going back through that Postfix."""
    guard = MailGuard(name, **mailguard_options)
    server = Postfix(name, milter_socket=guard.spec)
    guard.use_sendmail(server.sendmail_command())
    guard.start()
    server.start()
    return guard, server


class Postgres:
    """A private PostgreSQL 15 on 127.0.0.1:port with a database `mailguard` owned by the
    login role `mailguard`. Without `password` no password is asked for; with one, TCP logins
    must give it (SCRAM). It runs as the user postgres; kill() stops it as a crash would, and
    start() again recovers it."""

    BIN = Path("/usr/lib/postgresql/15/bin")

    def __init__(self, name: str = "store", port: int = None, password: str = None, tls: bool = False):
        self.dir = Path(tempfile.mkdtemp(prefix=f"postgres-{name}-", dir="/tmp"))
        self.data = self.dir / "data"
        self.log = self.dir / "log"
        self.port = port or free_port()
        self.url = f"postgres://mailguard@127.0.0.1:{self.port}/mailguard"
        self.password = password
        # With tls: TCP logins only over TLS (hostssl), with a self-signed certificate for
        # 127.0.0.1 that `ca` names.
        self.tls = tls
        self.ca = self.dir / "ca.crt"
        owner = pwd.getpwnam("postgres")
        os.chown(self.dir, owner.pw_uid, owner.pw_gid)
        self.initialized = False
        self.killed = None

    def _as_postgres(self, *command, check=True):
        return subprocess.run(["runuser", "-u", "postgres", "--", *map(str, command)], capture_output=True, text=True,
                              check=check, timeout=120)

    def start(self):
        if self.killed:
            # PostgreSQL refuses to start while the old postmaster's pid exists, a zombie too;
            # the init process reaps orphans now and then.
            wait_for(lambda: not Path(f"/proc/{self.killed}").exists(), timeout=30, what="the killed postmaster reaped")
            self.killed = None
        if not self.initialized:
            authentication = ["--auth-local=trust", "--auth-host=scram-sha-256"] if self.password else ["-A", "trust"]
            self._as_postgres(self.BIN / "initdb", "-D", self.data, *authentication, "-U", "postgres", "--no-sync")
            if self.tls:
                self._certificate()
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
        if self.tls:
            options += " -c ssl=on"
        started = self._as_postgres(self.BIN / "pg_ctl", "-D", self.data, "-o", options, "-l", self.log, "-w", "start", check=False)
        if started.returncode != 0:
            # Backends of a killed postmaster that have not gone yet hold the shared memory.
            self._kill_leftovers()
            self._as_postgres(self.BIN / "pg_ctl", "-D", self.data, "-o", options, "-l", self.log, "-w", "start")
        if not self.initialized:
            login = "LOGIN PASSWORD " + "'" + self.password.replace("'", "''") + "'" if self.password else "LOGIN"
            self.psql(f"CREATE ROLE mailguard {login}", "CREATE DATABASE mailguard OWNER mailguard", user="postgres", database="postgres")
            self.initialized = True
        return self

    def _certificate(self):
        subprocess.run(["openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=127.0.0.1",
                        "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", self.data / "server.key", "-out", self.data / "server.crt"],
                       check=True, capture_output=True, timeout=60)
        shutil.copy(self.data / "server.crt", self.ca)
        owner = pwd.getpwnam("postgres")
        for name in ("server.key", "server.crt"):
            os.chown(self.data / name, owner.pw_uid, owner.pw_gid)
        os.chmod(self.data / "server.key", 0o600)
        hba = self.data / "pg_hba.conf"
        hba.write_text("\n".join("hostssl" + line[4:] if line.startswith("host ") else line for line in hba.read_text().splitlines()) + "\n")

    def stop(self):
        if self.data.exists():
            self._as_postgres(self.BIN / "pg_ctl", "-D", self.data, "-m", "immediate", "stop", check=False)
        self._kill_leftovers()

    def kill(self):
        """SIGKILL to the postmaster; returns once the port refuses connections."""
        pid = int((self.data / "postmaster.pid").read_text().splitlines()[0])
        os.kill(pid, signal.SIGKILL)
        self.killed = pid
        wait_for(lambda: not tcp_listening(self.port), timeout=10, what="PostgreSQL's port closed")

    def _kill_leftovers(self):
        for pid in self.processes():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        wait_for(lambda: not self.processes(), timeout=10, what="PostgreSQL's processes gone")

    def processes(self):
        """Process ids of this instance's postmaster and backends: every one of them works in
        the data directory (a backend's command line names only its client)."""
        pids = []
        for proc in Path("/proc").glob("[0-9]*"):
            try:
                if os.readlink(proc / "cwd") == str(self.data):
                    pids.append(int(proc.name))
            except OSError:
                continue
        return pids

    def psql(self, *statements, user="mailguard", database="mailguard"):
        """Runs each statement on its own (psql -c ...) and returns the rows of the last one.
        The superuser comes in through the Unix socket, mailguard over TCP."""
        host = str(self.dir) if user == "postgres" else "127.0.0.1"
        command = ["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-h", host, "-p", str(self.port), "-U", user, "-d", database]
        for statement in statements:
            command += ["-c", statement]
        env = {**os.environ, "PGPASSWORD": self.password} if self.password else None
        out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60, env=env).stdout
        return [line.split("|") for line in out.splitlines()]

    def query(self, sql: str):
        """Rows of one SQL statement, each a list of text values."""
        return self.psql(sql)

    def value(self, sql: str):
        rows = self.query(sql)
        return rows[0][0] if rows else None

    def remove(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)
