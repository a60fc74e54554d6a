// Append one audit event. The application never updates or deletes audit events.
CREATE (e:AuditEvent {id: $id, at: datetime(), userId: $userId, action: $action, targetType: $targetType,
                      targetIds: $targetIds, detail: $detail, subjects: $subjects})
