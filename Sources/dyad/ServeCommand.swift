import ArgumentParser
import DyadCoder
import DyadServer
import DyadStore
import Foundation

/// `dyad serve`: the HTTP API and the dashboard over a store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a store: a JSON API (see /openapi.json) and a web dashboard at /.",
        discussion: """
            Binds 127.0.0.1 unless --host says otherwise. Without a token (--token-file or the \
            DYAD_TOKEN environment variable) the server is read-only and loads no lexicon (document \
            pages show the mentions stored with each document); with one, POST /api/documents codes \
            and stores documents sent with Authorization: Bearer <token>, as `dyad ingest` does; \
            SIGHUP (kill -HUP) reloads the lexicon and --lexicon folders without dropping requests. \
            Stop with Ctrl-C.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "The interface to listen on (0.0.0.0 for every interface).")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one and prints it).")
    var port: Int = 8080

    @Option(help: "A file holding the bearer token that allows POST /api/documents (else DYAD_TOKEN).")
    var tokenFile: String?

    @Option(help: "The largest request body accepted, in bytes (K and M suffixes allowed).")
    var maxBody: String = "8M"

    @Option(help: "Seconds a connection may stay idle, or take to send a request's head, before it is closed.")
    var idleTimeout: Double = 15

    @Option(help: "Seconds a request's body may take to arrive after its head.")
    var requestTimeout: Double = 60

    @Option(help: "Connections kept open at once; past it the longest-idle one is closed for the new one.")
    var maxConnections: Int = 2048

    @Option(help: "Documents coded at once for POST /api/documents; more get 503 with Retry-After.")
    var maxCodings: Int = 2

    @OptionGroup var lexicon: LexiconOptions

    @OptionGroup var input: InputOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port): expected 0...65535") }
        guard Self.bytes(maxBody) != nil else {
            throw ValidationError("--max-body \(maxBody): expected bytes, e.g. 8M")
        }
        for (name, value) in [("--idle-timeout", idleTimeout), ("--request-timeout", requestTimeout)]
        where !(value > 0 && value <= 86400) {
            throw ValidationError("\(name) \(value): expected seconds between 0 and 86400")
        }
        guard maxConnections >= 1 else {
            throw ValidationError("--max-connections \(maxConnections): expected 1 or more")
        }
        guard maxCodings >= 1 else { throw ValidationError("--max-codings \(maxCodings): expected 1 or more") }
    }

    func run() async throws {
        var token = ProcessInfo.processInfo.environment["DYAD_TOKEN"]
        if let tokenFile {
            guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8) else {
                throw ValidationError("--token-file \(tokenFile): cannot read the file")
            }
            token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard token?.isEmpty == false else { throw ValidationError("--token-file \(tokenFile): the file is empty") }
        }
        if let token, token.count < ServerConfiguration.minimumTokenLength {
            throw ValidationError(
                "the token (\(tokenFile.map { "--token-file \($0)" } ?? "DYAD_TOKEN")) has \(token.count) characters; "
                    + "use at least \(ServerConfiguration.minimumTokenLength), e.g. from `openssl rand -hex 32`")
        }
        let config = ServerConfiguration(
            host: host, port: port, token: token, maxBodyBytes: Self.bytes(maxBody) ?? 8 << 20,
            idleTimeout: idleTimeout, requestTimeout: requestTimeout, maxConnections: maxConnections,
            maxConcurrentCodings: maxCodings, maxDocumentBytes: input.limit)
        // Only the ingest route codes, and only with a token: a read-only server needs no lexicon.
        // SIGHUP reloads the lexicon (and the user folders) without stopping the server.
        let lexicon = lexicon
        let reloadable = token == nil ? nil : try ReloadableCoding { try Pipeline.forStore(lexicon).storeCoding }
        reloadable?.reloadOnHangup()
        try await serve(
            db: try store.open(readOnly: reloadable == nil), path: store.displayName, coding: reloadable?.coding, config
        )
    }

    /// "8M" → 8 388 608; "512K", "1000".
    static func bytes(_ s: String) -> Int? { parseByteSize(s) }
}

/// Serves `db` until SIGINT or SIGTERM, printing the URL once the port is bound.
/// - Throws: `Dyad.usageError` (exit status 2) with the reason on stderr when the server cannot start.
func serve(db: any EventStore, path: String, coding: StoreIngestor.Coding?, _ config: ServerConfiguration)
    async throws
{
    let server = DyadServer(store: db, coding: coding, configuration: config)
    let mode = config.token == nil ? "read-only" : "POST /api/documents needs the bearer token"
    do {
        try await server.run { port in
            print("dyad serve: \(config.url(port: port)) (\(path); \(mode); Ctrl-C stops)")
            fflush(nil)
        }
    } catch {
        warn("dyad serve: cannot serve on \(config.host):\(config.port): \(error)")
        throw Dyad.usageError
    }
}
