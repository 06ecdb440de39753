"""The Jinja environment: the templates/ folder (or a user's folder of overrides first), filters, and a cache.

Templates are compiled once and kept in ``generator/__pycache__/templates``, keyed by their
source and the environment's settings, so a cached template renders the same bytes as a
fresh compile.
"""

from __future__ import annotations

import sys
from pathlib import Path

import jinja2
import jinja2.bccache

from .markdown import html_comment, markdown_line, markdown_text
from .text import comment, docstring, py_str

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
TEMPLATE_CACHE = Path(__file__).resolve().parents[1] / "__pycache__" / "templates"  # beside our .pyc files


# What the compiled code of a template depends on besides its text (Jinja's own key is
# only the template's name and source).
_COMPILE_SETTINGS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "is_async",
    "autoescape",
    "finalize",
    "code_generator_class",
)


def _compile_settings(env: jinja2.Environment) -> str:
    settings = [jinja2.__version__, sys.version, *(repr(getattr(env, name, None)) for name in _COMPILE_SETTINGS)]
    settings.append(repr(sorted(env.extensions)))
    for table in (env.filters, env.tests):
        settings.append(repr(sorted((name, repr(getattr(f, "jinja_pass_arg", None))) for name, f in table.items())))
    return "\0".join(settings)


class TemplateCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs, as Python keeps .pyc files: saves ~25 ms a run.

    A cached template is used only if its source and the environment's compile settings are
    the ones it was compiled from (both are in its checksum), so the bytes rendered are the
    same as with a fresh compile. Writing is best effort: a read-only install just compiles.
    """

    def __init__(self, directory: Path) -> None:
        super().__init__(str(directory), "%s.jinja-cache")
        self.folder = directory

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> jinja2.bccache.Bucket:
        checksum = self.get_source_checksum(f"{_compile_settings(environment)}\0{source}")
        bucket = jinja2.bccache.Bucket(environment, self.get_cache_key(name, filename), checksum)
        try:
            self.load_bytecode(bucket)
        except Exception:  # unreadable or damaged: compile the template as if it had no cache
            bucket.reset()
        return bucket

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


def environment(overrides: Path | None = None) -> jinja2.Environment:
    """The Jinja environment of the templates; a template of the same name in ``overrides`` is taken first."""
    folders = [str(overrides), str(TEMPLATES)] if overrides is not None else [str(TEMPLATES)]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        bytecode_cache=TemplateCache(TEMPLATE_CACHE),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["py_str"] = py_str
    env.filters["docstring"] = docstring
    env.filters["comment"] = comment
    env.filters["markdown"] = markdown_text  # spec text as Markdown plain text (README overrides reading ``api``)
    env.filters["markdown_line"] = markdown_line
    env.filters["html_comment"] = html_comment
    return env
