"""The start-up snapshot: round trip, atomic write, every broken file reads as None."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from partnerdesk import paths
from partnerdesk.core.datapack import load_shipped_pack
from partnerdesk.store.snapshot import (
    SNAPSHOT_FILENAME,
    read_snapshot,
    remove_snapshot,
    snapshot_path,
    write_snapshot,
)


def test_default_location_is_in_the_data_dir() -> None:
    assert snapshot_path() == paths.data_dir() / SNAPSHOT_FILENAME


def test_round_trip_gives_the_same_pack() -> None:
    pack = load_shipped_pack()
    written = write_snapshot(pack)
    assert written == snapshot_path()
    assert read_snapshot() == pack


def test_missing_snapshot_reads_as_none() -> None:
    assert read_snapshot() is None


def test_explicit_path_and_parent_created(tmp_path: Path) -> None:
    pack = load_shipped_pack()
    target = tmp_path / "deep" / "snap.json"
    write_snapshot(pack, target)
    assert read_snapshot(target) == pack
    assert read_snapshot() is None  # the default location was not touched


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"\xff\xfe\x00garbage", b"[]", b'{"format": "something-else"}'],
)
def test_broken_files_read_as_none(content: bytes) -> None:
    path = snapshot_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert read_snapshot() is None


def test_invalid_city_reads_as_none() -> None:
    pack = load_shipped_pack()
    write_snapshot(pack)
    data = json.loads(snapshot_path().read_text(encoding="utf-8"))
    data["cities"][0]["since"] = "gestern"
    snapshot_path().write_text(json.dumps(data), encoding="utf-8")
    assert read_snapshot() is None


def test_rewrite_replaces_and_leaves_no_temporary_files() -> None:
    pack = load_shipped_pack()
    write_snapshot(pack)
    changed = dataclasses.replace(pack, pack_version="2099.01.1")
    write_snapshot(changed)
    assert read_snapshot() == changed
    assert [p.name for p in snapshot_path().parent.iterdir()] == [SNAPSHOT_FILENAME]


def test_remove_snapshot_is_idempotent() -> None:
    write_snapshot(load_shipped_pack())
    remove_snapshot()
    remove_snapshot()
    assert read_snapshot() is None


def test_snapshot_module_imports_neither_sqlalchemy_nor_qt() -> None:
    code = (
        "import sys, partnerdesk.store.snapshot as s; s.read_snapshot();"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'PySide6')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
