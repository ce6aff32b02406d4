import DyadQuery
import DyadStore
import Foundation
import Hummingbird

/// `GET /api/export`: every event a view's filters match, as a file (what "export this view" on
/// the dashboard links to).
extension DyadServer {
    /// Streams the events matching the filters in id order in `format` (`jsonl`, `csv`, `geojson`,
    /// `plover`, `cameo`, as `dyad export` writes them), with a file name for the download. Pages
    /// are read one after another, each on its own, so an ingest committed while the export runs
    /// may add events after the cursor.
    func export(_ request: Request, _ context: DyadRequestContext) async throws -> Response {
        let q = QueryString(request.uri.query)
        let p = try EventParameters(q, extra: ["format"])
        let name = q.value("format") ?? "jsonl"
        guard let format = ExportFormat(rawValue: name) else {
            throw APIError.badParameter(
                "format",
                "\"\(name)\" is not a format; expected one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        let store = store
        let base = p.query
        let pageSize = configuration.exportPageSize
        let body = ResponseBody { writer in
            var first = true
            var after: Int64? = nil
            try await writer.write(ByteBuffer(bytes: format.header))
            while true {
                var page = base
                page.afterID = after
                page.limit = pageSize
                let query = page
                let events = try await offload { try store.query(query) }
                var bytes: [UInt8] = []
                for e in events where format.includes(e) {
                    bytes += format.bytes(e, first: first)
                    first = false
                }
                if !bytes.isEmpty { try await writer.write(ByteBuffer(bytes: bytes)) }
                guard events.count == pageSize, let last = events.last else { break }
                after = last.id
            }
            try await writer.write(ByteBuffer(bytes: format.footer))
            try await writer.finish(nil)
        }
        let type: String =
            switch format {
            case .csv: "text/csv; charset=utf-8"
            case .geojson: "application/geo+json"
            case .cameo: "text/tab-separated-values; charset=utf-8"
            case .jsonl, .plover: "application/x-ndjson"
            }
        let fileExtension = format == .cameo ? "tsv" : format == .plover ? "jsonl" : format.rawValue
        let headers: HTTPFields = [
            .contentType: type,
            .contentDisposition: "attachment; filename=\"dyad-events.\(fileExtension)\"",
        ]
        return Response(status: .ok, headers: headers, body: body)
    }
}
