"""Job capacity: DOT strength levels, the NIOSH lifting equation, clinic-tested capacity against
the job's demands, restrictions and transitional duty."""
