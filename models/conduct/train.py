#!/usr/bin/env python3
"""Trains the conduct heads on the sentence embeddings MailGuard itself computes, compares
the candidate models on the tuning split, chooses each category's threshold there, and writes
models/conduct/heads.json.

    python3 models/conduct/data/make_positives.py && python3 models/conduct/data/make_negatives.py
    swift build -c release
    python3 models/conduct/train.py [--mailguard .build/release/mailguard] [--compare]

Needs numpy only. Deterministic: fixed seeds, a split by a hash of each sentence.
"""
import argparse
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CATEGORIES = ["threat", "self-harm", "weapons", "harassment", "sexual", "substance", "gambling", "solicitation"]
DESCRIPTIONS = {
    "threat": "statement of intent to harm others",
    "self-harm": "statement of wanting to die or to self-harm",
    "weapons": "having, bringing or using a weapon",
    "harassment": "insulting, demeaning or bullying a person",
    "sexual": "sexual content, requests or grooming",
    "substance": "buying, selling or using drugs, alcohol or vapes",
    "gambling": "betting money or promoting gambling",
    "solicitation": "selling, recruiting or a money pitch",
}
TARGET_PRECISION = 0.90
SEED = 20261205


def load_data():
    rows, seen = [], set()
    for path in sorted((HERE / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if row and row["text"].lower() not in seen:
                seen.add(row["text"].lower())
                rows.append(row)
    texts = [row["text"] for row in rows]
    labels = np.array([[1.0 if c in row["labels"] else 0.0 for c in CATEGORIES] for row in rows], dtype=np.float32)
    styles = [row.get("style", "") for row in rows]
    return texts, labels, styles


def split_key(text):
    """Variants of one sentence (case, punctuation, spacing) land in the same split."""
    letters = "".join(ch for ch in text.lower() if ch.isalnum())
    return int(hashlib.sha256(letters.encode()).hexdigest()[:8], 16) % 100


def embed(texts, mailguard):
    """MailGuard's own embeddings (`mailguard conduct-embed`), cached by the texts' hash."""
    cache = ROOT / ".build" / "conduct-embeddings"
    cache.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(json.dumps(texts).encode()).hexdigest()[:16]
    out = cache / f"{digest}.f32"
    if not out.exists():
        source = cache / f"{digest}.json"
        source.write_text(json.dumps(texts))
        subprocess.run([mailguard, "conduct-embed", "--encoder", str(ROOT / ".models/all-MiniLM-L6-v2"), str(source), str(out)], check=True)
    return np.fromfile(out, dtype="<f4").reshape(len(texts), 384)


def sigmoid(x):
    return 1 / (1 + np.exp(-np.clip(x, -40, 40)))


def train_mlp(x, y, hidden=256, epochs=80, rate=1e-3, decay=1e-4, seed=SEED):
    """384 → hidden (ReLU) → one sigmoid per category; Adam on binary cross-entropy, with
    positives weighted up to the negatives of their category."""
    rng = np.random.default_rng(seed)
    w1 = rng.normal(0, np.sqrt(2 / x.shape[1]), (x.shape[1], hidden)).astype(np.float32)
    b1 = np.zeros(hidden, np.float32)
    w2 = rng.normal(0, np.sqrt(1 / hidden), (hidden, y.shape[1])).astype(np.float32)
    b2 = np.zeros(y.shape[1], np.float32)
    params = [w1, b1, w2, b2]
    moments = [np.zeros_like(p) for p in params]
    squares = [np.zeros_like(p) for p in params]
    positive_weight = np.clip((len(y) - y.sum(0)) / np.maximum(y.sum(0), 1), 1, 10) ** 0.5
    step = 0
    for _ in range(epochs):
        order = rng.permutation(len(x))
        for start in range(0, len(x), 64):
            batch = order[start:start + 64]
            xb, yb = x[batch], y[batch]
            h = np.maximum(xb @ w1 + b1, 0)
            p = sigmoid(h @ w2 + b2)
            weight = np.where(yb > 0, positive_weight, 1.0)
            grad_out = (p - yb) * weight / len(batch)
            grads = [None, None, h.T @ grad_out, grad_out.sum(0)]
            grad_h = (grad_out @ w2.T) * (h > 0)
            grads[0] = xb.T @ grad_h
            grads[1] = grad_h.sum(0)
            step += 1
            for i, (param, grad) in enumerate(zip(params, grads)):
                grad = grad + decay * param if param.ndim == 2 else grad
                moments[i] = 0.9 * moments[i] + 0.1 * grad
                squares[i] = 0.999 * squares[i] + 0.001 * grad * grad
                param -= rate * (moments[i] / (1 - 0.9 ** step)) / (np.sqrt(squares[i] / (1 - 0.999 ** step)) + 1e-8)
    return [(w1.T, b1, "relu"), (w2.T, b2, "sigmoid")]


def train_logistic(x, y, epochs=200, rate=0.5, decay=1e-4):
    """One logistic regression per category (the first measurement's design)."""
    w = np.zeros((x.shape[1], y.shape[1]), np.float32)
    b = np.zeros(y.shape[1], np.float32)
    positive_weight = np.clip((len(y) - y.sum(0)) / np.maximum(y.sum(0), 1), 1, 10) ** 0.5
    for _ in range(epochs):
        p = sigmoid(x @ w + b)
        g = (p - y) * np.where(y > 0, positive_weight, 1.0) / len(x)
        w -= rate * (x.T @ g + decay * w)
        b -= rate * g.sum(0)
    return [(w.T, b, "sigmoid")]


def forward(layers, x):
    for weight, bias, activation in layers:
        x = x @ weight.T + bias
        x = np.maximum(x, 0) if activation == "relu" else sigmoid(x)
    return x


def words_features(texts, size=2 ** 16):
    """Hashed word and word-pair counts: what a word-list learner (fastText-like) sees."""
    rows = np.zeros((len(texts), size), np.float32)
    for i, text in enumerate(texts):
        words = "".join(ch if ch.isalnum() else " " for ch in text.lower()).split()
        for token in words + [a + "_" + b for a, b in zip(words, words[1:])]:
            rows[i, int(hashlib.md5(token.encode()).hexdigest()[:8], 16) % size] = 1
    return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1)


def in_context(texts, labels, split, rng, count):
    """Sentences as the splitter hands them over from real mail: a sentence joined to an
    ordinary one before or after it, labelled as the sentence. Both from the same split."""
    ordinary = [i for i in range(len(texts)) if split[i] and labels[i].sum() == 0]
    chosen = rng.choice([i for i in range(len(texts)) if split[i]], size=count)
    joined, joined_labels = [], []
    for i in chosen:
        j = int(rng.choice(ordinary))
        pair = (texts[i], texts[j]) if rng.random() < 0.5 else (texts[j], texts[i])
        joined.append(" ".join(pair))
        joined_labels.append(labels[i])
    return joined, np.array(joined_labels, dtype=np.float32)


def ensemble(members):
    """Several MLPs as one: hidden layers side by side, output logits averaged (exact)."""
    w1 = np.concatenate([m[0][0] for m in members], axis=0)
    b1 = np.concatenate([m[0][1] for m in members])
    w2 = np.concatenate([m[1][0] for m in members], axis=1) / len(members)
    b2 = np.mean([m[1][1] for m in members], axis=0)
    return [(w1, b1, "relu"), (w2, b2, "sigmoid")]


def tuning_messages(scores, labels, rng, clean_share=0.7):
    """Messages made of tuning sentences, scored as MailGuard scores a message (the highest
    sentence per category): each sentence with 0 to 9 ordinary sentences around it, and
    messages of 1 to 12 ordinary sentences only."""
    ordinary = np.where(labels.sum(1) == 0)[0]
    message_scores, message_labels = [], []
    for i in range(len(scores)):
        members = [i] + list(rng.choice(ordinary, size=int(rng.integers(0, 10))))
        message_scores.append(scores[members].max(0))
        message_labels.append(labels[i])
    for _ in range(int(clean_share * (labels.sum(1) > 0).sum())):
        members = rng.choice(ordinary, size=int(rng.integers(1, 13)))
        message_scores.append(scores[members].max(0))
        message_labels.append(np.zeros(labels.shape[1], np.float32))
    return np.array(message_scores), np.array(message_labels)


def message_threshold(scores, truth, clean, precision=TARGET_PRECISION, clean_rate=0.004):
    """The lowest threshold with message precision >= `precision` that flags at most
    `clean_rate` of the messages without any category."""
    for t in np.unique(np.round(np.concatenate([scores, [0.99]]), 4)):
        flagged = scores >= t
        tp = (flagged & (truth > 0)).sum()
        if flagged.sum() and tp / flagged.sum() >= precision and flagged[clean].mean() <= clean_rate:
            return float(min(max(t, 0.05), 0.99))
    return 0.99


def threshold_for(scores, truth, precision=TARGET_PRECISION):
    """The lowest threshold whose precision on the tuning split is at least `precision`."""
    order = np.argsort(-scores)
    hits = np.cumsum(truth[order])
    counts = np.arange(1, len(order) + 1)
    ok = np.where(hits / counts >= precision)[0]
    if len(ok) == 0:
        return 0.99
    best = ok[np.argmax(hits[ok])]
    return float(min(max(scores[order][best], 0.05), 0.99))


def table(name, scores, truth, thresholds):
    lines = [f"{name}", f"  {'category':<13} {'threshold':>9} {'P':>6} {'R':>6} {'AP':>6}"]
    for c, category in enumerate(CATEGORIES):
        predicted = scores[:, c] >= thresholds[c]
        tp = float((predicted & (truth[:, c] > 0)).sum())
        p = tp / max(predicted.sum(), 1)
        r = tp / max(truth[:, c].sum(), 1)
        order = np.argsort(-scores[:, c])
        hits = np.cumsum(truth[order, c])
        ap = float((hits / np.arange(1, len(order) + 1))[truth[order, c] > 0].mean())
        lines.append(f"  {category:<13} {thresholds[c]:>9.3f} {p:>6.3f} {r:>6.3f} {ap:>6.3f}")
    negatives = truth.sum(1) == 0
    flagged = ((scores >= np.array(thresholds)) & True).any(1)
    lines.append(f"  ordinary sentences with any finding: {flagged[negatives].mean():.3f} ({int(flagged[negatives].sum())} of {int(negatives.sum())})")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mailguard", default=str(ROOT / ".build/release/mailguard"))
    parser.add_argument("--compare", action="store_true", help="also train and report the other candidate models")
    parser.add_argument("--out", default=str(HERE / "heads.json"))
    args = parser.parse_args()

    texts, labels, _ = load_data()
    tune = np.array([split_key(t) < 20 for t in texts])
    print(f"{len(texts)} sentences: {int((labels.sum(1) > 0).sum())} with a category, {int((labels.sum(1) == 0).sum())} ordinary; "
          f"train {int((~tune).sum())}, tune {int(tune.sum())}")
    started = time.time()
    x = embed(texts, args.mailguard)
    print(f"embeddings: {time.time() - started:.1f} s")

    rng = np.random.default_rng(SEED)
    split = ~tune
    extra, extra_labels = in_context(texts, labels, split, rng, count=4000)
    extra_tune, extra_tune_labels = in_context(texts, labels, tune, rng, count=1000)
    x_extra = embed(extra + extra_tune, args.mailguard)
    x_train = np.concatenate([x[split], x_extra[:len(extra)]])
    y_train = np.concatenate([labels[split], extra_labels])
    x_tune = np.concatenate([x[tune], x_extra[len(extra):]])
    y_tune = np.concatenate([labels[tune], extra_tune_labels])
    print(f"with sentences in context: train {len(x_train)}, tune {len(x_tune)}")

    chosen = "MiniLM + 3 MLP heads (256 hidden), logits averaged"
    candidates = {chosen: lambda xt, yt: ensemble([train_mlp(xt, yt, seed=SEED + k) for k in range(3)])}
    if args.compare:
        candidates["MiniLM + one MLP head (256 hidden)"] = lambda xt, yt: train_mlp(xt, yt)
        candidates["MiniLM + logistic heads"] = lambda xt, yt: train_logistic(xt, yt)
    results = {}
    for name, make in candidates.items():
        started = time.time()
        layers = make(x_train, y_train)
        scores = forward(layers, x_tune)
        thresholds = [threshold_for(scores[:, c], y_tune[:, c]) for c in range(len(CATEGORIES))]
        print(table(f"{name} (trained in {time.time() - started:.1f} s), sentences, P >= 0.90", scores, y_tune, thresholds))
        message_scores, message_labels = tuning_messages(forward(layers, x[tune]), labels[tune], np.random.default_rng(SEED))
        clean = message_labels.sum(1) == 0
        message_thresholds = [message_threshold(message_scores[:, c], message_labels[:, c], clean) for c in range(len(CATEGORIES))]
        print(table(f"{name}, tuning messages (max over sentences), P >= 0.90 and <= 0.4 % of clean messages per category",
                    message_scores, message_labels, message_thresholds))
        results[name] = (layers, message_thresholds)
    if args.compare:
        words = words_features(texts)
        started = time.time()
        layers = train_logistic(words[~tune], labels[~tune], epochs=300, rate=2.0)
        scores = forward(layers, words[tune])
        thresholds = [threshold_for(scores[:, c], labels[tune, c]) for c in range(len(CATEGORIES))]
        print(table(f"words and word pairs + logistic, no encoder (trained in {time.time() - started:.1f} s)", scores, labels[tune], thresholds))

    layers, thresholds = results[chosen]
    heads = {
        "categories": CATEGORIES,
        "descriptions": DESCRIPTIONS,
        "thresholds": {c: round(t, 4) for c, t in zip(CATEGORIES, thresholds)},
        "training": {"sentences": int(len(x_train)), "tuning": int(len(x_tune)), "seed": SEED, "model": chosen,
                     "target_precision": TARGET_PRECISION, "script": "models/conduct/train.py"},
        "layers": [{"activation": act, "weight": np.round(w, 6).tolist(), "bias": np.round(b, 6).tolist()} for w, b, act in layers],
    }
    Path(args.out).write_text(json.dumps(heads, separators=(",", ":")) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    sys.exit(main())
