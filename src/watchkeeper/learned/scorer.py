"""`LearnedScorer`: the learned `MessageScorer` (core/signals.py).

Per message it computes calibrated probabilities for every category (see
training.py for the model) and emits a `MessageSignal(source="learned")` for
each category at or above the artifact's threshold. The signal explains
itself: `detail` is the nearest training example of that category, and the
evidence span is the sentence that scores highest (the whole message when it
has one sentence).

Moderator decisions (`watchkeeper train --feedback`) are also kept as an
exemplar index: a message that is a near-duplicate of a dismissed one emits
nothing, and a near-duplicate of a confirmed one emits its categories.

Scoring is batched: one tokenisation, one sparse and one dense matrix
product per batch, and each distinct text is scored once per batch.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from watchkeeper.core.signals import Category, MessageSignal
from watchkeeper.learned.artifact import (
    Artifact,
    ArtifactError,
    load_artifact,
    sha256_file,
    sha256_files,
)
from watchkeeper.learned.embeddings import (
    STATIC_MODEL_DIR,
    STATIC_MODEL_NAME,
    Embedder,
    StaticEmbedder,
    l2_normalise,
    load_embedder,
)
from watchkeeper.learned.features import Featurizer, LexicalSpace, TokenBatch, sentence_pieces
from watchkeeper.learned.linear import FittedLinear, sigmoid

DEFAULT_ARTIFACT_DIR = Path(__file__).resolve().parent / "artifacts" / "default"
# Cosine above which a message counts as the same as a moderator-decided one.
DECISION_SIMILARITY = 0.95
# Texts are scored in chunks of this many: large enough for fast matrix products,
# small enough to keep the sparse intermediate in cache-friendly memory.
CHUNK = 8192
SENTENCE_END = (".", "!", "?")
MAX_DETAIL_CHARS = 160
# Cosine gap under which two exemplars count as tied for nearest: well above what
# float32 rounding can move a 256-term dot product of unit vectors (about 1.5e-5
# at most), so a larger gap orders them the same in any summation order.
NEAR_TIE = 1e-4


class _OneBlasThread:
    """BLAS on one thread while any scoring runs in this process.

    The scorer's dense products are small (well under a millisecond per batch),
    and after each multi-threaded one OpenBLAS's idle workers spin: that about
    doubled the CPU time per message, CPU the scan's other worker needs. The
    count makes overlapping calls from several threads safe: the original
    setting comes back when the last one ends.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active = 0
        self._controller = None
        self._limiter = None

    def __enter__(self) -> None:
        with self._lock:
            if self._active == 0:
                if self._controller is None:
                    from threadpoolctl import ThreadpoolController

                    self._controller = ThreadpoolController()
                self._limiter = self._controller.limit(limits=1, user_api="blas")
            self._active += 1

    def __exit__(self, *exc_info) -> None:
        with self._lock:
            self._active -= 1
            if self._active == 0:
                self._limiter.restore_original_limits()


_one_blas_thread = _OneBlasThread()


