import DyadStore
import Foundation
import Hummingbird

/// Times every request for `/metrics` and turns every failure into a JSON `APIError`: Hummingbird's
/// own (no route, body too large), the store's and any other, so no error leaves as an empty 500.
struct ServerMiddleware: RouterMiddleware {
    typealias Context = DyadRequestContext
    let metrics: ServerMetrics

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = try Self.apiError(error, request: request).response(from: request, context: context)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        metrics.record(
            method: request.method.rawValue, route: context.endpointPath ?? "unmatched",
            status: Int(response.status.code), seconds: seconds)
        return response
    }

    /// The `APIError` a failure is answered with.
    static func apiError(_ error: any Error, request: Request) -> APIError {
        switch error {
        case let e as APIError:
            return e
        case let e as any HTTPResponseError where e.status == .contentTooLarge:
            return APIError(.contentTooLarge, "body_too_large", "the request body is larger than the server accepts")
        case let e as StoreError:
            if case .locked = e {
                return APIError(.serviceUnavailable, "store_busy", "the store is locked by a writer; retry shortly")
            }
            warn("dyad serve: \(e)")
            return APIError(.internalServerError, "store_error", "the store could not answer; see the server log")
        case let e as HTTPError where e.status == .notFound:
            let path = request.uri.path
            let allowed = Route.all.filter { $0.matches(path: path) }.map(\.method)
            if !allowed.isEmpty {
                return APIError(
                    .methodNotAllowed, "method_not_allowed",
                    "\(request.method.rawValue) is not allowed on \(path); use \(allowed.joined(separator: ", "))",
                    headers: [.allow: allowed.joined(separator: ", ")])
            }
            return APIError(.notFound, "no_route", "no such path: \(path); see /openapi.json")
        case let e as any HTTPResponseError:
            let code = e.status.reasonPhrase.lowercased().replacingOccurrences(of: " ", with: "_")
            return APIError(e.status, code, (e as? HTTPError)?.body ?? e.status.reasonPhrase)
        default:
            warn("dyad serve: \(request.method.rawValue) \(request.uri.path): \(error)")
            return APIError(.internalServerError, "internal", "the server failed to answer; see the server log")
        }
    }
}

/// Writes a line to standard error (the server's log).
func warn(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
