"""The audit trail, read-only: per case (a dialog) and per exhibit (a viewer tab)."""
