"""Importers: one module per source format (WhatsApp, SMS backup, call records, diaries).

Pure parsers over domain types; they never import the store.
"""
