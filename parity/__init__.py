"""Cross-language parity: scenarios, runners and the check that compares them."""
