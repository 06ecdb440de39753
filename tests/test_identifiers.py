"""render/identifiers.py gives the same names as the standard library's tokenize (which it replaces for speed)."""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

import pytest

from generator.render.identifiers import identifiers

ROOT = Path(__file__).resolve().parent.parent


def tokenize_names(code: str) -> set[str]:
    return {t.string for t in tokenize.generate_tokens(io.StringIO(code).readline) if t.type == tokenize.NAME}


TRICKY = [
    "x = \"Image\" + 'Tag'  # Comment names Stack\n",
    'doc = """A "quoted" Image\\""" and \'\'\' inside"""\nafter = 1\n',
    "s = '''it''s ''' + r'\\'Raw' + b\"Bytes\\\\\" + rb'x'\nz = Fb\n",
    "f = f\"{Hidden} text\" + F'{Also}'\ny = 0x1F + 1e5 + 1_000 + 3.5j + .5\n",
    "é_name = ünïcode\nclass Ünï: pass\n",
    "t = ''\nu = \"\"\nv = ''''''\nw = \"\"\"\"\"\"\nlast\n",
    "if a: pass\n# only comment Image\nbr = ur\n",
]


@pytest.mark.parametrize("code", TRICKY)
def test_tricky_code_gives_tokenize_names(code: str) -> None:
    assert identifiers(code) == tokenize_names(code)


def test_every_generated_file_gives_tokenize_names() -> None:
    files = sorted((ROOT / "generated").rglob("*.py")) + sorted((ROOT / "generator").rglob("*.py"))
    assert len(files) > 50
    for path in files:
        code = path.read_text(encoding="utf-8")
        assert identifiers(code) == tokenize_names(code), path
