"""Spec text made safe for a README (Markdown, as PyPI, GitHub and editors render it).

A spec's title and descriptions are CommonMark by OpenAPI's word, but here they are data: they
must not open a code block, a heading, a table or raw HTML, nor close a fence of ours. So each
becomes plain text: HTML tags and Markdown link targets dropped, lines joined into paragraphs,
and every character that could start Markdown syntax escaped with a backslash (CommonMark
renders ``\\<`` as ``<``), control characters removed. Code spans (``code_span``) take any text.
"""

from __future__ import annotations

import re
import unicodedata

_HTML_ELEMENTS = (
    "a|abbr|b|big|blockquote|body|br|button|center|code|dd|del|details|div|dl|dt|em|embed|font|form|fullname|h[1-6]|head|hr|html"
    "|i|iframe|img|important|input|ins|kbd|li|link|meta|note|object|ol|p|pre|s|script|small|span|strike|strong|style|sub|summary|sup"
    "|svg|table|tbody|td|th|thead|title|tr|tt|u|ul"
)
# A tag of an HTML element (``<br/>``, ``<a href=...>``, ``</p>``) or a comment: dropped. Other text in angle
# brackets (``Bearer <key>``) is kept, escaped.
_TAG = re.compile(rf"</?(?:{_HTML_ELEMENTS})(?:\s[^<>]*)?/?>|<!--.*?-->", re.DOTALL | re.IGNORECASE)
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")  # [text](url), ![alt](src): the text stays
_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s+|$)")
_RULE = re.compile(r"^\s*([-*_=]\s*){3,}$")  # a thematic break or setext underline: dropped
_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~#])")
_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")  # a code span of the spec's text: its delimiters, its text
_LINE_START = re.compile(r"^([-+=>]|\d+[.)])")  # a list item, a quote, a setext heading line


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` as plain one-line strings: tags, link targets, heading marks and rules gone."""
    text = _TAG.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _LINK.sub(r"\1", text)
    text = "".join(ch if ch == "\n" or unicodedata.category(ch)[0] not in "CZ" or ch == " " else " " for ch in text)
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_HEADING.sub("", line) for line in block.split("\n") if not _RULE.match(line)]
        joined = " ".join(" ".join(lines).split())
        if joined:
            out.append(joined)
    return out


def escaped(line: str) -> str:
    """One line of plain text as Markdown that renders as that text, whatever it holds; the code spans
    it has (```text```) stay code spans, made anew (``code_span``)."""
    pieces = _CODE.split(" ".join(line.split()))
    out = []
    for n, piece in enumerate(pieces):
        if n % 3 == 2:
            out.append(code_span(piece))
        elif n % 3 == 0:
            out.append(_SPECIAL.sub(r"\\\1", piece))
    return _LINE_START.sub(lambda m: m[1][:-1] + "\\" + m[1][-1], "".join(out))


def markdown_text(text: str, limit: int = 0) -> str:
    """``text`` (spec text) as Markdown paragraphs of plain text; with ``limit``, cut at about that many
    characters (whole paragraphs, or the first one cut at a word, ending with "…")."""
    kept: list[str] = []
    size = 0
    for paragraph in paragraphs(text):
        if limit and size + len(paragraph) > limit:
            if not kept:
                kept.append(paragraph[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + " …")
            break
        kept.append(paragraph)
        size += len(paragraph)
    return "\n\n".join(escaped(p) for p in kept)


def markdown_line(text: str, limit: int = 0) -> str:
    """``text`` as one line of Markdown plain text (a title, a summary): its first paragraph only; with
    ``limit``, one longer is cut to its first sentence, or at a word, ending with "…"."""
    first = next(iter(paragraphs(text)), "")
    if limit and len(first) > limit:
        sentence = first[: limit + 1].split(". ")[0]
        cut = sentence + "." if len(sentence) < limit else first[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"
        first = cut
    return escaped(first)


def code_span(text: str) -> str:
    """A Markdown code span showing ``text`` (one line): delimited by more backticks than it holds in a row."""
    text = " ".join(text.split())
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {text} " if text.startswith("`") or text.endswith("`") or not text.strip() else text
    return f"{fence}{padded}{fence}"


def html_comment(text: str) -> str:
    """``text`` safe inside an HTML comment (``<!-- ... -->``): one line, no ``--``, ``<`` or ``>``."""
    line = "".join(ch if ch.isprintable() else "?" for ch in text)
    return re.sub(r"-{2,}", "-", line).replace("<", "?").replace(">", "?")
