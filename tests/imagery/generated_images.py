"""Generated test images: gradients, soft shapes and smooth random patterns only."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def gradient(seed: int, size: tuple[int, int] = (480, 360)) -> Image.Image:
    """A linear colour ramp at a random angle. PDQ rates these low quality."""
    rng = np.random.default_rng(seed)
    width, height = size
    y, x = np.mgrid[0:height, 0:width].astype(np.float64)
    angle = rng.uniform(0, 2 * np.pi)
    ramp = np.cos(angle) * x / width + np.sin(angle) * y / height
    ramp = (ramp - ramp.min()) / (np.ptp(ramp) or 1.0)
    start, end = rng.integers(0, 256, 3), rng.integers(0, 256, 3)
    return Image.fromarray((start + ramp[..., None] * (end - start)).astype(np.uint8), "RGB")


def scene(seed: int, size: tuple[int, int] = (480, 360)) -> Image.Image:
    """Photo-like: a gradient background with a dozen softened ellipses, boxes and triangles."""
    rng = np.random.default_rng(seed)
    width, height = size
    image = gradient(seed, size)
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        cx, cy = rng.uniform(0, width), rng.uniform(0, height)
        rx, ry = rng.uniform(0.08, 0.3) * width, rng.uniform(0.08, 0.3) * height
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        box = (cx - rx, cy - ry, cx + rx, cy + ry)
        kind = rng.integers(0, 3)
        if kind == 0:
            draw.ellipse(box, fill=colour)
        elif kind == 1:
            draw.rectangle(box, fill=colour)
        else:
            draw.polygon([(cx - rx, cy + ry), (cx + rx, cy + ry), (cx, cy - ry)], fill=colour)
    return image.filter(ImageFilter.GaussianBlur(2))


def smooth_pattern(seed: int, size: tuple[int, int] = (480, 360)) -> Image.Image:
    """Random colour waves and soft blobs."""
    rng = np.random.default_rng(seed)
    width, height = size
    y, x = np.mgrid[0:height, 0:width].astype(np.float64)
    x /= width
    y /= height
    channels = []
    for _ in range(3):
        field = np.zeros_like(x)
        for _ in range(6):
            fx, fy = rng.uniform(-6, 6, 2)
            phase = rng.uniform(0, 2 * np.pi)
            field += rng.uniform(0.3, 1.0) * np.sin(2 * np.pi * (fx * x + fy * y) + phase)
        for _ in range(4):
            cx, cy, radius = rng.uniform(0, 1), rng.uniform(0, 1), rng.uniform(0.05, 0.3)
            field += rng.uniform(-2, 2) * np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / radius**2)
        channels.append((field - field.min()) / (np.ptp(field) or 1.0))
    return Image.fromarray((np.stack(channels, axis=2) * 255).astype(np.uint8), "RGB")


def flat(
    colour: tuple[int, int, int] = (120, 160, 200), size: tuple[int, int] = (300, 300)
) -> Image.Image:
    return Image.new("RGB", size, colour)


def encode(image: Image.Image, format: str = "PNG", **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=format, **options)
    return buffer.getvalue()


def jpeg(image: Image.Image, quality: int = 70) -> bytes:
    return encode(image.convert("RGB"), "JPEG", quality=quality)


def resized(image: Image.Image, factor: float) -> Image.Image:
    width, height = image.size
    return image.resize((round(width * factor), round(height * factor)), Image.Resampling.LANCZOS)


def cropped(image: Image.Image, area_fraction: float) -> Image.Image:
    """Centred crop removing `area_fraction` of the area (0.05: about 1.3% off each edge)."""
    keep = np.sqrt(1.0 - area_fraction)
    width, height = image.size
    new_width, new_height = round(width * keep), round(height * keep)
    left, top = (width - new_width) // 2, (height - new_height) // 2
    return image.crop((left, top, left + new_width, top + new_height))
