"""How each list operation pages: the config's ``pagination`` entry, else its ``x-pagination``, else the style
its query parameters and 2xx body show (paging_shapes.py); ``--verbose`` notes say which, and why not.

A config entry names its fields by wire name, a dotted path into nested objects (``meta.pagination.next_page``);
what it names must be there, or the entry is a warning at its line and the operation gets no paginator.
"""

from __future__ import annotations

from dataclasses import replace

from .. import ir
from ..ir.diagnostics import Diagnostic
from ..ir.naming import safe_attribute
from ..load.config import PagingRule, names_operation
from ..openapi import nodes
from .paging_shapes import Inference, Shape, infer, items_of, lists
from .schemas import SchemaReader

_NEEDS = {
    "page-number": ("param",),
    "next-page": ("param", "next"),
    "page-count": ("param", "pages"),
    "offset": ("param",),
    "cursor": ("param",),
    "next-link": ("next",),
    "link-header": (),
}
_PATHS = ("next", "pages", "current", "total", "has_more")


class PagingReader(SchemaReader):
    """Gives each operation its ir.Pagination; ``paging_rules`` come from the config file."""

    paging_rules: tuple[PagingRule, ...] = ()

    def paging_models(self) -> dict[str, ir.Model]:
        models: dict[str, ir.Model] | None = getattr(self, "_paging_models", None)
        if models is None:
            models = {m.name: m for m in self.api.models}
            self._paging_models = models
        return models

    def pagination(
        self,
        given_op: nodes.Operation,
        result: ir.TypeRef | None,
        parameters: list[ir.Parameter],
        name: str,
        taken: set[str],
    ) -> ir.Pagination | None:
        shape = Shape(result, [p for p in parameters if p.location == "query"], _link_header(given_op))
        shape.models = self.paging_models()
        rules = [
            r
            for r in self.paging_rules
            if names_operation(r.target, given_op.operation_id, given_op.method, given_op.path)
        ]
        if rules:
            found = self.configured(rules[0], shape)
        elif given_op.pagination is not None:
            found = self.extension(given_op.pagination, shape, parameters)
        elif given_op.method == "get":
            found = infer(shape)
        else:
            found = Inference(why="only a GET's pagination is inferred")
        if found.pagination is None:
            if (lists(shape) and given_op.method == "get") or rules:
                self.note(given_op, f"{name}: no paginator: {found.why}")
            return None
        pager = safe_attribute(f"paginate_{name}", taken, "paginate")
        self.note(given_op, f"{pager}: {found.pagination.style}: {found.why}")
        return replace(found.pagination, pager=pager)

    def note(self, given_op: nodes.Operation, message: str) -> None:
        self.part.notes.append(Diagnostic("note", given_op.source, message))

    def configured(self, rule: PagingRule, shape: Shape) -> Inference:
        if rule.style == "none":
            return Inference(why="the config's pagination says none")
        keys = dict(rule.keys)
        made, problem = declared(rule.style, keys, shape)
        if made is None:
            self.part.warnings.append(Diagnostic("warning", rule.source, f"pagination ignored: {problem}"))
            return Inference(why=problem)
        return Inference(replace(made, why="the config's pagination"), "the config's pagination")

    def extension(self, given: nodes.Pagination, shape: Shape, parameters: list[ir.Parameter]) -> Inference:
        """``x-pagination``: page-number (page, size) or next-link (next), with its items."""
        model = shape.model(shape.page)
        items = self.field_of(model, given.items)
        style = given.style
        problem = ""
        if model is None or items is None or items.type.kind != "list":
            problem = "`items` must name an array property of the 2xx response's object schema"
        elif style == "page-number":
            query = {p.wire_name: p for p in parameters if p.location == "query"}
            page, size = query.get(str(given.page)), given.size
            if page is None or page.type.kind != "int":
                problem = "`page` must name an integer query parameter"
            elif size is not None and (size not in query or query[size].type.kind != "int"):
                problem = "`size`, if given, must name an integer query parameter"
            else:
                why = "x-pagination"
                made = ir.Pagination("", "page-number", items, page_param=page.wire_name, size_param=str(size or ""))
                return Inference(replace(made, why=why), why)
        elif style == "next-link":
            link = self.field_of(model, given.next)
            if link is None or link.type.kind != "str":
                problem = "`next` must name a string property of the response holding the next page's URL"
            else:
                return Inference(
                    ir.Pagination("", "next-link", items, next_field=link, why="x-pagination"), "x-pagination"
                )
        else:
            problem = "`style` must be page-number or next-link"
        self.warn(given.pointer, f"x-pagination ignored: {problem}")
        return Inference(why=f"x-pagination ignored: {problem}")


def _link_header(given_op: nodes.Operation) -> bool:
    """Whether a 2xx response declares a ``Link`` header."""
    return any(h.name.lower() == "link" for r in given_op.responses if r.status.startswith("2") for h in r.headers)


def declared(style: str, keys: dict[str, str], shape: Shape) -> tuple[ir.Pagination | None, str]:
    """The pagination a config entry declares, or None and what is wrong with it."""
    missing = [k for k in _NEEDS.get(style, ()) if k not in keys]
    if missing:
        return None, f"{style} needs {', '.join(missing)}"
    if "items" in keys:
        path = path_of(shape, keys["items"])
        items = path[0] if path is not None and len(path) == 1 and path[0].type.kind == "list" else None
        problem = f"`items`: no array property {keys['items']!r} in the 2xx body"
    else:
        items, problem = items_of(shape)
    if items is None:
        return None, problem
    reads = []
    for role in _PATHS:
        if role in keys:
            path = path_of(shape, keys[role])
            if path is None:
                return None, f"`{role}`: no property {keys[role]!r} in the 2xx body"
            reads.append((role, path))
    item_key = None
    if "item_key" in keys:
        model = shape.model(items.type.item)
        item_key = next((f for f in model.fields if f.wire_name == keys["item_key"]), None) if model else None
        if item_key is None:
            return None, f"`item_key`: the items have no property {keys['item_key']!r}"
    if style == "cursor" and "next" not in keys and item_key is None:
        return None, "cursor needs next or item_key"
    param, size = keys.get("param", ""), keys.get("size", "")
    if style == "next-link" and "next" in keys:
        return ir.Pagination("", "next-link", items, reads=tuple(reads)), ""
    numbers = {"page_param": param, "size_param": size} if style == "page-number" else {"size_param": size}
    made = ir.Pagination("", style, items, param=param, reads=tuple(reads), item_key=item_key, **numbers)  # type: ignore[arg-type]
    return made, ""


def path_of(shape: Shape, dotted: str) -> tuple[ir.Field, ...] | None:
    """The fields from the page model down that ``dotted`` names by wire name (a name may hold dots itself:
    ``@odata.nextLink``), or None."""
    model = shape.model(shape.page)
    path: list[ir.Field] = []
    rest = dotted
    while model is not None and rest:
        found = max(
            (f for f in model.fields if rest == f.wire_name or rest.startswith(f.wire_name + ".")),
            key=lambda f: len(f.wire_name),
            default=None,
        )
        if found is None:
            return None
        path.append(found)
        rest = rest[len(found.wire_name) + 1 :]
        model = shape.model(found.type) if rest else None
    return tuple(path) if path and not rest else None
