X = "sibling"
