"""The bench times under the "compiled" label only classes and JSON helpers of extension modules
(bench/peers/codecs.py's load_compiled): a package's lazy ``__getattr__`` would otherwise hand it
the Python classes, and their times would pass for the compiled build's."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

import pytest
from conftest import GENERATED

from bench.peers import codecs


def test_a_python_copy_under_the_compiled_label_is_refused(tmp_path: Path) -> None:
    shutil.copytree(GENERATED / "otc_ims_client", tmp_path / "otc_ims_client")
    sys.path.insert(0, str(GENERATED))
    try:
        pure = importlib.import_module("otc_ims_client")
        with pytest.raises(RuntimeError, match="not an extension module"):
            codecs.load_compiled("otc_ims_client", tmp_path, "OtcImageList")
        assert sys.modules["otc_ims_client"] is pure, "the Python package was not put back"
    finally:
        sys.path.remove(str(GENERATED))
