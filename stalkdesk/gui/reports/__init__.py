"""Printing from the GUI: the Reports dialog (choose, preview in memory, save, log).

`ReportsDialog` (reports_dialog.py) is what the main window opens; `documents.py` is the
list of documents it offers, one entry each.
"""
