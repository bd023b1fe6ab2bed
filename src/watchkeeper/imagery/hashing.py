"""Hashers: the signals Watchkeeper computes from an image.

Three signals, as in Meta's Hasher-Matcher-Actioner:

* PDQ, Meta's perceptual hash (256 bits, 64 hex digits), which survives resizing,
  re-encoding and small crops, with its quality score (0-100);
* MD5 and SHA-256 of the file bytes, the form hotlines share their lists in.

The PDQ hex form is the one ThreatExchange and HMA use (bit 0 of the hash vector
is the most significant bit of the first hex digit), so hashes computed here match
hashes imported from those exchanges.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pdqhash
from PIL import Image, ImageOps

from watchkeeper.imagery.signals import SignalType

ImageSource = str | Path | bytes


@dataclass(frozen=True, slots=True)
class ImageHashes:
    """All signals of one image. Hex strings are lower case."""

    md5: str
    sha256: str
    pdq: str
    pdq_quality: int

    def value(self, signal_type: SignalType) -> str:
        return {
            SignalType.MD5: self.md5,
            SignalType.SHA256: self.sha256,
            SignalType.PDQ: self.pdq,
        }[signal_type]


def read_bytes(source: ImageSource) -> bytes:
    return source if isinstance(source, bytes) else Path(source).read_bytes()


def file_digests(data: bytes) -> tuple[str, str]:
    """(MD5, SHA-256) of the bytes, lower-case hex."""
    return hashlib.md5(data, usedforsecurity=False).hexdigest(), hashlib.sha256(data).hexdigest()


def load_rgb(data: bytes) -> Image.Image:
    """Decode image bytes to RGB as a viewer would show them.

    EXIF orientation is applied, so a photo and its rotated, EXIF-stripped copy hash
    alike. Alpha is dropped (not composited) like HMA's hasher does, so our PDQ
    hashes of transparent images agree with hashes shared by HMA users.
    Pillow's decompression-bomb guard stays on: images come from untrusted users.
    """
    with Image.open(io.BytesIO(data)) as image:
        image = ImageOps.exif_transpose(image)
        if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
            # Deep greyscale (e.g. 16-bit PNG): scale to 8 bits; a plain RGB convert clips.
            array = np.asarray(image, dtype=np.float64)
            span = float(array.max() - array.min()) or 1.0
            image = Image.fromarray(((array - array.min()) * (255.0 / span)).astype(np.uint8))
        return image.convert("RGB")


def pdq_from_image(image: Image.Image) -> tuple[str, int]:
    """PDQ hash (64 hex digits) and quality (0-100) of a decoded image."""
    rgb = np.ascontiguousarray(np.asarray(image.convert("RGB"), dtype=np.uint8))
    bits, quality = pdqhash.compute(rgb)
    return np.packbits(bits.astype(np.uint8)).tobytes().hex(), int(quality)


def hash_image(source: ImageSource) -> ImageHashes:
    """MD5, SHA-256 and PDQ (with quality) of an image file path or its bytes.

    Raises `PIL.UnidentifiedImageError` (an `OSError`) if the bytes are not an image.
    """
    data = read_bytes(source)
    md5, sha256 = file_digests(data)
    pdq, quality = pdq_from_image(load_rgb(data))
    return ImageHashes(md5=md5, sha256=sha256, pdq=pdq, pdq_quality=quality)
