"""Plain domain types and rules: offences, behaviours, exhibits, chronology times.

Nothing here imports Qt, SQL or any other StalkDesk package, so that the rules can be
read and tested on their own.
"""
