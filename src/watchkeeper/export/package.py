"""A case package: case.json, report.html and manifest.json (the SHA-256 of every
other file), written to a directory or a zip; and its verification.

The manifest's own SHA-256 is what the audit log records for the export, so a
package can be checked against the log as well as against itself.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from watchkeeper.export.report import render_report

MANIFEST = "manifest.json"
MANIFEST_FORMAT = "watchkeeper.manifest/1"
CASE_FILE = "case.json"
REPORT_FILE = "report.html"


class PackageError(Exception):
    pass


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def package_name(case_id: int, exported_at: datetime) -> str:
    return f"case-{case_id}-{exported_at.strftime('%Y%m%dT%H%M%SZ')}"


@dataclass(frozen=True)
class Package:
    """The files of a package, in memory, and the manifest's digest."""

    name: str
    files: dict[str, bytes]

    @property
    def manifest_sha256(self) -> str:
        return sha256_hex(self.files[MANIFEST])


def build_package(case: dict[str, Any]) -> Package:
    exported_at = datetime.fromisoformat(case["exported_at"])
    content = {
        CASE_FILE: json.dumps(case, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8"),
        REPORT_FILE: render_report(case).encode("utf-8"),
    }
    manifest = {
        "format": MANIFEST_FORMAT,
        "case": case["alert"]["id"],
        "tenant": case["tenant"],
        "created_at": case["exported_at"],
        "created_by": case["exported_by"],
        "algorithm": "sha256",
        "files": [{"path": name, "sha256": sha256_hex(data), "bytes": len(data)}
                  for name, data in content.items()],
    }
    content[MANIFEST] = json.dumps(manifest, indent=2).encode("utf-8")
    return Package(name=package_name(case["alert"]["id"], exported_at), files=content)


def write_directory(package: Package, directory: Path) -> Path:
    """Write the files into `directory` (created; refused if it holds anything)."""
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise PackageError(f"{directory} exists and is not an empty directory")
    directory.mkdir(parents=True, exist_ok=True)
    for name, data in package.files.items():
        path = directory / name
        with open(path, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    return directory


def zip_bytes(package: Package) -> bytes:
    """The package as a zip whose files sit in a folder named after the package."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in package.files.items():
            archive.writestr(f"{package.name}/{name}", data)
    return buffer.getvalue()


# ---- verification -----------------------------------------------------------------------


@dataclass
class Verification:
    manifest_sha256: str = ""
    checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.checked)


def _read_files(source: Path) -> dict[str, bytes]:
    """Files of a package directory, or of a zip (one folder level stripped)."""
    if source.is_dir():
        return {p.relative_to(source).as_posix(): p.read_bytes()
                for p in sorted(source.rglob("*")) if p.is_file()}
    if zipfile.is_zipfile(source):
        files: dict[str, bytes] = {}
        with zipfile.ZipFile(source) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                parts = PurePosixPath(info.filename).parts
                name = "/".join(parts[1:]) if len(parts) > 1 else parts[0]
                files[name] = archive.read(info)
        return files
    raise PackageError(f"{source} is neither a package directory nor a zip")


def verify(source: Path) -> Verification:
    """Check every file against the manifest: same bytes (SHA-256 and size), none
    missing, none added."""
    result = Verification()
    files = _read_files(source)
    raw = files.pop(MANIFEST, None)
    if raw is None:
        result.problems.append(f"{MANIFEST} is missing")
        return result
    result.manifest_sha256 = sha256_hex(raw)
    try:
        manifest = json.loads(raw)
        listed = {f["path"]: f for f in manifest["files"]}
        if manifest.get("format") != MANIFEST_FORMAT or manifest.get("algorithm") != "sha256":
            raise ValueError("unknown manifest format")
    except (ValueError, KeyError, TypeError) as exc:
        result.problems.append(f"{MANIFEST} cannot be read: {exc}")
        return result
    for name, entry in listed.items():
        data = files.pop(name, None)
        if data is None:
            result.problems.append(f"{name}: listed in the manifest but missing")
        elif sha256_hex(data) != entry.get("sha256") or len(data) != entry.get("bytes"):
            result.problems.append(f"{name}: SHA-256 does not match the manifest (changed)")
        else:
            result.checked.append(name)
    for name in sorted(files):
        result.problems.append(f"{name}: not listed in the manifest (added)")
    return result
