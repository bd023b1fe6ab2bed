"""The HTTP service: FastAPI app factory, routers, durable ingest."""
