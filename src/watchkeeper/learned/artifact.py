"""The on-disk model artifact: a folder with a manifest, weights and exemplars.

    manifest.json          format name + version, embedder, categories, thresholds,
                           training summary, and the SHA-256 of every other file
    weights.safetensors    numeric arrays (safetensors: no pickle, byte-for-byte reproducible)
    exemplars.json         training texts shown as "nearest example" in explanations
    model_card.md          human-readable data, date and cross-validated metrics

Loading checks the format version and every checksum (including the embedder
the weights were trained on) and refuses to run on a mismatch, because a
silently altered model would change who gets flagged.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

FORMAT_NAME = "watchkeeper-learned-model"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
WEIGHTS = "weights.safetensors"
EXEMPLARS = "exemplars.json"
MODEL_CARD = "model_card.md"


class ArtifactError(RuntimeError):
    """The model artifact is missing, corrupted, altered or of another format version."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_files(paths: list[Path]) -> str:
    """One digest over several files (name + content), order given by the caller."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(sha256_file(path).encode())
    return digest.hexdigest()


@dataclass(slots=True)
class Artifact:
    path: Path
    manifest: dict[str, Any]
    arrays: dict[str, np.ndarray]
    exemplars: dict[str, Any]


def _dump_json(data: Any) -> bytes:
    return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


def save_artifact(
    out_dir: str | Path,
    manifest: dict[str, Any],
    arrays: dict[str, np.ndarray],
    exemplars: Any,
    model_card: str,
) -> Path:
    from safetensors.numpy import save_file

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    save_file({k: np.ascontiguousarray(v) for k, v in sorted(arrays.items())}, str(out / WEIGHTS))
    (out / EXEMPLARS).write_bytes(_dump_json(exemplars))
    (out / MODEL_CARD).write_text(model_card, encoding="utf-8")
    manifest = {
        **manifest,
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "files": {name: sha256_file(out / name) for name in (WEIGHTS, EXEMPLARS)},
    }
    (out / MANIFEST).write_bytes(_dump_json(manifest))
    return out


def load_artifact(path: str | Path) -> Artifact:
    from safetensors.numpy import load_file

    folder = Path(path)
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        raise ArtifactError(f"{folder}: no {MANIFEST}; is this a Watchkeeper model folder?")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArtifactError(f"{manifest_path}: unreadable manifest ({exc})") from exc
    if manifest.get("format") != FORMAT_NAME:
        raise ArtifactError(f"{folder}: not a Watchkeeper learned model (format {manifest.get('format')!r})")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ArtifactError(
            f"{folder}: model format version {manifest.get('format_version')!r}, but this Watchkeeper "
            f"reads version {FORMAT_VERSION}; rebuild it with `watchkeeper train`"
        )
    for name, expected in manifest.get("files", {}).items():
        file = folder / name
        if not file.is_file():
            raise ArtifactError(f"{folder}: {name} is missing")
        actual = sha256_file(file)
        if actual != expected:
            raise ArtifactError(
                f"{file}: SHA-256 checksum mismatch (manifest {expected[:16]}..., file {actual[:16]}...); "
                "the model was altered or corrupted: restore it or rebuild with `watchkeeper train`"
            )
    arrays = load_file(str(folder / WEIGHTS))
    exemplars = json.loads((folder / EXEMPLARS).read_text(encoding="utf-8"))
    return Artifact(folder, manifest, arrays, exemplars)
