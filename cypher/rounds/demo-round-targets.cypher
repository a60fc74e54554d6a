// The demo records whose earlier state the demo's first mapping round shows (server/rounds/demo-rounds.ts), chosen by rule so the demo's ids may change: a tie between a youth group and a party to the conflict (new since the first round; the demo's parties are confidential, so this change stays for those cleared for them: need to know shows), a women's group whose stance is negative (positive then) and a government actor that is a divider (a connector then), both of those among the actors an internal-clearance reader sees, so the change is there for mission leadership at internal clearance too. Each is null when the demo has none.
RETURN
  COLLECT {
    MATCH (:Actor {kind: 'civil_society', subtype: 'youth_group'})-[t]-(:Actor {kind: 'conflict_party'})
    WHERE t.id IS NOT NULL
    RETURN t.id ORDER BY t.id LIMIT 1
  }[0] AS tieId,
  COLLECT {
    MATCH (women:Actor {kind: 'civil_society', subtype: 'womens_group'})
    WHERE women.stance < 0 AND coalesce(women.sensitivity, 'internal') IN ['public', 'internal']
    RETURN women.id ORDER BY women.id LIMIT 1
  }[0] AS womenId,
  COLLECT {
    MATCH (government:Actor {kind: 'government', doNoHarmRole: 'divider'})
    WHERE coalesce(government.sensitivity, 'internal') IN ['public', 'internal']
    RETURN government.id ORDER BY government.id LIMIT 1
  }[0] AS governmentId
