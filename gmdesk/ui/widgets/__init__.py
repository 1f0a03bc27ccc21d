"""The widget kit every page is built from: tables, form fields, the error area, findings."""
