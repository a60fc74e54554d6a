// Actors the viewer may see ($access) whose review-by date has passed: the retention listing, oldest first.
MATCH (a:Actor)
WHERE a.reviewBy IS NOT NULL AND a.reviewBy < $today
  AND @visibleActor(a)
RETURN a {.id, .name, .kind, .subtype, .reviewBy, .sensitivity} AS actor
ORDER BY a.reviewBy, a.id
LIMIT 1000
