import hashlib

import numpy as np
import pdqhash
import pytest
from imagery.generated_images import encode, flat, gradient, scene
from PIL import Image, UnidentifiedImageError

from watchkeeper.imagery.hashing import hash_image
from watchkeeper.imagery.matching import pdq_distance as distance


def test_file_digests_and_pdq_from_bytes_and_path_agree(tmp_path):
    data = encode(scene(3))
    path = tmp_path / "scene.png"
    path.write_bytes(data)
    from_bytes, from_path = hash_image(data), hash_image(path)
    assert from_bytes == from_path
    assert from_bytes.md5 == hashlib.md5(data).hexdigest()
    assert from_bytes.sha256 == hashlib.sha256(data).hexdigest()
    assert len(from_bytes.pdq) == 64 and from_bytes.pdq == from_bytes.pdq.lower()
    assert from_bytes.pdq_quality >= 50


def test_pdq_hex_uses_the_threatexchange_bit_order():
    image = scene(4)
    bits, quality = pdqhash.compute(np.asarray(image))
    # python-threatexchange: the bit vector read as one binary number, as 64 hex digits.
    expected = f"{int(''.join(str(int(b)) for b in bits), 2):064x}"
    hashes = hash_image(encode(image))
    assert (hashes.pdq, hashes.pdq_quality) == (expected, quality)


def test_flat_and_gradient_images_have_low_quality():
    assert hash_image(encode(flat())).pdq_quality < 50
    assert hash_image(encode(gradient(1))).pdq_quality < 50


def test_greyscale_rgba_palette_and_16_bit_images_hash_close_to_rgb():
    image = scene(5)
    rgb = hash_image(encode(image)).pdq
    grey = image.convert("L")
    # PDQ works on luminance, so a greyscale copy hashes close to the colour original.
    assert distance(hash_image(encode(grey)).pdq, rgb) <= 31
    rgba = image.convert("RGBA")
    rgba.putalpha(255)
    assert hash_image(encode(rgba)).pdq == rgb
    palette = image.convert("P", palette=Image.Palette.ADAPTIVE, colors=256)
    assert distance(hash_image(encode(palette)).pdq, rgb) <= 31
    deep = Image.fromarray(np.asarray(grey, dtype=np.uint16) * 257)
    deep_hashes = hash_image(encode(deep))
    assert deep_hashes.pdq_quality >= 50
    assert distance(deep_hashes.pdq, hash_image(encode(grey)).pdq) <= 8


def test_exif_orientation_is_applied():
    upright = scene(6)
    # Stored turned a quarter, with the EXIF tag that tells viewers to turn it back.
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    with_tag = encode(stored, exif=exif)
    without_tag = encode(stored)
    upright_pdq = hash_image(encode(upright)).pdq
    assert hash_image(with_tag).pdq == upright_pdq
    assert distance(hash_image(without_tag).pdq, upright_pdq) > 31


def test_bytes_that_are_not_an_image_raise():
    with pytest.raises(UnidentifiedImageError):
        hash_image(b"this is not an image")
