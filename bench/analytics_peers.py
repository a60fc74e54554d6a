"""The peers of the analytics benchmark: igraph and NetworkX on the same graph as Actor Map.

Reads {"n", "edges": [[s, t, weight], ...] (simple undirected graph), "reps", "igraph": bool,
"networkx": bool, "networkx_reps",
"eigenvector": {"max_iter", "tol"}, "pagerank": {"alpha", "max_iter", "tol"}, "seed"} on stdin and
prints, per library and algorithm, the fastest of `reps` runs (graph construction not
timed) and the values, normalised like NetworkX's definitions so they can be compared with ours.
Run with /usr/bin/python3 (Debian's python3-igraph and python3-networkx).
"""
import json
import random
import sys
import time

import igraph
import networkx as nx


def timed(reps, work):
    seconds = []
    value = None
    for _ in range(reps):
        start = time.perf_counter()
        value = work()
        seconds.append(time.perf_counter() - start)
    return min(seconds), value


def run_igraph(spec):
    n, reps = spec["n"], spec["reps"]
    g = igraph.Graph(n=n, edges=[(s, t) for s, t, _ in spec["edges"]], directed=False)
    weights = [w for _, _, w in spec["edges"]]
    components = g.connected_components().membership
    size = {}
    for c in components:
        size[c] = size.get(c, 0) + 1
    out = {}
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0
    sec, raw = timed(reps, lambda: g.betweenness(directed=False))
    out["betweenness"] = {"seconds": sec, "values": [b * scale for b in raw]}
    sec, raw = timed(reps, lambda: g.closeness(normalized=True))
    # igraph: (r-1)/sum over the reachable part; NetworkX wf_improved also multiplies by (r-1)/(n-1).
    out["closeness"] = {"seconds": sec, "values": [
        (0.0 if c != c else c) * (size[components[v]] - 1) / (n - 1) for v, c in enumerate(raw)]}
    pr = spec["pagerank"]
    sec, raw = timed(reps, lambda: g.pagerank(directed=False, damping=pr["alpha"]))
    out["pageRank"] = {"seconds": sec, "values": raw}
    sec, raw = timed(reps, lambda: g.eigenvector_centrality(directed=False, scale=True))
    norm = sum(x * x for x in raw) ** 0.5 or 1.0
    out["eigenvector"] = {"seconds": sec, "values": [x / norm for x in raw]}
    # igraph's multilevel draws from Python's random module: seeded, so its modularity repeats run to run.
    random.seed(spec["seed"])
    sec, parts = timed(reps, lambda: g.community_multilevel(weights=weights))
    out["louvain"] = {"seconds": sec, "modularity": g.modularity(parts.membership, weights=weights), "communities": len(parts)}
    return out


def run_networkx(spec):
    n, reps = spec["n"], spec.get("networkx_reps", spec["reps"])
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for s, t, w in spec["edges"]:
        g.add_edge(s, t, weight=w)
    ordered = lambda d: [d[v] for v in range(n)]
    out = {}
    sec, raw = timed(reps, lambda: nx.betweenness_centrality(g, normalized=True))
    out["betweenness"] = {"seconds": sec, "values": ordered(raw)}
    sec, raw = timed(reps, lambda: nx.closeness_centrality(g, wf_improved=True))
    out["closeness"] = {"seconds": sec, "values": ordered(raw)}
    pr, eig = spec["pagerank"], spec["eigenvector"]
    sec, raw = timed(reps, lambda: nx.pagerank(g, alpha=pr["alpha"], max_iter=pr["max_iter"], tol=pr["tol"], weight=None))
    out["pageRank"] = {"seconds": sec, "values": ordered(raw)}
    sec, raw = timed(reps, lambda: nx.eigenvector_centrality(g, max_iter=eig["max_iter"], tol=eig["tol"]))
    out["eigenvector"] = {"seconds": sec, "values": ordered(raw)}
    sec, parts = timed(reps, lambda: nx.community.louvain_communities(g, weight="weight", seed=spec["seed"]))
    out["louvain"] = {"seconds": sec, "modularity": nx.community.modularity(g, parts, weight="weight"), "communities": len(parts)}
    return out


def main():
    spec = json.load(sys.stdin)
    result = {"versions": {"igraph": igraph.__version__, "networkx": nx.__version__}}
    if spec.get("igraph", True):
        result["igraph"] = run_igraph(spec)
    if spec.get("networkx", True):
        result["networkx"] = run_networkx(spec)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