class LearnedScorer:
    """Learned message scorer loaded from a model artifact folder."""

    source = "learned"

    def __init__(
        self,
        artifact: Artifact,
        embedder: Embedder | None = None,
        static: StaticEmbedder | None = None,
        threshold: float | None = None,
    ):
        manifest = artifact.manifest
        self.artifact = artifact
        self.categories = tuple(Category(c) for c in manifest["categories"])
        self.threshold = float(manifest["emit_threshold"] if threshold is None else threshold)
        reference = manifest["embedder"]
        self.static = static or _load_static(reference)
        self.embedder = embedder or (self.static if reference["kind"] == "static" else _load_other(reference))
        if self.embedder.dim != manifest["embedding_dim"]:
            raise ArtifactError(
                f"{artifact.path}: trained on {manifest['embedding_dim']}-dimension embeddings, "
                f"but the embedder gives {self.embedder.dim}"
            )
        self.featurizer = Featurizer(self.embedder, self.static)
        self._sentence_end_ids = self.static.token_ids_of(SENTENCE_END)
        arrays = artifact.arrays
        lexical = manifest["lexical"]
        self.lexical = LexicalSpace(
            lexical["vocab_size"], lexical["bigram_buckets"], arrays["lexical_columns"], arrays["lexical_idf"]
        )
        self.linear = FittedLinear(arrays["weights_lexical"], arrays["weights_embedding"], arrays["bias"])
        self._exemplars = artifact.exemplars["positives"]
        self._exemplar_vectors = arrays["exemplar_embeddings"].astype(np.float32)
        self._exemplars_by_category = {
            category: np.array(
                [i for i, e in enumerate(self._exemplars) if category.value in e["categories"]], dtype=np.int64
            )
            for category in self.categories
        }
        # Each category's exemplar vectors as one contiguous block, and their details.
        self._exemplar_blocks = {
            category: np.ascontiguousarray(self._exemplar_vectors[index])
            for category, index in self._exemplars_by_category.items()
        }
        self._exemplar_details = {
            category: ["like: " + self._exemplars[i]["text"][:MAX_DETAIL_CHARS] for i in index]
            for category, index in self._exemplars_by_category.items()
        }
        self._decisions = artifact.exemplars.get("decisions", [])
        self._decision_vectors = (
            arrays["decision_embeddings"].astype(np.float32) if self._decisions else None
        )

    @classmethod
    def load(cls, path: str | Path = DEFAULT_ARTIFACT_DIR, **kwargs) -> LearnedScorer:
        return cls(load_artifact(path), **kwargs)

    # ---- probabilities ------------------------------------------------------------
    def _features(self, texts: Sequence[str]):
        tokens = self.featurizer.tokens(texts)
        return tokens, self.featurizer.embed(texts, tokens)

    def _token_probabilities(self, tokens: TokenBatch, embeddings: np.ndarray) -> np.ndarray:
        p = sigmoid(self.linear.logits(self.lexical.transform(tokens), embeddings))
        return p[:, :1] * p[:, 1:]

    def _probabilities(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        tokens, embeddings = self._features(texts)
        return self._token_probabilities(tokens, embeddings), embeddings

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), categories) calibrated probabilities of whole texts, before moderator decisions."""
        texts = list(texts)
        out = np.zeros((len(texts), len(self.categories)), dtype=np.float32)
        with _one_blas_thread:
            for start in range(0, len(texts), CHUNK):
                out[start : start + CHUNK] = self._probabilities(texts[start : start + CHUNK])[0]
        return out

    # ---- MessageScorer -----------------------------------------------------------------
    def score(self, text: str) -> list[MessageSignal]:
        return self.score_batch([text])[0]

    def score_batch(self, texts: Sequence[str]) -> list[list[MessageSignal]]:
        return self.score_batch_with_embeddings(texts)[0]

    @property
    def embedder_name(self) -> str:
        return self.embedder.name

    def score_batch_with_embeddings(self, texts: Sequence[str]) -> tuple[list[list[MessageSignal]], np.ndarray]:
        """Signals, and the (len(texts), dim) sentence embeddings they were scored from."""
        position: dict[str, int] = {}
        for text in texts:
            position.setdefault(text, len(position))
        unique = list(position)
        results: list[list[MessageSignal]] = []
        embeddings = np.zeros((len(unique), self.embedder.dim), dtype=np.float32)
        with _one_blas_thread:
            for start in range(0, len(unique), CHUNK):
                signals, vectors = self._score_unique(unique[start : start + CHUNK])
                results.extend(signals)
                embeddings[start : start + len(signals)] = vectors
        rows = [position[t] for t in texts]
        return [list(results[r]) for r in rows], embeddings[rows]

    def _score_unique(self, texts: list[str]) -> tuple[list[list[MessageSignal]], np.ndarray]:
        tokens, embeddings = self._features(texts)
        probs = self._token_probabilities(tokens, embeddings)
        decided, dismissed = self._apply_decisions(probs, embeddings)
        # With the static embedder a message of several sentences is also scored
        # sentence by sentence (a warning sign in one sentence is not diluted by
        # the rest): its probability is the highest, and that sentence the evidence.
        owner = np.zeros(0, dtype=np.int64)
        if self.embedder is self.static:
            pieces, owner, first_token = sentence_pieces(tokens, self._sentence_end_ids)
        if len(owner):
            piece_embeddings = l2_normalise(self.static.pool(pieces.flat, pieces.indptr))
            piece_probs = self._token_probabilities(pieces, piece_embeddings) * ~dismissed[owner, None]
            whole = probs.copy()
            np.maximum.at(probs, owner, piece_probs)
        rows, columns = np.nonzero(probs >= self.threshold)
        out: list[list[MessageSignal]] = [[] for _ in texts]
        chosen = np.full(len(rows), -1, dtype=np.int64)
        if len(owner) and len(rows):
            chosen = _evidence_pieces(rows, columns, owner, piece_probs, whole)
            piece_lengths = np.diff(pieces.indptr)
        vectors = embeddings[rows]
        from_piece = chosen >= 0
        if from_piece.any():
            vectors[from_piece] = piece_embeddings[chosen[from_piece]]
        nearest = self._nearest_examples(vectors, columns)
        # The tokenizer's character offsets, once per message whose evidence is a piece.
        offsets: dict[int, list[tuple[int, int]]] = {}
        strengths = probs[rows, columns].tolist()
        for row, column, piece, strength, example in zip(
            rows.tolist(), columns.tolist(), chosen.tolist(), strengths, nearest
        ):
            text = texts[row]
            category = self.categories[column]
            if piece < 0:
                start, end = 0, len(text)
            else:
                if row not in offsets:
                    offsets[row] = self.static.token_offsets(text)
                start, end = _char_span(offsets[row], first_token[piece], piece_lengths[piece], len(text))
            detail = decided.get((row, column)) or example
            start, end = _trim(text, start, end)
            out[row].append(
                MessageSignal(
                    category=category,
                    strength=round(strength, 3),
                    start=start,
                    end=end,
                    evidence=text[start:end],
                    source=self.source,
                    detail=detail,
                )
            )
        return out, embeddings

    # ---- explanations -------------------------------------------------------------------
    def _nearest_examples(self, vectors: np.ndarray, columns: np.ndarray) -> list[str]:
        """Per signal, the training example of its category nearest to its evidence's vector.

        One product per category instead of one per signal. Where the two best
        examples are nearly tied, float rounding could order them differently
        from a product of one vector, so those few are redone that way: the
        answer is the same as scoring each signal on its own.
        """
        details = ["classifier"] * len(columns)
        for column in np.unique(columns).tolist():
            category = self.categories[column]
            block = self._exemplar_blocks.get(category)
            if block is None or not len(block):
                continue
            which = np.flatnonzero(columns == column)
            similarity = vectors[which] @ block.T
            best = similarity.argmax(axis=1)
            if len(block) > 1:
                top_two = np.partition(similarity, -2, axis=1)[:, -2:]
                for i in np.flatnonzero(top_two[:, 1] - top_two[:, 0] < NEAR_TIE).tolist():
                    best[i] = np.argmax(block @ vectors[which[i]])
            names = self._exemplar_details[category]
            for i, b in zip(which.tolist(), best.tolist()):
                details[i] = names[b]
        return details

    def _apply_decisions(
        self, probs: np.ndarray, embeddings: np.ndarray
    ) -> tuple[dict[tuple[int, int], str], np.ndarray]:
        """Near-duplicates of moderator decisions take the decision (in place on `probs`).

        Returns the details to show for confirmed signals and which rows were dismissed.
        """
        details: dict[tuple[int, int], str] = {}
        dismissed = np.zeros(len(probs), dtype=bool)
        if self._decision_vectors is None:
            return details, dismissed
        similarity = embeddings @ self._decision_vectors.T
        best = similarity.argmax(axis=1)
        for row in np.flatnonzero(similarity[np.arange(len(best)), best] >= DECISION_SIMILARITY):
            decision = self._decisions[int(best[row])]
            if decision["decision"] == "dismiss":
                probs[row] = 0.0
                dismissed[row] = True
                continue
            for name in decision["categories"]:
                column = self.categories.index(Category(name))
                probs[row, column] = max(probs[row, column], float(similarity[row, best[row]]))
                details[(int(row), column)] = "confirmed by a moderator: " + decision["text"][:MAX_DETAIL_CHARS]
        return details, dismissed


def _evidence_pieces(
    rows: np.ndarray, columns: np.ndarray, owner: np.ndarray, piece_probs: np.ndarray, whole: np.ndarray
) -> np.ndarray:
    """Per signal (rows[i], columns[i]): the piece of its message that scores highest
    for its category (the first such), when it scores at least the whole message;
    else -1 (the evidence is the whole message). Pieces are grouped by message, in order."""
    starts = np.flatnonzero(np.diff(owner, prepend=-1))
    messages = owner[starts]
    segment = np.minimum(np.searchsorted(messages, rows), len(starts) - 1)
    best = _first_maxima(piece_probs, starts)[segment, columns]
    beats = (messages[segment] == rows) & (piece_probs[best, columns] >= whole[rows, columns])
    return np.where(beats, best, -1)


def _first_maxima(values: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Per segment of rows [starts[i], starts[i + 1]) and column, the row of the first
    maximum (what np.argmax gives), for all segments in a few array operations."""
    maxima = np.maximum.reduceat(values, starts, axis=0)
    segment = np.repeat(np.arange(len(starts)), np.diff(starts, append=len(values)))
    row = np.where(values == maxima[segment], np.arange(len(values))[:, None], len(values))
    return np.minimum.reduceat(row, starts, axis=0)


