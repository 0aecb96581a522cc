"""The streams of a compound file (MS-CFB), read the plain way: header FAT list, directory,
mini stream. Enough for the small files the fixtures and fuzz seeds use (no DIFAT sectors)."""
import struct


def compound_streams(data):
    """Every stream of a compound file by name (the first of a name wins; storages are
    flattened), or {} when `data` is not one."""
    if not data.startswith(b"\xd0\xcf\x11\xe0"):
        return {}
    sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    cutoff = struct.unpack_from("<I", data, 0x38)[0]
    fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < 0xFFFFFFFA]
    fat = [e for s in fat_sectors for e in struct.unpack_from(f"<{sector // 4}I", data, sector * (s + 1))]

    def chain(start, table, read):
        body, seen = b"", set()
        while start < 0xFFFFFFFA and start not in seen and start < len(table):
            seen.add(start)
            body += read(start)
            start = table[start]
        return body

    def regular(index):
        return data[sector * (index + 1):sector * (index + 2)]

    directory = chain(struct.unpack_from("<I", data, 0x30)[0], fat, regular)
    entries = []
    for at in range(0, len(directory) - 127, 128):
        length = struct.unpack_from("<H", directory, at + 64)[0]
        name = directory[at:at + max(0, length - 2)].decode("utf-16-le", "replace")
        start, size = struct.unpack_from("<IQ", directory, at + 116)
        entries.append((name, directory[at + 66], start, size & 0xFFFFFFFF))
    mini = chain(entries[0][2], fat, regular) if entries else b""
    minifat_bytes = chain(struct.unpack_from("<I", data, 0x3C)[0], fat, regular)
    minifat = list(struct.unpack_from(f"<{len(minifat_bytes) // 4}I", minifat_bytes))
    streams = {}
    for name, kind, start, size in entries:
        if kind != 2:
            continue
        if size < cutoff:
            body = chain(start, minifat, lambda index: mini[64 * index:64 * (index + 1)])
        else:
            body = chain(start, fat, regular)
        streams.setdefault(name, body[:size])
    return streams
