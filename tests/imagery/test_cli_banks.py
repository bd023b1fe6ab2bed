import json

import pytest
from imagery.generated_images import cropped, encode, flat, jpeg, resized, scene
from typer.testing import CliRunner

from watchkeeper.cli.banks import app

runner = CliRunner()
H64 = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
MD5 = "d41d8cd98f00b204e9800998ecf8427e"


@pytest.fixture
def banks(tmp_path):
    store = tmp_path / "banks"

    def run(*args: str, code: int = 0):
        result = runner.invoke(app, [*args, "--store", str(store)])
        assert result.exit_code == code, result.output
        return result

    run("create", "hotline", "--description", "hotline list")
    return run


def matches(run, target: str, *extra: str) -> list[dict]:
    return json.loads(run("match", target, "--json", *extra).stdout)["matches"]


def test_import_text_reports_bad_lines_and_keeps_good_ones(banks, tmp_path):
    listing = tmp_path / "hotline.txt"
    listing.write_text(f"# list\n{MD5}\nnot-hex\n{H64}\n")
    result = banks("import", "hotline", str(listing), "--type", "pdq", "--label", "sextortion")
    assert f"{listing}:3: pdq hash must be hexadecimal" in result.output
    assert f"{listing}:2: pdq hash must have 64 hex digits, got 32" in result.output
    assert "added 1, already present 0, bad lines 2" in result.output
    [match] = matches(banks, f"pdq:{H64}")
    assert match["provenance"]["source"] == "hotline.txt"
    assert match["provenance"]["labels"] == ["sextortion"]


def test_import_csv_and_a_file_with_nothing_good_fails(banks, tmp_path):
    export = tmp_path / "export.csv"
    export.write_text(
        f"collab,signal_type,signal_str,category,tags\nTE,video_md5,{MD5},POSITIVE_CLASS,a b\n"
    )
    assert "added 1" in banks("import", "hotline", str(export)).output
    assert matches(banks, MD5)[0]["provenance"]["source"] == "TE"
    junk = tmp_path / "junk.txt"
    junk.write_text("nothing here\n")
    banks("import", "hotline", str(junk), code=1)


def test_add_image_then_match_a_modified_copy_and_remove(banks, tmp_path):
    flagged = tmp_path / "flagged.png"
    flagged.write_bytes(encode(scene(1)))
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(jpeg(resized(cropped(scene(1), 0.05), 0.6), 70))
    other = tmp_path / "other.png"
    other.write_bytes(encode(scene(77)))
    banks("add", "hotline", str(flagged), "--source", "moderator:m7", "--note", "case 12")
    [match] = matches(banks, str(copy))
    assert match["signal_type"] == "pdq" and match["distance"] <= 31
    assert match["provenance"]["note"] == "case 12"
    assert {m["signal_type"] for m in matches(banks, str(flagged))} == {"pdq", "md5", "sha256"}
    assert matches(banks, str(other)) == []
    assert matches(banks, str(copy), "--threshold", "5") == []
    banks("remove", "hotline", f"pdq:{match['hash']}")
    assert matches(banks, str(copy)) == []
    banks("remove", "hotline", f"pdq:{match['hash']}", code=1)


def test_low_quality_image_is_only_matched_exactly(banks, tmp_path):
    image = tmp_path / "flat.png"
    image.write_bytes(encode(flat()))
    result = banks("add", "hotline", str(image))
    assert "PDQ quality 0 is below 50" in result.output
    assert {m["signal_type"] for m in matches(banks, str(image))} == {"md5", "sha256"}


def test_list_banks_and_entries(banks):
    banks("add", "hotline", MD5, "--label", "grooming")
    banks("create", "moderators")
    listing = banks("list").stdout
    assert "hotline" in listing and "moderators" in listing and "hotline list" in listing
    assert MD5 in banks("list", "hotline").stdout


def test_match_only_selected_banks(banks):
    banks("create", "other")
    banks("add", "other", MD5)
    assert matches(banks, MD5, "--bank", "hotline") == []
    assert [m["bank"] for m in matches(banks, MD5)] == ["other"]


@pytest.mark.parametrize(
    "args, message",
    [
        (("list", "missing"), "no bank named 'missing'"),
        (("create", "hotline"), "already exists"),
        (("create", "../x"), "bad bank name"),
        (("match", "zz"), "neither an image file nor a hash"),
        (("match", H64), "SHA-256 or PDQ"),
        (("delete", "hotline"), "pass --yes"),
        (("match", MD5, "--bank", "missing"), "no bank named 'missing'"),
    ],
)
def test_errors_exit_1_with_a_reason(banks, args, message):
    assert message in banks(*args, code=1).output


def test_delete(banks):
    banks("delete", "hotline", "--yes")
    banks("list", "hotline", code=1)
