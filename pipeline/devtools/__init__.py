"""Developer tools: fast in-process evaluation against the shared gold sets."""
