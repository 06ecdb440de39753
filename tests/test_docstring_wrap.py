"""An Args entry of an operation's docstring is wrapped as textwrap wraps it, whatever shortcut is taken."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from generator.render.client_views import _wrap

WORDS = st.sampled_from(
    ["a", "bb", "long-hyphenated-word", "x" * 100, "emdash—word", "Ünïcode", "tab\there", "end.", "-", "--x", "\n"]
)


@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_an_args_entry_is_wrapped_exactly_as_textwrap_wraps_it(text: str) -> None:
    expected = textwrap.fill(" ".join(text.split()), width=96, initial_indent="    ", subsequent_indent="        ")
    assert _wrap(text) == expected


def test_a_text_at_the_width_is_one_line_and_one_past_it_wraps() -> None:
    fits = "w" * 40 + " " + "v" * 51  # 92 characters after the indent of 4: exactly 96
    assert _wrap(fits) == f"    {fits}"
    assert _wrap(fits + "v") == "    " + "w" * 40 + "\n        " + "v" * 52
