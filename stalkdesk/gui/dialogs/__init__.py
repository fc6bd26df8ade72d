"""Dialogs, each attached to its compiled Designer form in `stalkdesk.gui.forms`."""
