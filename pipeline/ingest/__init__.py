"""Reading the inbox: every contract format into raw records or quarantine rows."""
