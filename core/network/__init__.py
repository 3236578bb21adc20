"""The walking-network engine: a graph built once from street lines, points attached to the nearest street at their
projected position, and multi-source shortest distances per facility type (scipy.sparse.csgraph)."""
