"""Saraban: Thai government paperwork into a DuckDB warehouse."""

__version__ = "0.1.0"
