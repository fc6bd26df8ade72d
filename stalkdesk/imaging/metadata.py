"""What a photo's EXIF says about when, where and on what it was taken.

Values are reported as the device wrote them (local time plus its stated offset, not
converted), because an officer may have to explain them in court. EXIF from phones, apps
and editors is often malformed; a field that cannot be read is None, never an error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Final

from PIL import ExifTags, Image

from . import exif_values as values
from .safety import DEFAULT_MAX_PIXELS, format_name, open_unloaded, quiet_pillow

_B: Final = ExifTags.Base
_G: Final = ExifTags.GPS
# Each capture time pairs with its own offset tag; mixing them would misstate the zone.
_TIMES: Final = ((_B.DateTimeOriginal, _B.OffsetTimeOriginal),
                 (_B.DateTimeDigitized, _B.OffsetTimeDigitized),
                 (_B.DateTime, _B.OffsetTime))

Tags = Mapping[int, object]


@dataclass(frozen=True, slots=True)
class ImageMetadata:
    """Header facts and EXIF fields of one image; absent or unreadable fields are None.

    `width` and `height` are as stored; a phone shows the picture turned by `orientation`
    (see `displayed_size`). `exif_time` is local to the device, e.g. "2024-03-03T21:15:07",
    and `exif_offset` (e.g. "+00:00") is the device's own statement of its UTC offset.
    """

    width: int
    height: int
    format: str
    exif_time: str | None = None
    exif_offset: str | None = None
    device: str | None = None
    gps: tuple[float, float] | None = None  # decimal degrees: south and west are negative
    gps_altitude: float | None = None  # metres; negative below sea level
    orientation: int = 1
    software: str | None = None
    serial: str | None = None

    @property
    def displayed_size(self) -> tuple[int, int]:
        """(width, height) as a phone shows the picture, after its EXIF rotation."""
        return (self.height, self.width) if self.orientation >= 5 else (self.width, self.height)

    def to_dict(self) -> dict[str, object]:
        """A JSON-safe dict of every field (GPS becomes a [lat, lon] list)."""
        data: dict[str, object] = {field.name: getattr(self, field.name) for field in fields(self)}
        data["gps"] = list(self.gps) if self.gps is not None else None
        return data


def extract_metadata(
    data: bytes, name: str, *, max_pixels: int = DEFAULT_MAX_PIXELS
) -> ImageMetadata:
    """Read the size, format and EXIF of an image without decoding its pixels.

    Raises `ImageRejected` for files that `open_unloaded` refuses (empty, not an accepted
    format, too large, unreadable headers). It does not prove the picture data is complete:
    `make_thumbnail` or `open_image` do that, so an import should call one of them too.
    """
    image = open_unloaded(data, name, max_pixels=max_pixels)
    exif = read_exif(image)
    base = _tags(lambda: exif)
    extra = _tags(lambda: exif.get_ifd(ExifTags.IFD.Exif))
    gps = _tags(lambda: exif.get_ifd(ExifTags.IFD.GPSInfo))
    when, offset = _capture_time(extra, base)
    return ImageMetadata(
        width=image.width, height=image.height, format=format_name(image),
        exif_time=when, exif_offset=offset, device=_device(base), gps=_position(gps),
        gps_altitude=_altitude(gps), orientation=values.orientation(base.get(_B.Orientation)),
        software=values.text(base.get(_B.Software)),
        serial=values.text(extra.get(_B.BodySerialNumber)),
    )


def read_exif(image: Image.Image) -> Image.Exif:
    """The image's EXIF, or an empty one if it is missing or cannot be parsed."""
    with quiet_pillow():
        try:
            return image.getexif()
        # Broad on purpose: junk EXIF makes Pillow raise almost anything, and missing
        # metadata is a normal result here. (For PNG this may decode the pixels to look
        # for EXIF stored after them; a damaged PNG then simply has no EXIF.)
        except Exception:
            return Image.Exif()


def read_orientation(image: Image.Image) -> int:
    """The EXIF orientation (1-8) of an opened image; 1 if absent or nonsense."""
    exif = read_exif(image)
    return values.orientation(_tags(lambda: exif).get(_B.Orientation))


def _tags(read: Callable[[], Mapping[int, object]]) -> Tags:
    # Pillow decodes some values and sub-directories lazily, so copying them out can fail
    # too; the reasoning of read_exif applies.
    with quiet_pillow():
        try:
            return dict(read())
        except Exception:
            return {}


def _capture_time(extra: Tags, base: Tags) -> tuple[str | None, str | None]:
    for time_tag, offset_tag in _TIMES:
        when = values.iso_time(extra.get(time_tag, base.get(time_tag)))
        if when is not None:
            return when, values.utc_offset(extra.get(offset_tag, base.get(offset_tag)))
    return None, None


def _device(base: Tags) -> str | None:
    make, model = values.text(base.get(_B.Make)), values.text(base.get(_B.Model))
    if make and model and model.lower().startswith(make.lower()):
        return model  # "Canon" + "Canon EOS R5" reads better as the model alone
    return " ".join(part for part in (make, model) if part) or None


def _position(gps: Tags) -> tuple[float, float] | None:
    lat, lon = values.degrees(gps.get(_G.GPSLatitude)), values.degrees(gps.get(_G.GPSLongitude))
    lat_ref = (values.text(gps.get(_G.GPSLatitudeRef)) or "").upper()
    lon_ref = (values.text(gps.get(_G.GPSLongitudeRef)) or "").upper()
    if lat is None or lon is None or lat > 90 or lon > 180:
        return None
    # Without its N/S or E/W reference a position could be in the wrong hemisphere: drop it.
    if lat_ref not in ("N", "S") or lon_ref not in ("E", "W"):
        return None
    return (-lat if lat_ref == "S" else lat, -lon if lon_ref == "W" else lon)


def _altitude(gps: Tags) -> float | None:
    height = values.number(gps.get(_G.GPSAltitude))
    ref = gps.get(_G.GPSAltitudeRef)
    below = ref == 1 or ref == b"\x01"  # EXIF: 0 (or absent) is above sea level
    return None if height is None else (-height if below else height)
