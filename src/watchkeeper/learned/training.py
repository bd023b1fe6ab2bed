"""Training the learned message scorer: data in, a checksummed artifact out.

The model (per message, no conversation context):

    P(category | text) = P(harmful | text) * P(category | text, harmful)

Both factors are logistic regressions over [TF-IDF of WordPiece unigrams and
hashed bigrams | sentence embedding]. The "harmful" gate learns from every
example, hard negatives included (which is what keeps a parent's "are you home
alone?" apart from a stranger's); each category head learns from the positives
only, where it just has to tell warning signs apart. Both are Platt-calibrated
on out-of-fold scores of a seeded K-fold split, which also gives the
cross-validated metrics of the model card; the calibration is folded into the
stored weights, so scoring is two matrix products and a sigmoid.

Training data never comes from data/eval/ or data/paraphrase/: `train_from_paths`
refuses them.
"""

from __future__ import annotations

import hashlib
import platform
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold

from watchkeeper.core.signals import MESSAGE_CATEGORIES
from watchkeeper.jsonl import read_json_objects
from watchkeeper.learned.artifact import FORMAT_VERSION, save_artifact, sha256_file, sha256_files
from watchkeeper.learned.config import TrainConfig
from watchkeeper.learned.embeddings import (
    STATIC_MODEL_DIR,
    STATIC_MODEL_NAME,
    Embedder,
    StaticEmbedder,
    load_embedder,
)
from watchkeeper.learned.features import Featurizer, LexicalSpace, TokenBatch
from watchkeeper.learned.linear import FittedLinear, sigmoid

KINDS = ("positive", "hard_negative", "benign")
CATEGORY_NAMES: tuple[str, ...] = tuple(c.value for c in MESSAGE_CATEGORIES)
# Folders whose data is held out for evaluation and generalisation tests.
HELD_OUT_DIRS = ("eval", "paraphrase")
# Fewer positives (or negatives) than this: a model keeps its uncalibrated probabilities.
MIN_CALIBRATION_EXAMPLES = 3
# `TrainingExample.source` of moderator decisions (feedback.py).
FEEDBACK_SOURCE = "feedback"


class TrainingDataError(ValueError):
    """A training file has a bad line; says which and why."""


@dataclass(frozen=True, slots=True)
class TrainingExample:
    text: str
    categories: tuple[str, ...] = ()
    kind: str = "benign"
    source: str = ""
    weight: float = 1.0
    id: str = ""

    @property
    def harmful(self) -> bool:
        return bool(self.categories)


# ---- reading data -----------------------------------------------------------------


def _check_not_held_out(path: Path) -> None:
    parts = Path(path).resolve().parts
    for held_out in HELD_OUT_DIRS:
        if "data" in parts and held_out in parts[parts.index("data") :]:
            raise TrainingDataError(
                f"{path}: data/{held_out}/ is held out for evaluation and must not be used for training"
            )


