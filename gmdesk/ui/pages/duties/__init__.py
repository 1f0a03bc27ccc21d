"""The pages of the plan's other duties: 性別影響評估, 性別統計, 性別預算 and the committees."""
