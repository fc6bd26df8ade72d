"""`python -m bench [--quick] [--json FILE] [names...]`: see bench/README.md."""

from bench.harness import main

raise SystemExit(main())