def _read_rows(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    return read_json_objects(path, TrainingDataError)


def check_categories(categories: Any, where: str) -> tuple[str, ...]:
    if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
        raise TrainingDataError(f"{where}: 'categories' must be a list of category names")
    unknown = [c for c in categories if c not in CATEGORY_NAMES]
    if unknown:
        raise TrainingDataError(f"{where}: unknown categories {unknown}; known: {', '.join(CATEGORY_NAMES)}")
    return tuple(dict.fromkeys(categories))


def read_message_examples(path: str | Path) -> list[TrainingExample]:
    """data/train/messages.jsonl: {"id","text","categories":[...],"kind","context"} per line."""
    path = Path(path)
    _check_not_held_out(path)
    examples = []
    for number, row in _read_rows(path):
        where = f"{path}: line {number}"
        text, kind = row.get("text"), row.get("kind")
        if not isinstance(text, str) or not text.strip():
            raise TrainingDataError(f"{where}: 'text' must be a non-empty string")
        if kind not in KINDS:
            raise TrainingDataError(f"{where}: 'kind' must be one of {', '.join(KINDS)}")
        categories = check_categories(row.get("categories", []), where)
        if (kind == "positive") != bool(categories):
            raise TrainingDataError(f"{where}: positives need categories, negatives must have none")
        examples.append(TrainingExample(text, categories, kind, path.name, 1.0, str(row.get("id", number))))
    return examples


def conversation_examples(events_path: str | Path, labels_path: str | Path) -> list[TrainingExample]:
    """Everyday messages from labelled conversations: every message of a benign
    conversation, and the non-offenders' messages of a threat conversation.

    Offenders' messages are left out: the labels say who, not which message
    shows which sign, and a wrong category would teach the wrong thing.
    """
    from watchkeeper.evaluation.metrics import read_labels
    from watchkeeper.events import Message, read_jsonl

    events_path, labels_path = Path(events_path), Path(labels_path)
    for path in (events_path, labels_path):
        _check_not_held_out(path)
    labels, _ = read_labels(labels_path)
    events, result = read_jsonl(events_path)
    if result.errors:
        first = result.errors[0]
        raise TrainingDataError(f"{events_path}: {len(result.errors)} bad lines, first: {first}")
    examples = []
    for event in events:
        if not isinstance(event, Message) or not event.text.strip():
            continue
        label = labels.get(event.conversation)
        if label is None or (label.label != "benign" and event.sender == label.offender):
            continue
        examples.append(TrainingExample(event.text, (), "benign", events_path.name, 1.0, event.id))
    return examples


def merge_examples(*groups: Sequence[TrainingExample]) -> list[TrainingExample]:
    """Concatenate; a later group's label for the same text (case and spacing
    ignored) replaces an earlier one, so moderator feedback overrides the corpus."""
    merged: dict[str, TrainingExample] = {}
    for group in groups:
        for example in group:
            key = " ".join(example.text.lower().split())
            merged.pop(key, None)
            merged[key] = example
    return list(merged.values())


# ---- fitting ------------------------------------------------------------------------


def _design(lexical: sp.csr_matrix, embedding: np.ndarray, config: TrainConfig) -> sp.csr_matrix:
    return sp.hstack([lexical, sp.csr_matrix(embedding * config.embedding_weight)], format="csr")


def _fit_logistic(x, y, weights, c: float, config: TrainConfig) -> tuple[np.ndarray, float]:
    if y.min() == y.max():  # one class only (tiny data): a constant model
        return np.zeros(x.shape[1], dtype=np.float64), (8.0 if y[0] else -8.0)
    model = LogisticRegression(C=c, max_iter=config.max_iter, random_state=config.seed)
    model.fit(x, y, sample_weight=weights)
    return model.coef_[0], float(model.intercept_[0])


def _platt(scores: np.ndarray, y: np.ndarray, weights: np.ndarray) -> tuple[float, float]:
    """Platt scaling p = sigmoid(a * score + b), fitted on out-of-fold scores."""
    if min(int(y.sum()), int(len(y) - y.sum())) < MIN_CALIBRATION_EXAMPLES:
        return 1.0, 0.0  # too few to calibrate: keep the regression's own probabilities
    model = LogisticRegression(C=1e4, max_iter=1000)
    model.fit(scores.reshape(-1, 1), y, sample_weight=weights)
    slope = float(model.coef_[0, 0])
    if slope <= 0:  # out-of-fold scores carried no signal; do not invert the model
        return 1.0, 0.0
    return slope, float(model.intercept_[0])


@dataclass(slots=True)
class Fold:
    lexical: LexicalSpace
    gate: tuple[np.ndarray, float]
    heads: list[tuple[np.ndarray, float]]


def _fit_uncalibrated(
    featurizer: Featurizer, tokens_all: TokenBatch, embeddings: np.ndarray, index: np.ndarray,
    y_gate: np.ndarray, y_heads: np.ndarray, weights: np.ndarray, config: TrainConfig,
) -> Fold:
    tokens = _subset_tokens(tokens_all, index)
    lexical = LexicalSpace.fit(tokens, featurizer.vocab_size, config.bigram_buckets)
    x = _design(lexical.transform(tokens), embeddings[index], config)
    gate = _fit_logistic(x, y_gate[index], weights[index], config.gate_c, config)
    positive = np.flatnonzero(y_gate[index])
    heads = [
        _fit_logistic(x[positive], y_heads[index][positive, j], weights[index][positive], config.head_c, config)
        for j in range(y_heads.shape[1])
    ]
    return Fold(lexical, gate, heads)


def _subset_tokens(tokens: TokenBatch, index: np.ndarray) -> TokenBatch:
    lengths = np.diff(tokens.indptr)[index]
    starts = tokens.indptr[:-1][index]
    flat = (
        np.concatenate([tokens.flat[s : s + n] for s, n in zip(starts, lengths)])
        if len(index)
        else tokens.flat[:0]
    )
    indptr = np.zeros(len(index) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    return TokenBatch(flat, indptr)


def _raw_scores(fold: Fold, tokens: TokenBatch, embeddings: np.ndarray, config: TrainConfig) -> np.ndarray:
    """(n, 1 + categories) raw decision values: the gate first, then each head."""
    x = _design(fold.lexical.transform(tokens), embeddings, config)
    weights = np.stack([fold.gate[0]] + [h[0] for h in fold.heads])
    bias = np.array([fold.gate[1]] + [h[1] for h in fold.heads])
    return np.asarray(x @ weights.T) + bias


@dataclass(slots=True)
class TrainedModel:
    config: TrainConfig
    categories: tuple[str, ...]
    lexical: LexicalSpace
    linear: FittedLinear  # row 0: harmful gate, rows 1..: category heads (all calibrated)
    embedder_name: str
    embedder_dim: int
    exemplar_embeddings: np.ndarray
    exemplars: list[dict[str, Any]]
    decision_embeddings: np.ndarray
    decisions: list[dict[str, Any]]
    metrics: dict[str, Any] = field(default_factory=dict)
    data_summary: dict[str, Any] = field(default_factory=dict)
    # Out-of-fold calibrated category probabilities (not stored in the artifact).
    oof_probabilities: np.ndarray | None = None


def _stratum(example: TrainingExample) -> str:
    return example.categories[0] if example.categories else example.kind


def train_model(
    examples: Sequence[TrainingExample],
    config: TrainConfig = TrainConfig(),
    embedder: Embedder | None = None,
    static: StaticEmbedder | None = None,
) -> TrainedModel:
    if len(examples) < 4 or not any(e.harmful for e in examples) or all(e.harmful for e in examples):
        raise TrainingDataError("training needs harmful and harmless examples (at least 4 in all)")
    static = static or StaticEmbedder()
    if embedder is None:
        embedder = static if config.embedder == "static" and not config.embedder_path else load_embedder(
            config.embedder, config.embedder_path
        )
    featurizer = Featurizer(embedder, static)
    texts = [e.text for e in examples]
    tokens = featurizer.tokens(texts)
    embeddings = featurizer.embed(texts, tokens)
    categories = CATEGORY_NAMES
    y_heads = np.array([[c in e.categories for c in categories] for e in examples], dtype=np.int8)
    y_gate = y_heads.any(axis=1).astype(np.int8)
    weights = np.array([e.weight for e in examples], dtype=np.float64)

    # Out-of-fold raw scores: for Platt calibration and the model card's metrics.
    strata = [_stratum(e) for e in examples]
    counts = Counter(strata)
    folds = max(2, min(config.folds, min(Counter(e.harmful for e in examples).values())))
    # Strata too small to stratify join the largest one, so the split stays valid on small data.
    largest = counts.most_common(1)[0][0]
    strata = [s if counts[s] >= folds else largest for s in strata]
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=config.seed)
    oof = np.zeros((len(examples), 1 + len(categories)))
    all_index = np.arange(len(examples))
    for train_index, test_index in splitter.split(all_index, strata):
        fold = _fit_uncalibrated(featurizer, tokens, embeddings, train_index, y_gate, y_heads, weights, config)
        oof[test_index] = _raw_scores(fold, _subset_tokens(tokens, test_index), embeddings[test_index], config)

    positive = y_gate == 1
    calibration = [_platt(oof[:, 0], y_gate, weights)] + [
        _platt(oof[positive, j + 1], y_heads[positive, j], weights[positive]) for j in range(len(categories))
    ]
    final = _fit_uncalibrated(featurizer, tokens, embeddings, all_index, y_gate, y_heads, weights, config)
    raw_weights = np.stack([final.gate[0]] + [h[0] for h in final.heads])
    raw_bias = np.array([final.gate[1]] + [h[1] for h in final.heads])
    a = np.array([c[0] for c in calibration])
    b = np.array([c[1] for c in calibration])
    folded = raw_weights * a[:, None]
    n_lex = final.lexical.size
    linear = FittedLinear(
        lexical=folded[:, :n_lex].astype(np.float32),
        embedding=(folded[:, n_lex:] * config.embedding_weight).astype(np.float32),
        bias=(raw_bias * a + b).astype(np.float32),
    )

    oof_probs = sigmoid(oof * a + b)
    category_probs = oof_probs[:, :1] * oof_probs[:, 1:]
    metrics = cross_validated_metrics(y_gate, y_heads, oof_probs[:, 0], category_probs, categories, config, examples)
    metrics["folds"] = folds

    exemplar_index = np.flatnonzero(positive)
    exemplars = [
        {"text": examples[i].text, "categories": list(examples[i].categories), "source": examples[i].source}
        for i in exemplar_index
    ]
    decision_index = [i for i, e in enumerate(examples) if e.source == FEEDBACK_SOURCE]
    decisions = [
        {
            "text": examples[i].text,
            "decision": "confirm" if examples[i].harmful else "dismiss",
            "categories": list(examples[i].categories),
        }
        for i in decision_index
    ]
    return TrainedModel(
        config=config,
        categories=categories,
        lexical=final.lexical,
        linear=linear,
        embedder_name=embedder.name,
        embedder_dim=int(embeddings.shape[1]),
        exemplar_embeddings=embeddings[exemplar_index].astype(np.float16),
        exemplars=exemplars,
        decision_embeddings=embeddings[decision_index].astype(np.float16),
        decisions=decisions,
        metrics=metrics,
        data_summary=summarise_examples(examples),
        oof_probabilities=category_probs,
    )


def cross_validated_metrics(
    y_gate, y_heads, gate_probs, category_probs, categories, config: TrainConfig, examples
) -> dict[str, Any]:
    threshold = config.emit_threshold
    per_category = {}
    for j, name in enumerate(categories):
        y, p = y_heads[:, j], category_probs[:, j]
        predicted = p >= threshold
        tp = int((predicted & (y == 1)).sum())
        precision = tp / max(int(predicted.sum()), 1)
        recall = tp / max(int(y.sum()), 1)
        per_category[name] = {
            "support": int(y.sum()),
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(2 * precision * recall / max(precision + recall, 1e-9), 3),
            "auc": round(float(roc_auc_score(y, p)), 3) if 0 < y.sum() < len(y) else None,
        }
    any_prob = category_probs.max(axis=1)
    harmless = y_gate == 0
    kinds = np.array([e.kind for e in examples])
    flagged = any_prob >= threshold
    return {
        "threshold": threshold,
        "per_category": per_category,
        "macro_f1": round(float(np.mean([m["f1"] for m in per_category.values()])), 3),
        "message": {
            "auc": round(float(roc_auc_score(y_gate, any_prob)), 3) if 0 < y_gate.sum() < len(y_gate) else None,
            "average_precision": round(float(average_precision_score(y_gate, any_prob)), 3)
            if y_gate.sum()
            else None,
            "recall": round(float(flagged[y_gate == 1].mean()), 3) if y_gate.sum() else None,
            "false_positive_rate": round(float(flagged[harmless].mean()), 3) if harmless.any() else None,
            "false_positive_rate_hard_negatives": round(float(flagged[kinds == "hard_negative"].mean()), 3)
            if (kinds == "hard_negative").any()
            else None,
            "false_positive_rate_benign": round(float(flagged[kinds == "benign"].mean()), 3)
            if (kinds == "benign").any()
            else None,
        },
    }


def summarise_examples(examples: Sequence[TrainingExample]) -> dict[str, Any]:
    digest = hashlib.sha256()
    for e in examples:
        digest.update(orjson.dumps([e.text, list(e.categories), e.kind, e.weight]))
    return {
        "examples": len(examples),
        "by_kind": dict(sorted(Counter(e.kind for e in examples).items())),
        "by_source": dict(sorted(Counter(e.source for e in examples).items())),
        "by_category": dict(sorted(Counter(c for e in examples for c in e.categories).items())),
        "sha256": digest.hexdigest(),
    }


# ---- writing the artifact -------------------------------------------------------------


def embedder_reference(embedder_kind: str, embedder_path: str | None) -> dict[str, Any]:
    """How the scorer finds its embedder again, and the checksum it must have."""
    if embedder_kind == "static":
        folder = Path(embedder_path) if embedder_path else STATIC_MODEL_DIR
        files = sorted(p for p in folder.iterdir() if p.is_file())
        return {
            "kind": "static",
            "name": STATIC_MODEL_NAME if embedder_path is None else str(folder),
            "sha256": sha256_files(files),
        }
    if embedder_kind == "onnx":
        return {"kind": "onnx", "name": str(embedder_path), "sha256": sha256_file(Path(embedder_path))}
    return {"kind": embedder_kind, "name": embedder_path or "all-MiniLM-L6-v2", "sha256": None}


def render_model_card(model: TrainedModel, manifest: dict[str, Any]) -> str:
    m = model.metrics
    lines = [
        "# Watchkeeper learned message model",
        "",
        f"- Built: {manifest['created']}",
        f"- Format version: {manifest.get('format_version', '')} (see manifest.json)",
        f"- Embedder: {manifest['embedder']['kind']} `{manifest['embedder']['name']}` "
        f"({model.embedder_dim} dimensions)",
        f"- Seed: {model.config.seed}; cross-validation folds: {m['folds']}",
        f"- Signal threshold (calibrated probability): {m['threshold']}",
        "",
        "## Data",
        "",
        f"{model.data_summary['examples']} examples (SHA-256 of the examples: "
        f"`{model.data_summary['sha256'][:16]}...`).",
        "",
        "| source | examples |",
        "|---|---|",
        *(f"| {k} | {v} |" for k, v in model.data_summary["by_source"].items()),
        "",
        "| kind | examples |",
        "|---|---|",
        *(f"| {k} | {v} |" for k, v in model.data_summary["by_kind"].items()),
        "",
        "## Cross-validated metrics on the training data",
        "",
        "Out-of-fold predictions of a seeded stratified K-fold split of the training",
        "examples (each fold's model never saw the examples it scored). These measure",
        "fit to the training distribution, not generalisation: see docs/benchmarks.md",
        "for the held-out evaluation and paraphrase sets.",
        "",
        f"Any-category, per message: AUC {m['message']['auc']}, recall {m['message']['recall']}, "
        f"false-positive rate {m['message']['false_positive_rate']} "
        f"(hard negatives {m['message']['false_positive_rate_hard_negatives']}, "
        f"benign {m['message']['false_positive_rate_benign']}).",
        "",
        f"Macro F1 over categories: {m['macro_f1']}",
        "",
        "| category | support | precision | recall | F1 | AUC |",
        "|---|---|---|---|---|---|",
        *(
            f"| {name} | {v['support']} | {v['precision']} | {v['recall']} | {v['f1']} | {v['auc']} |"
            for name, v in m["per_category"].items()
        ),
        "",
        "## Intended use",
        "",
        "One detector among several in Watchkeeper: it turns a single message into",
        "per-category warning signals with calibrated probabilities; the conversation",
        "layer weighs them with stage order, age context and history before anyone is",
        "alerted, and a person reviews every alert. Not for use on its own.",
        "",
    ]
    return "\n".join(lines)


def save_model(model: TrainedModel, out_dir: str | Path, sources: Sequence[Path] = ()) -> Path:
    config = model.config
    manifest = {
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "embedder": embedder_reference(config.embedder, config.embedder_path),
        "embedding_dim": model.embedder_dim,
        "categories": list(model.categories),
        "emit_threshold": config.emit_threshold,
        "lexical": {"vocab_size": model.lexical.vocab_size, "bigram_buckets": model.lexical.bigram_buckets},
        "config": asdict(config),
        "training": {
            **model.data_summary,
            "files": {Path(p).name: sha256_file(Path(p)) for p in sources},
        },
        "metrics": model.metrics,
        "environment": {"python": platform.python_version(), "numpy": np.__version__},
    }
    arrays = {
        "lexical_columns": model.lexical.columns,
        "lexical_idf": model.lexical.idf,
        "weights_lexical": model.linear.lexical,
        "weights_embedding": model.linear.embedding,
        "bias": model.linear.bias,
        "exemplar_embeddings": model.exemplar_embeddings,
    }
    if model.decisions:
        arrays["decision_embeddings"] = model.decision_embeddings
    card = render_model_card(model, {**manifest, "format_version": FORMAT_VERSION})
    exemplars = {"positives": model.exemplars, "decisions": model.decisions}
    return save_artifact(out_dir, manifest, arrays, exemplars, card)


def train_from_paths(
    messages: Sequence[Path] = (),
    conversations: Sequence[tuple[Path, Path]] = (),
    feedback: Sequence[Path] = (),
    out_dir: str | Path = "model",
    config: TrainConfig = TrainConfig(),
) -> tuple[Path, TrainedModel]:
    """Read the data, train, write the artifact; returns (folder, model)."""
    from watchkeeper.learned.feedback import feedback_examples, read_feedback

    groups: list[list[TrainingExample]] = [read_message_examples(p) for p in messages]
    groups += [conversation_examples(events, labels) for events, labels in conversations]
    groups += [feedback_examples(read_feedback(p), config.feedback_weight) for p in feedback]
    sources = [*messages, *(p for pair in conversations for p in pair), *feedback]
    model = train_model(merge_examples(*groups), config)
    return save_model(model, out_dir, [Path(p) for p in sources]), model
