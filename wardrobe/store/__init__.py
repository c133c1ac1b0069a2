"""The inventory itself: a file or a server opened only if it is one, its schema upgraded after a
copy, the audit trail written with every change, the order names sort in."""
