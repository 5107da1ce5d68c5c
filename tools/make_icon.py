"""``python -m tools.make_icon``: draw the app icon into ``resources/icons/``.

The icon is drawn with QPainter (no image editor, no text, so no font is involved): eleven
partner-city dots on a ring, each linked to Dortmund in the middle, on a rounded square in
the app's accent blue. Writes ``partnerdesk.png`` (256 px, window icon and Linux),
``partnerdesk.ico`` (Windows, 16-256 px) and ``partnerdesk.icns`` (macOS, 16-1024 px).
ICO and ICNS are written by hand with PNG entries: both formats allow it, and Qt's own
writers produce only one size per file.
"""

from __future__ import annotations

import math
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QImageWriter, QPainter, QPen

from partnerdesk.resources import resource_path

ACCENT = QColor("#1f5f99")
HOME = QColor("#a4161a")
PARTNERS = 11
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size.
ICNS_TYPES = (
    (16, b"icp4"),
    (32, b"icp5"),
    (64, b"icp6"),
    (128, b"ic07"),
    (256, b"ic08"),
    (512, b"ic09"),
    (1024, b"ic10"),
)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ACCENT)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    centre = QPointF(128 * s, 128 * s)
    radius = 82 * s
    points = [
        QPointF(
            centre.x() + radius * math.cos(2 * math.pi * i / PARTNERS - math.pi / 2),
            centre.y() + radius * math.sin(2 * math.pi * i / PARTNERS - math.pi / 2),
        )
        for i in range(PARTNERS)
    ]
    # At least one pixel wide, so the links stay visible at 16 px.
    p.setPen(QPen(QColor(255, 255, 255, 170), max(1.0, 7 * s)))
    for point in points:
        p.drawLine(centre, point)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#ffffff")))
    dot = max(1.5, 15 * s)
    for point in points:
        p.drawEllipse(point, dot, dot)
    p.setBrush(QBrush(QColor("#ffffff")))
    p.drawEllipse(centre, 36 * s, 36 * s)
    p.setBrush(QBrush(HOME))
    p.drawEllipse(centre, 27 * s, 27 * s)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImageWriter, not image.save(buffer, "PNG"): PySide6 only accepts a str format there,
    # while its type stubs only allow bytes.
    writer = QImageWriter(buffer, QByteArray(b"PNG"))
    if not writer.write(image):
        raise OSError(f"PNG encoding failed: {writer.errorString()}")
    return bytes(buffer.data().data())


def ico_bytes(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    images = [png_bytes(draw(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns_bytes() -> bytes:
    body = b""
    for size, kind in ICNS_TYPES:
        data = png_bytes(draw(size))
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    folder = resource_path("icons")
    folder.mkdir(parents=True, exist_ok=True)
    Path(folder / "partnerdesk.png").write_bytes(png_bytes(draw(256)))
    Path(folder / "partnerdesk.ico").write_bytes(ico_bytes())
    Path(folder / "partnerdesk.icns").write_bytes(icns_bytes())
    for name in ("partnerdesk.png", "partnerdesk.ico", "partnerdesk.icns"):
        print(folder / name)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
