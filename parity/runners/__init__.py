"""The runners of each language (the TypeScript one lives in ts/)."""
