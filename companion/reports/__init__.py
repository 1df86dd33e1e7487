"""Reports for humans (PDF) and for EHRs (FHIR R4)."""
