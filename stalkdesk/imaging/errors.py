"""Why an image was refused, in words an officer can read out to the victim."""

from __future__ import annotations

from enum import StrEnum


class Problem(StrEnum):
    """The kind of refusal, so callers can count or group them without parsing messages."""

    EMPTY = "empty"
    NOT_ACCEPTED = "not_accepted"
    TOO_LARGE = "too_large"
    DAMAGED = "damaged"


def _printable(name: str) -> str:
    # File names come from the victim's device; a newline or escape code in one must not
    # break a log line or a dialog.
    return "".join(ch if ch.isprintable() else "?" for ch in name)


class ImageRejected(ValueError):
    """An image file that StalkDesk will not add, with the file name and a plain reason.

    `str(error)` is ready to show, e.g.
    ``"photo3.jpg" was not added: the image is damaged or incomplete (truncated JPEG data).``
    """

    def __init__(self, name: str, problem: Problem, reason: str) -> None:
        self.name = name
        self.problem = problem
        self.reason = reason
        super().__init__(f'"{_printable(name)}" was not added: {reason}.')

    def __reduce__(self) -> tuple[type[ImageRejected], tuple[str, Problem, str]]:
        # ValueError pickles its message only; keep the fields so the error survives
        # being passed back from a worker process.
        return (type(self), (self.name, self.problem, self.reason))

    @classmethod
    def empty(cls, name: str) -> ImageRejected:
        """The file has no bytes at all."""
        return cls(name, Problem.EMPTY, "the file is empty")

    @classmethod
    def not_accepted(cls, name: str, found: str | None) -> ImageRejected:
        """The bytes are not JPEG, PNG, GIF, WebP or BMP; `found` names what they are."""
        what = f"found: {found}" if found else "the format was not recognised"
        return cls(name, Problem.NOT_ACCEPTED,
                   f"it is not an image format StalkDesk accepts ({what})")

    @classmethod
    def too_large(cls, name: str, size: str, max_pixels: int) -> ImageRejected:
        """Decoding would need more memory than is safe; `size` is e.g. "40,000 x 40,000"."""
        limit = f"{max_pixels / 1_000_000:,.6g}"
        return cls(name, Problem.TOO_LARGE, f"it is too large to open safely ({size} pixels; "
                   f"the limit is {limit} megapixels)")

    @classmethod
    def damaged(cls, name: str, detail: str) -> ImageRejected:
        """The picture data cannot be decoded; `detail` is a short technical clue."""
        return cls(name, Problem.DAMAGED, f"the image is damaged or incomplete ({detail})")
