"""The Evidence tab: exhibits gallery, intake, and the exhibit viewer.

Embed `stalkdesk.gui.evidence.view.EvidenceView(ws, case, runner)`; call its `clear()`
before the store is locked.
"""
