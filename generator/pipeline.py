"""The whole run: each spec through load, validate, openapi, models, http and render; then format and write."""

from __future__ import annotations

import keyword
import multiprocessing
import os
import re
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import ir
from .http.operations import build_http
from .ir.diagnostics import Diagnostic, Source, SpecError, error
from .ir.naming import package_from_stem, shadowed_module, shortened
from .load.config import SpecConfig, config_beside, is_config, load_config
from .load.files import FileCache, LoadedFile, load_file
from .load.git_revision import GitError, checked_out, folder_in_copy, parse_git_spec
from .models.build import build_api
from .models.configured import apply_config
from .models.pruning import drop_unused_classes
from .naming.configured import configured_class_names
from .naming.renames import with_settled_names
from .openapi.read import read_spec
from .render.environment import environment
from .render.meta import meta_files
from .render.package import render_api
from .render.readme import README, readme_files
from .review.compare import compare
from .review.report import Report
from .validate.checks import validate
from .write.drift import differences
from .write.files import output_lock, staging_area, swap_in, write_files
from .write.format import format_tree
from .write.hooks import run_hooks
from .write.ownership import replace_refusal, write_manifest

Progress = Callable[[str], None]


@dataclass
class Result:
    packages: list[str] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    notes: list[Diagnostic] = field(default_factory=list)  # no problems: what --verbose shows
    stale: list[str] = field(default_factory=list)  # with check=True: files that would change
    changed: dict[str, Path] = field(default_factory=dict)  # package -> its spec, of the packages updated
    built: dict[str, ir.Api] = field(default_factory=dict)  # package -> its IR, of the packages updated


def find_specs(inputs: list[Path]) -> list[Path]:
    """Spec files named directly, or every *.yaml/*.yml/*.json in a named folder (but *.config.yaml)."""
    found: list[Path] = []
    for item in inputs:
        if item.is_dir():
            found += sorted(p for p in item.iterdir() if p.suffix in (".yaml", ".yml", ".json") and not is_config(p))
        else:
            found.append(item)
    return found


# Names Windows will not create as files or folders, whatever the extension.
_DEVICE_NAMES = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])$", re.IGNORECASE)


def package_name(spec_path: Path, spec_data: dict[str, object], config: SpecConfig | None = None) -> str:
    """The package folder: the config's ``package``, else ``info.x-python-package``, else the file stem + "_client".

    It must be a plain Python identifier, so it can never hold a path separator or "..",
    and it may not be a keyword, a name Windows reserves for devices, or the name of a module it
    would hide (``json``, ``httpx``). One over 100 characters is shortened (``shortened``).
    """
    return shortened(chosen_package_name(spec_path, spec_data, config))


def chosen_package_name(spec_path: Path, spec_data: dict[str, object], config: SpecConfig | None = None) -> str:
    """The package name ``package_name`` shortens, or ValueError if it can't be one."""
    info = spec_data.get("info")
    custom = info.get("x-python-package") if isinstance(info, dict) else None
    name = str(custom) if custom else package_from_stem(spec_path.stem)
    if config is not None and config.package is not None:
        name = config.package.name
    if (
        not name.isascii()
        or not name.isidentifier()
        or name.startswith("_")
        or keyword.iskeyword(name)
        or _DEVICE_NAMES.match(name)
    ):
        raise ValueError(f"{name!r} is not a usable package name (x-python-package must be a plain identifier)")
    if shadowed := shadowed_module(name):
        raise ValueError(
            f"package name {name!r} is {shadowed} of that name: vendored, it would hide it from every "
            f"import of the application; name it {name}_client (x-python-package, or the config's package)"
        )
    return name


def display_path(path: Path) -> str:
    """How a spec is named in headers and messages: relative to the working folder when it is inside
    it, else as given (absolute: ``../../x`` would depend on where the working folder is)."""
    try:
        relative = Path(os.path.relpath(path)).as_posix()
    except ValueError:
        return path.as_posix()
    return path.as_posix() if relative.startswith("../") else relative


def build_spec(
    spec_path: Path,
    shown: str | None = None,
    prefix: str = "",
    *,
    notes: bool = False,
    config: SpecConfig | None = None,
    ref_roots: Sequence[Path] = (),
) -> ir.Api:
    """Load, validate and build one spec, as its ``config`` says; raise SpecError with every problem found.

    ``shown`` names the spec in diagnostics and headers (default: its path from here), after
    ``prefix`` ("HEAD:" for a spec read from a git revision), which its other files get too.
    ``notes``: also find the notes (``Api.notes``); finding their lines costs a JSON file a scan.
    ``ref_roots``: folders whose files its ``$ref``s may read, besides its own folder's tree.
    """
    shown = prefix + (shown or display_path(spec_path))
    loaded = load_file(spec_path, shown)
    files = FileCache(loaded, prefix, ref_roots)
    found_notes: list[Diagnostic] | None = [] if notes else None
    warnings = validate(loaded, files, found_notes)
    config = config or SpecConfig()
    try:
        chosen = chosen_package_name(spec_path, loaded.data, config)
    except ValueError as exc:
        raise error(loaded.source("/info"), str(exc)) from None
    package = shortened(chosen)
    if package != chosen:
        shorter = f"the package name of {len(chosen)} characters is shortened to {package}"
        warnings.append(Diagnostic("warning", loaded.source("/info"), shorter))
    return build_package(loaded, files, package, shown, config, warnings, found_notes or [])


