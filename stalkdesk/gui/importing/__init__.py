"""The import wizard: a file (or folder) in, a chronology out, with a preview first."""
