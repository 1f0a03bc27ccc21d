"""Text layout: no cell or paragraph of any demo form ends on a one- or two-character line."""

from __future__ import annotations

from gmdesk.documents.base import Styles, orphan_lines, para
from tests.documents.demo_forms import RenderedForm


def test_the_measurement_finds_an_orphan() -> None:
    """The check itself: a paragraph wrapped to leave 「理。」 alone is caught."""
    from reportlab.platypus import Paragraph

    styles = Styles()
    text = "感謝各位委員撥冗出席。本所持續推動性別主流化，請各單位落實辦理。"
    plain = Paragraph(text, styles.body)
    plain.wrap(13 * 30, 1000)  # 30 characters a line: 「理。」 is left over
    assert orphan_lines(plain) == ["理。"]
    balanced = para(text, styles.body)
    balanced.wrap(13 * 30, 1000)
    assert orphan_lines(balanced) == []
    assert balanced.width == 13 * 30  # it keeps its width for alignment


def test_no_form_of_the_demo_office_has_an_orphan_line(demo_forms: list[RenderedForm]) -> None:
    forms = demo_forms
    kinds = {f.name.split("-")[0] for f in forms}
    assert kinds == {"notice", "signin", "minutes", "outreach", "collection", "reminders",
                     "annual"}
    bad = [f"{f.name}: 「{line}」 ends 「{text[:30]}…」" for f in forms for line, text in f.orphans]
    assert bad == [], "\n".join(bad)


def test_a_wrapped_line_never_starts_with_closing_punctuation() -> None:
    from reportlab.platypus import Paragraph

    styles = Styles()
    text = "本所性別平等執行小組截至115年12月2日計有組員9人，男性4人、女性5人，女性比例55.6%。"
    found = []
    for chars in range(20, 40):
        plain = Paragraph(text, styles.body)
        plain.wrap(13 * chars, 1000)
        found += [line for line in orphan_lines(plain) if line[0] in "，、。"]
        balanced = para(text, styles.body)
        balanced.wrap(13 * chars, 1000)
        assert orphan_lines(balanced) == [], chars
    assert found, "some width should have pushed a comma to a line start"
