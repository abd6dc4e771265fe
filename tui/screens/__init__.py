"""Screens of the walk-through: welcome, main (summary, findings, re-check), detail, help, prompts."""
