"""Stage 1, load: spec files -> ``LoadedFile`` (plain JSON data, plus the line of every JSON pointer).

- files.py: safe YAML or JSON reading with source positions (``load_file``), and ``FileCache``,
  the files of a multi-file spec, each loaded once, none outside the spec's folder tree (or ``--allow-refs-under``);
- yaml_safety.py: the YAML loader, and what a hostile YAML file can do refused before values are built
  (nesting past 200, measured before libyaml composes; alias bombs; keys repeated in another spelling);
- json_lines.py: the line of a pointer in a JSON file;
- swagger.py: Swagger 2.0 converted to OpenAPI 3.0, its pointers mapped back to the file's own;
- bundle.py: path items and operations kept in other files, brought into the spec.
"""
