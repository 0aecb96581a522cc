#!/usr/bin/python3
"""Fine-tunes the top layers of the sentence encoder together with the conduct heads, on the
training split, and chooses each category's threshold on the tuning split. Writes
models/conduct/encoder-top.safetensors (the tuned layers, read over the base weights) and
models/conduct/heads.json.

    swift build -c release
    /usr/bin/python3 models/conduct/finetune.py      # Debian's python3-torch (CPU), numpy

Token ids come from MailGuard's own tokenizer (`mailguard conduct-embed --ids`), so training
sees exactly what the worker will. Deterministic: fixed seeds, one thread order.
"""
import argparse
import json
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train  # noqa: E402  (data, split, calibration and reports are shared)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BASE = ROOT / ".models/all-MiniLM-L6-v2/model.safetensors"
TUNED_LAYERS = [4, 5]
MAX_TOKENS = 128


def read_safetensors(path):
    raw = path.read_bytes()
    length = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + length])
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__" or entry["dtype"] != "F32":
            continue
        start, end = entry["data_offsets"]
        tensors[name] = torch.from_numpy(np.frombuffer(raw, dtype="<f4", count=(end - start) // 4,
                                                        offset=8 + length + start).reshape(entry["shape"]).copy())
    return tensors


def write_safetensors(path, tensors):
    header, offset, blobs = {}, 0, []
    for name in sorted(tensors):
        data = tensors[name].detach().numpy().astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(tensors[name].shape), "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-(8 + len(text)) % 8)
    path.write_bytes(struct.pack("<Q", len(text)) + text + b"".join(blobs))


class Layer(torch.nn.Module):
    """One BERT layer, with the base model's tensor names."""

    def __init__(self, weights, prefix):
        super().__init__()
        self.prefix = prefix
        self.params = torch.nn.ParameterDict({
            name.replace(".", "_"): torch.nn.Parameter(weights[prefix + name].clone())
            for name in ["attention.self.query.weight", "attention.self.query.bias", "attention.self.key.weight", "attention.self.key.bias",
                         "attention.self.value.weight", "attention.self.value.bias", "attention.output.dense.weight",
                         "attention.output.dense.bias", "attention.output.LayerNorm.weight", "attention.output.LayerNorm.bias",
                         "intermediate.dense.weight", "intermediate.dense.bias", "output.dense.weight", "output.dense.bias",
                         "output.LayerNorm.weight", "output.LayerNorm.bias"]
        })

    def p(self, name):
        return self.params[name.replace(".", "_")]

    def forward(self, x, mask):
        n, t, _ = x.shape
        def heads(y):
            return y.view(n, t, 12, 32).transpose(1, 2)
        q = heads(x @ self.p("attention.self.query.weight").T + self.p("attention.self.query.bias"))
        k = heads(x @ self.p("attention.self.key.weight").T + self.p("attention.self.key.bias"))
        v = heads(x @ self.p("attention.self.value.weight").T + self.p("attention.self.value.bias"))
        scores = q @ k.transpose(-1, -2) / 32 ** 0.5 + (1 - mask[:, None, None, :]) * -1e9
        context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(n, t, 384)
        x = torch.nn.functional.layer_norm(x + context @ self.p("attention.output.dense.weight").T + self.p("attention.output.dense.bias"),
                                           (384,), self.p("attention.output.LayerNorm.weight"), self.p("attention.output.LayerNorm.bias"), 1e-12)
        inner = torch.nn.functional.gelu(x @ self.p("intermediate.dense.weight").T + self.p("intermediate.dense.bias"))
        return torch.nn.functional.layer_norm(x + inner @ self.p("output.dense.weight").T + self.p("output.dense.bias"),
                                              (384,), self.p("output.LayerNorm.weight"), self.p("output.LayerNorm.bias"), 1e-12)

    def tensors(self):
        # Tensor names have no "_", so the ParameterDict keys map back exactly.
        return {self.prefix + name.replace("_", "."): value for name, value in self.params.items()}


