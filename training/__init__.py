"""Builds the shipped profession and workplace classifiers from the labelled corpus (`make model`)."""
