"""Servers the client tests talk to, all on 127.0.0.1: a scripted one and Prism."""
