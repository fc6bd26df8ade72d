"""The desktop interface: PySide6 windows, dialogs, Qt models and the background-task API.

Only this package imports Qt. It reaches data through `stalkdesk.services` alone.
"""
