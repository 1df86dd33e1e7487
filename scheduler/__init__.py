"""The scheduler process: APScheduler with a fixed set of periodic jobs and a leader lock."""
