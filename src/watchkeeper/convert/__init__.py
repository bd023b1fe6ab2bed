"""Importers that turn public research corpora into Watchkeeper events and labels."""
