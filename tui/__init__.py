"""The Textual walk-through; the only package that imports Textual."""
