"""One case: the New case dialog, the open-case workspace and its Overview tab, people."""
