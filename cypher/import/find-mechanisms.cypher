// Coordination mechanisms already holding an import's mechanism ids, and whether the importing viewer may see them ($access): a hidden one is refused as a taken id.
UNWIND $ids AS id
MATCH (m:CoordinationMechanism {id: id})
RETURN m.id AS id, @visibleMechanism(m) AS visible
