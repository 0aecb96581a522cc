#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, taken from Tests/Fixtures, the labelled sets and patterns/:
whole messages, Subjects, HTML parts, and attachments sorted by format."""
import email
import email.policy
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "Tests" / "Fixtures"))
from compound_file import compound_streams  # noqa: E402
out = Path(sys.argv[1])
targets = ["message", "headers", "html", "csv", "tables", "charset", "office", "zip", "pdf", "patterns", "config", "sentences", "numbers", "word", "xls", "ppt", "ole", "archive", "rtf", "calendar", "scanner", "windows"]
for target in targets:
    (out / target).mkdir(parents=True, exist_ok=True)

by_extension = {".csv": "csv", ".tsv": "csv", ".txt": "tables", ".docx": "office", ".xlsx": "office", ".pptx": "office", ".odt": "office",
                ".zip": "zip", ".pdf": "pdf", ".gz": "archive", ".tgz": "archive", ".bz2": "archive", ".xz": "archive", ".7z": "archive",
                ".tar": "archive", ".cab": "archive", ".rar": "archive", ".rtf": "rtf", ".ics": "calendar", ".vcf": "calendar"}
messages = (sorted((ROOT / "Tests" / "Fixtures").glob("*.eml")) + sorted((ROOT / "Tests" / "Corpus").rglob("*.eml"))[::3]
            + sorted((ROOT / "Tests" / "Evaluation").rglob("*.eml"))[::5] + sorted((ROOT / "Tests" / "Holdout").rglob("*.eml"))[::5]
            + sorted((ROOT / "Tests" / "Records").rglob("*.eml"))[::5] + sorted((ROOT / "Tests" / "Disguised").rglob("*.eml"))[::3]
            + sorted((ROOT / "Tests" / "LegacyPlanted").rglob("*.eml"))[::4] + sorted((ROOT / "Tests" / "ArchivePlanted").rglob("*.eml"))[::3]
            + sorted((ROOT / "Tests" / "ArchiveReal").rglob("*.eml"))[::2])
def seed_compound(payload, name):
    (out / "ole" / name).write_bytes(payload)
    streams = compound_streams(payload)
    if "WordDocument" in streams:
        document = streams["WordDocument"]
        table = streams.get("1Table", streams.get("0Table", b""))
        (out / "word" / name).write_bytes(len(document).to_bytes(4, "little") + document + table)
    if "Workbook" in streams:
        (out / "xls" / name).write_bytes(streams["Workbook"])
    if "PowerPoint Document" in streams:
        (out / "ppt" / name).write_bytes(streams["PowerPoint Document"])


count = 0
for path in messages:
    raw = path.read_bytes()
    name = f"{count:04d}"
    count += 1
    (out / "message" / name).write_bytes(raw)
    head = raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    for line in head.splitlines():
        if line.lower().startswith(b"subject:"):
            (out / "headers" / name).write_bytes(line[8:].strip())
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    for index, part in enumerate(message.walk()):
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        filename = (part.get_filename() or "").lower()
        suffix = Path(filename).suffix
        if suffix in (".doc", ".xls", ".ppt", ".msg"):
            seed_compound(payload, f"{name}-{index}{suffix}")
        elif suffix in by_extension:
            (out / by_extension[suffix] / f"{name}-{index}{suffix}").write_bytes(payload)
            if by_extension[suffix] == "office":
                (out / "zip" / f"{name}-{index}{suffix}").write_bytes(payload)
        elif part.get_content_type() == "text/html":
            (out / "html" / f"{name}-{index}").write_bytes(payload)
        elif part.get_content_maintype() == "text":
            (out / "charset" / f"{name}-{index}").write_bytes(bytes([index % 12]) + payload)
            (out / "tables" / f"{name}-{index}").write_bytes(payload)
            (out / "sentences" / f"{name}-{index}").write_bytes(payload)
            (out / "numbers" / f"{name}-{index}").write_bytes(payload)
            (out / "scanner" / f"{name}-{index}").write_bytes(payload[:8192])
            (out / "windows" / f"{name}-{index}").write_bytes(payload[:8192])
for index, sentence in enumerate(json.loads((ROOT / "Tests/ClassifierTests/Reference/sentences.json").read_text())[::10]):
    (out / "sentences" / f"parity-{index:04d}").write_bytes(sentence.encode("utf-8", "surrogatepass"))
(out / "config" / "mailguard.toml").write_bytes((ROOT / "mailguard.toml").read_bytes())
for rules in sorted((ROOT / "patterns").glob("*.rules")):
    (out / "patterns" / rules.name).write_bytes(rules.read_bytes())
    # Every rule's own examples and look-alikes, for the scanner comparison.
    for number, line in enumerate(rules.read_text().splitlines()):
        if line.startswith(("example", "not ")):
            (out / "scanner" / f"{rules.stem}-{number}").write_bytes(line.split(None, 1)[1].encode())
            (out / "windows" / f"{rules.stem}-{number}").write_bytes(line.split(None, 1)[1].encode())
print(" ".join(f"{t}:{len(list((out / t).iterdir()))}" for t in targets))
