#!/usr/bin/env python3
"""Second step of choosing the thresholds, on real-shaped messages. finetune.py chooses each
category's threshold on synthetic messages made of tuning sentences; the pool of ordinary
tuning sentences is mostly hard negatives, so those messages overstate how often an ordinary
message scores high. Here the model scores the messages of Tests/Conduct (170 school mails the
model never saw; not the evaluation set) and each category gets the lowest threshold with
message precision >= 0.90 and at most one ordinary message flagged; where none exists, the
synthetic threshold stays. Writes the thresholds into heads.json.

    python3 models/conduct/calibrate.py [--mailguard .build/release/mailguard]
"""
import argparse
import json
import re
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SET = ROOT / "Tests/Conduct"


def scores(mailguard, categories):
    """Per message, the model's highest score per category (all thresholds set to 0.01)."""
    config = (ROOT / "mailguard.toml").read_text()
    low = "".join(f"{c} = 0.01\n" for c in categories)
    config = re.sub(r"\[conduct\.thresholds\]\n(#.*\n)*", "[conduct.thresholds]\n" + low, config)
    config = config.replace('patterns = "patterns"', f'patterns = "{ROOT / "patterns"}"')
    for key, value in (("encoder", ROOT / ".models/all-MiniLM-L6-v2"), ("heads", HERE / "heads.json")):
        config = re.sub(rf'^{key} = ".*"$', f'{key} = "{value}"', config, flags=re.M)
    for name in ("notices", "directory"):
        config = config.replace(f'"{name}/', f'"{ROOT / name}/').replace(f'templates = "{name}"', f'templates = "{ROOT / name}"')
    manifest = json.loads((SET / "manifest.json").read_text())
    files = [str(SET / e["file"]) for e in manifest]
    found = {}
    with tempfile.NamedTemporaryFile("w", suffix=".toml") as file:
        file.write(config)
        file.flush()
        for start in range(0, len(files), 100):
            out = subprocess.run([mailguard, "scan", "--json", "--conduct-all", "--config", file.name, *files[start:start + 100]],
                                 capture_output=True, text=True, check=True).stdout
            for line in out.splitlines():
                report, best = json.loads(line), {}
                for finding in report["findings"]:
                    if finding["rule"] == "conduct-model":
                        score = float(re.search(r"\((\d\.\d\d)\)", finding["note"]).group(1))
                        best[finding["kind"]] = max(best.get(finding["kind"], 0.0), score)
                found[report["file"]] = best
    return [(set(x["kind"] for x in e["expected"]), found[str(SET / e["file"])]) for e in manifest]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mailguard", default=str(ROOT / ".build/release/mailguard"))
    args = parser.parse_args()
    heads = json.loads((HERE / "heads.json").read_text())
    synthetic = heads.get("calibration", {}).get("synthetic", heads["thresholds"])
    messages = scores(args.mailguard, heads["categories"])
    chosen = {}
    print(f"{len(messages)} messages in {SET}")
    for category in heads["categories"]:
        ordinary = [s for labels, s in messages if not labels & set(heads["categories"])]
        def figures(t):
            tp = sum(category in labels and s.get(category, 0) >= t for labels, s in messages)
            fp = sum(category not in labels and s.get(category, 0) >= t for labels, s in messages)
            positives = sum(category in labels for labels, _ in messages)
            return (tp / (tp + fp) if tp + fp else 1.0), tp / max(positives, 1), sum(s.get(category, 0) >= t for s in ordinary)
        found = next((t / 100 for t in range(30, 100) if figures(t / 100)[0] >= 0.90 and figures(t / 100)[2] <= 1), None)
        chosen[category] = found if found is not None else synthetic[category]
        p, r, flagged = figures(chosen[category])
        print(f"  {category:<13} synthetic {synthetic[category]:.3f} -> {chosen[category]:.3f}  P {p:.3f} R {r:.3f}, ordinary flagged {flagged}"
              + ("" if found is not None else "  (none meets both: synthetic kept)"))
    heads["calibration"] = {"synthetic": synthetic, "messages": "Tests/Conduct", "script": "models/conduct/calibrate.py"}
    heads["thresholds"] = chosen
    (HERE / "heads.json").write_text(json.dumps(heads, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
