"""A small writer for compound files (MS-CFB version 3, 512-byte sectors) and for
Outlook .msg files laid out per MS-OXMSG on top of it.  Standard library only.

    cfb_write(tree) -> bytes
        tree: {name: bytes | dict}, a dict being a storage.  The root may carry
        the key CLSID (16 bytes) for its class id.
    Msg(...).to_bytes() -> bytes
"""
import struct

FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
SECTOR, MINI, CUTOFF = 512, 64, 4096
CLSID_KEY = "\x00CLSID"


def _key(name):
    return (len(name), name.upper())


class _Entry:
    def __init__(self, name, kind, data=None, clsid=b"\0" * 16):
        self.name, self.kind, self.data, self.clsid = name, kind, data, clsid
        self.left = self.right = self.child = NOSTREAM
        self.color = 1           # black
        self.start, self.size = ENDOFCHAIN, 0
        self.children = []


def _tree(entries, items, depth, maxdepth):
    """Balanced binary tree of the sorted items; nodes on an incomplete last
    level are red, so every path holds the same number of black nodes."""
    if not items:
        return NOSTREAM
    mid = len(items) // 2
    node = items[mid]
    node.left = _tree(entries, items[:mid], depth + 1, maxdepth)
    node.right = _tree(entries, items[mid + 1:], depth + 1, maxdepth)
    node.color = 0 if (depth == maxdepth and depth > 0) else 1
    return node.index


def _depth(n):
    d = 0
    while (1 << (d + 1)) - 1 < n:
        d += 1
    return d            # depth index of the last level


def _perfect(n):
    return n == (1 << (_depth(n) + 1)) - 1


