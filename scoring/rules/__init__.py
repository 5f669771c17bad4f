"""The checklist's rules, one module per theme; `scoring.checklist.CHECKLIST` lists them in order."""
