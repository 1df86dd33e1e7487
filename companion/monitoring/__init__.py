"""Watching each patient: delivery, adherence, red flags and alert rules."""