def build_package(
    loaded: LoadedFile,
    files: FileCache,
    package: str,
    shown: str,
    config: SpecConfig,
    warnings: list[Diagnostic],
    notes: list[Diagnostic],
) -> ir.Api:
    """The IR of a validated spec, its stages run in order, each returning its part: openapi/ (the typed
    document), models/ (the schemas' classes), http/ (operations, webhooks, the unions of their inline
    schemas, reading the models' part), then the class names settled and the config applied to the whole
    (with an ``operations`` selection, the classes no kept operation or webhook uses are dropped last)."""
    document = read_spec(loaded)
    api = build_api(loaded, files, package, shown)
    http = build_http(document, api, config.operations, config.method_names, config.pagination)
    api.warnings[:] = [*warnings, *api.warnings, *http.warnings]
    api.notes[:0] = notes
    api.notes += http.notes
    api.unions += http.unions
    api.http, api.webhooks = http.http, http.webhooks
    api = with_settled_names(api, configured_class_names(api, config.class_names))
    apply_config(api, config)
    drop_unused_classes(api, config.operations)
    return api


def generate(
    specs: list[Path],
    out_dir: Path,
    *,
    check: bool = False,
    strict: bool = False,
    progress: Progress | None = None,
    templates: Path | None = None,
    config: Path | None = None,
    notes: bool = False,
    meta: str = "none",
    ref_roots: Sequence[Path] = (),
    force: bool = False,
    readme: bool = False,
) -> Result:
    """Regenerate a package per spec into ``out_dir`` (or, with check, compare only).

    ``templates`` is a folder of templates taken before templates/ for every spec (else a
    spec's config may name one); ``config`` is the config file of every spec (else each
    spec's ``<stem>.config.yaml``, if there is one); ``notes``: collect the notes too (``Result.notes``);
    ``meta``: "pyproject" gives each package a pyproject.toml. A config's post-hooks run on each staged
    package after ruff; one that fails is an error, and ``out_dir`` is left as it was. ``ref_roots``: folders
    whose files ``$ref``s may read, besides each spec's own folder tree. A folder of ``out_dir`` the generator
    did not make, or holding files it did not write, is not replaced (an error) unless ``force``.
    ``readme``: give each package a README.md (``meta`` "pyproject" does too; a spec config's ``readme`` wins).
    """
    say = progress or (lambda _: None)
    result = Result()
    apis: list[ir.Api] = []
    overrides: dict[str, Path | None] = {}  # package -> its folder of template overrides
    settings_of: dict[str, SpecConfig] = {}
    spec_of: dict[str, Path] = {}
    problems: list[Diagnostic] = []
    for n, spec_path in enumerate(specs, 1):
        started = time.perf_counter()
        try:
            settings = spec_config(spec_path, config)
            api = build_spec(spec_path, notes=notes, config=settings, ref_roots=ref_roots)
            overrides[api.package] = templates or settings.templates
            settings_of[api.package] = settings
            spec_of[api.package] = spec_path
        except SpecError as exc:
            problems += exc.diagnostics
            say(f"[{n}/{len(specs)}] {display_path(spec_path)}: failed")
            continue
        apis.append(api)
        result.warnings += api.warnings
        result.notes += api.notes if notes else []
        counts = f"{len(api.models)} models, {len(api.enums)} enums, {len(api.unions)} unions"
        took = time.perf_counter() - started
        say(f"[{n}/{len(specs)}] {display_path(spec_path)} -> {api.package} ({counts}, {took:.2f}s)")
    if strict:
        problems += [Diagnostic("error", w.source, w.message + " (--strict)") for w in result.warnings]
    _refuse_duplicates(apis, problems)
    if problems:
        raise SpecError(problems)
    environments = {folder: environment(folder) for folder in dict.fromkeys(overrides.values())}

    def waiting() -> None:
        say(f"waiting for another run writing {out_dir}/ to finish")

    with output_lock(out_dir, waiting), staging_area(out_dir) as staging:
        if not check and not force:
            _refuse_foreign_folders(apis, out_dir)
        for api in apis:
            env = environments[overrides[api.package]]
            files = render_api(api, env)
            wanted = settings_of[api.package].readme
            wanted = (readme or meta == "pyproject") if wanted is None else wanted
            docs = readme_files(api, env, wanted, installable=meta == "pyproject")
            files |= docs | meta_files(api, env, meta, files, README if wanted else "")
            write_files(staging / api.package, files)
        say("formatting with ruff")
        format_tree(staging)
        for api in apis:
            if settings_of[api.package].post_hooks:
                say(f"post-hooks of {api.package}")
                run_hooks(staging / api.package, settings_of[api.package].post_hooks)
        for api in apis:
            write_manifest(staging / api.package, api.spec_file)
        for api in apis:
            result.packages.append(api.package)
            changed = differences(staging / api.package, out_dir / api.package, api.package)
            if check:
                result.stale += changed
            else:
                if changed and (out_dir / api.package).exists():  # an update (not a first generation)
                    result.changed[api.package] = spec_of[api.package]
                    result.built[api.package] = api
                swap_in(staging / api.package, out_dir / api.package)
    return result


