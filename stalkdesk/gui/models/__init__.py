"""Qt item models over service data, one per list or table; tested without a view."""
