"""Unit-of-work services: each public function is one user action and returns plain records."""
