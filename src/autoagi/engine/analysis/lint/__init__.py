"""Quality checks: wording rules per requirement, relations between requirements, coverage."""
