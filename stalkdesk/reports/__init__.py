"""Printed documents (interview chronology, pre-charge file) built with reportlab.

Pure layout over domain types; they never import the store. `interview.render_interview`
and `charge_file.render_charge_file` take plain inputs (`model`) that the service in
`stalkdesk.services.reports` gathers, redacts (`redact`) and hashes (`canonical`).
"""
