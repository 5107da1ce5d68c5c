"""Items 10 and 11: a hostile data pack is refused with a precise line; a broken start-up
snapshot (a cache) is dropped and rebuilt, never the end of the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from partnerdesk.core import pack_guard
from partnerdesk.core.datapack import PackError, datapack_path, load_pack
from partnerdesk.store import snapshot

SHIPPED = json.loads(Path(datapack_path()).read_text(encoding="utf-8"))


def _write(tmp_path: Path, text: str) -> Path:
    target = tmp_path / "pack.json"
    target.write_text(text, encoding="utf-8")
    return target


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested"),
        ('{"format_version": ' + "9" * 5000 + "}", "digits"),
        ('{"a": 1, "a": 2}', "appears twice"),
        ('{"a": NaN}', "NaN"),
    ],
)
def test_hostile_json_is_refused_with_one_line(tmp_path, text, problem) -> None:
    with pytest.raises(PackError, match=problem) as caught:
        load_pack(_write(tmp_path, text))
    assert str(caught.value).startswith("pack.json: ") and "\n" not in str(caught.value)


def test_too_large_a_file_is_refused_before_parsing(tmp_path) -> None:
    big = tmp_path / "pack.json"
    big.write_bytes(b" " * (pack_guard.MAX_FILE_BYTES + 1))
    with pytest.raises(PackError, match="too large"):
        load_pack(big)


def test_too_many_cities_are_refused(tmp_path) -> None:
    data = dict(SHIPPED)
    data["cities"] = [SHIPPED["cities"][0]] * (pack_guard.MAX_CITIES + 1)
    with pytest.raises(PackError, match="at most 200"):
        load_pack(_write(tmp_path, json.dumps(data)))


def test_the_shipped_pack_passes_the_guard() -> None:
    assert len(load_pack(datapack_path()).cities) == 11


@pytest.mark.parametrize(
    "text",
    [
        '{"cities": 5}',
        "[" * 50_000 + "]" * 50_000,
        '{"cities": [{"id": []}]}',
        "\ud800",
        '{"format_version": 1, "cities": [null]}',
        "",
    ],
)
def test_broken_snapshot_is_dropped_and_rebuilt(tmp_path, text) -> None:
    path = tmp_path / "cities-snapshot.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    assert snapshot.read_snapshot(path) is None
    assert not path.exists()  # a broken cache goes; the next start writes a fresh one


def test_first_paint_falls_back_to_the_shipped_pack(monkeypatch) -> None:
    from partnerdesk.app import initial_pack

    snapshot.snapshot_path().parent.mkdir(parents=True, exist_ok=True)
    snapshot.snapshot_path().write_text('{"cities": {"x": 1}, "format_version": [1]}')
    pack, from_snapshot = initial_pack()
    assert not from_snapshot and len(pack.cities) == 11
