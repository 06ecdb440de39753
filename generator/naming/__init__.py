"""Class names: where each one comes from, and the one place they are settled.

Every class of a package (a model, enum or union) asks for a name while the package is built,
gets a provisional one to build with, and gets its final name once every class is known.
One entry point per question:

- What may a class ask for, and what does it get meanwhile? ``ir/class_names.py``:
  ``NameRequest`` (an owner and words, or a name of its own, with a rank), ``ClassClaims.claim``.
- What does a schema's place say it is called? ``places.place_request``: a component's key,
  or its owner's name and a word per step down to it.
- Which class owns a class the parser made, and which of them are copies of one schema?
  ``owners.claim_class_names``, on ``ParsedClass`` records (models/class_naming.py makes
  them of the parser's models).
- What is the provisional name of a parser's reference path? ``book.NameBook``.
- Which classes does the spec's config file rename? ``configured.configured_class_names``.
- What are the final names? ``settle.settled_names``, from the whole set at once.
- What is the IR with its final names (or any others)? ``renames.with_settled_names``,
  ``renames.renamed_classes``: copies, the IR given is left as it was.
- Under which name does a generated module import a class? ``imports.local_names``
  (render/client_names.py says what client.py binds).

http/ claims the unions it makes of inline parameters and bodies with ``ClassClaims.claim`` too.
Nothing here reads datamodel-code-generator's types (an import-linter contract says so).
"""
