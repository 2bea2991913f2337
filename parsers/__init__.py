"""One parser module per document type. Each exposes ``parse(segment) -> Parsed``."""
