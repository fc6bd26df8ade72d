"""The chronology of one case: its table, filter bar, entry editor and undoable commands.

`ChronologyView` (view.py) is the widget a case tab embeds; the other modules are its parts.
"""
