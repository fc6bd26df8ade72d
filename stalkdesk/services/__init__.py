"""Use cases, shared by the GUI and the command line: plain callables over the store."""
