"""What Wegwijs keeps, and for how long: the audit log, feedback, and the retention that deletes them."""