def cfb_write(tree):
    entries = []
    root = _Entry("Root Entry", 5, clsid=tree.get(CLSID_KEY, b"\0" * 16))
    root.index = 0
    entries.append(root)

    def add(parent, subtree):
        for name, val in subtree.items():
            if name == CLSID_KEY:
                continue
            assert len(name) <= 31, name
            if isinstance(val, dict):
                e = _Entry(name, 1, clsid=val.get(CLSID_KEY, b"\0" * 16))
            else:
                e = _Entry(name, 2, data=bytes(val))
            e.index = len(entries)
            entries.append(e)
            parent.children.append(e)
            if isinstance(val, dict):
                add(e, val)

    add(root, tree)
    for e in entries:
        if e.kind in (1, 5) and e.children:
            kids = sorted(e.children, key=lambda c: _key(c.name))
            md = _depth(len(kids))
            if _perfect(len(kids)):
                md = -1
            e.child = _tree(entries, kids, 0, md)

    # mini stream and regular streams
    mini = bytearray()
    minifat = []
    big = []                 # (entry, data)
    for e in entries:
        if e.kind != 2:
            continue
        e.size = len(e.data)
        if e.size == 0:
            e.start = ENDOFCHAIN
        elif e.size < CUTOFF:
            first = len(mini) // MINI
            n = (e.size + MINI - 1) // MINI
            e.start = first
            minifat += [first + i + 1 for i in range(n - 1)] + [ENDOFCHAIN]
            mini += e.data + b"\0" * (n * MINI - e.size)
        else:
            big.append(e)
    dir_bytes = bytearray()
    for e in entries:
        dir_bytes += _dirent(e)
    while len(dir_bytes) % SECTOR:
        dir_bytes += _dirent(None)
    minifat_bytes = b"".join(struct.pack("<I", x) for x in minifat)
    if minifat_bytes:
        minifat_bytes += b"\xff" * ((-len(minifat_bytes)) % SECTOR)

    def nsec(n):
        return (n + SECTOR - 1) // SECTOR

    n_dir = len(dir_bytes) // SECTOR
    n_mfat = len(minifat_bytes) // SECTOR
    n_mini = nsec(len(mini))
    n_big = sum(nsec(e.size) for e in big)
    n_data = n_dir + n_mfat + n_mini + n_big
    n_fat = 1
    while n_fat * (SECTOR // 4) < n_fat + n_data:
        n_fat += 1
    assert n_fat <= 109, "file too large for this writer (no DIFAT sectors)"

    fat = [FATSECT] * n_fat
    sectors = []

    def place(data):
        n = nsec(len(data))
        first = len(fat)
        for i in range(n):
            fat.append(first + i + 1 if i < n - 1 else ENDOFCHAIN)
        sectors.append(bytes(data) + b"\0" * (n * SECTOR - len(data)))
        return first

    dir_start = place(dir_bytes)
    mfat_start = place(minifat_bytes) if n_mfat else ENDOFCHAIN
    if mini:
        root.start = place(mini)
        root.size = len(mini)
    else:
        root.start, root.size = ENDOFCHAIN, 0
    for e in big:
        e.start = place(e.data)
    # directory again, now that start sectors are known
    dir_bytes = bytearray()
    for e in entries:
        dir_bytes += _dirent(e)
    while len(dir_bytes) % SECTOR:
        dir_bytes += _dirent(None)
    sectors[0] = bytes(dir_bytes)
    fat += [FREESECT] * (n_fat * (SECTOR // 4) - len(fat))
    fat_bytes = b"".join(struct.pack("<I", x) for x in fat)

    hdr = bytearray()
    hdr += bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16
    hdr += struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
    hdr += struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, CUTOFF, mfat_start,
                       n_mfat, ENDOFCHAIN, 0)
    difat = list(range(n_fat)) + [FREESECT] * (109 - n_fat)
    hdr += b"".join(struct.pack("<I", x) for x in difat)
    assert len(hdr) == SECTOR
    return bytes(hdr) + fat_bytes + b"".join(sectors)


def _dirent(e):
    if e is None:
        return b"\0" * 64 + struct.pack("<HBBIII", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM) + \
            b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<IQ", 0, 0)
    nm = e.name.encode("utf-16-le") + b"\0\0"
    return nm + b"\0" * (64 - len(nm)) + struct.pack(
        "<HBBIII", len(nm), e.kind, e.color, e.left, e.right, e.child) + e.clsid + \
        b"\0" * 4 + b"\0" * 16 + struct.pack("<IQ", e.start if e.kind != 1 else 0,
                                             e.size if e.kind != 1 else 0)


# --------------------------------------------------------------------------
# MS-OXMSG
# --------------------------------------------------------------------------
PT_LONG, PT_BOOL, PT_SYSTIME = 0x0003, 0x000B, 0x0040
PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT = 0x001E, 0x001F, 0x0102, 0x000D
CLSID_MSG = bytes.fromhex("0B0D020000000000C000000000000046")


def _filetime(dt):
    import datetime
    epoch = datetime.datetime(1601, 1, 1, tzinfo=datetime.timezone.utc)
    return int((dt - epoch).total_seconds() * 10_000_000)


class _Props:
    def __init__(self, ansi=False):
        self.ansi = ansi
        self.fixed = []      # (tag, type, bytes8)
        self.streams = {}    # name -> bytes
        self.var = []        # (tag, type, size)

    def string(self, pid, text, force=None):
        t = force or (PT_STRING8 if self.ansi else PT_UNICODE)
        if t == PT_UNICODE:
            data = text.encode("utf-16-le")
            size = len(data) + 2
        else:
            data = text.encode("cp1252")
            size = len(data) + 1
        self.streams["__substg1.0_%04X%04X" % (pid, t)] = data
        self.var.append((pid, t, size))

    def binary(self, pid, data):
        self.streams["__substg1.0_%04X%04X" % (pid, PT_BINARY)] = data
        self.var.append((pid, PT_BINARY, len(data)))

    def obj(self, pid):
        self.var.append((pid, PT_OBJECT, 0xFFFFFFFF))

    def long(self, pid, v):
        self.fixed.append((pid, PT_LONG, struct.pack("<I", v) + b"\0" * 4))

    def boolean(self, pid, v):
        self.fixed.append((pid, PT_BOOL, struct.pack("<H", 1 if v else 0) + b"\0" * 6))

    def time(self, pid, dt):
        self.fixed.append((pid, PT_SYSTIME, struct.pack("<Q", _filetime(dt))))

    def stream(self, header):
        out = bytearray(header)
        rows = [(pid, t, 0, val) for pid, t, val in self.fixed] + \
               [(pid, t, 1, struct.pack("<II", size, 0)) for pid, t, size in self.var]
        for pid, t, _, val in sorted(rows, key=lambda r: (r[0], r[1])):
            out += struct.pack("<II", (pid << 16) | t, 6) + val
        return bytes(out)


class Attachment:
    def __init__(self, filename, data=None, mime="application/octet-stream", embedded=None):
        self.filename, self.data, self.mime, self.embedded = filename, data, mime, embedded


class Msg:
    """An IPM.Note.  sender, to, cc: (name, address)."""

    def __init__(self, subject, body, sender, to, date, cc=(), html=None, ansi=False,
                 attachments=(), message_class="IPM.Note"):
        self.subject, self.body, self.sender, self.to, self.cc = subject, body, sender, list(to), list(cc)
        self.date, self.html, self.ansi = date, html, ansi
        self.attachments = list(attachments)
        self.message_class = message_class

    def _storage(self, top):
        p = _Props(self.ansi)
        p.string(0x001A, self.message_class)
        p.string(0x0037, self.subject)
        p.string(0x0E1D, self.subject)          # normalized subject
        if self.body is not None:
            p.string(0x1000, self.body)
        if self.html is not None:
            p.binary(0x1013, self.html.encode("cp1252" if self.ansi else "utf-8"))
            p.long(0x3FDE, 1252 if self.ansi else 65001)   # internet code page
        if self.ansi:
            p.long(0x3FFD, 1252)                # message code page
        p.string(0x0C1A, self.sender[0])
        p.string(0x0C1F, self.sender[1])
        p.string(0x0C1E, "SMTP")
        p.string(0x5D01, self.sender[1])
        p.string(0x0042, self.sender[0])
        p.string(0x0065, self.sender[1])
        p.string(0x0064, "SMTP")
        p.string(0x0E04, "; ".join(n for n, _ in self.to))
        p.string(0x0E03, "; ".join(n for n, _ in self.cc))
        p.string(0x0E02, "")
        p.time(0x0039, self.date)
        p.time(0x0E06, self.date)
        p.long(0x0E07, 0x00000001 | (0x10 if self.attachments else 0))   # read, has attach
        p.long(0x0017, 1)                       # importance normal
        p.boolean(0x0E1F, False)                # rtf in sync
        if not self.ansi:
            p.long(0x340D, 0x00040000)          # STORE_UNICODE_OK
        st = {}
        recips = [(n, a, 1) for n, a in self.to] + [(n, a, 2) for n, a in self.cc]
        for i, (n, a, kind) in enumerate(recips):
            rp = _Props(self.ansi)
            rp.long(0x3000, i)                  # row id
            rp.long(0x0C15, kind)
            rp.long(0x0FFE, 6)                  # MAPI_MAILUSER
            rp.string(0x3001, n)
            rp.string(0x3003, a)
            rp.string(0x3002, "SMTP")
            rp.string(0x39FE, a)
            rp.string(0x5FF6, n)
            s = dict(rp.streams)
            s["__properties_version1.0"] = rp.stream(b"\0" * 8)
            st["__recip_version1.0_#%08X" % i] = s
        for i, att in enumerate(self.attachments):
            ap = _Props(self.ansi)
            ap.long(0x0FFE, 7)                  # MAPI_ATTACH
            ap.long(0x0E21, i)                  # attach number
            ap.long(0x370B, 0xFFFFFFFF)         # rendering position
            ap.string(0x3001, att.filename)
            s = {}
            if att.embedded is not None:
                ap.long(0x3705, 5)              # ATTACH_EMBEDDED_MSG
                ap.obj(0x3701)
                ap.long(0x0E20, 0)
                sub = att.embedded._storage(top=False)
                sub[CLSID_KEY] = CLSID_MSG
                s["__substg1.0_3701000D"] = sub
            else:
                ap.long(0x3705, 1)              # ATTACH_BY_VALUE
                ap.binary(0x3701, att.data)
                ap.long(0x0E20, len(att.data))
                ap.string(0x3707, att.filename)
                ap.string(0x3704, _short_name(att.filename))
                ap.string(0x3703, "." + att.filename.rsplit(".", 1)[-1])
                ap.string(0x370E, att.mime)
            s.update(ap.streams)
            s["__properties_version1.0"] = ap.stream(b"\0" * 8)
            st["__attach_version1.0_#%08X" % i] = s
        st.update(p.streams)
        n_r, n_a = len(recips), len(self.attachments)
        hdr = b"\0" * 8 + struct.pack("<IIII", n_r, n_a, n_r, n_a)
        if top:
            hdr += b"\0" * 8
            st["__nameid_version1.0"] = {
                "__substg1.0_00020102": b"", "__substg1.0_00030102": b"",
                "__substg1.0_00040102": b""}
        st["__properties_version1.0"] = p.stream(hdr)
        return st

    def to_bytes(self):
        tree = self._storage(top=True)
        tree[CLSID_KEY] = CLSID_MSG
        return cfb_write(tree)


def _short_name(name):
    base, _, ext = name.rpartition(".")
    base = "".join(c for c in base.upper() if c.isalnum())[:6] or "FILE"
    return "%s~1.%s" % (base, ext.upper()[:3])
