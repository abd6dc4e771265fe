"""Which files are photos, by name: kept apart from the readers so that a screen can ask
without importing Pillow and the header walkers (the app's first screen does not need them)."""

from __future__ import annotations

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".heic", ".heif")
"""Picture files the photo checks read (lower-case suffixes)."""
HEIF_SUFFIXES = (".heic", ".heif")
"""HEIC/HEIF (iPhones): Pillow draws them only with pillow-heif."""
