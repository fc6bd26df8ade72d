"""Python generated from `ui/*.ui` and `resources/stalkdesk.qrc` by `make ui`; do not edit.

Each `ui_<name>.py` holds one `Ui_<Class>` attached by composition:
`self.ui = Ui_UnlockDialog(); self.ui.setupUi(self)`.
"""
