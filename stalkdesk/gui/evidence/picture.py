"""An original image, decoded in memory for the viewer and turned as the phone showed it.

The bytes come from the encrypted store and are decoded by `imaging.open_image` (format
allow-list, pixel limit, truncation check), never by Qt's decoders, which are not hardened
against hostile files. The decoded pixels are copied into a QImage in memory: no decoded
picture, original or temporary file ever reaches the disk.
"""

from __future__ import annotations

from typing import Final

from PIL import Image
from PySide6.QtGui import QImage

from stalkdesk.imaging import open_image
from stalkdesk.imaging.metadata import read_orientation
from stalkdesk.services.workspace import Workspace

_T: Final = Image.Transpose
# EXIF orientation -> the turn that shows the picture upright, as a phone does.
UPRIGHT: Final = {2: _T.FLIP_LEFT_RIGHT, 3: _T.ROTATE_180, 4: _T.FLIP_TOP_BOTTOM,
                  5: _T.TRANSPOSE, 6: _T.ROTATE_270, 7: _T.TRANSVERSE, 8: _T.ROTATE_90}
_ALPHA_MODES: Final = {"RGBA", "RGBa", "LA", "La", "PA"}
_HIGH_BIT_MODES: Final = {"I", "I;16", "I;16L", "I;16B", "I;16N", "F"}


def to_qimage(picture: Image.Image) -> QImage:
    """A deep copy of a PIL image as a QImage (RGB888, or RGBA8888 where it has alpha)."""
    if picture.mode in _HIGH_BIT_MODES:
        # Straight to 8 bits would clip most 16-bit greys to white; scale them instead.
        picture = picture.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    alpha = picture.mode in _ALPHA_MODES or "transparency" in picture.info
    picture = picture.convert("RGBA" if alpha else "RGB")
    fmt = QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888
    data = picture.tobytes()
    stride = picture.width * (4 if alpha else 3)
    # QImage would only borrow `data`; copy() gives it its own buffer before `data` goes.
    return QImage(data, picture.width, picture.height, stride, fmt).copy()


def decode_upright(data: bytes, name: str) -> QImage:
    """The picture as shown on the device: EXIF orientation 1-8 applied in memory.

    Raises `ImageRejected` (a message naming the file) for anything `open_image` refuses.
    """
    image = open_image(data, name)
    turn = UPRIGHT.get(read_orientation(image))
    picture: Image.Image = image.transpose(turn) if turn is not None else image
    return to_qimage(picture)


def load_picture(ws: Workspace, exhibit_id: int, name: str) -> QImage:
    """Read an original from the store and decode it: the viewer runs this off the GUI thread."""
    return decode_upright(ws.exhibits.read_original(exhibit_id), name)
