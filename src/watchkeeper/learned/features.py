"""Message features for the learned scorer, from one tokenisation.

Two views of a message feed one linear model:
- its sentence embedding (meaning: catches paraphrase), and
- TF-IDF over its WordPiece tokens and hashed token bigrams (wording: "tell
  your mom" against "tell mom about the party").

Both come from the same MiniLM WordPiece tokenisation, done once per batch:
the static embedder pools it, and the lexical view counts it. With another
embedder (transformer, ONNX) the lexical view still uses the MiniLM tokenizer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from watchkeeper.learned.embeddings import Embedder, StaticEmbedder, l2_normalise

_BIGRAM_MULTIPLIER = 1_000_003  # a prime, so (a, b) and (b, a) land apart


@dataclass(frozen=True, slots=True)
class TokenBatch:
    """Token ids of a batch in CSR layout: row i is flat[indptr[i]:indptr[i+1]]."""

    flat: np.ndarray
    indptr: np.ndarray

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1


class LexicalSpace:
    """Token unigrams + hashed bigrams, restricted to the columns seen in training."""

    def __init__(self, vocab_size: int, bigram_buckets: int, columns: np.ndarray, idf: np.ndarray):
        self.vocab_size = int(vocab_size)
        self.bigram_buckets = int(bigram_buckets)
        self.columns = np.asarray(columns, dtype=np.int64)
        self.idf = np.asarray(idf, dtype=np.float32)
        # Dense lookup from raw feature id to compact column (-1: never seen in training).
        self._lookup = np.full(self.vocab_size + self.bigram_buckets, -1, dtype=np.int32)
        self._lookup[self.columns] = np.arange(len(self.columns), dtype=np.int32)

    @property
    def size(self) -> int:
        return len(self.columns)

    @staticmethod
    def raw_counts(tokens: TokenBatch, vocab_size: int, bigram_buckets: int) -> sp.csr_matrix:
        flat, indptr = tokens.flat.astype(np.int64), tokens.indptr
        row_of = np.repeat(np.arange(tokens.rows), np.diff(indptr))
        same_row = row_of[:-1] == row_of[1:]
        bigrams = vocab_size + (
            (flat[:-1][same_row] * _BIGRAM_MULTIPLIER + flat[1:][same_row]) % bigram_buckets
        )
        rows = np.concatenate([row_of, row_of[:-1][same_row]])
        cols = np.concatenate([flat, bigrams])
        counts = sp.csr_matrix(
            (np.ones(len(rows), dtype=np.float32), (rows, cols)),
            shape=(tokens.rows, vocab_size + bigram_buckets),
        )
        counts.sum_duplicates()
        return counts

    @classmethod
    def fit(cls, tokens: TokenBatch, vocab_size: int, bigram_buckets: int) -> LexicalSpace:
        counts = cls.raw_counts(tokens, vocab_size, bigram_buckets)
        document_frequency = np.asarray((counts > 0).sum(axis=0)).ravel()
        columns = np.flatnonzero(document_frequency)
        # Smoothed IDF, as scikit-learn's TfidfTransformer computes it.
        idf = np.log((1 + tokens.rows) / (1 + document_frequency[columns])) + 1.0
        return cls(vocab_size, bigram_buckets, columns, idf)

    def transform(self, tokens: TokenBatch) -> sp.csr_matrix:
        """Sublinear TF-IDF rows, L2-normalised. Built straight into CSR arrays:
        scipy's generic constructors cost about a millisecond per call, which
        dominates the small batches the service scores."""
        flat, indptr = tokens.flat.astype(np.int64), tokens.indptr
        row_of = np.repeat(np.arange(tokens.rows), np.diff(indptr))
        same_row = row_of[:-1] == row_of[1:]
        bigrams = self.vocab_size + (
            (flat[:-1][same_row] * _BIGRAM_MULTIPLIER + flat[1:][same_row]) % self.bigram_buckets
        )
        rows = np.concatenate([row_of, row_of[:-1][same_row]])
        compact = self._lookup[np.concatenate([flat, bigrams])]
        keep = compact >= 0
        # Sorted unique (row, column) pairs with their counts: CSR order.
        keys, counts = np.unique(rows[keep] * self.size + compact[keep], return_counts=True)
        row, column = keys // self.size, keys % self.size
        values = (1.0 + np.log(counts)) * self.idf[column]
        norms = np.sqrt(np.bincount(row, weights=values * values, minlength=tokens.rows))
        norms[norms == 0] = 1.0
        values = values / norms[row]
        row_starts = np.zeros(tokens.rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(row, minlength=tokens.rows), out=row_starts[1:])
        return sp.csr_matrix(
            (values.astype(np.float32), column.astype(np.int32), row_starts),
            shape=(tokens.rows, self.size),
        )


class Featurizer:
    """Tokenises once, returns (lexical TF-IDF, embeddings) for a batch of texts."""

    def __init__(self, embedder: Embedder, static: StaticEmbedder):
        # `static` provides the MiniLM WordPiece tokenizer (and pools when it is the embedder).
        self.embedder = embedder
        self.static = static
        self.vocab_size = static.vocab_size

    def tokens(self, texts: Sequence[str]) -> TokenBatch:
        flat, indptr = self.static.token_ids(texts)
        return TokenBatch(flat, indptr)

    def embed(self, texts: Sequence[str], tokens: TokenBatch) -> np.ndarray:
        if self.embedder is self.static:
            return l2_normalise(self.static.pool(tokens.flat, tokens.indptr))
        return self.embedder.encode(texts)


def gather_segments(flat: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> TokenBatch:
    """A TokenBatch of the token ranges [starts[i], ends[i]) of `flat`, without a Python loop."""
    lengths = ends - starts
    indptr = np.zeros(len(starts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    positions = np.arange(indptr[-1], dtype=np.int64) + np.repeat(starts - indptr[:-1], lengths)
    return TokenBatch(flat[positions], indptr)


def sentence_pieces(tokens: TokenBatch, end_ids: np.ndarray) -> tuple[TokenBatch, np.ndarray, np.ndarray]:
    """Split messages of several sentences at sentence-ending tokens (. ! ?).

    Works on token ids, so no text is tokenised twice. Returns the pieces of the
    messages that have more than one (as a TokenBatch), the message row of each
    piece, and each piece's first token index within its message.
    """
    flat, indptr = tokens.flat, tokens.indptr
    row_of = np.repeat(np.arange(tokens.rows), np.diff(indptr))
    is_end = np.isin(flat, end_ids)
    # A cut after the last of a run of end tokens, when the message goes on.
    cut = np.flatnonzero(is_end[:-1] & ~is_end[1:] & (row_of[:-1] == row_of[1:])) + 1
    if not len(cut):
        empty = np.zeros(0, dtype=np.int64)
        return TokenBatch(flat[:0], np.zeros(1, dtype=np.int64)), empty, empty
    multi = np.unique(row_of[cut])
    bounds = np.union1d(np.concatenate([indptr[multi], indptr[multi + 1]]), cut)
    starts, ends = bounds[:-1], bounds[1:]
    owner = row_of[np.minimum(starts, len(flat) - 1)]
    # Keep segments inside a multi-sentence message (drop the gaps between messages).
    keep = np.isin(owner, multi) & (ends > starts) & (ends <= indptr[owner + 1])
    starts, ends, owner = starts[keep], ends[keep], owner[keep]
    return gather_segments(flat, starts, ends), owner, starts - indptr[owner]
