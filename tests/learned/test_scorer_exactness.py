"""The learned scorer's batched fast paths give what one-at-a-time scoring gives."""

from __future__ import annotations

import numpy as np
import pytest
from support_corpora import CORPORA, corpus_texts
from threadpoolctl import threadpool_info

from watchkeeper.learned import load_scorer
from watchkeeper.learned.scorer import _evidence_pieces, _first_maxima


@pytest.fixture(scope="module")
def scorer():
    return load_scorer()


@pytest.fixture(scope="module")
def reference():
    """The same model, tokenising every text whole with the tokenizer itself."""
    scorer = load_scorer()
    static = scorer.static

    def tokenizer_ids(texts):
        encodings = static._tokenizer.encode_batch_fast(list(texts), add_special_tokens=False)
        ids = [[t for t in e.ids[: static.max_tokens] if t != static._unk] for e in encodings]
        indptr = np.zeros(len(ids) + 1, dtype=np.int64)
        np.cumsum([len(i) for i in ids], out=indptr[1:])
        return np.array([t for i in ids for t in i], dtype=np.int32), indptr

    static.token_ids = tokenizer_ids
    return scorer


def as_tuples(batch):
    return [[(s.category, s.strength, s.start, s.end, s.evidence, s.detail) for s in row] for row in batch]


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_same_signals_as_with_the_tokenizers_own_ids(scorer, reference, corpus):
    texts = corpus_texts(corpus)
    for start in range(0, len(texts), 1024):
        batch = texts[start : start + 1024]
        assert as_tuples(scorer.score_batch(batch)) == as_tuples(reference.score_batch(batch))


def one_at_a_time(scorer, vector, category) -> str:
    """The nearest example as found for one vector: one product, first maximum."""
    index = scorer._exemplars_by_category[category]
    best = index[int(np.argmax(scorer._exemplar_vectors[index] @ vector))]
    return "like: " + scorer._exemplars[best]["text"][:160]


def test_nearest_examples_match_one_vector_at_a_time(scorer):
    texts = corpus_texts("eval-events") + corpus_texts("paraphrase")
    vectors = scorer.static.encode(texts)
    for column, category in enumerate(scorer.categories):
        columns = np.full(len(vectors), column)
        expected = [one_at_a_time(scorer, v, category) for v in vectors]
        assert scorer._nearest_examples(vectors, columns) == expected


def test_tied_examples_resolve_to_the_first_like_one_at_a_time(scorer, monkeypatch):
    category = scorer.categories[0]
    block = scorer._exemplar_blocks[category]
    names = scorer._exemplar_details[category]
    # Every exemplar twice: each similarity is an exact tie between two rows.
    monkeypatch.setitem(scorer._exemplar_blocks, category, np.vstack([block, block]))
    monkeypatch.setitem(scorer._exemplar_details, category, [f"first {n}" for n in names] + names)
    vectors = np.vstack([block[:20], scorer.static.encode(["are you home alone", "lol"])])
    details = scorer._nearest_examples(vectors, np.zeros(len(vectors), dtype=np.int64))
    assert all(d.startswith("first ") for d in details)
    assert details[:20] == [f"first {n}" for n in names[:20]]


def test_first_maxima_is_argmax_per_segment():
    rng = np.random.default_rng(0)
    values = rng.integers(0, 4, size=(200, 5)).astype(np.float32)  # many ties
    starts = np.array([0, 1, 7, 8, 50, 120, 199])
    ends = np.append(starts[1:], len(values))
    expected = np.array([s + np.argmax(values[s:e], axis=0) for s, e in zip(starts, ends)])
    np.testing.assert_array_equal(_first_maxima(values, starts), expected)


def test_blas_runs_on_one_thread_while_scoring_and_is_restored_after(scorer, monkeypatch):
    before = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
    during = []
    original = scorer._features

    def features(texts):
        during.extend(lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas")
        return original(texts)

    monkeypatch.setattr(scorer, "_features", features)
    scorer.score_batch(["dont tell ur parents we talk", "gg"])
    assert during and set(during) == {1}
    assert [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"] == before


def test_evidence_pieces_match_the_per_signal_choice():
    rng = np.random.default_rng(1)
    owner = np.sort(rng.choice([1, 3, 4, 8], size=30))
    piece_probs = rng.integers(0, 5, size=(30, 4)).astype(np.float32) / 4
    whole = rng.integers(0, 5, size=(10, 4)).astype(np.float32) / 4
    rows, columns = np.nonzero(whole >= 0)  # every (message, category)
    expected = []
    for row, column in zip(rows, columns):
        own = np.flatnonzero(owner == row)
        best = own[np.argmax(piece_probs[own, column])] if len(own) else -1
        expected.append(best if len(own) and piece_probs[best, column] >= whole[row, column] else -1)
    np.testing.assert_array_equal(_evidence_pieces(rows, columns, owner, piece_probs, whole), expected)
