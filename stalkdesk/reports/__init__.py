"""Printed documents (interview chronology, pre-charge file, schedules) built with reportlab.

Pure layout over domain types; they never import the store.
"""
