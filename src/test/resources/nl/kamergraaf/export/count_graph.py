"""Reads a GraphML or GEXF export with networkx and prints its node and edge counts.

Used by NetworkxReadsExportsTest: "nodes edges weight-sum" on one line.
"""
import sys

import networkx as nx

path = sys.argv[1]
graph = nx.read_graphml(path) if path.endswith(".graphml") else nx.read_gexf(path)
weights = sum(int(float(data.get("weight", 0))) for _, _, data in graph.edges(data=True))
print(graph.number_of_nodes(), graph.number_of_edges(), weights)
