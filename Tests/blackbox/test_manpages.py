"""The manual pages of the Debian package (docs/man/) render without a warning, mailguard(8)
has an entry for every command and option the built `mailguard` lists in its help, and
mailguard-patterns(5) documents every keyword and value the pattern-file parser accepts, with
example rules that pass `mailguard check`."""
import functools
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from harness import PATTERNS, ROOT, mailguard_binary

MAN = ROOT / "docs" / "man"
COMMANDS_PAGE = MAN / "mailguard.8"
PATTERNS_PAGE = MAN / "mailguard-patterns.5"
# The hand-written pages; mailguard.toml.5 is made at package time by `mailguard check --keys --man`.
WRITTEN = ["mailguard.8", "mailguard-patterns.5"]
# Started by other commands, never by hand: mailguard(8) lists them apart, and `--help` hides them.
INTERNAL = {("worker",), ("console", "reveal")}
PARSER_SOURCE = ROOT / "Sources" / "Detectors" / "PatternFile.swift"
VALIDATOR_SOURCE = ROOT / "Sources" / "Detectors" / "Validator.swift"


# --- Rendering -------------------------------------------------------------------------------

def render_warnings(page: Path) -> str:
    """What man-db and groff say on standard error while formatting the page, as lintian
    runs them; empty when the page is clean."""
    env = dict(os.environ, LC_ALL="C.UTF-8", MANROFFSEQ="", MANWIDTH="80")
    result = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", str(page)],
                            env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"man exited {result.returncode}: {result.stderr}"
    assert result.stdout.strip(), f"man produced no output for {page}"
    return result.stderr.strip()


def pages_to_render():
    found = {path.name for path in MAN.glob("*.[1-9]")} if MAN.is_dir() else set()
    return sorted(found | set(WRITTEN))


@pytest.mark.parametrize("name", pages_to_render())
def test_the_page_renders_without_warnings(name):
    page = MAN / name
    assert page.is_file(), f"{page} is missing"
    assert render_warnings(page) == ""


def test_the_generated_config_page_renders_without_warnings(tmp_path):
    result = subprocess.run([str(mailguard_binary()), "check", "--keys", "--man"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0 and "Unknown option '--man'" in result.stderr:
        pytest.skip("this mailguard has no `check --keys --man` to write mailguard.toml(5)")
    assert result.returncode == 0, result.stdout + result.stderr
    page = tmp_path / "mailguard.toml.5"
    page.write_text(result.stdout)
    assert result.stdout.lstrip().startswith((".TH", ".\\\"", "'\\\"")), result.stdout[:200]
    assert render_warnings(page) == ""


# --- Reading roff source ---------------------------------------------------------------------

ESCAPES = [(r"\\f\[[A-Z]*\]", ""), (r"\\f\([A-Z]{2}", ""), (r"\\f[BIRP1-4]", ""), (r"\\[%&|^]", ""),
           (r"\\-", "-"), (r"\\\(aq", "'"), (r"\\\(en", "-"), (r"\\\(em", "-"), (r"\\e", "\\\\"), (r"\\ ", " ")]
FONT_MACROS = {"B", "I", "SM", "SB"}
ALTERNATING = {"BR", "RB", "BI", "IB", "IR", "RI"}


def unescape(text: str) -> str:
    for pattern, replacement in ESCAPES:
        text = re.sub(pattern, replacement, text)
    return text


def macro_arguments(text: str) -> list:
    """A macro line's arguments: space-separated, "double quotes" keep spaces, "" inside
    quotes is one quote."""
    arguments, i = [], 0
    while i < len(text):
        if text[i] == " ":
            i += 1
        elif text[i] == '"':
            i += 1
            current = ""
            while i < len(text):
                if text.startswith('""', i):
                    current += '"'
                    i += 2
                elif text[i] == '"':
                    i += 1
                    break
                else:
                    current += text[i]
                    i += 1
            arguments.append(current)
        else:
            end = text.find(" ", i)
            end = len(text) if end < 0 else end
            arguments.append(text[i:end])
            i = end
    return arguments


def plain(line: str) -> str:
    """One source line as the words a reader sees (structure macros give nothing)."""
    if line.startswith(".\\\""):
        return ""
    if line.startswith("."):
        name, _, rest = line[1:].partition(" ")
        if name in FONT_MACROS:
            line = " ".join(macro_arguments(rest))
        elif name in ALTERNATING:
            line = "".join(macro_arguments(rest))
        else:
            return ""
    return " ".join(unescape(line).split())


def headings(source: str) -> list:
    """The entries' headings: each .SS title and each .TP/.TQ tag, as plain text."""
    lines = source.splitlines()
    found = []
    for i, line in enumerate(lines):
        if line.startswith(".SS "):
            found.append(" ".join(unescape(" ".join(macro_arguments(line[4:]))).split()))
        elif line in (".TP", ".TQ") and i + 1 < len(lines):
            found.append(plain(lines[i + 1]))
    return found


def section(source: str, title: str) -> list:
    lines = source.splitlines()
    start = next(i for i, line in enumerate(lines) if re.fullmatch(rf'\.SH "?{title}"?', line))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith(".SH ")), len(lines))
    return lines[start + 1:end]


