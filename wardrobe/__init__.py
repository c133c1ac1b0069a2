"""wardrobe: the Qt-free core of the ballet costume and wardrobe inventory."""

__version__ = "0.1.0"
