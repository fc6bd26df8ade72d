"""Importers: one module per source format (WhatsApp, SMS backup, call records, diaries).

Pure parsers over domain types; they never import the store. The import service
(services/importing.py) does the rest the same way for every format: it sniffs, parses,
converts times to UTC and identities to one form (staging.py), groups the suspect's
contacts (grouping.py), and stores it all in one transaction.

Adding a format (eml, social, images...):
1. a module here with `sniff(head, name)` (raise ImportFormatError if the first bytes are
   not this format) and `open(stream, name, options) -> Parsed` whose `records()` yields
   ParsedRecord (contacts: messages, calls) or whose `entries()` yields ParsedEntry (rows
   that are occasions already, as a diary's), plus `FORMAT = FormatSpec(...)`;
2. one line in registry._MODULES.
Raise nothing but ImportFormatError (tests/importers/test_fuzz.py holds every format to it);
put a malformed record in `parsed.skipped` with its locator and reason and carry on; leave
times naive when the source gives no zone; give media as `parsed.attachments` (archive.py
opens zips safely). Shared helpers: text.py (encodings, invisible marks), dates.py (date
order, 12/24-hour clocks), columns.py (tables: headings, mappings).
"""
