"""The Analysis tab: points to prove, FOUR, S-DASH risk screening, patterns of contact and
co-location, over `stalkdesk.services.analysis`."""
