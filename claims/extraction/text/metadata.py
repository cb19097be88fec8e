"""Read an article's own metadata: title, outlet (from the dateline or masthead), the wires and sites it
credits ("dilansir Reuters", "Sumber: ntdtv.com"), and where a dateline or masthead line sits.

Given metadata (`doc._.klaim_given`) always wins: the reader only fills what the caller left empty.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from ..component import RuleComponent, caseless_of, items_of, text_of
from ..records import Given, Meta
from .literals import may_match, required_text
from .patterns import alternation, caseless

DOMAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z]{2,6})+")
HEADING_END = re.compile(r"[.!?]$")
SIGNOFF_SITE = re.compile(r"^\(\s*(?P<site>[\w-]+(?:\.[a-z]{2,6})+)\s*/")
COPYRIGHT_SITE = re.compile(r"©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<site>[A-Za-z][\w-]*(?:\.[a-z]{2,6})*)")


WIRE_LIST = re.compile(r"\(([A-Za-z][\w .-]{1,30}(?:\s*/\s*[A-Za-z][\w .-]{1,30})+)\)")
SITE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,6}){1,2}")  # "KabarKita.com", "berita.co.id"
BREADCRUMB = (">", "»", "|", "/", "›")
Paragraphs = Sequence[tuple[int, int, str]]  # (start, end, label) of each paragraph


class MetadataReader(RuleComponent):
    DEFAULT_RULES = {"metadata": "metadata.json"}

    def compile(self) -> None:
        rules = self.rules["metadata"]
        token = rules["outlet_token"]
        dash = rules["dateline_dash"]
        place = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
        self.dateline_lines = rules["dateline_lines"]
        self.outlet_token = re.compile(token)
        self.datelines = (
            re.compile(rf"^(?:(?P<city>{place})\s*,\s*)?(?P<outlet>{token})(?:\s*,\s*(?P<city2>{place}))?{dash}"),
            re.compile(rf"^(?P<city>{place})\s*\((?P<outlet>[A-Za-z][\w .]{{1,30}}?)\)\s*[-–—]{{1,2}}\s+"),
            re.compile(rf"^(?P<outlet>{token})\.\s+(?=[A-Z])"),
        )
        # "Padang, CNN Indonesia -- …": a city, then an outlet of two or three words
        self.dateline_words = re.compile(
            r"^(?P<city>[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*)?)\s*,\s*"
            r"(?P<outlet>[A-Za-z][\w.]*(?:\s+[A-Z][\w.]*){1,2})\s*(?:-{1,2}|–|—)\s+")
        self.outlet_words = frozenset(w.lower() for w in rules["media_outlet_words"])
        self.outlet_masthead_words = frozenset(rules["outlet_masthead_words"])
        self.cities = frozenset(rules["dateline_cities"])
        media = "|".join(re.escape(name) for name in sorted(rules["media_names"], key=len, reverse=True))
        self.credit_patterns = tuple(
            re.compile(p.replace("{media}", media), re.MULTILINE | (0 if "{media}" in p else re.IGNORECASE))
            for p in rules["credit_patterns"])
        # what each must find in the text ("dila", "melansir", …): most articles credit no one
        self.credit_needs = tuple(required_text(pattern) for pattern in self.credit_patterns)
        self.masthead_date = re.compile(rules["masthead_date"], re.IGNORECASE)
        self.masthead_max_words: int = rules["masthead_max_words"]
        self.time = re.compile(rf"\b\d{{1,2}}[:.]\d{{2}}\b(?:\s*(?:{alternation(rules['time_zones'])}))?")
        self.credit_stop = re.compile(rules["credit_stop"], re.IGNORECASE)
        # "The Guardian" is "Guardian"; "Bank of America" runs on over its joiners; "dpa" writes itself
        # in lower case
        articles = alternation(rules["name_articles"])
        self.article = re.compile(rf"^(?:{articles})\s+", re.IGNORECASE)
        self.article_cased = re.compile(rf"^(?:{alternation(a.capitalize() for a in rules['name_articles'])})\s+")
        lower_case_media = [name for name in rules["media_names"] if not name[:1].isupper()]
        self.capital_run = re.compile(
            rf"^(?:[A-Z][\w&'’-]*|[A-Z]{{2,}}|{alternation(lower_case_media) if lower_case_media else '(?!)'})"
            rf"(?:\s+(?:[A-Z][\w&'’-]*|{alternation(rules['name_joiners'])}))*")
        self.credit_list_split = re.compile(rf"\s*(?:,|;|/|&|\b{alternation(rules['credit_list_joiners'])}\b)\s*")
        self.media = {name.lower(): self.article_cased.sub("", name, count=1) for name in rules["media_names"]}
        self.title_min_words: int = rules["title_min_words"]
        self.title_max_chars: int = rules["title_max_chars"]
        self.masthead_words = frozenset(rules["masthead_words"])

    # -- outlet ---------------------------------------------------------------------------------
    def dateline(self, line: str) -> tuple[str, int] | None:
        """(outlet, length of the dateline prefix) when a line opens with a dateline."""
        for pattern in self.datelines:
            match = pattern.match(line)
            if not match:
                continue
            groups = match.groupdict()
            for key in ("outlet", "city", "city2"):
                candidate = (groups.get(key) or "").strip()
                if candidate and self.is_outlet(candidate):
                    return candidate, match.end()
        match = self.dateline_words.match(line)
        if match:
            city, outlet = match.group("city"), match.group("outlet")
            if city.upper() in self.cities or any(w.lower() in self.outlet_words for w in outlet.split()):
                return outlet, match.end()
        return None

    def is_outlet(self, name: str) -> bool:
        if name.upper() in self.cities or not self.outlet_token.fullmatch(name):
            return False
        return not (name.isupper() and "." not in name and len(name) > 12)

    # -- credits --------------------------------------------------------------------------------
    def credit_name(self, raw: str) -> str | None:
        raw = self.credit_stop.sub("", raw.strip()).strip(" \t\"“”'’:;-–")
        if not raw:
            return None
        domain = DOMAIN.search(raw)
        if domain and "." in domain.group() and not domain.group()[0].isdigit():
            return domain.group()
        raw = self.article.sub("", raw, count=1)
        known = self.media.get(raw.lower())
        if known:
            return known
        run = self.capital_run.match(raw)
        if not run:
            return None
        words = run.group().split()[:4]
        name = " ".join(words)
        article = self.article.match(name)
        if article:
            name = name[article.end():]
        return self.media.get(name.lower(), name) if len(name) > 1 else None

    @staticmethod
    def is_sign_off(text: str, start: int, end: int) -> bool:
        """Whether a bracketed wire name stands where credits do: after a dateline's place ("KYIV
        (Reuters) -") or closing a paragraph or sentence ("… kata dia. (AFP)"), not inside a sentence."""
        after = text[end:end + 3]
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start].rstrip()
        return (not after.strip() or after.lstrip()[:1] in "-–—.\n" or not before or before[-1] in ".!?”\""
                or before.isupper())

    def credits(self, text: str, folded: str | None = None) -> tuple[str, ...]:
        """The wires and sites an article credits; `folded` is `patterns.caseless(text)` when known."""
        found: dict[str, tuple[int, str]] = {}
        if folded is None:
            folded = caseless(text)
        for pattern, need in zip(self.credit_patterns, self.credit_needs, strict=True):
            if not may_match(need, folded if pattern.flags & re.IGNORECASE else text):
                continue
            for match in pattern.finditer(text):
                if match.group().startswith("(") and not self.is_sign_off(text, match.start(), match.end()):
                    continue  # "Angkatan Bersenjata Filipina (AFP), Jenderal …": a name's acronym
                first, *more = self.credit_list_split.split(match.group("src"))
                names = [self.credit_name(first)]
                # "Sumber: AFP, Al Jazeera": the further names of a list count when they are known media
                # or sites, so that "dilansir Reuters, Kamis" does not credit a weekday
                names += [self.credit_name(part) for part in more
                          if part.strip().lower() in self.media or DOMAIN.fullmatch(part.strip())]
                for name in names:
                    if name and name.lower() not in found:
                        found[name.lower()] = (match.start(), name)
        # A sign-off naming several wires, "(ANTARA/Reuters)"; only known media, so that an
        # "(outlet.co.id/Author Name)" sign-off does not make its author a credit.
        for match in WIRE_LIST.finditer(text):
            parts = [part.strip() for part in match.group(1).split("/")]
            if all(part.lower() in self.media for part in parts):
                for part in parts:
                    found.setdefault(part.lower(), (match.start(), self.media[part.lower()]))
        return tuple(name for _, name in sorted(found.values()))

    # -- title ------------------------------------------------------------------------------------
    def is_masthead(self, line: str) -> bool:
        """A short top line with a date and time ("1 Nov 2024, 05:30"), a date alone, or only words
        such as "Berita Terkini" (a site's tag line)."""
        words = re.findall(r"[\w'’-]+", line.lower())
        if self.time.search(line) and len(words) <= 16:
            return True
        if self.masthead_date.search(line) and len(words) <= self.masthead_max_words:
            return True
        return bool(words) and all(word in self.masthead_words for word in words)

    def title_candidate(self, line: str) -> bool:
        if HEADING_END.search(line) or len(line) > self.title_max_chars:
            return False
        if line.isupper() or self.is_masthead(line) or self.dateline(line):
            return False
        return len(line.split()) >= self.title_min_words

    def __call__(self, doc: Doc) -> Doc:
        given: Given = doc._.klaim_given or Given()
        text = text_of(doc)
        paragraphs = [(start, end, label) for start, end, label, _ in items_of(doc, "klaim_paragraph")]
        title, title_span, outlet, dateline_span = given.title, None, given.outlet, None
        mastheads: list[tuple[int, int]] = []
        for start, end, label in paragraphs[: self.dateline_lines]:
            if label == "furniture":
                continue
            line = text[start:end]
            if label == "heading" and self.is_masthead(line):
                mastheads.append((start, end))
            found = self.dateline(line)
            if found and dateline_span is None:
                if outlet is None:
                    outlet = found[0]
                if label == "body":
                    dateline_span = (start, start + found[1])
            if title is None and label == "heading" and self.title_candidate(line):
                title, title_span = line, (start, end)
        if outlet is None:
            outlet = self.outlet_fallback(text, paragraphs)
        elif outlet.lower() in self.media:
            # "ANKARA (AFP) -" under a site's own masthead: the site published it, crediting the wire
            outlet = self.site_masthead(text, paragraphs) or outlet
        if title_span is None and title is not None:
            title_span = self._find_title(text, paragraphs, title)
        doc._.klaim_meta = Meta(
            title=title,
            outlet=outlet,
            credits=tuple(c for c in self.credits(text, caseless_of(doc)) if not outlet or c.lower() != outlet.lower()),
            dateline_span=dateline_span,
            title_span=title_span,
            masthead_spans=tuple(mastheads),
        )
        return doc

    def outlet_fallback(self, text: str, paragraphs: Paragraphs) -> str | None:
        """Without a dateline: a site named in a sign-off "(kabarkita.com/Nama)" or a copyright line,
        else a masthead in capitals at the top ("KABAR KITA NEWS")."""
        for start, end, _ in reversed(paragraphs[-6:]):
            line = text[start:end]
            match = SIGNOFF_SITE.search(line) or COPYRIGHT_SITE.search(line)
            if match:
                return match.group("site").strip()
        site = self.site_masthead(text, paragraphs)
        if site:
            return site
        for start, end, label in paragraphs[:3]:
            line = text[start:end]
            words = line.split()
            if label == "heading" and line.isupper() and 1 <= len(words) <= 6 and any(
                    w.lower() in self.outlet_masthead_words for w in words):
                return line.strip()
        return None

    @staticmethod
    def site_masthead(text: str, paragraphs: Paragraphs) -> str | None:
        """A site's name alone at the top, or opening a breadcrumb: "KabarKita.com", "KabarKita.com > Dunia"."""
        for start, end, _ in paragraphs[:4]:
            words = text[start:end].split()
            if 1 <= len(words) <= 6 and (len(words) == 1 or words[1] in BREADCRUMB) and SITE_NAME.fullmatch(words[0]):
                return words[0]
        return None

    @staticmethod
    def _find_title(text: str, paragraphs: Paragraphs, title: str) -> tuple[int, int] | None:
        wanted = " ".join(title.split()).lower()
        for start, end, _ in paragraphs[:5]:
            if " ".join(text[start:end].split()).lower() == wanted:
                return (start, end)
        return None
