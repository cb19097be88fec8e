"""Who a noun phrase names as speaker: a person (by full name), a pronoun's referent, an office's
holder, else the organisation or country phrase itself — and the speaker named after an attribution
verb ("kata Kepala BNPB Suharyanto kepada wartawan")."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..mentions.actors import ACRONYM
from ..records import Mention
from .context import WORD, Context, Located, Speaker, clean
from .coreference import Coreference
from .rules import AttributionRules

NOT_ACRONYM_BRACKET = re.compile(r"\((?![A-Z][A-Za-z]{1,9}\))[^)]*\)")  # any bracket but "(BPBD)", "(Kemhan)"
NAME_KINDS = ("name", "org", "country", "place")  # mentions that, written together, are one name
ACTOR_KINDS = ("org", "country", "role", "place", "name")


def merge_adjacent(text: str, mentions: Sequence[Located]) -> list[Located]:
    """"Indonesia" + "Corruption Watch" written together are one organisation's name."""
    merged: list[Located] = []
    for s, e, mention in mentions:
        if merged and mention.kind in NAME_KINDS and merged[-1][2].kind in NAME_KINDS \
                and not text[merged[-1][1]:s].strip():
            ps = merged[-1][0]
            merged[-1] = (ps, e, Mention("org", text[ps:e]))
        else:
            merged.append((s, e, mention))
    return merged


class Speakers:
    def __init__(self, rules: AttributionRules, coreference: Coreference) -> None:
        self.rules = rules
        self.coreference = coreference

    def from_mentions(self, ctx: Context, mentions: Sequence[Located], position: int,
                      np_text: str | None = None) -> Speaker | None:
        """The speaker a noun phrase (its `mentions`, its text `np_text` when known) names."""
        if not mentions:
            return None
        mentions = merge_adjacent(ctx.text, mentions)
        person = self._named_person(ctx, mentions, position)
        if person is not None:
            return person
        for _, _, mention in mentions:
            if mention.kind == "pronoun":
                return self.coreference.referred_person(ctx, position)
            if mention.kind == "group" and mention.name.lower() in self.rules.own_side and len(mentions) == 1:
                # "Pihaknya menyebut …": the side of whoever spoke last
                previous = ctx.last_speaker(position)
                return previous.referred() if previous else None
        actors = [m for m in mentions if m[2].kind in ACTOR_KINDS]
        if not actors:
            return None
        if len(actors) == 1 and actors[0][2].kind == "role":
            holder = self.coreference.role_holder(ctx, actors[0][2].name, position)
            if holder is not None:
                return holder
        return self._actor_phrase(actors, np_text)

    def _named_person(self, ctx: Context, mentions: Sequence[Located], position: int) -> Speaker | None:
        """A person the phrase names: a full name, or a capitalised name (with its role, when given)."""
        for _, _, mention in mentions:
            if mention.kind == "person":
                name, role = self.coreference.full_name(ctx, mention.name, position)
                return Speaker(name, mention.role or role, "person")
        for _, _, mention in mentions:
            if mention.kind == "name" and len(mention.name) > 1 and not ACRONYM.match(mention.name):
                name, role = self.coreference.full_name(ctx, mention.name, position)
                role = next((m.name for _, _, m in mentions if m.kind == "role"), None) or role
                return Speaker(name, role, "person")
        return None

    def _actor_phrase(self, actors: Sequence[Located], np_text: str | None) -> Speaker | None:
        """An organisation, a country or an office without a name, as the text writes it."""
        if np_text is not None and clean(np_text).lower() in self.rules.generic_subjects:
            return None  # "Warga menyebut …": people in general are no speaker
        if np_text is None:
            mention = actors[0][2]
            return Speaker(mention.name, None, mention.kind if mention.kind == "country" else "org")
        if len(actors) == 1 and actors[0][2].kind == "country" and clean(np_text) == actors[0][2].name:
            return Speaker(actors[0][2].name, None, "country")
        if "," in np_text:
            parts = [clean(p) for p in np_text.split(",") if clean(p)]
            last = parts[-1]
            for _, _, mention in reversed(actors):
                if mention.name in last and mention.kind in ("org", "country"):
                    kind = "country" if mention.kind == "country" and last == mention.name else "org"
                    return Speaker(clean(NOT_ACRONYM_BRACKET.sub("", last)), clean(", ".join(parts[:-1])), kind)
        # a bracketed acronym stays: "Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta" is known as BPBD
        name = clean(NOT_ACRONYM_BRACKET.sub("", np_text))
        name = self.rules.their.sub("", name)
        name = self.rules.determiner.sub("", name) or name
        kind = "person" if all(m[2].kind == "role" for m in actors) else "org"
        if len(actors) == 1 and actors[0][2].kind == "country":
            kind = "country"
        return Speaker(name, None, kind)

    def after_attribution(self, ctx: Context, start: int, end: int) -> Speaker | None:
        """Speaker named after an attribution verb: "kata Kepala BNPB Suharyanto kepada …"."""
        text = ctx.text
        if self.rules.description.match(text, start, end):
            # "kata pejabat tersebut", "tutur jenderal bintang satu itu": someone already speaking
            previous = ctx.last_speaker(start)
            return previous.referred() if previous else None
        lead = self.rules.report_lead.match(text[start:end])
        if lead and ctx.mentions_in(start + lead.end(), end):
            start += lead.end()  # "menurut data PBB" → PBB
        stop = self._attribution_end(ctx, start, end)
        mentions = [m for m in ctx.mentions_in(start, end) if m[0] < stop]
        if mentions:
            stop = max(stop, mentions[-1][1])
        if not mentions:
            first = WORD.search(text, start, end)
            if first and first.group().lower() in self.rules.person_pronouns:
                return self.coreference.referred_person(ctx, start)
            return None
        return self.from_mentions(ctx, mentions, start, text[start:stop])

    def _attribution_end(self, ctx: Context, start: int, end: int) -> int:
        """Where the speaker's words stop: at how, where or when it was said, or punctuation."""
        stops = self.rules.attribution_stops
        for match in WORD.finditer(ctx.text, start, end):
            word = match.group().lower()
            if match.start() > start and (word in stops or word in ",.;:!?"):
                if word == ",":
                    # "ujar Kepala BPBD …, Rina Marlina": keep going when the actor finder joined them
                    joined = [m for m in ctx.mentions_in(start, end) if m[0] < match.start() < m[1]]
                    if joined:
                        continue
                return match.start()
        return end
