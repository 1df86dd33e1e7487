"""The conversation with a patient: reading replies and the dialogue around them."""