def _char_span(offsets: list[tuple[int, int]], first_token: int, count: int, length: int) -> tuple[int, int]:
    """Characters of tokens [first_token, first_token + count), given the text's token offsets."""
    last = min(first_token + count, len(offsets)) - 1
    if first_token > last:
        return 0, length
    return offsets[first_token][0], offsets[last][1]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    return (start, end) if end > start else (0, len(text))


def _load_static(reference: dict) -> StaticEmbedder:
    # The MiniLM tokenizer always comes from the shipped static model (lexical features).
    folder = STATIC_MODEL_DIR if reference["kind"] != "static" or reference["name"] == STATIC_MODEL_NAME else Path(
        reference["name"]
    )
    if reference["kind"] == "static" and reference.get("sha256"):
        actual = sha256_files(sorted(p for p in folder.iterdir() if p.is_file()))
        if actual != reference["sha256"]:
            raise ArtifactError(
                f"{folder}: the static embedding model's checksum does not match the one the "
                "model was trained with; rebuild the model with `watchkeeper train`"
            )
    return StaticEmbedder(folder)


def _load_other(reference: dict) -> Embedder:
    if (
        reference["kind"] == "onnx" and reference.get("sha256")
        and sha256_file(Path(reference["name"])) != reference["sha256"]
    ):
        raise ArtifactError(f"{reference['name']}: ONNX model checksum mismatch")
    path = None if reference["kind"] == "transformer" else reference["name"]
    return load_embedder(reference["kind"], path)


def load_scorer(model: str | Path = "default", **kwargs) -> LearnedScorer:
    """'default' is the shipped model; anything else is the path of an artifact folder."""
    path = DEFAULT_ARTIFACT_DIR if str(model) == "default" else Path(model)
    return LearnedScorer.load(path, **kwargs)
