// What an import left in the database, to check that our import and LOAD CSV built the same model.
RETURN COUNT { (:Actor) } AS actors, COUNT { (:AdminArea) } AS areas, COUNT { (:Activity) } AS activities,
       COUNT { (:Output) } AS outputs, COUNT { (:Actor)-[:ACTIVE_IN]->(:AdminArea) } AS activeIn,
       COUNT { (:Actor)-[:CONTRIBUTES_TO]->(:Activity) } AS contributions
