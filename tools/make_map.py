"""Derive ``resources/map/world.json`` from Natural Earth's 1:110m country outlines.

Build-time only: the app reads the JSON it writes and never needs this script. Source: the
public-domain "Admin 0 – Countries" layer at 1:110m (naturalearthdata.com), as shipped in
the geopandas 0.14.4 wheel on PyPI (``geopandas/datasets/naturalearth_lowres``), so no
network beyond the package registry is needed::

    pip download geopandas==0.14.4 --no-deps -d /tmp/ne
    python -m tools.make_map /tmp/ne/geopandas-0.14.4-py3-none-any.whl

The reader handles exactly what that file holds (ESRI shapefile polygons, dBase III
attributes) with the standard library, so no GIS package has to be installed. Rings are
simplified with Douglas-Peucker and rounded to 0.01 degree, which keeps the file small while
staying far finer than a country outline drawn a few hundred pixels wide.
"""

from __future__ import annotations

import argparse
import io
import json
import struct
import sys
import zipfile
from pathlib import Path
from typing import TypedDict

from partnerdesk.resources import resource_path

MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
TOLERANCE = 0.08  # degrees; about 9 km at the equator
POLYGON = 5

Point = tuple[float, float]


class Country(TypedDict):
    iso: str
    name: str
    rings: list[list[float]]  # flat [lon, lat, lon, lat, ...]


class WorldMap(TypedDict):
    format: str
    projection: str
    source: str
    countries: list[Country]


def read_shapes(shp: bytes) -> list[list[list[Point]]]:
    """Every record's rings (a list of polygons' parts) from a polygon shapefile."""
    shape_type = struct.unpack("<i", shp[32:36])[0]
    if shape_type != POLYGON:
        raise ValueError(f"expected a polygon shapefile, got shape type {shape_type}")
    shapes: list[list[list[Point]]] = []
    pos = 100
    while pos < len(shp):
        _number, length_words = struct.unpack(">ii", shp[pos : pos + 8])
        body = shp[pos + 8 : pos + 8 + 2 * length_words]
        pos += 8 + 2 * length_words
        if struct.unpack("<i", body[:4])[0] != POLYGON:
            shapes.append([])  # a null shape keeps record numbers aligned with the dBase rows
            continue
        num_parts, num_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{num_parts}i", body[44 : 44 + 4 * num_parts]))
        start = 44 + 4 * num_parts
        flat = struct.unpack(f"<{2 * num_points}d", body[start : start + 16 * num_points])
        points = [(flat[2 * i], flat[2 * i + 1]) for i in range(num_points)]
        bounds = [*parts, num_points]
        shapes.append([points[bounds[i] : bounds[i + 1]] for i in range(num_parts)])
    return shapes


def read_dbf(dbf: bytes, encoding: str = "iso-8859-1") -> list[dict[str, str]]:
    """Rows of a dBase III table as text (the .cpg beside this one says ISO-8859-1)."""
    count, header_len, record_len = struct.unpack("<IHH", dbf[4:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while dbf[pos] != 0x0D:
        name = dbf[pos : pos + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, dbf[pos + 16]))
        pos += 32
    rows: list[dict[str, str]] = []
    for index in range(count):
        record = dbf[header_len + index * record_len : header_len + (index + 1) * record_len]
        offset = 1  # the deletion flag
        row: dict[str, str] = {}
        for name, size in fields:
            row[name] = record[offset : offset + size].decode(encoding).strip()
            offset += size
        rows.append(row)
    return rows


def simplify(ring: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker on a closed ring (iterative, so large rings do not recurse deeply)."""
    if len(ring) < 5:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = ring[first], ring[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, best_dist = -1, tolerance
        for i in range(first + 1, last):
            px, py = ring[i]
            if norm == 0:
                dist = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                dist = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if dist > best_dist:
                best, best_dist = i, dist
        if best >= 0:
            keep[best] = True
            stack.extend(((first, best), (best, last)))
    return [point for point, kept in zip(ring, keep, strict=True) if kept]


def build(shp: bytes, dbf: bytes) -> WorldMap:
    countries: list[Country] = []
    for row, parts in zip(read_dbf(dbf), read_shapes(shp), strict=True):
        rings: list[list[float]] = []
        for ring in parts:
            small = simplify(ring, TOLERANCE)
            if len(small) < 4:  # a tiny island collapsed to a sliver: drop it
                continue
            rings.append([round(value, 2) for point in small for value in point])
        if rings:
            countries.append(
                {"iso": row.get("iso_a3", ""), "name": row.get("name", ""), "rings": rings}
            )
    return {
        "format": "partnerdesk-worldmap",
        "projection": "equirectangular, lon/lat in degrees, rings as flat [lon, lat, ...]",
        "source": "Natural Earth 1:110m Admin 0 - Countries (public domain), "
        "via geopandas 0.14.4 datasets/naturalearth_lowres",
        "countries": countries,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="geopandas-0.14.4-py3-none-any.whl")
    parser.add_argument("--out", type=Path, default=resource_path("map", "world.json"))
    args = parser.parse_args(argv)
    with zipfile.ZipFile(args.wheel) as wheel:
        shp = wheel.read(MEMBER + ".shp")
        dbf = wheel.read(MEMBER + ".dbf")
    data = build(shp, dbf)
    buffer = io.StringIO()
    json.dump(data, buffer, ensure_ascii=False, separators=(",", ":"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(buffer.getvalue() + "\n", encoding="utf-8")
    points = sum(len(r) // 2 for c in data["countries"] for r in c["rings"])
    print(
        f"{args.out}: {len(data['countries'])} countries, {points} points, "
        f"{args.out.stat().st_size // 1024} KiB",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
