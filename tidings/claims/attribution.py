"""The ``tidings_attribution`` component: who says each event happened, and with what standing.

For each event it collects the attribution frames around its trigger, nearest first,
climbing the parse from the trigger:

1. a reporting verb whose complement holds the trigger ("X said [the regime carried out
   airstrikes]", "X accused Syria of [launching air strikes]", "X denied [attacking]"); a
   subject, a coordinated verb or an adjunct ("despite X claiming") is no complement;
2. a medium saying it ("a statement that [an inmate had been stabbed]"), or a reporting
   clause set aside by commas ("which, the statement said, [nations refused to repatriate]",
   "[the bomb was placed in a market], stated the minister"); a clause after a semicolon
   reports nothing before it;
3. "according to X" on the trigger's clause or any clause above it, else anywhere in its
   sentence; a citing verb adds the one cited ("according to a report citing X", "Y,
   quoting X, reported");
4. a quotation the trigger stands in, whose speaker is named next to the quote ('"We
   attacked. We won," the commander said.', 'X wrote: "..."', also in the sentence right
   after it or before a paragraph break), or that goes on after another quotation's speaker
   ('"...," Pompeo said. "We ..."'): the speaker when nothing else says it, and around what
   is said inside the quote, where "I" and "we" stand for the speaker;
5. a hedge ("reportedly"): claimed, with no named source.

Who the source is and which span names it is ``tidings.claims.sources``' job. A claim of
responsibility ("claimed responsibility for the attacks") and a speech act that is how its
medium speaks ("posted a message blaming Iran") are narrated by the outlet: no frame.

Frames nest: "Reuters said Syrian officials dismissed the claims" gives the chain
[Reuters, Syrian officials]; the nearest frame is the source and decides the standing.
The status becomes ``claimed`` (``denied`` for deny/dismiss/refute) unless the event's own
wording already made it negated, future or hypothetical ("denied [targeting]" is denied,
not negated). A speaker saying they themselves did not do it ("Hamas said it did not fire
the rockets") denies it, and so does a source finding "no evidence / no trace of" it.
Events narrated by the outlet stay ``asserted`` with no source.

Denials are linked to what they answer (``responds_to``): a denial speech act to the
events it denies in its own sentence, and a dismissal of "the claims" to the earlier
claimed events of the doc whose doer is the one dismissing. A confirmed event ("the ministry
confirmed the shelling") answers the nearest earlier claimed event of the doc of its type
whose doer is not another actor's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..annotations import ActorMention, EventMention, register_extensions
from ..events.modality import (
    clause_verb,
    governed_rule,
    load_modality,
    subject_taken_as_given,
)
from .cues import DEFAULT_CUES, Cues, load_cues
from .sources import according_to, source_for, speaker

__all__ = ["Attribution", "Frame", "find_frames"]

# Statuses set by the event's own wording; a source does not override them.
MODAL_STATUSES = {"negated", "future", "hypothetical"}
MAX_CLIMB = 12
FIRST_PERSON = {"i", "we"}
FIRST_PERSON_OWNERS = {"my", "our"}
# A pronoun doer or sufferer that stands for the speaker: "he" or "she" for a person (or a
# name the actor stage could not resolve), "it" or "they" for anything but a person.
PERSONAL_PRONOUNS = {"he", "she"}
COLLECTIVE_PRONOUNS = {"it", "they"}
# News outlets report; "Reuters reported it did not ..." is no denial by Reuters.
REPORTING_SECTORS = {"JRN"}
PAST_TAGS = {"VBD", "VBN"}
# What ties a clause to the verb that reports it ("said [the army attacked]", "denied
# [attacking]", '"...," [he] said' read as parataxis).
CONTENT_DEPS = {"ccomp", "xcomp", "pcomp", "parataxis", "oprd", "attr", "dep"}
# What a reporting verb that is truly a participle of its noun has: "the statement issued by
# the ministry", "the plan announced its goals" (a subject or object of its own).
SAID_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "ccomp", "agent", "auxpass"}
# A quotation never runs past a line break: a multi-paragraph quote that only closes at
# its end must not pair its marks across paragraphs.
QUOTE_PAIRS = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
# The most tokens between two quotations for the second to go on with the first's speaker
# ('", Pompeo told the press on Tuesday. "').
MAX_SPEAKER_CLAUSE = 15


@dataclass
class Frame:
    """One attribution frame: source (None when unnamed), standing ("claimed" | "confirmed" |
    "denied"), rule, and the index of the cue token (the reporting verb), when there is one."""

    source: Optional[ActorMention]
    standing: str
    rule: str
    cue: Optional[int] = None


class Attribution:
    """Sets ``source``, ``source_chain``, ``status`` and ``responds_to`` on the doc's events."""

    def __init__(self, cues_path: Path = DEFAULT_CUES) -> None:
        register_extensions()
        self.cues = load_cues(Path(cues_path))
        self.modality = load_modality()

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.events or []
        quotes = _quotes(doc)
        frames = {id(event): find_frames(doc, event.root, self.cues, quotes) for event in events}
        for event in events:
            self.attribute(event, frames[id(event)])
        link_responses(events, frames, self.cues)
        return doc

    def attribute(self, event: EventMention, frames: list[Frame]) -> None:
        """Fill the event's source, chain, status and ``parts["attribution"]`` from its frames."""
        if not frames:
            return
        nearest = frames[0]
        # "X said [twenty people were confirmed killed]": an unnamed confirmer leaves X the source.
        event.source = next((f.source for f in frames if f.source is not None), None)
        event.source_chain = _chain(frames)
        event.parts["attribution"] = " < ".join(f.rule for f in frames)
        # "the FSB denies the explosions are related" denies no explosion: it claims them
        denied = (nearest.standing == "denied" and not subject_taken_as_given(event.root, self.modality)) or (
            nearest.standing == "claimed" and _found_absent(event.root, self.cues))
        if event.status not in MODAL_STATUSES or (denied and _negated_by_denial(event, nearest)):
            event.status = "denied" if denied else "claimed"
        elif event.status == "negated" and _speaker_denies_own_part(event, nearest):
            event.status = "denied"
        elif event.status == "negated" and _negated_by_not_saying(event, nearest):
            event.status = "claimed"


