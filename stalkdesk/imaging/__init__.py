"""Images a victim supplies: sniffing, safe opening, EXIF metadata and thumbnails.

Pure functions over in-memory bytes; nothing here touches the disk or the store. Every
failure caused by the file itself is an `ImageRejected` whose message can be shown as is.
"""

from .errors import ImageRejected, Problem
from .metadata import ImageMetadata, extract_metadata
from .safety import DEFAULT_MAX_PIXELS, open_image, open_unloaded
from .sniff import SNIFF_BYTES, is_decodable_image, sniff_media_type
from .thumbnail import Thumbnail, make_thumbnail

__all__ = [
    "DEFAULT_MAX_PIXELS",
    "SNIFF_BYTES",
    "ImageMetadata",
    "ImageRejected",
    "Problem",
    "Thumbnail",
    "extract_metadata",
    "is_decodable_image",
    "make_thumbnail",
    "open_image",
    "open_unloaded",
    "sniff_media_type",
]
