"""Pictures for the demo case: phone screenshots and photos, drawn in memory with Pillow.

Every picture carries a yellow "FICTIONAL DEMO DATA" banner in its pixels and says so in
its EXIF ImageDescription, so that a print or a copy of one can never pass for evidence.
Output is deterministic (noise comes from a seeded generator), so the same demo gives
the same SHA-256 hashes on every machine with the same Pillow.

GPS positions are put in the North Sea on purpose: no real address is anywhere near them.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Final
from zoneinfo import ZoneInfo

from PIL import ExifTags, Image, ImageChops, ImageDraw, ImageFont, ImageOps

from stalkdesk.domain.vocab import DEFAULT_ZONE, ContinuityAction, ExhibitKind

MARK: Final = "FICTIONAL DEMO DATA"
DESCRIPTION: Final = f"{MARK}: StalkDesk demonstration image, not evidence"
BANNER_RGB: Final = (255, 221, 0)
SCREEN: Final = (1080, 1920)
PHOTO: Final = (2000, 1500)

_B: Final = ExifTags.Base
_G: Final = ExifTags.GPS
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
RGB = tuple[int, int, int]


@cache
def font(size: int) -> Font:
    """Pillow's bundled font at `size`; the fixed-size bitmap font if FreeType is missing."""
    try:
        return ImageFont.load_default(size=size)
    except (ImportError, OSError):
        return ImageFont.load_default()


@dataclass(frozen=True, slots=True)
class Message:
    text: str
    clock: str  # "21:47", shown under the bubble
    incoming: bool = True


@dataclass(frozen=True, slots=True)
class Shot:
    """When and where a picture was taken, as the device's EXIF will state it."""

    taken: datetime  # naive local wall time
    offset: str  # "+00:00" in GMT, "+01:00" in BST
    gps: tuple[float, float] | None = None
    camera: bool = True  # a camera photo names the device; a screenshot names the OS
    orientation: int = 1
    model: str = "Fictional Phone"


class Scene(StrEnum):
    GIFT_ON_DOORSTEP = "gift_on_doorstep"
    FLOWERS_AT_DESK = "flowers_at_desk"
    CAR_IN_STREET = "car_in_street"
    SCRATCHED_DOOR = "scratched_door"
    NOTE_ON_WINDSCREEN = "note_on_windscreen"
    CCTV_CAR_PARK = "cctv_car_park"
    DOORBELL_NIGHT = "doorbell_night"


# Screenshots.

_APPS: Final[dict[str, dict[str, RGB]]] = {
    "whatsapp": {"bar": (7, 94, 84), "bg": (236, 229, 221), "in": (255, 255, 255), "out": (220, 248, 198)},
    "sms": {"bar": (245, 245, 247), "bg": (255, 255, 255), "in": (229, 229, 234), "out": (52, 120, 246)},
}


