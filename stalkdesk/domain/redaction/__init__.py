"""Finding personal data in case text, and redacting the spans the officer accepts."""

from stalkdesk.domain.redaction.scanners import scan
from stalkdesk.domain.redaction.spans import KIND_LABELS, Span, Status, TextRedaction, apply, is_stale, marker

__all__ = ["KIND_LABELS", "Span", "Status", "TextRedaction", "apply", "is_stale", "marker", "scan"]