def padded(sequences):
    width = max(len(s) for s in sequences)
    ids = torch.zeros(len(sequences), width, dtype=torch.long)
    mask = torch.zeros(len(sequences), width)
    for i, s in enumerate(sequences):
        ids[i, :len(s)] = torch.tensor(s)
        mask[i, :len(s)] = 1
    return ids, mask


def frozen_states(weights, sequences, batch=64):
    """Embeddings and the layers below the tuned ones, once per text (they never change)."""
    bottom = [Layer(weights, f"encoder.layer.{i}.") for i in range(TUNED_LAYERS[0])]
    states = []
    with torch.no_grad():
        order = np.argsort([len(s) for s in sequences])
        out = [None] * len(sequences)
        for start in range(0, len(order), batch):
            chosen = order[start:start + batch]
            ids, mask = padded([sequences[i] for i in chosen])
            positions = torch.arange(ids.shape[1])
            x = weights["embeddings.word_embeddings.weight"][ids] + weights["embeddings.position_embeddings.weight"][positions] \
                + weights["embeddings.token_type_embeddings.weight"][0]
            x = torch.nn.functional.layer_norm(x, (384,), weights["embeddings.LayerNorm.weight"], weights["embeddings.LayerNorm.bias"], 1e-12)
            for layer in bottom:
                x = layer(x, mask)
            for row, i in enumerate(chosen):
                out[i] = x[row, :len(sequences[i])].clone()
        states = out
    return states


class Tuned(torch.nn.Module):
    def __init__(self, weights, categories, hidden=256):
        super().__init__()
        self.layers = torch.nn.ModuleList([Layer(weights, f"encoder.layer.{i}.") for i in TUNED_LAYERS])
        self.hidden = torch.nn.Linear(384, hidden)
        self.out = torch.nn.Linear(hidden, categories)

    def embed(self, states):
        width = max(s.shape[0] for s in states)
        x = torch.zeros(len(states), width, 384)
        mask = torch.zeros(len(states), width)
        for i, s in enumerate(states):
            x[i, :s.shape[0]] = s
            mask[i, :s.shape[0]] = 1
        for layer in self.layers:
            x = layer(x, mask)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        return torch.nn.functional.normalize(pooled, dim=-1)

    def forward(self, states):
        return self.out(torch.relu(self.hidden(self.embed(states))))


def token_ids(texts, mailguard):
    with tempfile.TemporaryDirectory() as folder:
        source, out = Path(folder) / "texts.json", Path(folder) / "ids.json"
        source.write_text(json.dumps(texts))
        subprocess.run([mailguard, "conduct-embed", "--ids", "--encoder", str(BASE.parent), str(source), str(out)], check=True)
        ids = json.loads(out.read_text())
    return [s if len(s) <= MAX_TOKENS else s[:MAX_TOKENS - 1] + [102] for s in ids]


