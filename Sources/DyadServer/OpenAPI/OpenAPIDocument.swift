/// The OpenAPI 3.1 document served at `/openapi.json`, compiled in so a copied binary still has it.
///
/// `docs/openapi.json` holds the same text (a test checks both, and that its paths are exactly the
/// API routes of `Route.all`). Edit `docs/openapi.json` and paste it here.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Dyad event API",
            "version": "0.1.0",
            "description": "Events coded from news text (PLOVER types) by dyad, served by `dyad serve`. Every response is JSON with sorted keys unless stated; errors are {\"error\": code, \"detail\": text, \"status\": number}.",
            "license": { "name": "see the repository" }
          },
          "servers": [{ "url": "http://127.0.0.1:8080" }],
          "paths": {
            "/api/events": {
              "get": {
                "summary": "Events matching the dyad query filters, in id order or sorted by date, type or count, one page at a time",
                "parameters": [
                  { "$ref": "#/components/parameters/from" }, { "$ref": "#/components/parameters/to" },
                  { "$ref": "#/components/parameters/type" }, { "$ref": "#/components/parameters/source" },
                  { "$ref": "#/components/parameters/target" }, { "$ref": "#/components/parameters/place" },
                  { "$ref": "#/components/parameters/actor" }, { "$ref": "#/components/parameters/text" },
                  { "$ref": "#/components/parameters/min_confidence" }, { "$ref": "#/components/parameters/include_historical" },
                  { "$ref": "#/components/parameters/cluster" },
                  { "name": "limit", "in": "query", "description": "Page size.", "schema": { "type": "integer", "minimum": 1, "maximum": 1000, "default": 50 } },
                  { "name": "after", "in": "query", "description": "Cursor: only events after this one in the page's order (the previous page's `next`; in id order, those with a larger id).", "schema": { "type": "integer", "minimum": 0 } },
                  { "name": "sort", "in": "query", "description": "Order of the events: id (storage order), date (the event's day; undated last), type (PLOVER code) or count (the quantity's value; events without one last). Ties are broken by id ascending, so pages never repeat or skip an event.", "schema": { "type": "string", "enum": ["id", "date", "type", "count"], "default": "id" } },
                  { "name": "order", "in": "query", "description": "Direction of `sort`.", "schema": { "type": "string", "enum": ["asc", "desc"], "default": "asc" } }
                ],
                "responses": {
                  "200": { "description": "A page of events", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/EventPage" } } } },
                  "400": { "$ref": "#/components/responses/Error" }
                }
              }
            },
            "/api/export": {
              "get": {
                "summary": "Every event matching the filters, in id order, as a file to download (the dashboard's \"export this view\")",
                "parameters": [
                  { "$ref": "#/components/parameters/from" }, { "$ref": "#/components/parameters/to" },
                  { "$ref": "#/components/parameters/type" }, { "$ref": "#/components/parameters/source" },
                  { "$ref": "#/components/parameters/target" }, { "$ref": "#/components/parameters/place" },
                  { "$ref": "#/components/parameters/actor" }, { "$ref": "#/components/parameters/text" },
                  { "$ref": "#/components/parameters/min_confidence" }, { "$ref": "#/components/parameters/include_historical" },
                  { "$ref": "#/components/parameters/cluster" },
                  { "name": "format", "in": "query", "description": "As `dyad export --format`: EVAL.md records (jsonl), CSV, GeoJSON (events with coordinates, a `color` per type), PLOVER records or CAMEO lines.", "schema": { "type": "string", "enum": ["jsonl", "csv", "geojson", "plover", "cameo"], "default": "jsonl" } }
                ],
                "responses": {
                  "200": { "description": "The events, streamed", "content": { "application/x-ndjson": {}, "text/csv": {}, "application/geo+json": {}, "text/tab-separated-values": {} } },
                  "400": { "$ref": "#/components/responses/Error" }
                }
              }
            },
            "/api/events/{id}": {
              "get": {
                "summary": "One event with its whole sentence and its document's links",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "minimum": 1 } }],
                "responses": {
                  "200": { "description": "The event", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/EventDetail" } } } },
                  "400": { "$ref": "#/components/responses/Error" },
                  "404": { "$ref": "#/components/responses/Error" }
                }
              }
            },
            "/api/documents/{id}": {
              "get": {
                "summary": "A stored document: text, sentences, recognised mentions and event spans (character offsets)",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": {
                  "200": { "description": "The document", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/DocumentDetail" } } } },
                  "404": { "$ref": "#/components/responses/Error" }
                }
              }
            },
            "/api/documents": {
              "post": {
                "summary": "Code and store one JSON document or a JSON Lines batch (all or nothing)",
                "description": "Requires `Authorization: Bearer <token>` (the server's --token-file or DYAD_TOKEN). A server started without a token is read-only and answers 403. Bodies above --max-body bytes get 413.",
                "security": [{ "bearer": [] }],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": { "schema": { "$ref": "#/components/schemas/NewDocument" } },
                    "application/x-ndjson": { "schema": { "type": "string", "description": "One NewDocument object per line." } }
                  }
                },
                "responses": {
                  "200": { "description": "What was stored", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/IngestResult" } } } },
                  "400": { "$ref": "#/components/responses/Error" },
                  "401": { "$ref": "#/components/responses/Error" },
                  "403": { "$ref": "#/components/responses/Error" },
                  "413": { "$ref": "#/components/responses/Error" }
                }
              }
            },
            "/api/stats/timeline": {
              "get": {
                "summary": "Events per day, week or month and type, with summed quantities",
                "parameters": [
                  { "$ref": "#/components/parameters/from" }, { "$ref": "#/components/parameters/to" },
                  { "$ref": "#/components/parameters/type" }, { "$ref": "#/components/parameters/source" },
                  { "$ref": "#/components/parameters/target" }, { "$ref": "#/components/parameters/place" },
                  { "$ref": "#/components/parameters/actor" }, { "$ref": "#/components/parameters/text" },
                  { "$ref": "#/components/parameters/min_confidence" }, { "$ref": "#/components/parameters/include_historical" },
                  { "name": "by", "in": "query", "schema": { "type": "string", "enum": ["day", "week", "month"], "default": "day" } },
                  { "name": "unit", "in": "query", "description": "Also sum the quantities of this unit per bucket (`unit_total`), e.g. arrested.", "schema": { "type": "string" } }
                ],
                "responses": {
                  "200": { "description": "Buckets in time order", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Timeline" } } } },
                  "400": { "$ref": "#/components/responses/Error" }
                }
              }
            },
            "/api/stats/dyads": {
              "get": {
                "summary": "The top source -> target country pairs of each event type",
                "parameters": [
                  { "$ref": "#/components/parameters/from" }, { "$ref": "#/components/parameters/to" },
                  { "$ref": "#/components/parameters/type" }, { "$ref": "#/components/parameters/source" },
                  { "$ref": "#/components/parameters/target" }, { "$ref": "#/components/parameters/place" },
                  { "$ref": "#/components/parameters/actor" }, { "$ref": "#/components/parameters/text" },
                  { "$ref": "#/components/parameters/min_confidence" }, { "$ref": "#/components/parameters/include_historical" },
                  { "name": "per_type", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 100, "default": 10 } }
                ],
                "responses": {
                  "200": { "description": "Pairs, largest first", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Dyads" } } } },
                  "400": { "$ref": "#/components/responses/Error" }
                }
              }
            },
            "/api/places": {
              "get": {
                "summary": "Event places with counts as a GeoJSON FeatureCollection",
                "parameters": [
                  { "$ref": "#/components/parameters/from" }, { "$ref": "#/components/parameters/to" },
                  { "$ref": "#/components/parameters/type" }, { "$ref": "#/components/parameters/source" },
                  { "$ref": "#/components/parameters/target" }, { "$ref": "#/components/parameters/place" },
                  { "$ref": "#/components/parameters/actor" }, { "$ref": "#/components/parameters/text" },
                  { "$ref": "#/components/parameters/min_confidence" }, { "$ref": "#/components/parameters/include_historical" },
                  { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 1000, "default": 500 } }
                ],
                "responses": {
                  "200": { "description": "GeoJSON", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Places" } } } },
                  "400": { "$ref": "#/components/responses/Error" }
                }
              }
            },
            "/healthz": {
              "get": {
                "summary": "200 when the store answers",
                "responses": { "200": { "description": "Healthy", "content": { "application/json": { "schema": { "type": "object", "properties": { "status": { "const": "ok" } } } } } } }
              }
            },
            "/metrics": {
              "get": {
                "summary": "Prometheus text: requests by route and status, latency histogram, events stored, documents ingested",
                "responses": { "200": { "description": "Prometheus exposition format 0.0.4", "content": { "text/plain": { "schema": { "type": "string" } } } } }
              }
            },
            "/openapi.json": {
              "get": {
                "summary": "This document",
                "responses": { "200": { "description": "OpenAPI 3.1", "content": { "application/json": { "schema": { "type": "object" } } } } }
              }
            }
          },
          "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
            "parameters": {
              "from": { "name": "from", "in": "query", "description": "First day (YYYY-MM-DD) of the event, or of its document when undated.", "schema": { "type": "string", "format": "date" } },
              "to": { "name": "to", "in": "query", "description": "Last day (YYYY-MM-DD), included.", "schema": { "type": "string", "format": "date" } },
              "type": { "name": "type", "in": "query", "description": "PLOVER event types; repeat or comma-separate.", "style": "form", "explode": true, "schema": { "type": "array", "items": { "$ref": "#/components/schemas/EventType" } } },
              "source": { "name": "source", "in": "query", "description": "Country codes of a source actor (three letters).", "schema": { "type": "array", "items": { "$ref": "#/components/schemas/CountryCode" } } },
              "target": { "name": "target", "in": "query", "description": "Country codes of a target actor.", "schema": { "type": "array", "items": { "$ref": "#/components/schemas/CountryCode" } } },
              "place": { "name": "place", "in": "query", "description": "Country codes of the event's place.", "schema": { "type": "array", "items": { "$ref": "#/components/schemas/CountryCode" } } },
              "actor": { "name": "actor", "in": "query", "description": "Substring of an actor's words or name.", "schema": { "type": "string", "maxLength": 200 } },
              "text": { "name": "text", "in": "query", "description": "Words that must all occur in the evidence sentence.", "schema": { "type": "string", "maxLength": 200 } },
              "min_confidence": { "name": "min_confidence", "in": "query", "description": "Only events whose confidence (the calibrated probability that the record is right) is at least this.", "schema": { "type": "number", "minimum": 0, "maximum": 1 } },
              "include_historical": { "name": "include_historical", "in": "query", "description": "1: also historical events (dated more than a year before their document), which lists, counts, timelines and the map leave out by default.", "schema": { "type": "string", "enum": ["0", "1"] } },
              "cluster": { "name": "cluster", "in": "query", "description": "Only the reports of one event across documents (an event's `cluster`).", "schema": { "type": "integer", "minimum": 1 } }
            },
            "responses": {
              "Error": { "description": "An error", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            },
            "schemas": {
              "Error": { "type": "object", "required": ["error", "detail", "status"], "properties": { "error": { "type": "string" }, "detail": { "type": "string" }, "status": { "type": "integer" } } },
              "EventType": { "type": "string", "enum": ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "MIGRATE"] },
              "CountryCode": { "type": "string", "pattern": "^[A-Z]{3}$" },
              "Actor": { "type": "object", "properties": { "text": { "type": ["string", "null"] }, "country": { "type": ["string", "null"] }, "sector": { "type": ["string", "null"] }, "name": { "type": "string" }, "implied": { "type": "boolean" } } },
              "Event": {
                "type": "object",
                "description": "The dyad code record (see EVAL.md) plus the store's id, cluster id and day.",
                "properties": {
                  "id": { "type": "integer" }, "cluster_id": { "type": ["integer", "null"] }, "day": { "type": ["string", "null"] },
                  "doc": { "type": "string" }, "type": { "$ref": "#/components/schemas/EventType" }, "mode": { "type": ["string", "null"] },
                  "source": { "type": "array", "items": { "$ref": "#/components/schemas/Actor" } },
                  "target": { "type": "array", "items": { "$ref": "#/components/schemas/Actor" } },
                  "date": { "type": ["string", "null"] },
                  "place": { "type": ["object", "null"], "properties": { "name": { "type": "string" }, "country": { "type": "string" }, "lat": { "type": ["number", "null"] }, "lon": { "type": ["number", "null"] } } },
                  "quantity": { "type": ["object", "null"], "properties": { "value": { "type": "number" }, "qualifier": { "type": "string" }, "unit": { "type": ["string", "null"] }, "text": { "type": "string" }, "scope": { "type": "string", "enum": ["period_total", "historical", "hypothetical"], "description": "Present when the count is not one day's figure of this event; aggregates leave it out." }, "period": { "type": "string", "description": "The words giving the period of a period total (in a year, since February)." } } },
                  "attribution": { "type": ["string", "null"] },
                  "evidence": { "type": "object", "properties": { "sentence": { "type": "integer" }, "start": { "type": "integer" }, "end": { "type": "integer" }, "text": { "type": "string" } } },
                  "modality": { "type": ["string", "null"] }, "contexts": { "type": "array", "items": { "type": "string" } },
                  "trigger": { "type": "string" }, "mentions": { "type": "integer" },
                  "confidence": { "type": "number", "minimum": 0, "maximum": 1, "description": "Calibrated probability that the record matches what an annotator would code (scripts/calibrate_confidence.py)." },
                  "place_precision": { "type": "string", "enum": ["point", "admin1", "country", "none"], "description": "point: a named city or site; admin1: a region; country: only the country is known (its coordinates are the country's representative point)." },
                  "date_precision": { "type": "string", "enum": ["day", "week", "month", "year", "document"], "description": "How exactly the date is known; document: the text gives no date for the event." },
                  "historical": { "type": "boolean", "description": "Dated more than a year before its document: left out of timelines, counts and the map unless include_historical=1." },
                  "cameo": { "type": "string", "pattern": "^[0-9]{3,4}$", "description": "The CAMEO code of the verb pattern (lexicon-imported/verbs.tsv) the trigger came from; absent for curated triggers." },
                  "url": { "type": "string" }, "document_url": { "type": "string" }
                }
              },
              "EventPage": { "type": "object", "properties": { "events": { "type": "array", "items": { "$ref": "#/components/schemas/Event" } }, "count": { "type": "integer" }, "next": { "type": ["integer", "null"], "description": "Pass as `after` for the next page; null on the last page." }, "next_url": { "type": ["string", "null"] } } },
              "EventDetail": { "allOf": [{ "$ref": "#/components/schemas/Event" }, { "type": "object", "properties": { "sentence": { "type": ["object", "null"] }, "document": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": ["string", "null"] }, "url": { "type": ["string", "null"] }, "date": { "type": ["string", "null"] }, "api": { "type": "string" }, "page": { "type": "string" } } } } }] },
              "DocumentDetail": { "type": "object", "properties": { "id": { "type": "string" }, "date": { "type": ["string", "null"] }, "title": { "type": ["string", "null"] }, "url": { "type": ["string", "null"] }, "outlet": { "type": ["string", "null"] }, "text": { "type": "string" }, "coded_at": { "type": "string" }, "sentences": { "type": "array", "items": { "type": "object" } }, "mentions": { "type": "array", "items": { "type": "object", "properties": { "kind": { "type": "string", "enum": ["place", "actor", "quantity", "date"] }, "start": { "type": "integer" }, "end": { "type": "integer" }, "text": { "type": "string" }, "country": { "type": ["string", "null"] }, "detail": { "type": ["string", "null"] } } } }, "events": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "integer" }, "type": { "type": "string" }, "sentence": { "type": "integer" }, "start": { "type": "integer" }, "end": { "type": "integer" }, "trigger": { "type": "string" }, "url": { "type": "string" } } } } } },
              "NewDocument": { "type": "object", "required": ["date", "text"], "description": "The dyad JSON Lines document record; date may be null when unknown, a missing id becomes body-LINE.", "properties": { "id": { "type": "string" }, "date": { "type": ["string", "null"], "format": "date" }, "text": { "type": "string" }, "title": { "type": "string" }, "url": { "type": "string" }, "source": { "type": "string" } } },
              "IngestResult": { "type": "object", "properties": { "added": { "type": "integer" }, "replaced": { "type": "integer" }, "skipped": { "type": "integer" }, "events": { "type": "integer" }, "documents": { "type": "array", "items": { "type": "string" } } } },
              "Timeline": { "type": "object", "properties": { "by": { "type": "string" }, "unit": { "type": ["string", "null"] }, "undated_events": { "type": "integer" }, "buckets": { "type": "array", "items": { "type": "object", "properties": { "key": { "type": "string" }, "events": { "type": "integer" }, "quantity": { "type": "number" }, "unit_total": { "type": "number" }, "types": { "type": "object", "additionalProperties": { "type": "object", "properties": { "events": { "type": "integer" }, "quantity": { "type": "number" } } } } } } } } },
              "Dyads": { "type": "object", "properties": { "dyads": { "type": "array", "items": { "type": "object", "properties": { "source": { "type": "string" }, "target": { "type": "string" }, "type": { "type": "string" }, "events": { "type": "integer" }, "quantity": { "type": "number" } } } } } },
              "Places": { "type": "object", "properties": { "type": { "const": "FeatureCollection" }, "features": { "type": "array", "items": { "type": "object" } }, "without_coordinates": { "type": "integer" } } }
            }
          }
        }
        """#
}
