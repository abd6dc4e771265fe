"""Widgets of the walk-through, one idea per module."""
