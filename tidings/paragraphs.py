"""The ``tidings_paragraphs`` component: a line break ends a sentence.

News text puts headlines, datelines and paragraphs on their own lines; the parser would
otherwise run a sentence across them and attach words of one paragraph to the next.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["ParagraphBreaks"]


class ParagraphBreaks:
    """Marks the token after any whitespace token holding a newline as a sentence start."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                doc[token.i + 1].is_sent_start = True
        return doc


@Language.factory("tidings_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    """Factory of the ``tidings_paragraphs`` component."""
    return ParagraphBreaks()
