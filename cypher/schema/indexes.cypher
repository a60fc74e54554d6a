// Lookup indexes for the filters the API offers. IF NOT EXISTS makes the file idempotent.
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX actor_subtype IF NOT EXISTS FOR (n:Actor) ON (n.subtype);
CREATE INDEX actor_review_by IF NOT EXISTS FOR (n:Actor) ON (n.reviewBy);
CREATE INDEX engagement_date IF NOT EXISTS FOR (n:Engagement) ON (n.date);
CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
CREATE INDEX audit_event_action IF NOT EXISTS FOR (n:AuditEvent) ON (n.action);
CREATE INDEX claim_tie_id IF NOT EXISTS FOR (n:Claim) ON (n.tieId);
CREATE INDEX claim_legacy_tie_id IF NOT EXISTS FOR (n:Claim) ON (n.legacyTieId);
CREATE INDEX claim_actor_id IF NOT EXISTS FOR (n:Claim) ON (n.actorId);
