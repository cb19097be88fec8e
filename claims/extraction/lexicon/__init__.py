"""The lexicon: every Indonesian word list and rule table the pipeline uses, as versioned data files
in this folder (`*.json`, `*.jsonl`), each loaded once and frozen (`loader`)."""
from .loader import RULES_PACKAGE, freeze, load_rules, parse_rules, read_rules, thaw, write_rules

__all__ = ("RULES_PACKAGE", "freeze", "load_rules", "parse_rules", "read_rules", "thaw", "write_rules")
