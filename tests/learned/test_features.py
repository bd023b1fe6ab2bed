import numpy as np

from watchkeeper.learned.features import LexicalSpace, TokenBatch, gather_segments, sentence_pieces


def _batch(rows):
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum([len(r) for r in rows], out=indptr[1:])
    flat = np.array([t for r in rows for t in r], dtype=np.int32)
    return TokenBatch(flat, indptr)


def test_sentence_pieces_split_only_multi_sentence_messages():
    end = np.array([9], dtype=np.int32)  # the "." token
    tokens = _batch([[1, 2, 9, 3, 4], [5, 6], [7, 9, 9, 8, 9], [9]])
    pieces, owner, first = sentence_pieces(tokens, end)
    got = [list(pieces.flat[a:b]) for a, b in zip(pieces.indptr[:-1], pieces.indptr[1:])]
    assert got == [[1, 2, 9], [3, 4], [7, 9, 9], [8, 9]]
    assert owner.tolist() == [0, 0, 2, 2]
    assert first.tolist() == [0, 3, 0, 3]


def test_gather_segments():
    flat = np.arange(10, dtype=np.int32)
    batch = gather_segments(flat, np.array([1, 6]), np.array([3, 9]))
    assert batch.flat.tolist() == [1, 2, 6, 7, 8]
    assert batch.indptr.tolist() == [0, 2, 5]


def test_lexical_space_ignores_unseen_features_and_normalises_rows():
    train = _batch([[1, 2, 3], [3, 4]])
    space = LexicalSpace.fit(train, vocab_size=10, bigram_buckets=1 << 16)
    matrix = space.transform(_batch([[1, 2], [7, 8], []]))
    assert matrix.shape == (3, space.size)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    np.testing.assert_allclose(norms, [1.0, 0.0, 0.0], atol=1e-6)
