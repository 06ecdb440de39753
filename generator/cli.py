"""The command line: ``python -m generator [SPEC ...]``, and ``python -m generator diff`` (review_cli.py)."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from . import review_cli
from .ir.diagnostics import SpecError
from .pipeline import find_specs, generate
from .render.meta import META_KINDS

EXIT_OK = 0
EXIT_SPEC_ERROR = 1
EXIT_USAGE = 2
EXIT_STALE = 3
EXIT_INTERNAL = 4

EPILOG = """\
exit status:
  0  success (with --check: generated/ is up to date)
  1  a spec is invalid or unsupported; each problem is printed as file:line: pointer: message
  2  usage error (bad option, spec file not found)
  3  --check only: the output differs from what the specs and templates give
  4  internal error in the generator (a bug: please report it, with --debug output)

Nothing in the output folder changes unless every spec generated successfully. A package folder
there is replaced only if the generator made it (its .generated-by.json lists the files it wrote),
and only if it holds no other files (--force replaces it anyway). One run at a time writes a folder.

python -m generator diff OLD NEW compares two versions of a spec for a Python caller of its
package (breaking and compatible changes): python -m generator diff --help.
"""


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate typed Python client packages from OpenAPI 3.0/3.1 specs (Swagger 2.0 is converted).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("specs", nargs="*", type=Path, help="spec files or folders of specs (default: specs/)")
    p.add_argument("--out", type=Path, default=Path("generated"), help="output folder (default: generated/)")
    p.add_argument("--check", action="store_true", help="write nothing; fail with status 3 if the output is stale")
    p.add_argument(
        "--force",
        action="store_true",
        help="replace a package folder of --out that the generator did not make (it has no .generated-by.json), "
        "or that holds files the generator did not write; without it, such a folder is an error and left alone",
    )
    p.add_argument(
        "--allow-refs-under",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="let $refs read the files below DIR too (repeatable); by default they read only the spec's own "
        "folder and its subfolders: a multi-file spec whose main file refers to ../components needs the folder above",
    )
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument(
        "--templates",
        type=Path,
        metavar="DIR",
        help="a folder of templates used instead of those of the same name in templates/",
    )
    p.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="the config file of every spec (default: <spec>.config.yaml beside each spec, if there is one)",
    )
    p.add_argument(
        "--meta",
        choices=META_KINDS,
        default="none",
        help="pyproject: also write a pyproject.toml in each package, so it can be pip installed (default: none)",
    )
    p.add_argument(
        "--readme",
        action="store_true",
        help="also write a README.md in each package: the API, install, auth, example calls, errors, retries "
        "(always with --meta pyproject; a spec config's readme: true/false decides for its spec)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also print notes: what is no problem but not read, such as the $refs inside extension values",
    )
    p.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    return p


def out_problem(out: Path) -> str:
    """Why ``out`` can't be the output folder ("" if it can): it, or a folder above it, is a file."""
    for folder in (out, *out.parents):
        if folder.exists():
            return "" if folder.is_dir() else f"{folder} is a file, not a folder"
    return ""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["diff"]:
        return review_cli.main(argv[1:])
    args = parser().parse_args(argv)
    inputs = args.specs or [Path("specs")]
    missing = [p for p in inputs if not p.exists()]
    if missing:
        print(f"error: no such spec file or folder: {', '.join(map(str, missing))}", file=sys.stderr)
        return EXIT_USAGE
    for option, path in (("--templates", args.templates), ("--config", args.config)):
        if path is not None and not path.exists():
            print(f"error: {option}: no such file or folder: {path}", file=sys.stderr)
            return EXIT_USAGE
    for folder in args.allow_refs_under:
        if not folder.is_dir():
            print(f"error: --allow-refs-under: no such folder: {folder}", file=sys.stderr)
            return EXIT_USAGE
    if problem := out_problem(args.out):
        print(f"error: --out {args.out}: {problem}", file=sys.stderr)
        return EXIT_USAGE
    specs = find_specs(inputs)
    if not specs:
        print(f"error: no spec files (*.yaml, *.yml, *.json) in {', '.join(map(str, inputs))}", file=sys.stderr)
        return EXIT_USAGE

    def progress(line: str) -> None:
        if not args.quiet:
            print(line, file=sys.stderr)

    try:
        result = generate(
            specs,
            args.out,
            check=args.check,
            strict=args.strict,
            progress=progress,
            templates=args.templates,
            config=args.config,
            notes=args.verbose,
            meta=args.meta,
            ref_roots=args.allow_refs_under,
            force=args.force,
            readme=args.readme,
        )
    except SpecError as exc:
        for diagnostic in exc.diagnostics:
            print(diagnostic, file=sys.stderr)
        print(f"{len(exc.diagnostics)} problem(s); {args.out}/ left unchanged", file=sys.stderr)
        return EXIT_SPEC_ERROR
    except Exception as exc:  # a generator bug: say so plainly, traceback only on request
        if args.debug or os.environ.get("GENERATOR_DEBUG"):
            traceback.print_exc()
        print(f"internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        print(f"{args.out}/ left unchanged; rerun with --debug and report it", file=sys.stderr)
        return EXIT_INTERNAL
    for diagnostic in [*result.warnings, *result.notes]:
        print(diagnostic, file=sys.stderr)
    if args.check:
        if result.stale:
            print(f"stale: {len(result.stale)} file(s) differ from what the specs give:", file=sys.stderr)
            for name in result.stale:
                print(f"  {args.out}/{name}", file=sys.stderr)
            print("run `make generate` and commit the result", file=sys.stderr)
            return EXIT_STALE
        progress(f"up to date: {', '.join(result.packages)}")
        return EXIT_OK
    progress(f"wrote {', '.join(result.packages)} to {args.out}/")
    for package, spec in result.changed.items() if not args.quiet else ():
        line = review_cli.summary_against_head(spec, args.allow_refs_under, result.built.get(package))
        if line:
            print(line, file=sys.stderr)
    return EXIT_OK
