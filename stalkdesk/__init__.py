"""StalkDesk: offline, encrypted case preparation for specialist stalking units."""

__version__ = "0.1.0"
