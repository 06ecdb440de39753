"""Spec text made safe for generated code: string literals, docstrings and comments.

These are the only ways text from a spec reaches a generated file (the templates use them
as the filters ``py_str``, ``docstring`` and ``comment``).
"""

from __future__ import annotations

import re
import unicodedata


def py_str(text: str | int | bool | None) -> str:
    """A Python literal for a value from a spec: repr escapes quotes, newlines, NUL."""
    return repr(text)


_KEEP = {"\n"}


def docstring(text: str, indent: int = 0) -> str:
    """A triple-quoted literal whose value is ``text``, indented for its block.

    Backslashes, control and format characters and line separators are escaped; a quote
    next to another quote or at the end is escaped, so no run of quotes can close the literal.
    Whitespace is normalised as a docstring reader would (tabs, line ends, outer blank space).
    """
    text = text.replace("\r\n", "\n").replace("\t", "    ")
    if text.replace("\n", "").isprintable():
        # Nothing to escape but backslashes (every escaped category is non-printable): the
        # character loop below costs 30 µs a docstring, 60 ms on Twilio's 2,400.
        escaped = text.replace("\\", "\\\\").replace("\n", "\n" + " " * indent)
    else:
        out = []
        for ch in text:
            if ch == "\\":
                out.append("\\\\")
            elif ch in _KEEP:
                out.append("\n" + " " * indent)
            elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
                out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
            else:
                out.append(ch)
        escaped = "".join(out)
    body = "\n".join(line.rstrip() for line in escaped.split("\n")).strip()
    body = _QUOTE_RUN.sub(r'\\"', body)
    if "\n" in body:
        body += "\n" + " " * indent
    return f'"""{body}"""'


_QUOTE_RUN = re.compile(r'"(?=")|(?<=")"|"$')


def comment(text: str) -> str:
    """Text safe inside a ``#`` comment: one line, printable characters only."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def toml_str(text: str) -> str:
    """A TOML basic string whose value is ``text``: quotes, backslashes and control characters escaped."""
    out = []
    for ch in text:
        if ch in ('"', "\\") or ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
