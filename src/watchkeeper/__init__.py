"""Watchkeeper: early detection of grooming, sextortion and trafficking recruitment."""

__version__ = "0.1.0"
