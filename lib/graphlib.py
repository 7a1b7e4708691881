"""Topological ordering of a graph of hashable nodes (the graphlib module of CPython 3.11)."""

__all__ = ["TopologicalSorter", "CycleError"]

# States a node's entry in TopologicalSorter._waiting takes once it has no predecessors left
# (before that the entry counts the predecessors not yet marked done).
_HANDED_OUT = -1
_FINISHED = -2

_EXHAUSTED = object()


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is the list of the nodes on one
    cycle, its first node repeated at the end."""


class TopologicalSorter:
    """Orders the nodes of a graph so that each comes after all of its predecessors, either all
    at once (static_order) or in batches as earlier nodes are marked done."""

    def __init__(self, graph=None):
        self._waiting = {}     # node -> unfinished predecessor count, or _HANDED_OUT / _FINISHED
        self._followers = {}   # node -> the nodes naming it as a predecessor (repeats kept)
        self._ready = None     # ready nodes not yet handed out; None until prepare()
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _ensure(self, node):
        if node not in self._waiting:
            self._waiting[node] = 0
            self._followers[node] = []

    def add(self, node, *predecessors):
        """Add `node`, and an edge to it from each of `predecessors` (added too if new)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._ensure(node)
        self._waiting[node] += len(predecessors)
        for before in predecessors:
            self._ensure(before)
            self._followers[before].append(node)

    def prepare(self):
        """Freeze the graph and check it for a cycle (CycleError)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [node for node, count in self._waiting.items() if count == 0]
        # The ready list stays in place even when a cycle is found: the nodes before the cycle
        # can still be processed.
        loop = self._find_loop()
        if loop is not None:
            raise CycleError("nodes are in a cycle", loop)

    def _require_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """Return a tuple of the nodes that became ready since the last call."""
        self._require_prepared()
        batch = tuple(self._ready)
        self._ready = []
        waiting = self._waiting
        for node in batch:
            waiting[node] = _HANDED_OUT
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """Whether more nodes can still be handed out or are handed out and not yet done."""
        self._require_prepared()
        if self._ready:
            return True
        return self._finished < self._handed_out

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark handed-out `nodes` as processed; successors left without pending predecessors
        become ready."""
        self._require_prepared()
        waiting = self._waiting
        for node in nodes:
            state = waiting.get(node)
            if state is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if state == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            if state != _HANDED_OUT:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            waiting[node] = _FINISHED
            for follower in self._followers[node]:
                left = waiting[follower] - 1
                waiting[follower] = left
                if left == 0:
                    self._ready.append(follower)
            self._finished += 1

    def _find_loop(self):
        # Depth-first walk along follower edges, roots in insertion order; the first edge back
        # to a node on the current path closes the cycle that is reported.
        followers = self._followers
        where = {}   # node -> its index on the current path, or _FINISHED once left
        for root in followers:
            if root in where:
                continue
            path = [root]
            where[root] = 0
            branches = [iter(followers[root])]
            while branches:
                step = next(branches[-1], _EXHAUSTED)
                if step is _EXHAUSTED:
                    where[path.pop()] = _FINISHED
                    branches.pop()
                    continue
                index = where.get(step)
                if index is None:
                    where[step] = len(path)
                    path.append(step)
                    branches.append(iter(followers[step]))
                elif index != _FINISHED:
                    return path[index:] + [step]
        return None

    def static_order(self):
        """Prepare, then yield every node in a valid order."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
