"""Data tables for the pattern scorer."""
