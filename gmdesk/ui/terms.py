"""Terms from the domain's lists, for pyside6-lupdate (context "Term"): the window shows them
translated through `ui.wording.term`, the data keeps the zh-TW term. (Lists the domain names
itself as label kinds — audiences, methods, measure categories — are not here:
gmdesk.wording.en has them.)

tests/ui/test_english.py fails on a term of these lists that is missing here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TERMS: tuple[str, ...] = tuple(str(t) for t in (
    # Fields of an import (importing.FIELDS)
    QT_TRANSLATE_NOOP("Term", "姓名"),
    QT_TRANSLATE_NOOP("Term", "性別"),
    QT_TRANSLATE_NOOP("Term", "單位"),
    QT_TRANSLATE_NOOP("Term", "職稱"),
    QT_TRANSLATE_NOOP("Term", "員工編號"),
    QT_TRANSLATE_NOOP("Term", "身分證字號"),
    QT_TRANSLATE_NOOP("Term", "人員類別"),
    QT_TRANSLATE_NOOP("Term", "到職日期"),
    QT_TRANSLATE_NOOP("Term", "離職日期"),
    QT_TRANSLATE_NOOP("Term", "備註"),
    QT_TRANSLATE_NOOP("Term", "課程名稱"),
    QT_TRANSLATE_NOOP("Term", "上課日期"),
    QT_TRANSLATE_NOOP("Term", "時數"),
    QT_TRANSLATE_NOOP("Term", "課程等級"),
    QT_TRANSLATE_NOOP("Term", "CEDAW內容"),
    QT_TRANSLATE_NOOP("Term", "上課方式"),
    QT_TRANSLATE_NOOP("Term", "辦理機關"),
    QT_TRANSLATE_NOOP("Term", "滿意度"),
    # Presets (presets.PRESETS: label, note)
    QT_TRANSLATE_NOOP("Term", "高雄市區公所"),
    QT_TRANSLATE_NOOP("Term", "臺北市一級機關"),
    QT_TRANSLATE_NOOP("Term", "培力時數先沿用臺北市之數值，請依本市規定修改。"),
    # Names the window composes
    QT_TRANSLATE_NOOP("Term", "%1年第%2次會議"),
    QT_TRANSLATE_NOOP("Term", "%1年第%2次"),
    # CEDAW articles and general recommendations (outreach.ARTICLES, GENERAL_RECOMMENDATIONS)
    QT_TRANSLATE_NOOP("Term", "歧視的定義"),
    QT_TRANSLATE_NOOP("Term", "締約國消除歧視的義務"),
    QT_TRANSLATE_NOOP("Term", "確保婦女的發展與進步"),
    QT_TRANSLATE_NOOP("Term", "暫行特別措施"),
    QT_TRANSLATE_NOOP("Term", "性別角色與刻板印象"),
    QT_TRANSLATE_NOOP("Term", "禁止販賣婦女及意圖營利使婦女賣淫"),
    QT_TRANSLATE_NOOP("Term", "政治與公共生活"),
    QT_TRANSLATE_NOOP("Term", "國際代表與參與"),
    QT_TRANSLATE_NOOP("Term", "國籍"),
    QT_TRANSLATE_NOOP("Term", "教育"),
    QT_TRANSLATE_NOOP("Term", "就業"),
    QT_TRANSLATE_NOOP("Term", "健康"),
    QT_TRANSLATE_NOOP("Term", "經濟與社會生活"),
    QT_TRANSLATE_NOOP("Term", "農村婦女"),
    QT_TRANSLATE_NOOP("Term", "法律之前人人平等"),
    QT_TRANSLATE_NOOP("Term", "婚姻與家庭"),
    QT_TRANSLATE_NOOP("Term", "對婦女的暴力行為"),
    QT_TRANSLATE_NOOP("Term", "締約國的核心義務"),
    QT_TRANSLATE_NOOP("Term", "婦女訴諸司法"),
    QT_TRANSLATE_NOOP("Term", "農村婦女的權利"),
    QT_TRANSLATE_NOOP("Term", "關於對婦女的性別暴力行為（更新第19號）"),
    QT_TRANSLATE_NOOP("Term", "女童和婦女受教育的權利"),
    QT_TRANSLATE_NOOP("Term", "氣候變遷下減少災害風險的性別相關面向"),
    QT_TRANSLATE_NOOP("Term", "全球移民背景下販運婦女和女童問題"),
    QT_TRANSLATE_NOOP("Term", "原住民族婦女和女童的權利"),
    QT_TRANSLATE_NOOP("Term", "婦女在決策系統中平等和包容的代表性"),
    QT_TRANSLATE_NOOP("Term", "%1%2第%3案"),
    QT_TRANSLATE_NOOP("Term", "第%1條 %2"),
    QT_TRANSLATE_NOOP("Term", "一般性建議第%1號 %2"),
))
