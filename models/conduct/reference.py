#!/usr/bin/env python3
"""Python reference for the Swift all-MiniLM-L6-v2 sentence encoder.

Plain numpy float32 forward pass of the BERT encoder (no torch), tokenised
with the HuggingFace `tokenizers` library from the model's tokenizer.json.

  python3 reference.py --sentences sentences.json --out DIR   # ids.json + embeddings.f32
  python3 reference.py --check                                 # sanity cosines

Truncation convention (the Swift side does the same): ids.json records the
FULL ids of every sentence ([CLS] ... [SEP], never truncated). The model is
run on at most 128 tokens: if a sentence has more than 128 ids, the input is
ids[:127] + [102] (first 127 ids, i.e. [CLS] + 126 word pieces, then [SEP]).
"""
import argparse, hashlib, json, math, sys, time
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

MODEL_DIR = Path(__file__).resolve().parents[2] / ".models" / "all-MiniLM-L6-v2"
MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MAX_TOKENS, SEP_ID = 128, 102
LAYERS, HEADS, HEAD_DIM, EPS = 6, 12, 32, 1e-12

_erf = np.frompyfunc(math.erf, 1, 1)  # exact libm erf, element-wise (numpy has no erf)


def gelu(x):
    """Exact (erf) GELU; erf evaluated in float64 by math.erf, result cast to float32."""
    e = _erf(x.astype(np.float64) / math.sqrt(2.0)).astype(np.float64)
    return (0.5 * x.astype(np.float64) * (1.0 + e)).astype(np.float32)


def layer_norm(x, w, b):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + np.float32(EPS)) * w + b


def linear(x, w, b):  # PyTorch layout: weight is [out, in]
    return x @ w.T + b


class Encoder:
    def __init__(self, model_dir=MODEL_DIR):
        model_dir = Path(model_dir)
        self.w = load_file(str(model_dir / "model.safetensors"))
        self.tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tok.no_truncation()  # tokenizer.json ships truncation 128 + padding 128: disable both
        self.tok.no_padding()

    def ids(self, sentence):
        return self.tok.encode(sentence, add_special_tokens=True).ids

    def embed_ids(self, ids):
        if len(ids) > MAX_TOKENS:  # see module docstring
            ids = ids[:MAX_TOKENS - 1] + [SEP_ID]
        w, n = self.w, len(ids)
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:n]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            q, k, v = (linear(x, w[p + f"attention.self.{m}.weight"], w[p + f"attention.self.{m}.bias"])
                       .reshape(n, HEADS, HEAD_DIM).transpose(1, 0, 2) for m in ("query", "key", "value"))
            s = q @ k.transpose(0, 2, 1) / np.float32(math.sqrt(HEAD_DIM))  # [heads, n, n]
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(1, 0, 2).reshape(n, HEADS * HEAD_DIM)
            a = linear(ctx, w[p + "attention.output.dense.weight"], w[p + "attention.output.dense.bias"])
            x = layer_norm(a + x, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            h = gelu(linear(x, w[p + "intermediate.dense.weight"], w[p + "intermediate.dense.bias"]))
            o = linear(h, w[p + "output.dense.weight"], w[p + "output.dense.bias"])
            x = layer_norm(o + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        e = x.mean(0)  # mean pooling over all tokens (incl. CLS/SEP; no padding)
        return (e / np.linalg.norm(e)).astype(np.float32)

    def embed(self, sentence):
        return self.embed_ids(self.ids(sentence))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sentences", help="JSON file: a list of strings")
    ap.add_argument("--out", help="output folder for ids.json and embeddings.f32")
    ap.add_argument("--model", default=str(MODEL_DIR))
    ap.add_argument("--check", action="store_true", help="print sanity cosine similarities")
    a = ap.parse_args()
    sha = hashlib.sha256(Path(a.model, "model.safetensors").read_bytes()).hexdigest()
    if sha != MODEL_SHA256:
        print(f"WARNING: model.safetensors sha256 {sha} != pinned {MODEL_SHA256}", file=sys.stderr)
    enc = Encoder(a.model)

    if a.check:
        pairs = [("A man is eating food.", "A man is eating a piece of bread."),
                 ("A man is eating food.", "A man is riding a horse."),
                 ("The homework is due on Friday.", "Please hand in your assignment by the end of the week."),
                 ("The homework is due on Friday.", "A monkey is playing drums."),
                 ("I love this class!", "I really enjoy this course.")]
        for s1, s2 in pairs:
            print(f"{float(enc.embed(s1) @ enc.embed(s2)):.4f}  {s1!r} vs {s2!r}")

    if a.sentences:
        sentences = json.loads(Path(a.sentences).read_text(encoding="utf-8"))
        out = Path(a.out or ".")
        out.mkdir(parents=True, exist_ok=True)
        t0 = time.time()
        all_ids = [enc.ids(s) for s in sentences]
        t1 = time.time()
        emb = np.stack([enc.embed_ids(i) for i in all_ids]).astype("<f4")
        t2 = time.time()
        (out / "ids.json").write_text("[\n" + ",\n".join(json.dumps(i) for i in all_ids) + "\n]\n")
        emb.tofile(out / "embeddings.f32")
        n_tok = sum(min(len(i), MAX_TOKENS) for i in all_ids)
        print(f"{len(sentences)} sentences, {n_tok} model tokens "
              f"({sum(len(i) > MAX_TOKENS for i in all_ids)} truncated); "
              f"tokenise {t1 - t0:.2f}s, encode {t2 - t1:.1f}s -> {out}")


if __name__ == "__main__":
    main()