def spec_config(spec_path: Path, config: Path | None) -> SpecConfig:
    """The settings of a spec: the file ``config`` names, else its own ``<stem>.config.yaml`` if it has one."""
    path = config or config_beside(spec_path)
    return load_config(path, display_path(path))


def _refuse_foreign_folders(apis: list[ir.Api], out_dir: Path) -> None:
    """SpecError if a package would replace a folder of ``out_dir`` not made by the generator, or others' files."""
    problems = [
        Diagnostic("error", error_source(api), why) for api in apis if (why := replace_refusal(out_dir / api.package))
    ]
    if problems:
        raise SpecError(problems)


def _refuse_duplicates(apis: list[ir.Api], problems: list[Diagnostic]) -> None:
    seen: dict[str, str] = {}
    for api in apis:
        if api.package.lower() in seen:
            message = f"package {api.package!r} is also made from {seen[api.package.lower()]}"
            problems.append(Diagnostic("error", error_source(api), message))
        seen[api.package.lower()] = api.spec_file


def error_source(api: ir.Api) -> Source:
    return Source(api.spec_file, None, "/info")


# --- reviewing a spec change: python -m generator diff OLD NEW --------------------------


def build_version(argument: str, ref_roots: Sequence[Path] = ()) -> tuple[ir.Api | None, str]:
    """The IR of a spec given as a path or ``git:REV:path``, and how it is shown; None if it doesn't exist.

    ``ref_roots``: folders (of the working tree) whose files its ``$ref``s may read; at a revision, their copies.
    """
    at_revision = parse_git_spec(argument)
    if at_revision is None:
        path = Path(argument)
        built = build_spec(path, config=review_config(path), ref_roots=ref_roots) if path.exists() else None
        return built, display_path(path)
    with checked_out(at_revision) as copy:
        if copy is None:
            return None, at_revision.shown
        shown = Path(os.path.normpath(at_revision.path)).as_posix()
        config = review_config(copy, f"{at_revision.revision}:{Path(shown).with_name(config_beside(copy).name)}")
        roots = [folder_in_copy(copy, at_revision, root) for root in ref_roots]
        built = build_spec(copy, shown, prefix=f"{at_revision.revision}:", config=config, ref_roots=roots)
        return built, at_revision.shown


def review_config(spec: Path, shown: str | None = None) -> SpecConfig:
    """The config beside a version of a spec, as its names and operations shape the package (not its templates)."""
    path = config_beside(spec)
    return load_config(path, shown or display_path(path), folders=False)


def _build_both(old: str, new: str, roots: Sequence[Path]) -> tuple[ir.Api | None, str, ir.Api | None, str]:
    """Both versions, the old one built in a forked process meanwhile (Cycle's spec: 5.2 s -> 2.9 s)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return (*build_version(old, roots), *build_version(new, roots))
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
        pending = pool.submit(build_version, old, roots)
        new_api, new_shown = build_version(new, roots)
        old_api, old_shown = pending.result()
    return old_api, old_shown, new_api, new_shown


def review_specs(old: str, new: str, ref_roots: Sequence[Path] = (), new_api: ir.Api | None = None) -> Report:
    """What changed for a Python caller from spec version ``old`` to ``new`` (paths or ``git:REV:path``).

    A version that doesn't exist (a spec added or removed) is a package with nothing in it. ``ref_roots``:
    folders whose files ``$ref``s may read besides each spec's own folder tree (``--allow-refs-under``).
    ``new_api``: ``new`` built already (``make generate`` has it), so only ``old`` is built.
    """
    if new_api is not None:
        old_api, old_shown = build_version(old, ref_roots)
        new_shown = display_path(Path(new))
    else:
        old_api, old_shown, new_api, new_shown = _build_both(old, new, ref_roots)
    known = new_api or old_api
    if known is None:
        raise GitError(f"neither {old} nor {new} exists")
    empty = ir.Api(known.package, "", "", "", "")
    return Report(known.package, old_shown, new_shown, compare(old_api or empty, new_api or empty))