def entries(lines: list) -> dict:
    """A section's outermost .TP entries: the tag's first word, and the entry's text."""
    found, depth, current = {}, 0, None
    for i, line in enumerate(lines):
        if line.startswith(".RS"):
            depth += 1
        elif line.startswith(".RE"):
            depth -= 1
        elif line == ".TP" and depth == 0 and i + 1 < len(lines):
            tag = plain(lines[i + 1])
            current = tag.split(" ")[0] if tag else None
            if current:
                found.setdefault(current, [])
            continue
        if current:
            found[current].append(plain(line))
    return {key: " ".join(" ".join(text).split()) for key, text in found.items()}


# --- Commands and options, from the built binary's help ---------------------------------------

@functools.lru_cache(maxsize=None)
def run_help(path: tuple) -> str:
    result = subprocess.run([str(mailguard_binary()), *path, "--help"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, f"mailguard {' '.join(path)} --help exited {result.returncode}: {result.stderr}"
    return result.stdout


def help_section(text: str, title: str) -> list:
    """The lines of one section of ArgumentParser's help (up to the first empty line)."""
    lines = text.splitlines()
    if f"{title}:" not in lines:
        return []
    start = lines.index(f"{title}:") + 1
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    return lines[start:end]


def subcommands(path: tuple) -> list:
    # "  list (default)          Messages ..." ; continuation lines are indented further.
    return [match.group(1) for line in help_section(run_help(path), "SUBCOMMANDS")
            if (match := re.match(r"  ([a-z][a-z0-9-]*)(?: \(default\))?(?:\s|$)", line))]


def options(path: tuple) -> list:
    return [match.group(1) for line in help_section(run_help(path), "OPTIONS")
            if (match := re.match(r"  (?:-[a-zA-Z], )?(--[a-z0-9][a-z0-9-]*)", line)) and match.group(1) != "--help"]


def command_paths() -> list:
    """Every command the help lists, nested ones included: ("audit",), ("audit", "list"), ..."""
    paths, waiting = [], [()]
    while waiting:
        path = waiting.pop(0)
        for name in subcommands(path):
            if path + (name,) not in INTERNAL:
                paths.append(path + (name,))
                waiting.append(path + (name,))
    return paths


def discovered(find):
    """The table for a parametrized test, or one row that fails saying why there is none."""
    try:
        rows = find()
    except (OSError, AssertionError, subprocess.SubprocessError) as error:
        return [pytest.param(("<help unreadable>", str(error)), id="help-unreadable")]
    return [pytest.param(row, id=" ".join(row) if isinstance(row, tuple) else str(row)) for row in rows]


COMMANDS = discovered(command_paths)
OPTIONS = discovered(lambda: sorted({(option,) for path in [()] + command_paths() for option in options(path)}))


def test_the_help_lists_the_commands_the_page_expects():
    """The table below is read from the help: a help this test cannot parse must fail here,
    not leave the table empty."""
    names = {row.values[0][0] for row in COMMANDS}
    assert {"run", "check", "reload", "scan", "audit", "quarantine", "console", "store"} <= names, names
    assert ("audit", "list") in {row.values[0] for row in COMMANDS}


@pytest.mark.parametrize("path", COMMANDS)
def test_the_command_has_an_entry_in_mailguard_8(path):
    assert path[0] != "<help unreadable>", path[1]
    command = "mailguard " + " ".join(path)
    tags = [heading for heading in headings(COMMANDS_PAGE.read_text()) if heading.startswith("mailguard ")]
    assert any(re.match(re.escape(command) + r"(?:[\s\[]|$)", tag) for tag in tags), \
        f"no .TP or .SS entry for `{command}` in {COMMANDS_PAGE}; entries: {tags}"


@pytest.mark.parametrize("option", OPTIONS)
def test_the_option_is_in_mailguard_8(option):
    assert option[0] != "<help unreadable>", option[1]
    text = " ".join(plain(line) for line in COMMANDS_PAGE.read_text().splitlines())
    assert re.search(re.escape(option[0]) + r"(?![a-z0-9-])", text), f"{option[0]} is not in {COMMANDS_PAGE}"


# --- Pattern-file keywords and values ---------------------------------------------------------

def swift_string_set(source: str, name: str) -> set:
    match = re.search(rf"static let {name}: Set<String> = \[(.*?)\]", source, re.S)
    assert match, f"no `static let {name}: Set<String>` in {PARSER_SOURCE}: where does the parser list its keywords now?"
    return set(re.findall(r'"([^"]+)"', match.group(1)))


def keywords_from_source() -> set:
    source = PARSER_SOURCE.read_text()
    return swift_string_set(source, "single") | swift_string_set(source, "repeatable")


def keywords_in_shipped_files() -> set:
    found = set()
    for path in PATTERNS.glob("*.rules"):
        for line in path.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                found.add(line.split()[0])
    return found


def validators_from_source() -> set:
    source = VALIDATOR_SOURCE.read_text()
    body = re.search(r"enum Validator\b[^{]*\{(.*?)\n    public func", source, re.S)
    assert body, f"no `enum Validator` in {VALIDATOR_SOURCE}"
    return {raw or name for name, raw in re.findall(r'^\s*case (\w+)(?: = "([^"]+)")?\s*$', body.group(1), re.M)}


def check(directory: Path) -> subprocess.CompletedProcess:
    """`mailguard check` with a config whose only content is a patterns directory."""
    config = directory / "mailguard.toml"
    config.write_text('patterns = "patterns"\n\n[milter]\nsocket = "inet:10025@127.0.0.1"\npid_file = ""\n')
    return subprocess.run([str(mailguard_binary()), "check", "--config", str(config)], capture_output=True, text=True, timeout=120)


def known_lists(tmp_dir: Path) -> dict:
    """What the built parser says it knows, from its own errors on a rule that gets every
    list-valued keyword wrong: {"keyword": [...], "action": [...], "validator": [...], ...}."""
    patterns = tmp_dir / "patterns"
    patterns.mkdir()
    (patterns / "probe.rules").write_text(
        "rule        probe\nmatch       /probe/\naction      no-such-action\nvalidate    no-such-validator\n"
        "redact      no-such-redaction\nskip-inside no-such-place\nexample     probe\nno-such-keyword x\n")
    result = check(tmp_dir)
    assert result.returncode == 1, result.stdout + result.stderr
    lists = {what: [name.strip() for name in names.split(",")]
             for what, names in re.findall(r"unknown ([a-z-]+) '[^']*' \(known: ([^)]*)\)", result.stderr)}
    assert {"keyword", "action", "validator", "redaction", "skip-inside"} <= set(lists), result.stderr
    return lists


@pytest.fixture(scope="module")
def parser_lists(tmp_path_factory):
    return known_lists(tmp_path_factory.mktemp("probe"))


@pytest.fixture(scope="module")
def keys():
    return entries(section(PATTERNS_PAGE.read_text(), "KEYS"))


KEYWORDS = sorted({"rule"} | keywords_from_source() | keywords_in_shipped_files())


@pytest.mark.parametrize("keyword", KEYWORDS)
def test_the_keyword_has_an_entry_in_mailguard_patterns_5(keyword, keys):
    assert keyword in keys, f"no .TP entry for `{keyword}` under KEYS in {PATTERNS_PAGE}; entries: {sorted(keys)}"


def test_every_keyword_the_built_parser_knows_is_in_the_table(parser_lists):
    assert set(parser_lists["keyword"]) <= set(KEYWORDS), set(parser_lists["keyword"]) - set(KEYWORDS)


# (keyword whose entry lists the values, what the parser calls them in its errors)
VALUE_LISTS = [("action", "action"), ("validate", "validator"), ("redact", "redaction"), ("skip-inside", "skip-inside")]


@pytest.mark.parametrize("keyword,what", VALUE_LISTS)
def test_every_value_the_parser_accepts_is_in_the_keyword_entry(keyword, what, parser_lists, keys):
    values = set(parser_lists[what]) | (validators_from_source() if what == "validator" else set())
    missing = sorted(value for value in values if not re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", keys.get(keyword, "")))
    assert not missing, f"the `{keyword}` entry in {PATTERNS_PAGE} does not name {missing}"


def example_rules() -> list:
    """The EXAMPLES section's displays that are rules, as a pattern file would hold them."""
    blocks, current = [], None
    for line in section(PATTERNS_PAGE.read_text(), "EXAMPLES"):
        if line == ".EX":
            current = []
        elif line == ".EE":
            if current and current[0].startswith("rule "):
                blocks.append("\n".join(current) + "\n")
            current = None
        elif current is not None:
            current.append(unescape(line))
    return blocks


def test_the_example_rules_pass_mailguard_check_and_come_from_shipped_files(tmp_path):
    blocks = example_rules()
    assert blocks, f"no example rule (an .EX display starting with `rule`) under EXAMPLES in {PATTERNS_PAGE}"
    shipped = {line.split()[1] for path in PATTERNS.glob("*.rules") for line in path.read_text().splitlines()
               if line.startswith("rule ")}
    for block in blocks:
        assert block.split()[1] in shipped, f"rule {block.split()[1]} is in no shipped pattern file"
    # Beside the shipped set (the kinds records need come from it), under ids of their own.
    patterns = tmp_path / "patterns"
    shutil.copytree(PATTERNS, patterns)
    shutil.copytree(ROOT / "notices", tmp_path / "notices")
    renamed = [re.sub(r"^rule(\s+)(\S+)", r"rule\1\2-from-the-page", block) for block in blocks]
    (patterns / "zz-examples.rules").write_text("\n".join(renamed))
    result = check(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    rules = len(shipped) + len(blocks)
    assert f"{rules} rules in " in result.stdout, result.stdout


def test_the_kinds_records_need_are_named_in_mailguard_patterns_5(tmp_path):
    patterns = tmp_path / "patterns"
    patterns.mkdir()
    (patterns / "one.rules").write_text("rule        one\nmatch       /one/\naction      tag\nexample     one\n")
    result = check(tmp_path)
    needed = re.findall(r"no pattern file gives kind '([^']+)', which records and rosters are read from", result.stderr)
    assert result.returncode == 1 and needed, result.stdout + result.stderr
    text = " ".join(plain(line) for line in PATTERNS_PAGE.read_text().splitlines())
    missing = [kind for kind in needed if not re.search(rf"(?<![\w-]){re.escape(kind)}(?![\w-])", text)]
    assert not missing, f"{PATTERNS_PAGE} does not name the kinds {missing}, which a pattern set must give"
