"""The training figures of `gmdesk check --json` match a direct count in the database."""

import json
from pathlib import Path

import pytest

from gmdesk.cli import main
from gmdesk.storage.db import open_db

SQL = """
WITH preset AS (
    SELECT preset FROM rules WHERE year_from <= :year ORDER BY year_from DESC LIMIT 1
),
period AS (
    SELECT e.person_id, e.category,
           julianday(MIN(COALESCE(e."end", :last), :last))
             - julianday(MAX(e.start, :first)) + 1 AS days,
           ROW_NUMBER() OVER (PARTITION BY e.person_id ORDER BY e.start DESC) AS latest
    FROM employment e
    WHERE e.start <= :last AND (e."end" IS NULL OR e."end" >= :first)
),
staff AS (
    SELECT p.id, p.gender, period.category,
           (SELECT SUM(days) FROM period q WHERE q.person_id = p.id) AS days,
           json_extract((SELECT preset FROM preset), '$.training_hours.' || period.category)
             AS required,
           CASE WHEN period.category = 'focal'
                THEN json_extract((SELECT preset FROM preset), '$.focal_advanced_hours')
                ELSE 0 END AS advanced_required,
           json_extract((SELECT preset FROM preset), '$.min_service_days') AS min_days,
           EXISTS (SELECT 1 FROM exemption x WHERE x.person_id = p.id AND x.year = :year)
             AS exempted
    FROM person p JOIN period ON period.person_id = p.id AND period.latest = 1
),
done AS (
    SELECT person_id, SUM(hours) AS hours,
           SUM(CASE WHEN level = 'advanced' THEN hours ELSE 0 END) AS advanced
    FROM training WHERE day BETWEEN :first AND :last GROUP BY person_id
)
SELECT s.category, s.gender,
       SUM(NOT (s.exempted OR s.days < s.min_days)) AS required,
       SUM(s.exempted OR s.days < s.min_days) AS exempt,
       SUM(NOT (s.exempted OR s.days < s.min_days)
           AND COALESCE(d.hours, 0) >= s.required
           AND COALESCE(d.advanced, 0) >= s.advanced_required) AS completed
FROM staff s LEFT JOIN done d ON d.person_id = s.id
GROUP BY s.category, s.gender
"""


@pytest.mark.parametrize("year", [114, 115])
def test_check_json_completion_matches_sql(demo_path: Path, year: int,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(demo_path), "--year", str(year), "--json",
                 "--today", "2026-11-24"]) == 0
    duties = {d["id"]: d for d in json.loads(capsys.readouterr().out)["duties"]}
    figures = duties["training"]["figures"]

    db = open_db(demo_path, readonly=True)
    gregorian = year + 1911
    rows = db.execute(SQL, {"year": year, "first": f"{gregorian}-01-01",
                            "last": f"{gregorian}-12-31"}).fetchall()
    db.close()
    expected: dict[str, dict[str, int]] = {}
    for category, gender, required, exempt, completed in rows:
        for key in (f"{category}:{gender}", f"{category}:all"):
            cell = expected.setdefault(key, {"required": 0, "exempt": 0, "completed": 0})
            cell["required"] += required
            cell["exempt"] += exempt
            cell["completed"] += completed
    shown = {k: {n: v[n] for n in ("required", "exempt", "completed")}
             for k, v in figures["by_category"].items()
             if v["required"] or v["exempt"]}
    assert shown == expected
    assert figures["required"] == sum(r[2] for r in rows)
    assert figures["completed"] == sum(r[4] for r in rows)
    assert len(figures["short"]) == figures["required"] - figures["completed"]
    if year == 115:
        assert 0 < len(figures["short"]) < figures["required"]  # the demo's deliberate gaps
