import numpy as np
import pytest

from watchkeeper.learned.embeddings import Embedder, StaticEmbedder, load_embedder


def test_static_embedder_shapes_and_unit_norm(static_embedder: StaticEmbedder):
    texts = ["hey how old r u", "the match starts at six", "dont tell anyone we talk"]
    vectors = static_embedder.encode(texts)
    assert isinstance(static_embedder, Embedder)
    assert vectors.shape == (3, static_embedder.dim)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_static_embedder_empty_text_is_a_zero_row(static_embedder: StaticEmbedder):
    vectors = static_embedder.encode(["", "hello"])
    assert not vectors[0].any()
    assert np.linalg.norm(vectors[1]) == pytest.approx(1.0, abs=1e-5)


def test_batching_does_not_change_results(static_embedder: StaticEmbedder):
    texts = [f"message number {i} about the game tonight" for i in range(50)]
    together = static_embedder.encode(texts, batch_size=7)
    one_by_one = np.vstack([static_embedder.encode([t]) for t in texts])
    np.testing.assert_allclose(together, one_by_one, atol=1e-6)


def test_paraphrases_are_closer_than_unrelated_text(static_embedder: StaticEmbedder):
    a, b, c = static_embedder.encode(
        ["dont tell your parents about us", "keep this secret from your mom and dad", "the pizza is in the oven"]
    )
    assert a @ b > a @ c


def test_unknown_embedder_kind_is_refused():
    with pytest.raises(ValueError, match="unknown embedder"):
        load_embedder("word2vec")


def test_full_transformer_agrees_with_static_model(static_embedder: StaticEmbedder):
    """Only where the optional `train` extra (torch) is installed."""
    pytest.importorskip("sentence_transformers")
    from watchkeeper.learned.embeddings import TransformerEmbedder

    transformer = TransformerEmbedder()
    texts = ["dont tell your parents about us", "keep this secret from your mom", "gg well played",
             "what school do you go to", "the bus leaves at eight"]
    full = transformer.encode(texts)
    static = static_embedder.encode(texts)
    np.testing.assert_allclose(np.linalg.norm(full, axis=1), 1.0, atol=1e-5)
    # The distilled model should rank pair similarities like its teacher does.
    upper = np.triu_indices(len(texts), 1)
    correlation = np.corrcoef((full @ full.T)[upper], (static @ static.T)[upper])[0, 1]
    assert correlation > 0.5

