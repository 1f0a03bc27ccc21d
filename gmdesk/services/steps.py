"""What a long task says while it works (the progress dialog's line), as phrases.

A service reports `progress(done, total, steps.say("gathering"))`; the window words it in the
clerk's language (ui.runner.Progress), the CLI prints the zh-TW text.
"""

from __future__ import annotations

from gmdesk.domain import texts
from gmdesk.domain.texts import Phrase

texts.define({
    "step.gathering": "整理年度資料…",
    "step.gathering_data": "整理資料…",
    "step.done": "完成",
    "step.laying_out_report": "排版成果報告…",
    "step.writing_editable": "寫入可編輯檔…",
    "step.writing_workbook": "寫入活頁簿…",
    "step.filling_template": "填入範本…",
    "step.making_pages": "製作網頁…",
    "step.making_item": "製作{item}（{n}/{total}）",
    "step.packing": "封裝中…",
    "step.reading_file": "讀取 {name}（{n}/{total}）…",
    "step.consolidating": "彙整中…",
    "step.writing_consolidated": "寫入彙整活頁簿…",
    "step.drawing_dashboard": "繪製儀表板…",
    "step.reading_rows": "讀取資料列…",
    "step.matching_people": "比對人員與既有資料…",
    "step.writing_records": "寫入培力紀錄 {done}/{total}…",
    "step.writing_roster": "寫入人員名冊…",
})


def say(step: str, **params: object) -> Phrase:
    """The phrase of a step ("gathering", "done", …)."""
    return Phrase.of(f"step.{step}", **params)
