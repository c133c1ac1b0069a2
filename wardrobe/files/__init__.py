"""Files outside the inventory: where an output may go and how it is written (whole, private), and
photos made sensible on the way in."""
