"""Stage 6, render: an ``ir.Api`` -> the text of each file of its package (before formatting).

environment.py (the Jinja environment: templates, filters, compiled-template cache) and
text.py (spec text as Python literals, docstrings and comments) serve package.py, which
renders one template per kind of file from the views the templates read: models
(package.py), unions (union_views.py), clients (client_views.py, request_views.py,
client_names.py: client.py's imports and the names it binds); codec.py writes the decode
and encode expressions. runtime_files.py copies the fixed runtime (generator/runtime/, plain
modules, not templates) into each client package.
"""
