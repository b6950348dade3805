"""timeline: turn news articles into an explorable timeline in the terminal."""

__version__ = "0.1.0"
