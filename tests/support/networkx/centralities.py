"""Reference centralities from NetworkX, for the comparison tests of the influence analysis.

Reads {"nodes": [...], "ties": [{"source", "target", "directed", "strength"}], "directed": bool,
"eigenvector": {"max_iter", "tol"}, "pagerank": {"alpha", "max_iter", "tol"}} on stdin and prints
every metric per node as JSON. The graph is built here from the raw ties with NetworkX's own
classes, independently of the TypeScript code: parallel ties collapse in the simple graphs
(Graph/DiGraph) used for the path-based metrics and count in the multigraphs used for degrees.
Run with /usr/bin/python3 (Debian's python3-networkx).
"""
import json
import sys

import networkx as nx


def main():
    spec = json.load(sys.stdin)
    nodes = spec["nodes"]
    directed = spec["directed"]
    simple = nx.DiGraph() if directed else nx.Graph()
    multi = nx.MultiDiGraph()
    undirected_simple = nx.Graph()
    ties_multi = nx.MultiGraph()
    for g in (simple, multi, undirected_simple, ties_multi):
        g.add_nodes_from(nodes)
    for tie in spec["ties"]:
        s, t = tie["source"], tie["target"]
        one_way = directed and tie["directed"]
        simple.add_edge(s, t)
        undirected_simple.add_edge(s, t)
        multi.add_edge(s, t)
        if not one_way:
            if directed:
                simple.add_edge(t, s)
            multi.add_edge(t, s)
        ties_multi.add_edge(s, t, strength=tie["strength"])
    degree = dict(ties_multi.degree())
    strength = dict(ties_multi.degree(weight="strength"))
    if directed:
        in_degree = dict(multi.in_degree())
        out_degree = dict(multi.out_degree())
    else:
        in_degree = dict(degree)
        out_degree = dict(degree)
    eig = spec["eigenvector"]
    pr = spec["pagerank"]
    reach = {}
    for n in nodes:
        lengths = nx.single_source_shortest_path_length(simple, n, cutoff=2)
        reach[n] = len(lengths) - 1
    result = {
        "inDegree": in_degree,
        "outDegree": out_degree,
        "degree": degree,
        "weightedDegree": strength,
        "betweenness": nx.betweenness_centrality(simple, normalized=True),
        "closeness": nx.closeness_centrality(simple, wf_improved=True),
        "eigenvector": nx.eigenvector_centrality(undirected_simple, max_iter=eig["max_iter"], tol=eig["tol"]),
        "pageRank": nx.pagerank(simple, alpha=pr["alpha"], max_iter=pr["max_iter"], tol=pr["tol"], weight=None),
        "reach": reach,
    }
    json.dump({"networkx": nx.__version__, "metrics": result}, sys.stdout)


if __name__ == "__main__":
    main()
