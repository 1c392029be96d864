"""How ``tidings show`` explains an event: its sentence with the parts marked, and their rules."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from .model import Event

__all__ = ["explain_event"]

STYLES = {"trigger": "bold red", "actor1": "bold cyan", "actor2": "bold magenta", "location": "bold green", "source": "bold yellow"}


def explain_event(event: Event, responses: Sequence[Event] = ()) -> list[RenderableType]:
    """RETURNS (list): a headline, the marked sentence, and a table of parts with their rules.

    responses: the events that answer this one (``Store.responses``), listed as "denied by"
    (a reject speech act) or "answered by" rows naming the speaker and who reports them, or
    as "confirmed by" rows (the same act told by another source) naming that source.
    """
    sentence = event.sentence
    marked = Text(sentence.text)
    spans = {"trigger": event.trigger, "actor1": event.actor1, "actor2": event.actor2, "location": event.location,
             "source": event.attribution.source}  # fmt: skip
    for part, span in spans.items():
        if span is not None and sentence.start <= span.start and span.end <= sentence.end:
            marked.stylize(STYLES[part], span.start - sentence.start, span.end - sentence.start)
    headline = Text.assemble(
        (f"{event.event_type}", "bold"),
        f"{'/' + event.mode if event.mode else ''}  CAMEO {event.cameo or '-'}  ",
        f"ACLED {event.acled_sub_event_type or '-'}  ",
        (f"{event.attribution.status}", "italic"),
        f"  confidence {event.confidence:.2f}  [{event.doc_id}]",
    )
    legend = Text("  ").join(Text(part, style=style) for part, style in STYLES.items())
    table = Table(header_style="bold", title=f"event {event.event_id}", title_justify="left")
    for column in ("part", "text", "resolved to", "rule"):
        table.add_column(column, overflow="fold")
    parts = event.provenance.parts
    table.add_row("type", event.trigger.text, event.event_type, parts.get("type", event.provenance.method))
    for name in ("actor1", "actor2"):
        actor = getattr(event, name)
        if actor is not None:
            resolved = " ".join(x for x in (actor.name, actor.country, actor.sector) if x)
            table.add_row(name, actor.text, resolved, " · ".join(x for x in (parts.get("actors"), actor.method) if x))
    source = event.attribution.source
    table.add_row(
        "according to",
        source.text if source else "(the outlet)",
        " ".join(x for x in ((source.name, source.country, source.sector) if source else ()) if x),
        parts.get("attribution", ""),
    )
    if event.location is not None:
        loc = event.location
        where = f"{loc.name or ''} {loc.country or ''} ({loc.lat}, {loc.lon}) {loc.precision or ''}"
        table.add_row("where", loc.text, where, parts.get("location", ""))
    if event.date is not None:
        table.add_row("when", "", f"{event.date} ({event.date_precision})", parts.get("date", ""))
    table.add_row("status", "", event.attribution.status, parts.get("status", parts.get("attribution", "default")))
    for response in responses:
        if response.event_type == event.event_type:  # the same act, confirmed by another source
            confirmer = response.attribution.source
            said = f"{response.event_type} ({response.trigger.text})"
            table.add_row("confirmed by", confirmer.text if confirmer else "(the outlet)", said, f"event {response.event_id}")
            continue
        speaker, reporter = response.actor1, response.attribution.source
        said = f"{response.event_type} ({response.trigger.text})" + (f", reported by {reporter.text}" if reporter else "")
        part = "denied by" if response.event_type == "reject" else "answered by"
        table.add_row(part, speaker.text if speaker else "(unnamed)", said, f"event {response.event_id}")
    return [headline, marked, legend, table, Text(f"{event.provenance.method} · tidings {event.provenance.version}", style="dim")]
