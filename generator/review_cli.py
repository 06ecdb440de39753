"""``python -m generator diff``: what a spec change changes for a Python caller of its package."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from . import ir
from .ir.diagnostics import SpecError
from .load.git_revision import GitError
from .pipeline import display_path, find_specs, review_specs
from .review.report import Report, as_json_data, as_markdown, as_text, one_line

EXIT_OK = 0
EXIT_SPEC_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 4
EXIT_FAIL_ON = 5

EPILOG = """\
a version is a spec file, or git:REVISION:PATH for the file as it was at a git revision
(git:HEAD:specs/cycle.yaml); a spec that doesn't exist in a version counts as empty.

breaking: a class, field, enum value, operation, parameter or credential removed, renamed or
moved; a model that became a union (or back); a type changed so that a request refuses what
it took or a response may hold what it couldn't (a response field that may now be null or
absent); a request field or parameter that became required, or whose constraint narrowed or
default changed; a new required parameter or field of a request; an operation's path, method,
success status or authentication changed; a response header removed or retyped. compatible:
everything else (additions, widened request types, new optional parameters, error statuses,
response constraints, documentation).

exit status:
  0  done (and nothing of the kind --fail-on names was found)
  1  a spec is invalid; each problem is printed as file:line: pointer: message
  2  usage error (bad option, spec or revision not found, not a git repository)
  4  internal error in the generator (a bug: please report it, with --debug output)
  5  --fail-on: changes of that kind were found
"""


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m generator diff",
        description="Compare two versions of a spec as a Python caller of the generated package sees them.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("versions", nargs="*", help="OLD NEW; or, with --against, the specs or folders to compare")
    p.add_argument("--against", metavar="REV", help="compare each spec (default: specs/) with itself at git REV")
    p.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    p.add_argument("--fail-on", choices=("breaking", "any", "never"), default="never", help="exit 5 if found")
    p.add_argument("-v", "--verbose", action="store_true", help="list the compatible changes too")
    p.add_argument(
        "--allow-refs-under",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="let $refs read the files below DIR too (repeatable), as python -m generator does",
    )
    p.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    return p


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    pairs = _pairs(args)
    if isinstance(pairs, str):
        print(f"error: {pairs}", file=sys.stderr)
        return EXIT_USAGE
    try:
        reports = [review_specs(old, new, args.allow_refs_under) for old, new in pairs]
    except SpecError as exc:
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=sys.stderr)
        return EXIT_SPEC_ERROR
    except GitError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # a generator bug: said plainly, traceback on request
        if args.debug or os.environ.get("GENERATOR_DEBUG"):
            traceback.print_exc()
        print(f"internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    sys.stdout.write(_formatted(reports, args.format, args.verbose))
    failing = [c for r in reports for c in r.changes if args.fail_on == "any" or c.severity == args.fail_on]
    return EXIT_FAIL_ON if failing else EXIT_OK


def _pairs(args: argparse.Namespace) -> list[tuple[str, str]] | str:
    """The (old, new) versions to compare, or what is wrong with the arguments."""
    if args.against is None:
        if len(args.versions) != 2:
            return "expected OLD NEW (or --against REV [SPEC ...])"
        missing = [v for v in args.versions if not v.startswith("git:") and not Path(v).is_file()]
        if len(missing) == 2:
            return f"no such spec file: {', '.join(missing)}"
        return [(args.versions[0], args.versions[1])]
    inputs = [Path(v) for v in args.versions] or [Path("specs")]
    if any(not p.exists() for p in inputs):
        return f"no such spec file or folder: {', '.join(str(p) for p in inputs if not p.exists())}"
    return [(f"git:{args.against}:{display_path(spec)}", str(spec)) for spec in find_specs(inputs)]


def _formatted(reports: list[Report], form: str, verbose: bool) -> str:
    if form == "json":
        return json.dumps([as_json_data(r) for r in reports], indent=2) + "\n"
    render = as_markdown if form == "markdown" else as_text
    return "\n".join(render(r, verbose) for r in reports)


def summary_against_head(spec: Path, ref_roots: Sequence[Path] = (), built: ir.Api | None = None) -> str:
    """What an updated package's spec changed since git HEAD, in one line ("" outside git).

    ``built``: the spec's IR as generation built it, reused rather than built again.
    """
    shown = display_path(spec)
    try:
        return one_line(review_specs(f"git:HEAD:{shown}", str(spec), ref_roots, built))
    except GitError:  # no git, or not a repository: nothing to compare with
        return ""
    except SpecError as exc:  # HEAD's version doesn't build: say so, don't fail
        return f"{shown}: no comparison with git HEAD, whose spec has problems ({exc.diagnostics[0]})"
