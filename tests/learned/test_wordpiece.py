"""The chunk-cached WordPiece ids are exactly the tokenizer's own."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support_corpora import CORPORA, corpus_texts
from tokenizers import Tokenizer

from watchkeeper.learned.embeddings import StaticEmbedder
from watchkeeper.learned.wordpiece import WordPieceIds, splits_like_bert


def tokenizer_ids(static: StaticEmbedder, texts: list[str]) -> list[list[int]]:
    """What the tokenizer itself gives for each whole text ([UNK] dropped, truncated)."""
    encodings = static._tokenizer.encode_batch_fast(texts, add_special_tokens=False)
    return [[t for t in e.ids[: static.max_tokens] if t != static._unk] for e in encodings]


def rows(flat: np.ndarray, indptr: np.ndarray) -> list[list[int]]:
    return [flat[indptr[i] : indptr[i + 1]].tolist() for i in range(len(indptr) - 1)]


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_every_corpus_text_gets_the_tokenizers_ids(static_embedder: StaticEmbedder, corpus):
    texts = corpus_texts(corpus)
    assert len(texts) > 400
    for start in range(0, len(texts), 1000):
        batch = texts[start : start + 1000]
        assert rows(*static_embedder.token_ids(batch)) == tokenizer_ids(static_embedder, batch)


ASCII_CHAT = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,!?'\"#@$%&*()-_=+/:;<>[]{}|\\~`^\t\n"),
    max_size=80,
)
# Characters and strings where a word-level shortcut could go wrong: control and
# non-ASCII whitespace, the text separator, added tokens, context-dependent
# lowercasing (final sigma, dotted I), accents as combining marks, CJK, emoji,
# Unicode punctuation, and a word over WordPiece's 100-character limit.
TRICKY = [
    "\x00", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2028", "\u3000", "\u200b", "\ufffd",
    "[PAD]", "[UNK]", "[pad]", "[Unk]", "ΟΔΟΣ", "Σ", "σ", "ς", "İ", "e\u0301", "\u0301", "É", "ß",
    "中文", "😂", "👍🏽", "’", "…", "«", " ", "  ", "\t", "\r\n", ".", "!", "?", "hey", "U", "x" * 120,
]
TRICKY_TEXT = st.lists(st.sampled_from(TRICKY), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(ASCII_CHAT, TRICKY_TEXT, st.text(max_size=30)), min_size=1, max_size=8))
def test_generated_text_gets_the_tokenizers_ids(static_embedder: StaticEmbedder, texts):
    assert rows(*static_embedder.token_ids(texts)) == tokenizer_ids(static_embedder, texts)


def test_long_texts_are_truncated_like_the_tokenizer(static_embedder: StaticEmbedder):
    texts = ["word " * 700, "ok", "a.b!" * 400, "中" * 600]
    assert rows(*static_embedder.token_ids(texts)) == tokenizer_ids(static_embedder, texts)
    assert max(np.diff(static_embedder.token_ids(texts)[1])) <= static_embedder.max_tokens


def test_the_chunk_cache_stays_bounded_and_exact(static_embedder: StaticEmbedder):
    ids = WordPieceIds(static_embedder._tokenizer, static_embedder._unk, static_embedder.max_tokens, cache_size=50)
    for start in range(0, 400, 20):
        texts = [f"msg{i} word{i % 7} again" for i in range(start, start + 20)]
        assert rows(*ids(texts)) == tokenizer_ids(static_embedder, texts)
        # Two generations of 25, plus at most one batch's new chunks.
        assert len(ids.chunks) <= 50 + 1 + 20


def test_a_tokenizer_that_is_not_bert_like_tokenises_whole_texts(static_embedder: StaticEmbedder):
    config = json.loads(static_embedder._tokenizer.to_str())
    config["normalizer"] = {"type": "Lowercase"}  # no BERT cleaning: the shortcut would not be exact
    tokenizer = Tokenizer.from_str(json.dumps(config))
    assert splits_like_bert(static_embedder._tokenizer)
    assert not splits_like_bert(tokenizer)
    ids = WordPieceIds(tokenizer, static_embedder._unk, static_embedder.max_tokens)
    texts = ["Hey U there?", "a\x1cb", "ΟΔΟΣ café", ""]
    expected = [[t for t in e.ids if t != static_embedder._unk] for e in tokenizer.encode_batch_fast(texts)]
    assert rows(*ids(texts)) == expected
