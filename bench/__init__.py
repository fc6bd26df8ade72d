"""StalkDesk benchmarks: figures to read, not tests to pass. Run with `make bench`.

Each `bench_*.py` module here registers its figures with `@benchmark("area.name")`
(see `bench.harness`); `python -m bench [names...]` finds and runs them. Nothing here
is imported by the application or collected by the test suite.
"""
