"""The analysis core: documents, temporal tagging, entities, events, timeline model, export.

Never imports Textual (enforced by an import-linter contract and a test).
"""