def _negated_by_denial(event: EventMention, denial: Frame) -> bool:
    """Is the event negated only by the denial that reports it ("Russia denied [targeting]
    civilians", read as negated by the event's own wording)?"""
    if denial.cue is None:
        return False
    lemma = event.trigger.doc[denial.cue].lemma_.lower()
    return event.status == "negated" and event.parts.get("status") == governed_rule(lemma)


def _negated_by_not_saying(event: EventMention, frame: Frame) -> bool:
    """Is the event negated only by the "not" of the reporting verb whose object it is
    ("police did not confirm the attack": unconfirmed, not undone)?"""
    verb = clause_verb(event.root)
    return frame.rule.startswith("claims:not-said") and verb is not None and verb.i == frame.cue


def _found_absent(head: Token, cues: Cues) -> bool:
    """Does the source say there is no sign of the event ("said no traces of poison were
    found", "there is no evidence of a cover-up")?"""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in cues.absence_nouns:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in prep.head.children)


def _speaker_denies_own_part(event: EventMention, frame: Frame) -> bool:
    """Does the speaker say they themselves did not do or suffer it ('"I put no pressure on
    them," he said', "Hamas said it did not fire the rockets", "she was never pressured",
    '"Our forces did not target civilians," he said')?
    The clause's subject is a pronoun standing for the speaker, and the clause tells of the
    past: "will not approve" is a refusal and "I never threaten anybody" a habit, no denial."""
    source = frame.source
    verb = clause_verb(event.root)
    if source is None or frame.standing != "claimed" or verb is None:
        return False
    # The parse sometimes hangs the subject on the auxiliary ("she was never pressured").
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    subject = next((c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    past = any(h.tag_ in PAST_TAGS for h in heads) and not any(h.tag_ == "MD" for h in heads)
    ours = subject is not None and any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_OWNERS for c in subject.children)
    if ours and past:
        return True  # '"Our forces did not target civilians," he said'
    if subject is None or subject.pos_ != "PRON" or not past:
        return False
    pronoun = subject.lower_
    if pronoun in PERSONAL_PRONOUNS:
        return source.kind == "person" or source.text.lower() in PERSONAL_PRONOUNS or source.name is None
    if pronoun in COLLECTIVE_PRONOUNS:
        return source.kind != "person" and source.sector not in REPORTING_SECTORS
    return pronoun in FIRST_PERSON


def _chain(frames: list[Frame]) -> list[ActorMention]:
    """Who reports whom, outermost first; one speaker reporting itself counts once
    ("X said ..., adding that ...")."""
    chain: list[ActorMention] = []
    for frame in reversed(frames):
        source = frame.source
        if source is not None and not (chain and (chain[-1].start, chain[-1].end) == (source.start, source.end)):
            chain.append(source)
    return chain


def find_frames(doc: Doc, head: Token, cues: Cues, quotes: Optional[list[Span]] = None) -> list[Frame]:
    """The attribution frames of the event whose trigger head is ``head``, nearest first.

    quotes (list[Span] | None): the doc's quotations (``_quotes(doc)``), for speakers named
    outside the sentence. RETURNS (list[Frame]): empty when the outlet narrates the event.
    """
    frames: list[Frame] = []
    if _speech_manner(head, cues):
        return frames
    token, child, below = head, None, None
    for _ in range(MAX_CLIMB):
        if token.lemma_.lower() in cues.responsibility_nouns or _claims_responsibility(token, cues):
            return []
        if frames and child is not None and child.dep_ == "prep" and child.lower_ not in cues.content_preps:
            # The frames found hang off an adjunct ("despite X claiming"): nothing above says them.
            break
        if child is not None and child.dep_ == "relcl" and token.lemma_.lower() in cues.claim_nouns:
            break  # "accused Israel of the attack, a claim Israel denied": the denial is not the accuser's
        if child is not None and _speaks_for_itself(child, cues):
            # "Bolsonaro said ..., and his critics blame him", "Duda said ... while the
            # minister wrote ...": the verb above reports neither the critics nor the minister.
            break
        if child is not None and _new_clause_between(token, child, cues):
            # '"...," said X; he described ...', "X denied the claims, however, a report
            # concluded ...": the clause after the break says nothing of it.
            break
        # On one token the reporting verb is nearer than an "according to" attached to it:
        # "Trump admitted [ordering it], according to prosecutors" -> [prosecutors, Trump].
        if child is not None and token.pos_ in ("VERB", "AUX") and _reports(token, child, below, cues):
            standing = cues.standing(token.lemma_.lower())
            if standing == "denied" and _refuses(token, cues):
                standing = None
            if standing is not None and standing != "denied" and _not_said(token, cues):
                # "officials would not confirm that the army attacked": a claim, not theirs, nor
                # of whoever reports their not confirming it
                frames.append(Frame(None, "claimed", f"claims:not-said:{token.lemma_.lower()}", token.i))
                break
            elif standing is not None:
                frames.extend(_cited_frames(doc, (token,), cues, standing))
                frames.append(_verb_frame(doc, token, standing, "reporting-verb", cues))
        elif child is not None and token.lemma_.lower() in cues.media and _says(child) and not _answered(token, cues):
            frames.append(Frame(source_for(doc, token, cues), "claimed", f"claims:medium:{token.lemma_.lower()}"))
        elif child is not None and _claim_of(token, child, cues) and not _answered(token, cues):
            frames.append(Frame(_claimant(doc, token, cues), "claimed", f"claims:claim-noun:{token.lemma_.lower()}"))
        frames.extend(_according_frames(doc, token, cues))
        frames.extend(_aside_frames(doc, token, cues))
        if token.head.i == token.i:
            frames.extend(_subject_participle_frames(doc, token, cues) if not frames else [])
            break
        token, child, below = token.head, token, child
    if not frames:
        frames.extend(_sentence_according(doc, head, cues))
    quote = next((q for q in quotes or () if q.start <= head.i < q.end), None)
    if quote is not None:
        frames = _within_quote(doc, frames, quote, cues, quotes or [])
    if not frames and _hedged(head, cues):
        frames.append(Frame(None, "claimed", "claims:hedge"))
    return frames


def _speaks_for_itself(verb: Token, cues: Cues) -> bool:
    """Is this a reporting verb with a subject of its own, joined to the clause above it
    (coordinated or adjoined) rather than being its content?"""
    return (verb.dep_ in ("conj", "advcl") and cues.standing(verb.lemma_.lower()) is not None
            and any(c.dep_ == "nsubj" for c in verb.children))  # fmt: skip


def _new_clause_between(token: Token, child: Token, cues: Cues) -> bool:
    """Does a semicolon of ``token``'s own, or a connective set off by a comma (", however,")
    of either one's own, stand between ``token`` and its ``child``?"""
    low, high = sorted((token.i, child.i))
    semicolon = any(c.dep_ == "punct" and c.text == ";" and low < c.i < high for c in token.children)
    return semicolon or any(
        c.dep_ == "advmod" and c.lower_ in cues.connectives and low < c.i < high and c.nbor(-1).text == ","
        for c in (*token.children, *child.children)
    )


def _aside_frames(doc: Doc, verb: Token, cues: Cues) -> list[Frame]:
    """A reporting clause the parse hangs off the reported verb: set between commas ("which,
    the statement said, European nations have refused to repatriate"), or after what it
    reports and before its speaker (", stated Minister X, ...")."""
    frames = []
    for said in verb.children:
        standing = cues.standing(said.lemma_.lower()) if said.pos_ == "VERB" else None
        first = min((t.i for t in said.subtree if not t.is_punct), default=0)
        if standing is None or first == 0 or doc[first - 1].text != ",":
            continue
        subject = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if said.dep_ == "parataxis" and subject is not None:
            frames.append(_verb_frame(doc, said, standing, "aside", cues))
        elif said.dep_ in ("conj", "parataxis") and subject is None and said.i > verb.i:
            who = next((c for c in said.children if c.dep_ in ("dobj", "attr", "npadvmod") and c.i > said.i), None)
            if who is not None:
                frames.append(Frame(source_for(doc, who, cues), standing, f"claims:inverted:{said.lemma_.lower()}", said.i))
    return frames


def _subject_participle_frames(doc: Doc, root: Token, cues: Cues) -> list[Frame]:
    """A reporting verb the parse hung on the main clause's subject as a participle, with no
    object or subject of its own: "The city's security chief, Abdullah al-Jahafi, announced
    on Facebook there were suspects in custody" (read as "the chief announced on Facebook
    [were] ..."). Only a speaker's: "the measures announced on Tuesday were" reports nothing."""
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    words = [subject, *(c for c in subject.children if c.dep_ == "appos")]  # "the chief, X,"
    if not any(m.start <= w.i < m.end for m in doc._.actors or () for w in words):
        return []
    for said in subject.children:
        standing = cues.standing(said.lemma_.lower())
        if (said.dep_ == "acl" and standing is not None and said.i < root.i
                and not any(c.dep_ in SAID_ARGUMENTS for c in said.children)):
            return [_verb_frame(doc, said, standing, "reporting-verb", cues)]
    return []


def _claims_responsibility(verb: Token, cues: Cues) -> bool:
    """Is this a claim of responsibility whose "for" phrase hangs on the verb ("claimed credit
    [for the attack]")?"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cues.responsibility_nouns for c in verb.children)


def _within_quote(doc: Doc, frames: list[Frame], quote: Span, cues: Cues, quotes: list[Span]) -> list[Frame]:
    """The frames of a trigger inside a quotation: those said inside it, then its speaker
    (the frames outside it, else the quote's own speaker, else the speaker of the quotation
    it goes on from). Inside, "I" and "we" are the speaker ('Robert said "I thought we'd hit
    the tunnel"' -> Robert)."""
    n = next((k for k, f in enumerate(frames) if f.cue is None or not quote.start <= f.cue < quote.end), len(frames))
    inside, around = frames[:n], frames[n:] or _quote_frame(doc, quote, cues) or _continued_frame(doc, quote, quotes, cues)
    if not around:
        return inside
    speaker = around[0].source
    return [
        replace(f, source=speaker) if f.source is not None and f.source.text.lower() in FIRST_PERSON else f
        for f in inside
    ] + around


def _reports(verb: Token, child: Token, below: Optional[Token], cues: Cues) -> bool:
    """Does ``child`` (reached from ``below``) bring the verb's content: a complement clause,
    a content preposition ("accused X of attacking"), the object of an object verb ("denied
    the attack"), an object holding the event ("announced plans to pull out") or the subject
    of what a passive says of it ("the bombing was reported to have killed")? A subject
    ("the attack was claimed by"), a coordinated verb ("claimed credit, but had made
    threats") or another preposition ("despite X claiming") does not."""
    if child.dep_ == "prep":
        return child.lower_ in cues.content_preps
    if child.dep_ == "advcl":
        return not any(c.dep_ == "mark" for c in child.children)
    if child.dep_ == "dobj":
        return cues.reports_object(verb.lemma_.lower()) or (below is not None and below.dep_ == "acl")
    if child.dep_ == "nsubjpass":  # "the bombing was reported to have killed": what is said of it
        return any(c.dep_ == "xcomp" for c in verb.children)
    return child.dep_ in CONTENT_DEPS


def _refuses(verb: Token, cues: Cues) -> bool:
    """Is a deny/reject verb a refusal ("denied funding", "denied them visas to enter",
    "rejected the request"), which denies no claim?"""
    return any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in cues.refused_objects for c in verb.children)


def _claim_of(noun: Token, child: Token, cues: Cues) -> bool:
    """Is ``child`` the of-phrase of a claim noun ("reports of shelling", "allegations of
    torture")?"""
    claim = noun.pos_ == "NOUN" and noun.lemma_.lower() in cues.claim_nouns
    return claim and child.dep_ == "prep" and child.lower_ == "of"


def _claimant(doc: Doc, noun: Token, cues: Cues) -> Optional[ActorMention]:
    """Who makes a claim noun's claim: its named possessor ("Amnesty's allegations"), else a
    medium itself ("reports"), else no one named ("allegations of torture")."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
    if owner is not None:
        return source_for(doc, owner, cues)
    if noun.lemma_.lower() not in cues.media:
        return None
    mention = source_for(doc, noun, cues)
    if mention is None or not mention.start <= noun.i < mention.end:  # "a report of a protester being shot"
        return ActorMention(noun.i, noun.i + 1, noun.text, kind="group", method="claims:source-phrase")
    # the phrase ends with the noun: its of-phrase is the claim ("media reports of shelling")
    return replace(mention, end=noun.i + 1, text=doc[mention.start : noun.i + 1].text)


def _not_said(verb: Token, cues: Cues) -> bool:
    """Is a reporting verb negated ("would not confirm", "did not say"), also through the words
    it complements ("had not been able to verify", "declined to confirm"; ``withholding``)?"""
    words = [verb]
    while words[-1].dep_ in ("xcomp", "acomp") and len(words) < 4:
        words.append(words[-1].head)
    if any(w.lemma_.lower() in cues.withholding for w in words[1:]):
        return True
    heads = [v for w in words for v in (w, *(a for a in w.children if a.dep_ == "aux"))]
    return any(c.dep_ == "neg" for v in heads for c in v.children)


def _answered(medium: Token, cues: Cues) -> bool:
    """Is a medium what a confirming or denying verb answers ("denied reports that ...",
    "confirmed reports that ...")? That verb's frame then says what it claims."""
    verb = medium.head
    return medium.dep_ == "dobj" and cues.answers(verb.lemma_.lower()) and not _not_said(verb, cues)


def _says(child: Token) -> bool:
    """Is ``child`` what its medium noun says: "a statement that ...", "a message saying ..."
    (not a verb the parse hung on the noun by mistake)?"""
    if child.dep_ == "ccomp":
        return True
    return child.dep_ == "acl" and (child.tag_ == "VBG" or any(c.dep_ == "mark" for c in child.children))


def _speech_manner(head: Token, cues: Cues) -> bool:
    """A speech act that is how its medium or reporting verb speaks ("posted a message on
    Twitter blaming Iran", "said, accusing Israel"): the outlet narrates it."""
    if head.dep_ not in ("acl", "advcl") or head.tag_ != "VBG" or cues.standing(head.lemma_.lower()) is None:
        return False
    for parent in head.ancestors:
        if parent.lemma_.lower() in cues.media:
            return True
        if parent.pos_ in ("VERB", "AUX"):
            return cues.standing(parent.lemma_.lower()) is not None
    return False


def link_responses(events: list[EventMention], frames: dict[int, list[Frame]], cues: Cues) -> None:
    """Fill ``responds_to`` of denial speech acts and of confirmed events (see the module docstring)."""
    for event in events:
        if frames[id(event)] and frames[id(event)][0].standing == "confirmed":
            confirmed = [other for other in events if _confirms(event, other)]
            if confirmed:
                event.responds_to.append(max(confirmed, key=lambda e: e.trigger.start))
        if cues.standing(event.root.lemma_.lower()) != "denied":
            continue
        for other in events:
            if other is event:
                continue
            denied_here = any(f.cue == event.root.i for f in frames[id(other)])
            if denied_here or (_dismisses_claims(event, cues) and _answers(event, other)):
                event.responds_to.append(other)


def _confirms(confirmed: EventMention, claimed: EventMention) -> bool:
    """An earlier claimed event of the same type, told by another source, whose doer is not
    someone else ("activists said forces shelled X ... the ministry confirmed the shelling")."""
    if claimed.status != "claimed" or claimed.event_type != confirmed.event_type:
        return False
    if claimed.trigger.start >= confirmed.trigger.start or claimed.root.sent == confirmed.root.sent:
        return False
    if claimed.source is not None and confirmed.source is not None and claimed.source.text.lower() == confirmed.source.text.lower():
        return False
    a, b = claimed.actor1, confirmed.actor1
    if a is None or b is None:
        return True
    return a.actor_id == b.actor_id if a.actor_id is not None else a.country is not None and a.country == b.country


def _dismisses_claims(denial: EventMention, cues: Cues) -> bool:
    """Is the denial's object a claim noun ("dismissed the claims of Washington")?"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cues.claim_nouns for c in denial.root.children)


def _answers(denial: EventMention, claimed: EventMention) -> bool:
    """An earlier claimed event whose doer is the one denying (same actor or country)."""
    if claimed.status != "claimed" or claimed.trigger.start >= denial.trigger.start:
        return False
    doer, denier = claimed.actor1, denial.actor1
    if doer is None or denier is None:
        return False
    if doer.actor_id is not None and doer.actor_id == denier.actor_id:
        return True
    if doer.country is not None:
        return doer.country == denier.country
    return doer.name is not None and (doer.name or "").lower() == (denier.name or "").lower()


def _according_frames(doc: Doc, token: Token, cues: Cues) -> list[Frame]:
    """Frames of an "according to X" attached to ``token``, nearest first: the one X cites
    ("according to a report citing the mayor's office", "according to Yonhap, quoting
    KCNA"), then X."""
    according = according_to(token)
    if according is None:
        return []
    return _cited_frames(doc, (according, token), cues) + [Frame(source_for(doc, according, cues), "claimed", "claims:according-to")]


def _cited_frames(doc: Doc, holders: tuple[Token, ...], cues: Cues, standing: str = "claimed") -> list[Frame]:
    """The frame of the first source cited by a citing verb hanging off one of ``holders``
    ("Activists, citing witnesses, reported ..."), as a list of zero or one; it has the
    standing of the frame that cites it."""
    for holder in holders:
        for verb in holder.children:
            if verb.dep_ in ("acl", "advcl") and verb.lemma_.lower() in cues.citing_verbs and _cited(verb) is not None:
                return [Frame(source_for(doc, _cited(verb), cues), standing, f"claims:cited:{verb.lemma_.lower()}")]
    return []


def _cited(verb: Token) -> Optional[Token]:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _sentence_according(doc: Doc, head: Token, cues: Cues) -> list[Frame]:
    """An "according to X" elsewhere in the trigger's sentence, when nothing on the way up
    from the trigger attributes it ("Police arrested him, minutes after the shooting
    according to police")."""
    for token in head.sent:
        if token.lower_ == "according":
            frames = _according_frames(doc, token.head, cues)
            if frames:
                return frames
    return []


def _hedged(head: Token, cues: Cues) -> bool:
    """A hedge on the trigger, on the word it hangs off ("reportedly started attacking") or on
    a participle of the trigger's that names the doer ("the attack, reportedly conducted by
    the Taliban")."""
    doer_participles = (
        c for c in head.children
        if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children)
    )
    words = (*head.children, *head.head.children, *(g for c in doer_participles for g in c.children))
    hedges = (c for c in words if c.dep_ in ("advmod", "amod") and c.i != head.i)
    return any(c.lower_ in cues.hedges for c in hedges)


def _quotes(doc: Doc) -> list[Span]:
    """The doc's quotations (text between paired quotation marks), as spans."""
    spans = []
    for match in QUOTE_PAIRS.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and len(span) > 2:
            spans.append(span)
    return spans


def _quote_frame(doc: Doc, quote: Span, cues: Cues) -> list[Frame]:
    """The speaker of a quotation: whoever speaks in the clause a colon or comma opens it
    with ('Trump's statement read: "..."', also across a paragraph break), else the reporting
    or quote verb right after its end or right before its start, in the sentences that touch
    it or in the one it ends right before ('"... in two days!" Macron told the world')."""
    before = next((t for t in reversed(doc[: quote.start]) if not t.is_space), None)
    if before is not None and before.text in (":", ","):
        verb = next((t for t in (before, *before.ancestors) if t.pos_ in ("VERB", "AUX")), before)
        if verb.pos_ in ("VERB", "AUX") and not quote.start <= verb.i < quote.end:
            return [_verb_frame(doc, verb, cues.standing(verb.lemma_.lower()) or "claimed", "quote", cues)]
    first, last = doc[quote.start].sent, doc[quote.end - 1].sent
    for token in (*doc[last.start : last.end], *doc[first.start : first.end]):
        if quote.start <= token.i < quote.end or token.pos_ != "VERB":
            continue
        standing = cues.quote_standing(token.lemma_.lower())
        if standing is not None:
            return [_verb_frame(doc, token, standing, "quote", cues)]
    if quote.end < len(doc) and doc[quote.end].is_sent_start:
        # the quote closes its sentence and the next one only says who spoke ("Macron told the
        # world on Thursday"), not "Trump also said that ..."
        verb = doc[quote.end].sent.root
        standing = cues.quote_standing(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        if standing is not None and not any(c.dep_ in CONTENT_DEPS for c in verb.children):
            return [_verb_frame(doc, verb, standing, "quote", cues)]
    return []


def _continued_frame(doc: Doc, quote: Span, quotes: list[Span], cues: Cues) -> list[Frame]:
    """A quotation opening the sentence after another quotation's speaker clause goes on with
    that speaker ('"...", Pompeo told the press. "There were many times ..."')."""
    previous = next((q for q in reversed(quotes) if q.end <= quote.start), None)
    if previous is None or not doc[quote.start].is_sent_start:
        return []
    between = doc[previous.end : quote.start]
    if "\n" in between.text or len(between) > MAX_SPEAKER_CLAUSE:
        return []
    return _quote_frame(doc, previous, cues)


def _verb_frame(doc: Doc, verb: Token, standing: str, kind: str, cues: Cues) -> Frame:
    """The frame of a reporting or quote verb: its speaker's source, the verb as cue."""
    return Frame(source_for(doc, speaker(verb, cues), cues), standing, f"claims:{kind}:{verb.lemma_.lower()}", verb.i)


@Language.factory(
    "tidings_attribution",
    assigns=["doc._.events"],
    requires=["doc._.events", "doc._.actors"],
    default_config={"cues_path": str(DEFAULT_CUES)},
)
def make_attribution(nlp: Language, name: str, cues_path: str) -> Attribution:
    """Factory of the ``tidings_attribution`` component."""
    return Attribution(Path(cues_path))
