"""WordPiece ids of a batch of texts, exactly as the BERT tokenizer gives them, faster.

BERT's tokenizer cleans and lowercases text character by character, splits it
into words at whitespace and punctuation, and WordPiece-tokenises each word on
its own. So splitting a text at a space, tab, newline or carriage return never
changes its ids: they are the concatenation of its chunks' ids, and a chunk's
ids never change. Here a batch is lowercased (ASCII letters; the rest is left to
the tokenizer, whose lowercasing differs from Python's) and split at those
four characters in one bytes.split(); each distinct chunk goes through the real
tokenizer once and is cached. Everything else (punctuation, accents, emoji,
other whitespace, control characters) is the tokenizer's to handle inside the
chunk, where it does exactly what it does in the whole text.

Texts that hold one of the tokenizer's added tokens ("[PAD]", "[UNK]", matched
before normalisation, in any case here to be safe) or a vertical tab or form
feed (whitespace to bytes.split(), but removed, not split at, by BERT) go
through the tokenizer whole, as does every text when the tokenizer is not a
lowercasing BERT WordPiece one. tests/learned/test_wordpiece.py checks the ids
against the tokenizer on every text of the training, evaluation and paraphrase
corpora and on generated text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from itertools import chain

import numpy as np

# Distinct chunks kept with their ids, over both generations of the cache (about
# 270 bytes each for 4-token chunks: under 30 MB).
CHUNK_CACHE_SIZE = 100_000
# The texts of a batch are joined around this character, which also ends the
# last one; as a chunk its id is the one below, so text boundaries survive into
# the id array. A text that holds it goes through the tokenizer whole.
_TEXT_END = "\x00"
_TEXT_END_ID = -1
_JOIN = f" {_TEXT_END} "
# ASCII whitespace that bytes.split() splits at but BERT removes (control characters).
_NOT_SPLIT_BY_BERT = ("\x0b", "\x0c")


def splits_like_bert(tokenizer) -> bool:
    """True when the chunk-level shortcut is exact for `tokenizer`: a lowercasing
    BERT normaliser, BERT's pre-tokeniser, WordPiece, and only added tokens that
    are matched on the raw text (so a raw-text search can route them around)."""
    config = json.loads(tokenizer.to_str())
    normalizer, pre_tokenizer = config.get("normalizer") or {}, config.get("pre_tokenizer") or {}
    return (
        normalizer.get("type") == "BertNormalizer"
        and normalizer.get("lowercase") is True
        and pre_tokenizer.get("type") == "BertPreTokenizer"
        and config.get("model", {}).get("type") == "WordPiece"
        and all(not token.normalized for token in tokenizer.get_added_tokens_decoder().values())
    )


class ChunkIdCache:
    """Chunk (UTF-8 bytes) -> WordPiece ids, in two generations of at most `size // 2` chunks each.

    When the newer generation is full it becomes the older one and the previous
    older one is dropped; a chunk looked up since then is carried over. The
    common chunks of a stream so stay cached (least recently used ones go) and
    memory stays bounded. Dicts are only ever added to and swapped, never
    cleared, so concurrent lookups from several threads stay safe.
    """

    def __init__(self, tokenizer, size: int = CHUNK_CACHE_SIZE):
        self._tokenizer = tokenizer
        self._half = max(1, size // 2)
        self._recent = self._generation()
        self._older: dict[bytes, tuple[int, ...]] = {}

    @staticmethod
    def _generation() -> dict[bytes, tuple[int, ...]]:
        return {_TEXT_END.encode(): (_TEXT_END_ID,)}

    def __len__(self) -> int:
        return len(self._recent) + len(self._older)

    def lookup(self, chunks: list[bytes]) -> list[tuple[int, ...]]:
        recent = self._recent
        needed = set(chunks).difference(recent)
        if needed:
            if len(recent) + len(needed) > self._half:
                self._older, self._recent = recent, self._generation()
                recent = self._recent
                needed = set(chunks).difference(recent)
            older = self._older
            recent.update((chunk, older[chunk]) for chunk in needed if chunk in older)
            new = [chunk for chunk in needed if chunk not in older]
            if new:
                encodings = self._tokenizer.encode_batch_fast(
                    [chunk.decode("utf-8") for chunk in new], add_special_tokens=False
                )
                # Tuples of small ints: compact, and not tracked by the garbage collector.
                recent.update(zip(new, (tuple(e.ids) for e in encodings)))
        return list(map(recent.__getitem__, chunks))


class WordPieceIds:
    """The tokenizer's ids of texts in CSR layout, [UNK] dropped, at most `max_tokens` per text."""

    def __init__(self, tokenizer, unk_id: int | None, max_tokens: int, cache_size: int = CHUNK_CACHE_SIZE):
        self._tokenizer = tokenizer
        self._unk = unk_id
        self.max_tokens = max_tokens
        self.chunks = ChunkIdCache(tokenizer, cache_size)
        routed = [re.escape(t.content) for t in tokenizer.get_added_tokens_decoder().values()]
        # Texts this matches go through the tokenizer whole (None: every text does).
        self._whole_text = (
            re.compile("|".join(routed + list(_NOT_SPLIT_BY_BERT)), re.IGNORECASE)
            if splits_like_bert(tokenizer)
            else None
        )

    def __call__(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(flat ids int32, row pointers int64): text i is flat[indptr[i]:indptr[i + 1]]."""
        texts = list(texts)
        joined = _JOIN.join(texts) + _JOIN if texts else ""
        whole = self._whole_texts(texts, joined)
        if whole:
            joined = "".join(("" if i in whole else t) + _JOIN for i, t in enumerate(texts))
        flat, lengths = self._chunk_level(joined)
        if whole:
            flat, lengths = self._put_whole(texts, sorted(whole), flat, lengths)
        return self._truncate_and_drop_unknown(flat, lengths)

    def _whole_texts(self, texts: list[str], joined: str) -> set[int]:
        if self._whole_text is None:
            return set(range(len(texts)))
        # One search of the whole batch first: the per-text search is almost never needed.
        if joined.count(_TEXT_END) == len(texts) and self._whole_text.search(joined) is None:
            return set()
        return {i for i, t in enumerate(texts) if _TEXT_END in t or self._whole_text.search(t)}

    def _chunk_level(self, joined: str) -> tuple[np.ndarray, np.ndarray]:
        # bytes.lower() lowercases ASCII letters only, and UTF-8 encodes every
        # other character in bytes that are neither letters nor whitespace.
        pieces = self.chunks.lookup(joined.encode("utf-8").lower().split())
        flat = np.fromiter(chain.from_iterable(pieces), dtype=np.int32, count=sum(map(len, pieces)))
        ends = np.flatnonzero(flat == _TEXT_END_ID)
        lengths = np.diff(ends, prepend=-1) - 1
        return np.delete(flat, ends), lengths

    def _put_whole(
        self, texts: list[str], whole: list[int], flat: np.ndarray, lengths: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Put the tokenizer's ids of texts `whole` (empty rows so far) in their rows."""
        rows = np.split(flat, np.cumsum(lengths)[:-1]) if len(lengths) else []
        encodings = self._tokenizer.encode_batch_fast([texts[i] for i in whole], add_special_tokens=False)
        for i, encoding in zip(whole, encodings):
            rows[i] = np.array(encoding.ids, dtype=np.int32)
        lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
        return (np.concatenate(rows) if rows else flat), lengths

    def _truncate_and_drop_unknown(self, flat: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        keep = None
        if len(lengths) and lengths.max() > self.max_tokens:
            starts = np.cumsum(lengths) - lengths
            keep = np.arange(len(flat)) - np.repeat(starts, lengths) < self.max_tokens
        if self._unk is not None:
            # Characters outside the vocabulary become [UNK]; they carry no meaning.
            known = flat != self._unk
            if not known.all():
                keep = known if keep is None else keep & known
        if keep is not None:
            row_of = np.repeat(np.arange(len(lengths)), lengths)
            flat, lengths = flat[keep], np.bincount(row_of[keep], minlength=len(lengths))
        indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        return flat, indptr
