"""Job demands, programme templates, progression of doses and return-to-work readiness."""
