"""Pakta Station core: the Qt-free heart of the registration desk."""

__version__ = "0.1.0"
