"""Persistence: SQLAlchemy models, engine factory and packaged Alembic migrations."""

from watchkeeper.storage.db import Base, make_engine, make_sessionmaker, utcnow

__all__ = ["Base", "make_engine", "make_sessionmaker", "utcnow"]
