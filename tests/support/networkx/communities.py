"""Reference modularities for the Louvain tests of the influence analysis.

Reads {"nodes": n, "ties": [[source, target, strength], ...] (indices; parallel ties allowed),
"membership": [community of each node], "seeds": [...]} on stdin. Builds the weighted graph here,
independently of the TypeScript code: parallel ties summed into one edge, self-loops dropped. Prints
NetworkX's modularity of the given membership, and the modularity NetworkX's and igraph's own
Louvain reach with each seed. Run with /usr/bin/python3 (Debian's python3-networkx, python3-igraph).
"""
import json
import random
import sys

import igraph
import networkx as nx


def main():
    spec = json.load(sys.stdin)
    graph = nx.Graph()
    graph.add_nodes_from(range(spec["nodes"]))
    for s, t, w in spec["ties"]:
        if s == t:
            continue
        previous = graph.get_edge_data(s, t, {"weight": 0})["weight"]
        graph.add_edge(s, t, weight=previous + w)
    groups = {}
    for node, community in enumerate(spec["membership"]):
        groups.setdefault(community, set()).add(node)
    edges = list(graph.edges(data="weight"))
    ig = igraph.Graph(n=spec["nodes"], edges=[(s, t) for s, t, _ in edges])
    weights = [w for _, _, w in edges]
    networkx_louvain, igraph_louvain = [], []
    for seed in spec["seeds"]:
        parts = nx.community.louvain_communities(graph, weight="weight", seed=seed)
        networkx_louvain.append(nx.community.modularity(graph, parts, weight="weight"))
        random.seed(seed)  # python-igraph draws from Python's random module
        igraph_louvain.append(ig.modularity(ig.community_multilevel(weights=weights).membership, weights=weights))
    json.dump({
        "modularity": nx.community.modularity(graph, groups.values(), weight="weight"),
        "networkxLouvain": networkx_louvain,
        "igraphLouvain": igraph_louvain,
    }, sys.stdout)


if __name__ == "__main__":
    main()
