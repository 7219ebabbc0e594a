"""Cleaning raw records into article bodies: encoding repair, boilerplate, page metadata, language."""
