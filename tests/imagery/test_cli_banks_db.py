"""`watchkeeper banks --tenant`: the same commands on a tenant's banks in the database."""

import json

import pytest
from imagery.generated_images import encode, scene
from typer.testing import CliRunner

from watchkeeper.cli.banks import app

runner = CliRunner()
H64 = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
MD5 = "d41d8cd98f00b204e9800998ecf8427e"
SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


@pytest.fixture
def tenant_banks(tmp_path):
    """`run(tenant, *args)` against one SQLite database; files go to a store that must stay empty."""
    url = f"sqlite:///{tmp_path / 'watchkeeper.db'}"
    store = tmp_path / "files"

    def run(tenant: str, *args: str, code: int = 0):
        result = runner.invoke(
            app, [*args, "--tenant", tenant, "--database-url", url, "--store", str(store)]
        )
        assert result.exit_code == code, result.output
        return result

    yield run
    assert not store.exists()


def matches(run, tenant: str, target: str, *extra: str) -> list[dict]:
    return json.loads(run(tenant, "match", target, "--json", *extra).stdout)["matches"]


def test_tenant_banks_import_add_list_remove_match(tenant_banks, tmp_path):
    run = tenant_banks
    run("tenant-a", "create", "hotline", "--description", "hotline list")
    listing = tmp_path / "hotline.txt"
    listing.write_text(f"# list\n{MD5}\nnot-a-hash\nsha256:{SHA256}\n")
    result = run("tenant-a", "import", "hotline", str(listing), "--label", "sextortion")
    assert f"{listing}:3:" in result.output
    assert "added 2, already present 0, bad lines 1" in result.output

    [md5_match] = matches(run, "tenant-a", MD5)
    assert md5_match["bank"] == "hotline"
    assert md5_match["provenance"]["source"] == "hotline.txt"
    assert md5_match["provenance"]["labels"] == ["sextortion"]
    assert len(matches(run, "tenant-a", f"sha256:{SHA256}")) == 1

    image = tmp_path / "flagged.png"
    image.write_bytes(encode(scene(3)))
    added = run("tenant-a", "add", "hotline", str(image), "--source", "moderator:m7")
    assert "added 3, already present 0" in added.output
    assert {m["signal_type"] for m in matches(run, "tenant-a", str(image))} == {"pdq", "md5", "sha256"}
    assert "already present 1" in run("tenant-a", "add", "hotline", MD5).output

    overview = run("tenant-a", "list").stdout
    assert "tenant tenant-a" in overview and "hotline" in overview and "hotline list" in overview
    entries = run("tenant-a", "list", "hotline", "--type", "md5").stdout
    assert MD5 in entries and SHA256 not in entries

    run("tenant-a", "remove", "hotline", MD5)
    assert matches(run, "tenant-a", MD5) == []
    assert "is not in bank hotline" in run("tenant-a", "remove", "hotline", MD5, code=1).output
    assert len(matches(run, "tenant-a", f"sha256:{SHA256}")) == 1

    run("tenant-a", "delete", "hotline", "--yes")
    assert "no bank named 'hotline'" in run("tenant-a", "list", "hotline", code=1).output


def test_another_tenant_does_not_see_the_bank(tenant_banks):
    run = tenant_banks
    run("tenant-a", "create", "hotline")
    run("tenant-a", "add", "hotline", MD5)

    assert "hotline" not in run("tenant-b", "list").stdout
    assert matches(run, "tenant-b", MD5) == []
    for args in (("list", "hotline"), ("add", "hotline", MD5), ("remove", "hotline", MD5),
                 ("match", MD5, "--bank", "hotline"), ("delete", "hotline", "--yes")):
        assert "no bank named 'hotline'" in run("tenant-b", *args, code=1).output

    run("tenant-b", "create", "hotline")  # same name, another tenant: another bank
    assert matches(run, "tenant-b", MD5) == []
    assert [m["bank"] for m in matches(run, "tenant-a", MD5)] == ["hotline"]


def test_database_options_need_a_tenant(tmp_path):
    result = runner.invoke(
        app, ["list", "--database-url", f"sqlite:///{tmp_path / 'w.db'}", "--store", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert "pass --tenant" in result.output


def test_malformed_tenant_id_is_refused(tenant_banks):
    assert "tenant id" in tenant_banks("no spaces allowed", "create", "hotline", code=1).output
