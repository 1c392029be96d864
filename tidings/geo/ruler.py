"""``tidings_place_ruler``: mark gazetteer place names as GPE/LOC/FAC before ``ner``.

The small English model calls "Aleppo" NORP and "al-Bab" ORG; this ruler pre-sets such
names so ``ner`` keeps them. It matches only the gazetteer's ruler names (countries, admin-1
units, "X County"-like admin-2 units, cities of >= 50,000 people, curated places; not common
words, see ``ruler_exclude.txt``), case-sensitively, and never touches entities already in
``doc.ents``. It also marks an all-caps dateline that opens a sentence ("MANSFIELD, Ohio --",
"TORRINGTON -") when the gazetteer knows the name, whatever the town's size, and a
capitalised name in a place context (``place_context.yaml``): after a locative preposition
when the gazetteer knows it, whatever its size or spelling ("in Tikrit", "near Fallujah"), and
after "the village of"-like words or before "province"-like words even when it does not
("the village of Sharifah", "Nineveh province"), with or without a preposition before it
("attacked Damboa town"), the noun included when it is capitalised and no entity holds it ("the
Deir Ezzor Governorate"; a name of foreign words or one the gazetteer knows), a known name, or
one an Arabic article joins, before a lowercase facility noun ("Gamba police station", "the Ein
el-Hilweh refugee camp"), and a proper name the gazetteer lacks with the capitalised facility noun
that ends it ("the Handarat Refugee Camp", "the Al-Bassel Hospital"; not "the Fire Station",
"Princeton Community Hospital", nor a person's name a surname of ``surname_nouns`` ends: "James Alex
Fields"). Strong contexts too: names a place noun introduces ("villages like Cailaco
and Manapa", "an area known as El Tablazo"; ``name_introducers``), with the rest of a list that "and"
ends ("the villages of X, Y and Z"), a name before an apposition a place noun heads ("Pervomayskaya, a
village in ...") or a distance from another place ("Bur Hakaba, about 180 km south of Mogadishu"), and
a name a toponym's generic word opens ("near the Kfar Falous crossing"); a known name after "capital"
("his capital Diwaniyah", "the capital, Sana"). A name after a first name that opens a sentence
is a surname ("Andrew Trapani"; first names from the actor dictionary). A name may open with a quote mark that
transliterates an ayn ("the town of \u2018Ibta"; after a preposition whether the gazetteer knows it or
not: "outside of \u2018Ibta"), or with a capitalised word that is an article in
lowercase ("at An L\u1ed9c").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..actors.dictionary import ActorDictionary, load_dictionary
from ..actors.overlay import active_overlay
from ..annotations import register_extensions
from .gazetteer import ARTICLES, Gazetteer, fold, load_gazetteer, load_place_context, read_ruler_exclude

__all__ = [
    "BEARINGS", "JOINERS", "PlaceRuler", "capitalised", "common_nouns", "distanced", "first_names", "name_start",
    "spelling_variants",
]

_LABELS = {"country": "GPE", "admin1": "GPE", "admin2": "GPE", "city": "GPE", "region": "LOC", "point": "FAC"}
_ARTICLE = re.compile(rf"^({'|'.join(ARTICLES)})[- ]", re.IGNORECASE)
_DATELINE_END = {",", "-", "--", "\u2014", "\u2013", "("}
_DATELINE_MAX_TOKENS = 3
_CONTEXT_MAX_GAP = 6  # words between a preposition and the name: "in the restive northern city of X"
_NAME_MAX_TOKENS = 5  # "Deir Ezzor Military Airport", "Al - Raqqa"
_LIST_WORDS = {",", "and", "or"}
_APPROXIMATORS = {"about", "some", "roughly", "around", "nearly", "approximately", "almost"}
BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
JOINERS = {"-", "\u2018", "\u2019", "'"}  # inside a name: "al-Bab", "Ma'arat", "Al-\u2018Arfi"


def spelling_variants(name: str) -> set[str]:
    """Accent-free and Arabic-article variants of a name, and a name that hyphenates some of its
    words with all of them hyphenated: "Al Bāb" -> {"Al Bāb", "Al Bab", "Al-Bab", "al-Bab", "al
    Bab", ...}, "Mazār-e Sharīf" -> {..., "Mazar-e-Sharif"}."""
    variants = {name, fold(name)}
    variants.update([v.replace(" ", "-") for v in variants if "-" in v and " " in v])
    for base in list(variants):
        match = _ARTICLE.match(base)
        if match:
            article, rest = match.group(1), base[match.end():]
            for art in (article.lower(), article.capitalize()):
                for sep in ("-", " "):
                    variants.add(f"{art}{sep}{rest}")
    return variants


def capitalised(token: Token) -> bool:
    """True for a word in title case, an apostrophe inside included ("Aleppo", "Dara\u2019a",
    "Ma'arat"); not an acronym ("PRI")."""
    return token.is_title or token.text[:1].isupper() and token.text[1:].islower()


def common_nouns(nlp: Language, pos: str = "noun") -> frozenset[str]:
    """The English common nouns the lemmatizer knows ("school", "senate"), or its words of another
    part of speech (``pos="adj"``: "regional"), empty without one."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get(pos, []))


def first_names(actors: ActorDictionary) -> frozenset[str]:
    """Words that open the names of at least two people in the actor dictionary ("Andrew",
    "Patricia"), leaving out titles, ranks, name particles and agent nouns ("Sheikh", "Abu",
    "Ambassador") and words that name an actor themselves ("Sudan", "American")."""
    lexicon = actors.lexicon
    words = (*lexicon.honorifics, *lexicon.person_titles, *lexicon.ranks, *lexicon.name_particles,
             *lexicon.former_words, *lexicon.modifier_prefixes, *actors.agents)
    titles = {word.split()[0].lower() for word in words}
    counts = Counter(
        first
        for entry in actors.entries.values() if entry.kind == "person"
        for name in (entry.name, *entry.aliases)
        if len(name.split()) > 1 and (first := name.split()[0]).istitle() and first.isalpha() and len(first) > 1
    )
    return frozenset(word for word, n in counts.items()
                     if n > 1 and word.lower() not in titles and not actors.lookup(word))


def _label(gazetteer: Gazetteer, name: str) -> str:
    features = {place.feature for place, _ in gazetteer.candidates(name)}
    for feature in ("country", "admin1", "city", "admin2", "region", "point"):
        if feature in features:
            return _LABELS[feature]
    return "GPE"


def _ayn(doc: Doc, i: int) -> bool:
    """True for an opening quote mark that transliterates an ayn at the start of a name: "\u2018Ibta",
    "\u2018Ayn \u2018Issa" (the tokenizer splits it off; the tagger often calls the name a noun)."""
    return 0 <= i < len(doc) - 1 and doc[i].text == "\u2018" and not doc[i].whitespace_ and capitalised(doc[i + 1])


def name_start(doc: Doc, end: int, taken: set[int]) -> int:
    """Where the run of name words before ``end`` starts (capitalised words, joiners, and articles
    joined to the next word: "Tall ad-Dirrah"), within its sentence and outside ``taken``."""
    start = end
    while start > 0 and end - start < _NAME_MAX_TOKENS and not (start - 1 in taken or doc[start].is_sent_start):
        word = doc[start - 1]
        article = word.lower_ in ARTICLES and doc[start].text in JOINERS
        if not (capitalised(word) or article or word.text in JOINERS and start < end):
            break
        start -= 1
    return start


def distanced(doc: Doc, end: int, units: set[str]) -> bool:
    """True when a distance set off by a comma at ``end`` places the name before it from another place:
    "Bur Hakaba, about 180 km (110 miles) south of Mogadishu", "X, 70 kilometres from Y"."""
    i = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ in _APPROXIMATORS)
    if end >= len(doc) or doc[end].text != "," or i + 2 >= len(doc):
        return False
    if not doc[i].like_num or doc[i + 1].lower_ not in units:
        return False
    i += 2
    if doc[i].text == "(":  # "(110 miles)"
        i = next((j + 1 for j in range(i, min(i + 6, len(doc))) if doc[j].text == ")"), len(doc))
    if i + 1 >= len(doc):
        return False
    return doc[i].lower_ in BEARINGS and doc[i + 1].lower_ == "of" or doc[i].lower_ == "from"


def _possessive(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].tag_ == "POS"


class PlaceRuler:
    """Pre-sets place entities from the gazetteer (see module docstring)."""

    def __init__(self, nlp: Language, name: str = "tidings_place_ruler") -> None:
        register_extensions()
        self.name = name
        self.gazetteer = gazetteer = load_gazetteer()
        self.context = load_place_context()
        self.exclude = read_ruler_exclude()
        self.common_nouns = common_nouns(nlp)
        self.english = self.common_nouns | common_nouns(nlp, "adj")
        self.first_names = first_names(load_dictionary(active_overlay()))  # the actor stage's, cached
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_label: dict[str, list[str]] = {}
        for base in gazetteer.ruler_names:
            label = _label(gazetteer, base)
            by_label.setdefault(label, []).extend(spelling_variants(base))
        for label, names in by_label.items():
            self.matcher.add(label, list(nlp.tokenizer.pipe(sorted(set(names)))))

    def __call__(self, doc: Doc) -> Doc:
        """Add place entities that do not overlap any entity already set."""
        if not len(doc):
            return doc
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        spans = [
            Span(doc, start, end, label=match_id)
            for match_id, start, end in self.matcher(doc)
            if not taken.intersection(range(start, end))
        ]
        new = [span for span in filter_spans(spans) if self._standalone(span)]
        marked = taken.union(*(range(s.start, s.end) for s in new))
        new.extend(d for d in self._datelines(doc) if not marked.intersection(range(d.start, d.end)))
        marked = marked.union(*(range(s.start, s.end) for s in new))
        # A person name where a place belongs ("in Tikrit") is a place that the actor ruler guessed.
        persons = [e for e in doc.ents if e.label_ == "PERSON" and not _possessive(doc, e.end)]
        open_ = marked.difference(*(range(e.start, e.end) for e in persons))
        named = filter_spans(self._in_context(doc, open_) + self._before_nouns(doc, open_)
                             + self._before_facilities(doc, open_) + self._set_off(doc, open_))
        in_context = [self._over_person(s, persons) for s in named]
        in_context = [s for s in in_context if s is not None]
        new.extend(in_context)
        if new:
            replaced = {(s.start, s.end) for s in in_context}
            doc.ents = sorted([*(e for e in doc.ents if (e.start, e.end) not in replaced), *new], key=lambda s: s.start)
        return doc

    def _over_person(self, span: Span, persons: list[Span]) -> Optional[Span]:
        """``span``, or the person entity it names ("Nineveh province" for "Nineveh"), or None
        when it overlaps another entity."""
        if not any(ent.start < span.end and span.start < ent.end for ent in span.doc.ents):
            return span
        for ent in persons:
            rest = span.doc[span.end:ent.end]
            if ent.start == span.start and ent.end >= span.end and all(t.lower_ in self.context.place_nouns for t in rest):
                return Span(span.doc, ent.start, ent.end, label="GPE")
        return None

    def _datelines(self, doc: Doc) -> list[Span]:
        """All-caps place names opening a sentence and followed by a comma or a dash."""
        found = []
        for sent in doc.sents:
            end = sent.start
            while end < sent.end and end - sent.start < _DATELINE_MAX_TOKENS and doc[end].is_upper and doc[end].is_alpha:
                end += 1
            if end == sent.start or end >= len(doc) or doc[end].text not in _DATELINE_END:
                continue
            span = doc[sent.start:end]
            if len(span.text) > 2 and self.gazetteer.candidates(span.text):
                found.append(Span(doc, span.start, span.end, label="GPE"))
        return found

    def _in_context(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Capitalised names in a place context (see module docstring)."""
        ctx = self.context
        found: list[Span] = []
        last = -1
        for tok in doc:
            if tok.i <= last:
                continue
            noun, head = tok.text in ctx.place_nouns, tok.text in ctx.name_heads
            introducer = self._introducer(doc, tok.i + 1) if noun else 0
            if tok.lower_ not in ctx.prepositions and not introducer and not head and not (
                noun and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"
            ):  # "the village of X", but not the name "County of Brant"
                continue
            strong = tok.lower_ in ctx.place_nouns
            i = tok.i + 1 + introducer + (head and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")
            while i < len(doc) and i - tok.i <= _CONTEXT_MAX_GAP and not doc[i].is_sent_start:
                word = doc[i]
                if word.lower_ == "of" and doc[i - 1].text in ctx.place_nouns:
                    strong = True
                elif not (i in taken or word.text in ctx.between or word.text in ctx.place_nouns
                          or (word.pos_ in ("ADJ", "DET", "NUM") and not word.is_title)):
                    break
                i += 1
            span = self._name_at(doc, i, taken, strong)
            if span is not None:
                found.append(span)
                if strong:
                    found.extend(self._listed(doc, span, taken))
                last = found[-1].end
        return found

    def _introducer(self, doc: Doc, i: int) -> int:
        """How many words at ``i`` introduce the names of a place noun before them ("called", "known
        as", "such as"; ``name_introducers``), else 0."""
        for phrase in self.context.name_introducers:
            words = phrase.split()
            if [t.lower_ for t in doc[i:i + len(words)]] == words:
                return len(words)
        return 0

    def _listed(self, doc: Doc, span: Span, taken: set[int]) -> list[Span]:
        """The names a list adds after a name in a strong context, when "and" or "or" ends it: "Y" and
        "Z" in "the villages of X, Y and Z" (not "Ahmed Ali" in "the village of X, Ahmed Ali said")."""
        found: list[Span] = []
        i = span.end
        while i + 1 < len(doc) and doc[i].lower_ in _LIST_WORDS:
            j = i + 1 + (doc[i].text == "," and doc[i + 1].lower_ in ("and", "or"))
            name = self._name_at(doc, j, taken, True)
            if name is None:
                break
            found.append(name)
            if doc[j - 1].text != ",":
                return found
            i = name.end
        return []

    def _set_off(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Capitalised names before a comma that sets off an apposition a singular place noun heads
        ("Pervomayskaya, a village in ...", "Mir Ali, a major town"; not "Smith, a village elder") or
        a distance from another place (see ``distanced``)."""
        found = []
        comma = doc.vocab.strings[","]
        for i, orth in enumerate(doc.to_array("ORTH").tolist()):
            if orth != comma or i == 0:
                continue  # read off the array: making every Token would cost more than the rest
            if self._apposition(doc, i) or distanced(doc, i, self.context.distance_units):
                span = self._name_before(doc, i, taken)
                if span is not None:
                    found.append(span)
        return found

    def _apposition(self, doc: Doc, comma: int) -> bool:
        """True when a singular place noun heads the apposition the comma at ``comma`` opens: ", a
        village in", ", a major border town" (not ", a village elder")."""
        j = comma + 2
        if j >= len(doc) or doc[comma + 1].lower_ not in ("a", "an"):
            return False
        while j < len(doc) - 1 and j - comma < 5 and doc[j].is_lower and doc[j].dep_ in ("amod", "compound"):
            j += 1  # "a small", "a major border"
        noun, after = doc[j], doc[j + 1] if j + 1 < len(doc) else None
        if self.context.place_nouns.get(noun.lower_) is None or noun.tag_ != "NN":
            return False
        return after is None or after.pos_ not in ("NOUN", "PROPN")

    def _name_before(self, doc: Doc, end: int, taken: set[int]) -> Span | None:
        """The whole run of proper nouns that ends at ``end``, or None when it ends none or an entity
        holds its start ("River" of "the Ottawa River")."""
        start = name_start(doc, end, taken)
        span = self._name_at(doc, start, taken, True) if start - 1 not in taken else None
        return span if span is not None and span.end == end else None

    def _before_nouns(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Runs of proper nouns before a settlement noun: "Tall ad-Dirrah village", "Damboa town",
        and with it when it is capitalised and no entity holds it: "the Deir Ezzor Governorate"."""
        found = []
        for tok in doc:
            if self.context.place_nouns.get(tok.lower_) not in ("admin1", "admin2", "city") or tok.tag_ == "NNS":
                continue
            titled = capitalised(tok)
            if titled and (tok.i in taken or tok.is_sent_start):
                continue
            start = name_start(doc, tok.i, taken)
            span = self._name_at(doc, start, taken, True) if start < tok.i else None
            if span is None or span.end < tok.i + titled:
                continue
            if titled:  # the name ends with its noun: "Rapides Parish" of "Rapides Parish Fire District"
                name, span = doc[span.start:tok.i], Span(doc, span.start, tok.i + 1, label=span.label)
                known = self.gazetteer.candidates(span.text) or self.gazetteer.candidates(name.text)
                if name[0].is_stop or not (known or self._foreign(name)):
                    continue  # not "The Region 1", "Tri-State", "Leadership Henry County"
            found.append(span)
        return found

    def _before_facilities(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Known names, or names an Arabic article joins, before a lowercase facility noun, past the
        lowercase nouns that qualify it, where ner finds no entity: "Gamba police station", "the Orly
        airport", "the Al-Seen airbase"; and proper names with the capitalised facility noun that heads
        them (see ``_proper_name``): "the Handarat Refugee Camp"."""
        found = []
        for tok in doc:
            if tok.i in taken:
                continue
            if capitalised(tok) and tok.lower_ in self.context.facility_nouns and tok.dep_ != "compound":
                name = doc[name_start(doc, tok.i, taken):tok.i]  # "the Al-Bassel Hospital", "Handarat Refugee Camp"
                person = tok.lower_ in self.context.surname_nouns and name[:1].text in self.first_names
                if name and name[0].pos_ == "PROPN" and not name[0].is_sent_start and not person and self._proper_name(
                    name
                ):
                    found.append(Span(doc, name.start, tok.i + 1, label="FAC"))
                continue
            if tok.text not in self.context.facility_nouns:
                continue
            end = tok.i
            while end > 0 and tok.i - end < 2 and doc[end - 1].tag_ == "NN" and doc[end - 1].is_lower:
                end -= 1  # "police" in "police station"
            start = name_start(doc, end, taken)
            name = doc[start:end]
            if not name or not capitalised(name[0]) or not capitalised(name[-1]) or name.text in self.exclude:
                continue
            # The tagger calls some such names adjectives ("the Gamba police station"); not "Kenyan".
            if (name[0].pos_ == "PROPN" or not name[0].is_sent_start and self.gazetteer.demonym(name.text) is None) and (
                self.gazetteer.candidates(name.text) or self._arabic(name) and tok.dep_ != "compound"
            ):  # a name the gazetteer lacks: the noun heads its phrase (not "Al-Masdar field correspondent")
                found.append(Span(doc, start, end, label="GPE"))
        return found

    def _proper_name(self, name: Span) -> bool:
        """True for a name before a capitalised facility noun that is a proper name of its own: one an
        Arabic article joins or with a word no English noun or adjective ("the Handarat Refugee Camp";
        not "the Fire Station", "Regional Park"), whose first words the gazetteer does not know."""
        english = self.english
        own = self._arabic(name) or any(
            t.is_alpha and t.lower_ not in english and t.lemma_.lower() not in english for t in name
        )
        return own and not self._known_head(name)

    def _known_head(self, name: Span) -> bool:
        """True when the gazetteer knows the first words of a name, whole words only: the place a
        facility is named after ("Hartford" of "Hartford Hospital", "Douglas County" of "Douglas
        County Road"; not "Al" of "Al-Bassel")."""
        doc = name.doc
        ends = [i for i in range(name.start + 1, name.end + 1) if doc[i - 1].text not in JOINERS
                and (i == name.end or doc[i].text not in JOINERS)]
        return any(self.gazetteer.candidates(doc[name.start:end].text) for end in ends)

    def _arabic(self, name: Span) -> bool:
        """True for a name of foreign words joined by an Arabic article ("Ein el-Hilweh", "Al-Seen"):
        a toponym before a facility noun, not a brand ("the Hyatt Place hotel")."""
        joined = any(t.lower_ in ARTICLES and t.i + 1 < name.end and t.nbor().text in JOINERS for t in name)
        return joined and all(t.text in JOINERS or t.lower_ in ARTICLES or capitalised(t) for t in name)

    def _foreign(self, name: Span) -> bool:
        """True for a name that a capitalised place noun may end: proper nouns, articles and joiners,
        the last no English noun ("Deir Ezzor", "Al-\u2018Arfi"; not "Tri-", "The", "Leadership Henry")."""
        last = name[-1]
        return (
            last.pos_ == "PROPN"
            and last.lower_ not in self.common_nouns
            and all(t.pos_ == "PROPN" or t.text in JOINERS or t.lower_ in ARTICLES for t in name)
        )

    def _name_at(self, doc: Doc, start: int, taken: set[int], strong: bool) -> Optional[Span]:
        """The run of capitalised words at ``start`` when the gazetteer knows it or, in a strong
        context ("the village of X", "X province"), when it is a run of proper nouns."""
        end = start
        while end < len(doc) and end - start < _NAME_MAX_TOKENS and end not in taken and not (
            end > start and doc[end].is_sent_start
        ):
            word = doc[end]
            article = word.lower_ in ARTICLES and end + 1 < len(doc) and doc[end + 1].text in JOINERS
            if not (capitalised(word) or article or _ayn(doc, end) or (word.text in JOINERS and end > start)):
                break
            end += 1
        while end > start and not capitalised(doc[end - 1]):
            end -= 1
        if end == start:
            return None
        first = doc[start + 1] if _ayn(doc, start) else doc[start]
        if first.pos_ != "PROPN" and not capitalised(first):
            return None
        name = doc[start:end]
        after = doc[end] if end < len(doc) else None
        nouns = self.context.place_nouns
        # A toponym's generic first word: "near the Kfar Falous crossing" (not "Ain Shams University").
        opened = len(name) > 1 and name[0].text in self.context.name_openers
        opened = opened and name[-1].lower_ not in self.common_nouns
        # "the Battle of X", "the Arab world": the name is not the place ("the town of X west of Y" is).
        noun_after = after is not None and (
            after.lower_ in self.context.not_after or after.pos_ == "NOUN" and after.is_lower
        )
        bearing = noun_after and after.lower_ in BEARINGS and end + 1 < len(doc) and doc[end + 1].lower_ == "of"
        # A name that opens with an ayn mark is transliterated, no English word: "outside of \u2018Ibta"
        # (not a quoted title, "at \u2018Joe\u2019s Bar\u2019", which a closing mark ends).
        closed = any(t.text in ("\u2019", "'") for t in doc[end:end + _NAME_MAX_TOKENS])
        transliterated = _ayn(doc, start) and not closed
        if after is not None and after.lower_ in nouns or name[-1].lower_ in nouns or opened or transliterated:
            strong = True  # "the Dara\u2019a Governorate", "Kafr Nabl town"
        elif noun_after and not bearing:
            return None
        if name.text not in self.exclude and self.gazetteer.candidates(name.text):
            return Span(doc, start, end, label="GPE")
        proper = all(t.pos_ == "PROPN" or t.lower_ in ARTICLES or not t.is_alpha or _ayn(doc, t.i - 1) for t in name)
        if strong and proper:  # "Tall ad-Dirrah village"
            return Span(doc, start, end, label="GPE")
        return None

    def _standalone(self, span: Span) -> bool:
        """False when the name is part of a longer proper name ("Paris Hilton", "Washington Post",
        "Andrew Trapani" opening a sentence; not "Metro Nashville")."""
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start > 0 else None
        if after is not None and after.is_title and after.pos_ == "PROPN":
            return False
        if before is not None and before.is_title and before.pos_ == "PROPN" and (
            not before.is_sent_start or before.text in self.first_names
        ):
            return False
        return True


@Language.factory("tidings_place_ruler", assigns=["doc.ents"], requires=["token.pos"])
def make_place_ruler(nlp: Language, name: str) -> PlaceRuler:
    """Factory of ``tidings_place_ruler``."""
    return PlaceRuler(nlp, name)
