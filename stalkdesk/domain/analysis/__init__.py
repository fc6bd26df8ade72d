"""Stalking analysis: points to prove, FOUR, S-DASH, patterns of contact, co-location.

Pure rules over `stalkdesk.domain` records: no store, no Qt. The services feed them the
case's entries, the officer's links and the imported contact counts, and show the result.
"""
