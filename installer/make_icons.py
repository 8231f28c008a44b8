"""Render the application icon's SVG source into the PNG sizes (hicolor, the window icon)
and a multi-size ICO (the Windows executable and installer), with Qt's own SVG renderer.

Run by ``make icons`` after the SVG changes; the results are committed, so a build needs
nothing but PyInstaller.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "sferum_desk" / "resources" / "icons"
SOURCE = ICONS / "sferum-desk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def ico(pngs: list[bytes]) -> bytes:
    """An ICO file of square PNG images: ICONDIR, one ICONDIRENTRY each, then the data."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, data = b"", b""
    for png in pngs:
        width = struct.unpack(">I", png[16:20])[0]  # from the PNG's IHDR
        side = 0 if width >= 256 else width  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        data += png
    return header + entries + data


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE}: not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"sferum-desk-{size}.png"))
    # Qt's ICO writer keeps one image per file: the multi-size icon is assembled here, each
    # size a PNG entry (the ICO format allows it since Windows Vista).
    (ICONS / "sferum-desk.ico").write_bytes(
        ico([png_bytes(render(renderer, s)) for s in ICO_SIZES])
    )
    print(f"Icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
