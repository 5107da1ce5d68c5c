"""Atomic writes: the old file or the new one, never a half-written one."""

from __future__ import annotations

import os
import stat

import pytest

import partnerdesk.core.files as files
from partnerdesk.core.files import write_atomic


def test_writes_text_and_bytes(tmp_path):
    write_atomic(tmp_path / "a.json", "Житомир\n")
    write_atomic(tmp_path / "b.bin", b"\x00\x01")
    assert (tmp_path / "a.json").read_text(encoding="utf-8") == "Житомир\n"
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_new_file_is_private_even_with_a_permissive_umask(tmp_path):
    old = os.umask(0o022)
    try:
        path = write_atomic(tmp_path / "r.pdf", b"%PDF")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_failure_keeps_old_file_and_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "pack.json"
    target.write_text("old")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.json"]


def test_missing_folder_raises_and_creates_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "nope" / "x.json", "x")
    assert list(tmp_path.iterdir()) == []
