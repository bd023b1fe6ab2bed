"""Quality and speed of the embedding backends against the full transformer.

For each backend (static model2vec [default], ONNX Runtime, full sentence-transformers):
- agreement with the full model: Pearson correlation of pairwise cosine
  similarities over a sample of training texts, and mean cosine between the
  backend's and the full model's vectors where the dimensions match;
- quality on the task: the learned scorer trained with that backend, scored by
  cross-validation on the TRAINING data (message AUC, macro F1, FPR);
- speed: texts/s encoding (single process), and the end-to-end LearnedScorer
  speed on the default path.

Needs the `train` extra (torch) for the transformer and ONNX rows; without it
only the static rows are printed.

    ORT_DISABLE_TELEMETRY=1 python bench/bench_embeddings.py [--sample 2000]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT / "data" / "train"


def timed_rate(fn, texts, repeats: int = 1) -> tuple[float, float]:
    """(texts per wall second, texts per CPU second): CPU time is robust to a busy machine."""
    fn(texts[:64])
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeats):
        fn(texts)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return repeats * len(texts) / wall, repeats * len(texts) / max(cpu, 1e-9)


def pairwise_correlation(a: np.ndarray, b: np.ndarray) -> float:
    upper = np.triu_indices(len(a), 1)
    return float(np.corrcoef((a @ a.T)[upper], (b @ b.T)[upper])[0, 1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=1500, help="texts for the similarity comparison")
    parser.add_argument("--skip-training", action="store_true", help="no cross-validated task quality")
    args = parser.parse_args()

    from watchkeeper.learned.embeddings import StaticEmbedder
    from watchkeeper.learned.training import (
        TrainConfig,
        conversation_examples,
        merge_examples,
        read_message_examples,
        train_model,
    )

    examples = merge_examples(
        read_message_examples(TRAIN / "messages.jsonl"),
        conversation_examples(TRAIN / "events.jsonl", TRAIN / "labels.jsonl"),
    )
    texts = [e.text for e in examples]
    rng = random.Random(0)
    sample = rng.sample(texts, min(args.sample, len(texts)))
    speed_texts = [rng.choice(texts) + f" {i}" for i in range(20000)]

    static = StaticEmbedder()
    backends: dict[str, object] = {"static (model2vec, shipped)": static}
    try:
        from watchkeeper.learned.embeddings import (
            OnnxEmbedder,
            TransformerEmbedder,
            export_transformer_onnx,
        )

        full = TransformerEmbedder()
        backends["transformer (sentence-transformers)"] = full
        onnx_path = Path(tempfile.mkdtemp()) / "minilm.onnx"
        export_transformer_onnx(onnx_path)
        backends["onnx (ONNX Runtime)"] = OnnxEmbedder(onnx_path)
    except ImportError as exc:
        full = None
        print(f"(transformer/ONNX rows skipped: {exc})")

    reference = full.encode(sample) if full is not None else None
    rows = []
    for name, embedder in backends.items():
        vectors = embedder.encode(sample)
        correlation = pairwise_correlation(vectors, reference) if reference is not None else float("nan")
        same_space = (
            float(np.mean(np.sum(vectors * reference, axis=1)))
            if reference is not None and vectors.shape == reference.shape
            else float("nan")
        )
        texts_for_speed = speed_texts if embedder is static else speed_texts[:2000]
        wall, cpu = timed_rate(embedder.encode, texts_for_speed)
        quality = {}
        if not args.skip_training:
            kind = "static" if embedder is static else ("onnx" if "onnx" in name else "transformer")
            model = train_model(examples, TrainConfig(embedder=kind), embedder=embedder, static=static)
            quality = {
                "auc": model.metrics["message"]["auc"],
                "macro_f1": model.metrics["macro_f1"],
                "recall": model.metrics["message"]["recall"],
                "fpr": model.metrics["message"]["false_positive_rate"],
            }
        rows.append((name, correlation, same_space, wall, cpu, quality))

    print()
    print("| backend | sim. correlation vs full | cosine to full | encode texts/s (wall) | texts/s per CPU s "
          "| CV message AUC | CV macro F1 | CV recall | CV FPR |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, correlation, same_space, wall, cpu, q in rows:
        print(f"| {name} | {correlation:.3f} | {same_space:.3f} | {wall:,.0f} | {cpu:,.0f} "
              f"| {q.get('auc', '-')} | {q.get('macro_f1', '-')} | {q.get('recall', '-')} | {q.get('fpr', '-')} |")

    from watchkeeper.learned import load_scorer

    start = time.perf_counter()
    scorer = load_scorer()
    load_seconds = time.perf_counter() - start
    everyday = [e.text + f" {i}" for i, e in enumerate(examples * 20) if not e.harmful][:100000]
    for batch in (1000, 10000):
        def run(items, batch=batch):
            for i in range(0, len(items), batch):
                scorer.score_batch(items[i : i + batch])
        wall, cpu = timed_rate(run, everyday)
        print(f"LearnedScorer (default, static) batch {batch}: {wall:,.0f} messages/s wall, "
              f"{cpu:,.0f} per CPU second, on {len(everyday):,} distinct everyday messages")
    print(f"default model load: {load_seconds:.2f} s")
    if full is not None:
        from watchkeeper.learned.training import TrainConfig as _TC  # noqa: F401

        wall, cpu = timed_rate(full.encode, speed_texts[:2000])
        print(f"full-transformer path (encoding alone, the floor of its scorer): {wall:,.0f} messages/s wall")


if __name__ == "__main__":
    main()