def scores_of(model, states, batch=128):
    model.eval()
    out = []
    with torch.no_grad():
        order = np.argsort([s.shape[0] for s in states])
        result = np.zeros((len(states), len(train.CATEGORIES)), np.float32)
        for start in range(0, len(order), batch):
            chosen = order[start:start + batch]
            result[chosen] = torch.sigmoid(model([states[i] for i in chosen])).numpy()
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mailguard", default=str(ROOT / ".build/release/mailguard"))
    parser.add_argument("--epochs", type=int, default=3)
    args = parser.parse_args()
    torch.manual_seed(train.SEED)
    torch.set_num_threads(2)
    rng = np.random.default_rng(train.SEED)

    texts, labels, _ = train.load_data()
    tune = np.array([train.split_key(t) < 20 for t in texts])
    extra, extra_labels = train.in_context(texts, labels, ~tune, rng, count=4000)
    train_texts = [t for t, k in zip(texts, tune) if not k] + extra
    y_train = np.concatenate([labels[~tune], extra_labels])
    tune_texts = [t for t, k in zip(texts, tune) if k]
    y_tune = labels[tune]
    print(f"train {len(train_texts)} (with {len(extra)} in context), tune {len(tune_texts)}")

    weights = read_safetensors(BASE)
    started = time.time()
    train_states = frozen_states(weights, token_ids(train_texts, args.mailguard))
    tune_states = frozen_states(weights, token_ids(tune_texts, args.mailguard))
    print(f"frozen layers 0-{TUNED_LAYERS[0] - 1}: {time.time() - started:.0f} s")

    model = Tuned(weights, len(train.CATEGORIES))
    optimizer = torch.optim.AdamW([
        {"params": model.layers.parameters(), "lr": 3e-5},
        {"params": list(model.hidden.parameters()) + list(model.out.parameters()), "lr": 1e-3},
    ], weight_decay=0.01)
    positive_weight = torch.tensor(np.clip((len(y_train) - y_train.sum(0)) / np.maximum(y_train.sum(0), 1), 1, 10) ** 0.5, dtype=torch.float32)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=positive_weight)
    y = torch.tensor(y_train)
    lengths = np.array([s.shape[0] for s in train_states])
    for epoch in range(args.epochs):
        model.train()
        started = time.time()
        # Batches of similar lengths, in random order: less padding, same gradient.
        order = np.argsort(lengths + rng.random(len(lengths)) * 4)
        batches = [order[i:i + 32] for i in range(0, len(order), 32)]
        rng.shuffle(batches)
        total = 0.0
        for chosen in batches:
            optimizer.zero_grad()
            loss = loss_fn(model([train_states[i] for i in chosen]), y[chosen])
            loss.backward()
            optimizer.step()
            total += float(loss) * len(chosen)
        scores = scores_of(model, tune_states)
        thresholds = [train.threshold_for(scores[:, c], y_tune[:, c]) for c in range(len(train.CATEGORIES))]
        print(f"epoch {epoch + 1}: loss {total / len(order):.4f} ({time.time() - started:.0f} s)")
        print(train.table("  tuning sentences, P >= 0.90", scores, y_tune, thresholds))

    scores = scores_of(model, tune_states)
    message_scores, message_labels = train.tuning_messages(scores, y_tune, np.random.default_rng(train.SEED))
    clean = message_labels.sum(1) == 0
    thresholds = [train.message_threshold(message_scores[:, c], message_labels[:, c], clean) for c in range(len(train.CATEGORIES))]
    print(train.table("tuning messages (max over sentences), P >= 0.90 and <= 0.4 % of clean messages per category",
                      message_scores, message_labels, thresholds))

    top = {}
    for layer in model.layers:
        top.update(layer.tensors())
    write_safetensors(HERE / "encoder-top.safetensors", top)
    heads = {
        "categories": train.CATEGORIES,
        "descriptions": train.DESCRIPTIONS,
        "thresholds": {c: round(t, 4) for c, t in zip(train.CATEGORIES, thresholds)},
        "encoder_overlay": "encoder-top.safetensors",
        "training": {"sentences": len(train_texts), "tuning": len(tune_texts), "seed": train.SEED, "epochs": args.epochs,
                     "tuned_layers": TUNED_LAYERS, "model": "MiniLM, top layers fine-tuned, MLP head (256 hidden)",
                     "script": "models/conduct/finetune.py"},
        "layers": [
            {"activation": "relu", "weight": np.round(model.hidden.weight.detach().numpy(), 6).tolist(),
             "bias": np.round(model.hidden.bias.detach().numpy(), 6).tolist()},
            {"activation": "sigmoid", "weight": np.round(model.out.weight.detach().numpy(), 6).tolist(),
             "bias": np.round(model.out.bias.detach().numpy(), 6).tolist()},
        ],
    }
    (HERE / "heads.json").write_text(json.dumps(heads, separators=(",", ":")) + "\n")
    # Reference embeddings of the tuned encoder, for the Swift parity test.
    reference = tune_texts[:40]
    with torch.no_grad():
        model.eval()
        embedded = model.embed(frozen_states(weights, token_ids(reference, args.mailguard))).numpy()
    folder = ROOT / "Tests/ClassifierTests/Reference"
    (folder / "tuned-sentences.json").write_text(json.dumps(reference, ensure_ascii=False, indent=0))
    embedded.astype("<f4").tofile(folder / "tuned-embeddings.f32")
    print("wrote encoder-top.safetensors, heads.json and the tuned reference embeddings")


if __name__ == "__main__":
    main()
