"""Review a spec change: two versions' IR -> what changed for a Python caller of the package.

versions.py pairs the versions (classes renamed where their schema stayed put) and says when
a type change breaks a request or a response (types.py, usage.py); classes.py and
operations.py list the changes (``Change``: breaking or compatible, the Python symbol, the
wire name, and the source of both versions); report.py prints them as text, Markdown or JSON.
"""
