"""A config's post-hooks: commands run in each staged package folder after ruff, before the swap.

They come only from the config file (never from the spec) and run as the user who runs the
generator, with the package folder as their working folder; a string goes to the shell, a
list is run as is. A hook that fails (or can't run) is an error at its config line, and the
output folder is left as it was, since nothing has been swapped in yet.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from ..ir.diagnostics import error
from ..load.config import Hook

HOOK_SECONDS = 600


def run_hooks(folder: Path, hooks: Sequence[Hook]) -> None:
    """Run each hook in ``folder``, in order; raise SpecError for the first that fails."""
    for hook in hooks:
        try:
            done = subprocess.run(
                hook.command,
                shell=isinstance(hook.command, str),
                cwd=folder,
                capture_output=True,
                text=True,
                timeout=HOOK_SECONDS,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise error(hook.source, f"post-hook `{hook}` could not run: {exc}") from None
        if done.returncode != 0:
            said = (done.stderr.strip() or done.stdout.strip()).splitlines()[-3:]
            tail = ": " + " / ".join(said) if said else ""
            raise error(hook.source, f"post-hook `{hook}` failed with exit status {done.returncode}{tail}")
