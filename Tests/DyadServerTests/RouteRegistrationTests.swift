import DyadServer
import Hummingbird
import Testing

/// What `DyadServer.addRoutes` registers with Hummingbird is exactly `Route.all`: the list the
/// OpenAPI test compares with the document and the 405 answers are built from.
@Suite struct RouteRegistrationTests {
    /// A `RouterMethods` that keeps the method and path of every route added to it (groups
    /// prefix their paths before they reach it) instead of serving them.
    final class RouteRecorder: RouterMethods, @unchecked Sendable {
        typealias Context = DyadRequestContext
        var routes: [String] = []

        @discardableResult func on<Responder: HTTPResponder>(
            _ path: RouterPath, method: HTTPRequest.Method, responder: Responder
        ) -> Self where Responder.Context == Context {
            routes.append("\(method.rawValue) \(path.description)")
            return self
        }

        func add(middleware: any MiddlewareProtocol<Request, Response, Context>) -> Self { self }
    }

    @Test func registeredRoutesAreExactlyRouteAll() throws {
        let fixture = APITests.fixture
        let recorder = RouteRecorder()
        fixture.server().addRoutes(to: recorder)
        #expect(recorder.routes.count == Set(recorder.routes).count, "a route registered twice")
        #expect(Set(recorder.routes) == Set(Route.all.map(\.description)))
    }
}