def chat_screenshot(app: str, contact: str, day_label: str, messages: Sequence[Message], shot: Shot,
                    *, fmt: str = "PNG") -> bytes:
    """A messaging app's conversation screen ("whatsapp" or "sms") with speech bubbles."""
    style = _APPS[app]
    image = Image.new("RGB", SCREEN, style["bg"])
    draw = ImageDraw.Draw(image)
    dark_bar = app == "whatsapp"
    _status_bar(draw, shot.taken, style["bar"], dark_bar)
    draw.rectangle((0, 80, SCREEN[0], 240), fill=style["bar"])
    ink = (255, 255, 255) if dark_bar else (0, 0, 0)
    draw.ellipse((110, 110, 210, 210), fill=(160, 160, 170))
    draw.text((60, 160), "<", font=font(60), fill=ink, anchor="mm")
    draw.text((240, 125), contact, font=font(46), fill=ink)
    draw.text((240, 182), "online" if dark_bar else "mobile", font=font(32), fill=ink)
    y = 280
    label_w = int(draw.textlength(day_label, font=font(32))) + 40
    draw.rounded_rectangle(((SCREEN[0] - label_w) // 2, y, (SCREEN[0] + label_w) // 2, y + 56), 18,
                           fill=(225, 242, 251) if dark_bar else (242, 242, 242))
    draw.text((SCREEN[0] // 2, y + 28), day_label, font=font(32), fill=(80, 80, 80), anchor="mm")
    y += 100
    for m in messages:
        y = _bubble(draw, m, y, style, app) + 24
    _input_bar(draw)
    return _finish(image, shot, fmt)


def call_log_screenshot(contact: str, day_label: str, calls: Sequence[str], shot: Shot) -> bytes:
    """A phone's recent-calls list: one missed call from `contact` at each clock time."""
    image = Image.new("RGB", SCREEN, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    _status_bar(draw, shot.taken, (255, 255, 255), False)
    draw.text((50, 110), "Recents", font=font(72), fill=(0, 0, 0))
    draw.text((50, 210), day_label, font=font(34), fill=(120, 120, 120))
    y = 280
    for clock in calls:
        if y > SCREEN[1] - 200:
            break
        draw.text((50, y + 12), contact, font=font(44), fill=(220, 40, 40))
        draw.text((50, y + 66), "mobile  |  Missed call", font=font(30), fill=(130, 130, 130))
        draw.text((SCREEN[0] - 50, y + 40), clock, font=font(38), fill=(130, 130, 130), anchor="rm")
        draw.line((50, y + 118, SCREEN[0], y + 118), fill=(225, 225, 225), width=2)
        y += 120
    return _finish(image, shot, "PNG")


def social_post_screenshot(handle: str, caption: str, likes: int, shot: Shot) -> bytes:
    """A photo-sharing app post by `handle`: a picture block, likes and a caption."""
    image = Image.new("RGB", SCREEN, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    _status_bar(draw, shot.taken, (255, 255, 255), False)
    draw.ellipse((40, 120, 150, 230), fill=(200, 120, 180))
    draw.text((175, 175), handle, font=font(40), fill=(0, 0, 0), anchor="lm")
    picture = ImageOps.colorize(Image.linear_gradient("L").resize((SCREEN[0], 1080)),
                                (40, 60, 110), (250, 170, 120))
    image.paste(picture, (0, 260))
    draw.text((SCREEN[0] // 2, 800), "[photo]", font=font(60), fill=(255, 255, 255), anchor="mm")
    y = 1370
    draw.text((40, y), f"{likes} likes", font=font(38), fill=(0, 0, 0))
    y += 70
    for line in _wrap(f"{handle} {caption}", font(38), SCREEN[0] - 80, draw):
        draw.text((40, y), line, font=font(38), fill=(20, 20, 20))
        y += 52
    return _finish(image, shot, "PNG")


def _status_bar(draw: ImageDraw.ImageDraw, taken: datetime, fill: RGB, dark: bool) -> None:
    ink = (255, 255, 255) if dark else (0, 0, 0)
    draw.rectangle((0, 0, SCREEN[0], 80), fill=fill)
    draw.text((50, 40), f"{taken:%H:%M}", font=font(38), fill=ink, anchor="lm")
    draw.rectangle((SCREEN[0] - 130, 24, SCREEN[0] - 60, 56), outline=ink, width=3)
    draw.rectangle((SCREEN[0] - 124, 30, SCREEN[0] - 84, 50), fill=ink)
    for i in range(4):  # signal bars
        x = SCREEN[0] - 260 + i * 22
        draw.rectangle((x, 56 - 8 * (i + 1), x + 14, 56), fill=ink)


def _bubble(draw: ImageDraw.ImageDraw, m: Message, y: int, style: dict[str, RGB], app: str) -> int:
    f, small = font(40), font(28)
    lines = _wrap(m.text, f, 700, draw)
    width = max(int(draw.textlength(line, font=f)) for line in lines) + 60
    width = max(width, 220)
    height = 52 * len(lines) + 70
    x0 = 40 if m.incoming else SCREEN[0] - 40 - width
    fill = style["in"] if m.incoming else style["out"]
    draw.rounded_rectangle((x0, y, x0 + width, y + height), 26, fill=fill)
    ink = (255, 255, 255) if (app == "sms" and not m.incoming) else (17, 17, 17)
    for n, line in enumerate(lines):
        draw.text((x0 + 30, y + 20 + 52 * n), line, font=f, fill=ink)
    draw.text((x0 + width - 24, y + height - 14), m.clock, font=small, fill=(120, 120, 120), anchor="rd")
    return y + height


def _input_bar(draw: ImageDraw.ImageDraw) -> None:
    top = SCREEN[1] - 230
    draw.rectangle((0, top, SCREEN[0], SCREEN[1]), fill=(246, 246, 246))
    draw.rounded_rectangle((30, top + 20, SCREEN[0] - 150, top + 110), 45, fill=(255, 255, 255))
    draw.text((80, top + 65), "Message", font=font(38), fill=(160, 160, 160), anchor="lm")
    draw.ellipse((SCREEN[0] - 125, top + 20, SCREEN[0] - 35, top + 110), fill=(7, 94, 84))


def _wrap(text: str, f: Font, width: int, draw: ImageDraw.ImageDraw) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=f) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


# Photos.


def photo(scene: Scene, shot: Shot, seed: int, overlay: str = "") -> bytes:
    """A photo-like JPEG of `scene`: gradients and shapes with sensor noise, plus EXIF.

    `overlay` is a camera's burnt-in caption (CCTV and doorbell stills). With EXIF
    orientation 6 the pixels are stored turned, as a phone held upright stores them.
    """
    rng = random.Random(seed)
    image = _SCENES[scene](rng)
    image = _noise(image, rng, 10 if scene in (Scene.CCTV_CAR_PARK, Scene.DOORBELL_NIGHT) else 6)
    if overlay:
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 0, image.width, 90), fill=(0, 0, 0))
        draw.text((30, 45), overlay, font=font(48), fill=(255, 255, 255), anchor="lm")
    _banner(image)
    if shot.orientation == 6:
        image = image.transpose(Image.Transpose.ROTATE_90)  # the viewer turns it back by 270
    return _encode(image, shot, "JPEG")


def _gradient(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    return ImageOps.colorize(Image.linear_gradient("L").resize(size), top, bottom)


def _noise(image: Image.Image, rng: random.Random, amount: int) -> Image.Image:
    w, h = image.size
    grain = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lambda v: v * 2 * amount // 255)
    return ImageChops.add(image, Image.merge("RGB", (grain, grain, grain)), 1.0, -amount)


def _doorstep(rng: random.Random) -> Image.Image:
    image = _gradient(PHOTO, (150, 80, 60), (110, 55, 45))  # brick wall
    draw = ImageDraw.Draw(image)
    for y in range(0, 1100, 60):  # mortar courses
        draw.line((0, y, PHOTO[0], y), fill=(170, 160, 150), width=5)
    draw.rectangle((620, 80, 1380, 1120), fill=(240, 240, 235))  # frame
    draw.rectangle((660, 120, 1340, 1120), fill=(30, 55, 110))  # door
    draw.rectangle((930, 300, 1070, 340), fill=(200, 170, 60))  # letterbox
    draw.text((1000, 220), "14", font=font(90), fill=(200, 170, 60), anchor="mm")
    draw.rectangle((0, 1120, PHOTO[0], PHOTO[1]), fill=(120, 120, 118))  # step
    draw.rectangle((820, 930, 1180, 1250), fill=(170, 30, 50))  # gift box
    draw.rectangle((985, 930, 1015, 1250), fill=(240, 200, 60))
    draw.rectangle((820, 1075, 1180, 1105), fill=(240, 200, 60))
    draw.ellipse((940, 880, 1000, 940), outline=(240, 200, 60), width=14)
    draw.ellipse((1000, 880, 1060, 940), outline=(240, 200, 60), width=14)
    draw.rectangle((1050, 1130, 1190, 1210), fill=(250, 250, 245))  # gift tag
    draw.text((1120, 1170), "For R x", font=font(30), fill=(40, 40, 40), anchor="mm")
    return image


def _flowers(rng: random.Random) -> Image.Image:
    image = _gradient(PHOTO, (225, 228, 232), (190, 195, 200))  # office wall
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 1050, PHOTO[0], PHOTO[1]), fill=(150, 110, 75))  # reception desk
    draw.polygon(((850, 1080), (1150, 1080), (1060, 700), (940, 700)), fill=(235, 235, 245))  # wrap
    for _ in range(40):
        x, y = rng.randint(780, 1220), rng.randint(380, 720)
        draw.line((x, y, 1000, 900), fill=(40, 120, 40), width=8)
    for _ in range(26):
        x, y, r = rng.randint(780, 1220), rng.randint(360, 700), rng.randint(40, 70)
        colour = rng.choice(((200, 30, 60), (230, 90, 130), (250, 250, 250), (240, 170, 40)))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    draw.rectangle((1160, 960, 1380, 1090), fill=(255, 255, 250))
    draw.text((1270, 1025), "Rachel - always", font=font(26), fill=(40, 40, 40), anchor="mm")
    return image


def _street(rng: random.Random, plate: bool = True) -> Image.Image:
    image = _gradient(PHOTO, (120, 170, 230), (215, 225, 235))  # sky
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 600, PHOTO[0], 1000), fill=(170, 150, 130))  # houses opposite
    for x in range(60, PHOTO[0], 260):
        draw.rectangle((x, 680, x + 120, 800), fill=(70, 90, 110))
    draw.rectangle((0, 1000, PHOTO[0], PHOTO[1]), fill=(80, 80, 85))  # road
    draw.rounded_rectangle((450, 760, 1550, 1180), 90, fill=(185, 190, 195))  # car body
    draw.polygon(((640, 770), (780, 560), (1220, 560), (1360, 770)), fill=(185, 190, 195))
    draw.polygon(((690, 760), (800, 600), (980, 600), (980, 760)), fill=(60, 80, 100))
    draw.polygon(((1020, 760), (1020, 600), (1200, 600), (1310, 760)), fill=(60, 80, 100))
    for cx in (700, 1300):
        draw.ellipse((cx - 130, 1060, cx + 130, 1320), fill=(25, 25, 25))
        draw.ellipse((cx - 60, 1130, cx + 60, 1250), fill=(150, 150, 150))
    if plate:
        draw.rectangle((880, 1010, 1120, 1070), fill=(250, 210, 0), outline=(0, 0, 0), width=3)
        draw.text((1000, 1040), "ZZ00 DMO", font=font(40), fill=(0, 0, 0), anchor="mm")
    return image


def _scratched(rng: random.Random) -> Image.Image:
    image = _gradient(PHOTO, (140, 20, 30), (90, 10, 20))  # car door panel
    draw = ImageDraw.Draw(image)
    draw.line((0, 420, PHOTO[0], 380), fill=(60, 5, 10), width=10)  # panel crease
    draw.rounded_rectangle((1500, 560, 1760, 640), 30, fill=(40, 40, 40))  # handle
    for _ in range(3):
        x, y = rng.randint(150, 400), rng.randint(700, 1100)
        points = [(x, y)]
        for _ in range(14):
            x, y = x + rng.randint(60, 110), y + rng.randint(-30, 30)
            points.append((x, y))
        draw.line(points, fill=(225, 215, 210), width=rng.randint(4, 8))
    return image


def _note(rng: random.Random) -> Image.Image:
    image = _gradient(PHOTO, (70, 90, 110), (150, 170, 185))  # windscreen
    draw = ImageDraw.Draw(image)
    draw.line((200, 1400, 1300, 300), fill=(30, 30, 30), width=26)  # wiper
    paper = Image.new("RGBA", (700, 500), (252, 252, 245, 255))
    pd = ImageDraw.Draw(paper)
    for n, line in enumerate(("I see everything", "you do.", "We need to talk.")):
        pd.text((60, 90 + n * 110), line, font=font(64), fill=(20, 30, 120, 255))
    paper = paper.rotate(-8, Image.Resampling.BICUBIC, expand=True)
    image.paste(paper, (700, 420), paper)
    return image


def _cctv(rng: random.Random) -> Image.Image:
    image = _gradient(PHOTO, (90, 90, 90), (150, 150, 150))
    draw = ImageDraw.Draw(image)
    for x in range(-400, PHOTO[0] + 400, 300):  # parking bay lines in perspective
        draw.line((x, PHOTO[1], 1000 + (x - 1000) // 3, 650), fill=(215, 215, 215), width=8)
    draw.rectangle((0, 250, PHOTO[0], 650), fill=(110, 110, 110))  # building
    draw.rectangle((1200, 380, 1400, 650), fill=(60, 60, 60))  # entrance
    for cx, cy in ((650, 900), (1320, 840)):  # two figures
        draw.ellipse((cx - 40, cy - 230, cx + 40, cy - 150), fill=(40, 40, 40))
        draw.rounded_rectangle((cx - 70, cy - 150, cx + 70, cy + 120), 30, fill=(45, 45, 50))
    return image.convert("L").convert("RGB")


def _doorbell(rng: random.Random) -> Image.Image:
    image = _gradient(PHOTO, (15, 20, 30), (55, 60, 70))
    draw = ImageDraw.Draw(image)
    draw.ellipse((-300, 900, 2300, 2200), fill=(70, 75, 80))  # path, fisheye-curved
    draw.ellipse((900, 380, 1100, 600), fill=(25, 25, 30))  # hooded figure
    draw.rounded_rectangle((820, 580, 1180, 1250), 80, fill=(30, 30, 35))
    draw.ellipse((1500, 200, 1560, 260), fill=(230, 220, 180))  # street light
    return ImageOps.colorize(image.convert("L"), (0, 10, 0), (200, 235, 200))


_SCENES: Final[dict[Scene, Callable[[random.Random], Image.Image]]] = {
    Scene.GIFT_ON_DOORSTEP: _doorstep,
    Scene.FLOWERS_AT_DESK: _flowers,
    Scene.CAR_IN_STREET: _street,
    Scene.SCRATCHED_DOOR: _scratched,
    Scene.NOTE_ON_WINDSCREEN: _note,
    Scene.CCTV_CAR_PARK: _cctv,
    Scene.DOORBELL_NIGHT: _doorbell,
}


# Marking and encoding.


def banner_box(size: tuple[int, int]) -> tuple[int, int, int, int]:
    """Where the banner lies in an upright picture of `size`: a strip along the bottom."""
    height = max(24, size[1] // 30)
    return (0, size[1] - height, size[0], size[1])


def _banner(image: Image.Image) -> None:
    box = banner_box(image.size)
    draw = ImageDraw.Draw(image)
    draw.rectangle(box, fill=BANNER_RGB)
    text = f"{MARK}  -  NOT EVIDENCE  -  {MARK}"
    size = (box[3] - box[1]) * 3 // 5
    while size > 8 and draw.textlength(text, font=font(size)) > image.width - 20:
        size -= 2
    draw.text((image.width // 2, (box[1] + box[3]) // 2), text, font=font(size), fill=(0, 0, 0), anchor="mm")


def _finish(image: Image.Image, shot: Shot, fmt: str) -> bytes:
    _banner(image)
    return _encode(image, shot, fmt)


def _encode(image: Image.Image, shot: Shot, fmt: str) -> bytes:
    out = io.BytesIO()
    exif = _exif(shot)
    if fmt == "JPEG":
        image.save(out, "JPEG", quality=85, exif=exif)
    else:
        image.save(out, "PNG", exif=exif, compress_level=6)
    return out.getvalue()


def _exif(shot: Shot) -> Image.Exif:
    exif = Image.Exif()
    exif[_B.ImageDescription] = DESCRIPTION
    if shot.camera:
        exif[_B.Make] = "Demo"
        exif[_B.Model] = shot.model
    else:
        exif[_B.Software] = "Fictional OS 1.0"
    exif[_B.Orientation] = shot.orientation
    stamp = f"{shot.taken:%Y:%m:%d %H:%M:%S}"
    exif[_B.DateTime] = stamp
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[_B.DateTimeOriginal] = stamp
    sub[_B.OffsetTimeOriginal] = shot.offset
    sub[_B.UserComment] = b"ASCII\x00\x00\x00" + (b"Screenshot" if not shot.camera else MARK.encode())
    if shot.gps is not None:
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        lat, lon = shot.gps
        gps[_G.GPSVersionID] = b"\x02\x02\x00\x00"
        gps[_G.GPSLatitudeRef] = "N" if lat >= 0 else "S"
        gps[_G.GPSLatitude] = _dms(abs(lat))
        gps[_G.GPSLongitudeRef] = "E" if lon >= 0 else "W"
        gps[_G.GPSLongitude] = _dms(abs(lon))
    return exif


def _dms(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60, 2)
    return (float(degrees), float(minutes), seconds)


# The demo case's exhibits.

_TZ: Final = ZoneInfo(DEFAULT_ZONE)


def _d(month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2024, month, day, hour, minute)


def _at(local: datetime, *, gps: tuple[float, float] | None = None, camera: bool = True,
        orientation: int = 1, model: str = "Fictional Phone") -> Shot:
    """A Shot at UK wall time `local`, with the UTC offset a phone would state then."""
    off = local.replace(tzinfo=_TZ).utcoffset() or timedelta()
    offset = f"+{int(off.total_seconds()) // 3600:02d}:00"
    return Shot(local, offset, gps=gps, camera=camera, orientation=orientation, model=model)


@dataclass(frozen=True, slots=True)
class DemoExhibit:
    """One exhibit of the demo case: its file, its record and its fictional continuity."""


    key: str  # what the chronology links by
    filename: str
    description: str
    kind: ExhibitKind
    producer: str  # "victim", "neighbour" or "colleague"
    received: datetime  # local
    where: str
    make: Callable[[], bytes]
    continuity: tuple[tuple[ContinuityAction, datetime, str], ...] = ()



def _msgs(*rows: tuple[str, str] | tuple[str, str, bool]) -> list[Message]:
    return [Message(r[1], r[0], *r[2:]) for r in rows]


def demo_exhibits() -> list[DemoExhibit]:
    """The demo's exhibits in reference order; `make()` draws each one (about 0.1 s)."""
    ss, ph = ExhibitKind.SCREENSHOT, ExhibitKind.PHOTO
    home_gps, work_gps = (54.0612, 2.0471), (54.0655, 2.0533)  # in the North Sea on purpose
    at_home = "Victim's home address (fictional)"
    first_account = _d(3, 18, 19, 40)
    rx, st, exam = ContinuityAction.RECEIVED, ContinuityAction.STORED, ContinuityAction.EXAMINED
    ex = DemoExhibit
    return [
        ex("wa_feb", "WhatsApp_2024-02-10.png", "Screenshot of WhatsApp messages from the suspect, 10/02/2024",
           ss, "victim", first_account, at_home,
           lambda: chat_screenshot("whatsapp", "Mark", "10 February 2024", _msgs(
               ("21:41", "Rachel please just talk to me"), ("21:42", "I know you've read these"),
               ("21:44", "Mark I've said it's over. Please stop messaging me.", False),
               ("21:45", "You don't get to just decide that"),
               ("21:46", "I'm not going to stop until you talk to me"), ("21:47", "Answer me")),
               _at(_d(2, 10, 21, 49), camera=False)),
           ((rx, first_account, "Screenshots handed over by the victim when giving her first account"),
            (exam, _d(3, 19, 10, 15), "Viewed to prepare the chronology"))),
        ex("gift", "IMG_0412.jpg", "Photograph of a gift box left on the victim's doorstep, 24/02/2024",
           ph, "victim", first_account, at_home,
           lambda: photo(Scene.GIFT_ON_DOORSTEP, _at(_d(2, 24, 7, 58), gps=home_gps), 1),
           ((rx, first_account, "Photograph supplied by the victim from her phone"),)),
        ex("sms_mar", "Messages_2024-03-03.jpg", "Screenshot of text messages from the suspect, 03/03/2024",
           ss, "victim", first_account, at_home,
           lambda: chat_screenshot("sms", "+44 7700 900782", "Sun 3 Mar 18:02", _msgs(
               ("18:02", "I'm at my sister's tonight. Please don't call.", False),
               ("18:10", "Which sister"), ("21:15", "Why won't you answer me?"),
               ("21:16", "I only want five minutes"), ("21:17", "Saw your car at the gym earlier"),
               ("21:18", "You can't hide at your sister's forever"), ("21:19", "Pick up the phone")),
               _at(_d(3, 3, 21, 20), camera=False), fmt="JPEG")),
        ex("flowers", "IMG_2231.jpg", "Photograph of flowers delivered to the victim's workplace, 08/03/2024",
           ph, "colleague", _d(4, 29, 11, 0), "Placeholder Insurance, Imaginary Way, Demotown",
           lambda: photo(Scene.FLOWERS_AT_DESK, _at(_d(3, 8, 12, 34), gps=work_gps), 2)),
        ex("calls", "Recents_2024-03-14.png",
           "Screenshot of the victim's call log showing missed calls from the suspect, 14/03/2024",
           ss, "victim", first_account, at_home,
           lambda: call_log_screenshot("Mark", "Thursday 14 March", [
               f"{h}:{mi:02d}" for h in range(23, 17, -1) for mi in (31, 2)],
               _at(_d(3, 14, 23, 35), camera=False))),
        ex("car", "IMG_5081.jpg",
           "Photograph of the suspect's car parked opposite the victim's home, 31/03/2024",
           ph, "neighbour", _d(4, 1, 16, 20), "16 Nowhere Lane, Demotown (fictional)",
           lambda: photo(Scene.CAR_IN_STREET, _at(_d(3, 31, 10, 24), gps=home_gps, orientation=6), 3),
           ((rx, _d(4, 1, 16, 20), "Copied from the neighbour's phone at her home"),
            (st, _d(4, 1, 17, 5), "Copy kept on the unit's evidence drive (fictional)"))),
        ex("post", "Screenshot_2024-04-05.png",
           "Screenshot of an Instagram post by the suspect about the victim, 05/04/2024",
           ss, "victim", _d(4, 6, 10, 0), at_home,
           lambda: social_post_screenshot(
               "mark_exampleton_demo", "Some people think they can just walk away after six years. "
               "Ask me what she's really like. #truth", 14, _at(_d(4, 5, 20, 26), camera=False))),
        ex("cctv", "CarPark_Cam02_2024-04-26.jpg",
           "Still from car park CCTV at the victim's workplace, 26/04/2024 08:05",
           ph, "colleague", _d(4, 29, 11, 0), "Placeholder Insurance, Imaginary Way, Demotown",
           lambda: photo(Scene.CCTV_CAR_PARK, _at(_d(4, 26, 8, 5), model="Fictional CCTV Recorder"), 4,
                         overlay="CAM 02   26/04/2024 08:05:31"),
           ((rx, _d(4, 29, 11, 0), "Still exported by the facilities manager and handed over on USB"),
            (exam, _d(4, 30, 9, 30), "Viewed and compared with the victim's account"))),
        ex("wa_may", "WhatsApp_2024-05-04.png",
           "Screenshot of WhatsApp messages from the suspect about the victim's email account, 04/05/2024",
           ss, "victim", _d(5, 5, 12, 0), at_home,
           lambda: chat_screenshot("whatsapp", "Mark", "4 May 2024", _msgs(
               ("19:30", "Saw you logged into your email from your sister's laptop"),
               ("19:31", "Changing your password won't help"),
               ("19:32", "I still know everything you do online")),
               _at(_d(5, 4, 19, 40), camera=False))),
        ex("wa_threat", "WhatsApp_2024-05-12.png",
           "Screenshot of WhatsApp messages from the suspect containing threats, 12/05/2024",
           ss, "victim", _d(5, 13, 9, 45), at_home,
           lambda: chat_screenshot("whatsapp", "Mark", "12 May 2024", _msgs(
               ("22:40", "You went to the police. Big mistake."), ("22:41", "You'll regret this"),
               ("22:42", "I know where you'll be on Friday"), ("22:43", "Leave me alone", False),
               ("22:44", "Watch yourself")),
               _at(_d(5, 12, 22, 47), camera=False)),
           ((rx, _d(5, 13, 9, 45), "Screenshots sent by the victim and downloaded at the station"),
            (exam, _d(5, 13, 14, 0), "Viewed to assess risk (S-DASH review)"))),
        ex("damage", "IMG_6120.jpg", "Photograph of scratches to the driver's door of the victim's car, 18/05/2024",
           ph, "victim", _d(5, 18, 15, 0), at_home,
           lambda: photo(Scene.SCRATCHED_DOOR, _at(_d(5, 18, 7, 40), gps=home_gps), 5)),
        ex("note", "IMG_6377.jpg", "Photograph of a handwritten note left on the victim's windscreen, 30/05/2024",
           ph, "victim", _d(5, 31, 10, 0), "Placeholder Insurance, Imaginary Way, Demotown",
           lambda: photo(Scene.NOTE_ON_WINDSCREEN, _at(_d(5, 30, 17, 37), gps=work_gps), 6)),
        ex("sms_friend", "Messages_2024-06-02.png",
           "Screenshot of text messages from a friend of the suspect, 02/06/2024",
           ss, "victim", _d(6, 3, 10, 0), "Victim's sister's address (fictional)",
           lambda: chat_screenshot("sms", "+44 7700 900904", "Sun 2 Jun 14:12", _msgs(
               ("14:12", "Hi Rachel it's Dean, Mark's mate"),
               ("14:12", "He just wants to talk, he's in a bad way"), ("14:13", "Just call him yeah?")),
               _at(_d(6, 2, 14, 20), camera=False))),
        ex("doorbell", "FrontDoor_2024-06-09_2310.jpg",
           "Still from the victim's doorbell camera, 09/06/2024 23:10",
           ph, "victim", _d(6, 10, 9, 0), at_home,
           lambda: photo(Scene.DOORBELL_NIGHT, _at(_d(6, 9, 23, 10), model="Fictional Doorbell"), 7,
                         overlay="FRONT DOOR   09/06/2024 23:10:14")),
        ex("sms_threat", "Messages_2024-06-21.png", "Screenshot of text messages from the suspect, 21/06/2024",
           ss, "victim", _d(6, 22, 11, 0), "Victim's sister's address (fictional)",
           lambda: chat_screenshot("sms", "+44 7700 900782", "Fri 21 Jun 21:30", _msgs(
               ("21:30", "Think you're safe at your sister's?"), ("21:31", "I'll be waiting"),
               ("21:33", "Someone is going to get hurt and it's on you")),
               _at(_d(6, 21, 21, 36), camera=False))),
    ]
