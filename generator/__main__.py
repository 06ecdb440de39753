"""``python -m generator``: the command line (cli.py), in a process tuned for one run.

A run builds a few hundred thousand long-lived objects (datamodel-code-generator's modules,
classes and parse results) and little cyclic garbage, so the cyclic GC's default thresholds
only make it traverse them again and again: Cycle's platform.yml takes 4.4 s with them and
2.9 s with mypy's thresholds (200,000 allocations before a first-generation pass), at the
same peak memory (196 vs 205 MB). Freezing everything before exit spares the interpreter's
shutdown one more traversal (50 ms of a 0.4 s run, 0.1 s on Twilio).
"""

import gc
import sys

gc.set_threshold(200_000, 30, 30)

from .cli import main  # noqa: E402  (after the GC is set: the imports are a third of a run)

status = main()
sys.stdout.flush()
sys.stderr.flush()
gc.freeze()
sys.exit(status)
