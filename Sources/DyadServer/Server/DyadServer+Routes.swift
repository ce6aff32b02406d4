import Hummingbird

extension DyadServer {
    /// Registers every route on `router`, in Hummingbird's idiom: handlers added by method and
    /// path, the JSON API grouped under `/api`, the page assets under `/assets`.
    ///
    /// Generic over `RouterMethods` so a test can register them on a recorder and check that they
    /// are exactly `Route.all`, the list the OpenAPI document and the 405 answers are checked
    /// against.
    public func addRoutes<Methods: RouterMethods<DyadRequestContext>>(to router: Methods) {
        let api = router.group("api")
        api.get("events", use: events)
        api.get("events/:id", use: event)
        api.get("export", use: export)
        api.get("documents/:id", use: document)
        api.post("documents", use: ingest)
        api.get("stats/timeline", use: timeline)
        api.get("stats/dyads", use: dyads)
        api.get("places", use: places)

        router.get("healthz", use: health)
        router.get("metrics", use: prometheus)
        router.get("openapi.json") { _, _ in
            Response.bytes(Array(OpenAPIDocument.json.utf8), type: "application/json")
        }

        router.get("/", use: dashboardPage)
        router.get("events/:id", use: eventPage)
        router.get("documents/:id", use: documentPage)
        router.get("clusters/:id", use: clusterPage)
        router.get("actors/:code", use: actorPage)

        let assets = router.group("assets")
        assets.get("dyad.css") { _, _ in
            Response.bytes(Array(Assets.css.utf8), type: "text/css; charset=utf-8", cache: true)
        }
        assets.get("dyad.js") { _, _ in
            Response.bytes(Array(Assets.javascript.utf8), type: "text/javascript; charset=utf-8", cache: true)
        }
    }
}
