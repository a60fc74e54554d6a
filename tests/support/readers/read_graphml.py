"""Reads a GraphML export with NetworkX and with igraph and prints what each saw, as JSON.

Used by tests/integration/export-formats.test.ts (run with /usr/bin/python3, where the Debian
packages python3-networkx and python3-igraph are installed): the test checks that both readers
see the same nodes, edges and typed attributes as the export graph.
"""
import json
import math
import sys

import igraph
import networkx


def clean(attrs):
    out = {}
    for key, value in attrs.items():
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        out[key] = value
    return out


def read_networkx(path):
    graph = networkx.read_graphml(path)
    edges = []
    multi = graph.is_multigraph()
    for source, target, *rest in (graph.edges(data=True, keys=True) if multi else graph.edges(data=True)):
        attrs = rest[-1]
        edge_id = rest[0] if multi else attrs.get("id")
        edges.append({"id": edge_id, "source": source, "target": target, "data": clean({k: v for k, v in attrs.items() if k != "id"})})
    return {
        "graph": {k: v for k, v in graph.graph.items() if k in ("map", "filters", "exportedAt", "sensitivity")},
        "nodes": {node: clean(data) for node, data in graph.nodes(data=True)},
        "edges": edges,
    }


def read_igraph(path):
    graph = igraph.Graph.Read_GraphML(path)
    names = graph.vs["id"]
    nodes = {}
    for vertex in graph.vs:
        attrs = {k: v for k, v in vertex.attributes().items() if k != "id"}
        nodes[vertex["id"]] = clean(attrs)
    edges = []
    for edge in graph.es:
        attrs = edge.attributes()
        edges.append({"id": attrs.get("id"), "source": names[edge.source], "target": names[edge.target],
                      "data": clean({k: v for k, v in attrs.items() if k != "id"})})
    return {"directed": graph.is_directed(), "nodes": nodes, "edges": edges}


if __name__ == "__main__":
    print(json.dumps({"networkx": read_networkx(sys.argv[1]), "igraph": read_igraph(sys.argv[1])}, ensure_ascii=False))
