import PaddockCore
import PaddockHTTP
import Testing

@testable import PaddockWorkspace

@Suite struct RoutingTests {
    private func request(_ method: String, _ target: String, body: String = "") throws -> (HTTPRequest, HTTPRequestContext) {
        let head = try HTTPRequestHead(method: method, target: target)
        let context = HTTPRequestContext(peer: .unix(nil), requestID: "test", logger: Logger(label: "test"))
        return (HTTPRequest(head: head, body: HTTPBody(bytes: Array(body.utf8))), context)
    }

    private func body(_ response: HTTPResponse) throws -> PaddockWorkspace.JSONValue {
        guard case .bytes(let bytes) = response.body else { return nil }
        return try PaddockWorkspace.JSONValue.parse(bytes)
    }

    private let router = WorkspaceRouter(routes: [
        Route("GET", "/v1/items/{id}", { request in Envelope.success(.string(request.parameters["id"] ?? "")) }),
        Route("POST", "/v1/items", { request in
            let fields = try request.fields()
            let name = fields.requiredString("name")
            try fields.validate()
            guard name != "bad" else { throw OperationFailure("name must not be bad") }
            return Envelope.success(.string(name))
        }),
    ])

    @Test func pathParameterIsExtracted() throws {
        let (request, context) = try request("GET", "/v1/items/abc")
        let response = router.handle(request, context)
        #expect(response.status == 200)
        #expect(try body(response)["data"] == "abc")
    }

    @Test func validationFailureIs422() throws {
        let (request, context) = try request("POST", "/v1/items", body: "{}")
        let response = router.handle(request, context)
        #expect(response.status == 422)
        #expect(try body(response)["detail"] == [["loc": ["body", "name"], "msg": "Field required", "type": "missing"]])
    }

    @Test func handledFailureIs200WithSuccessFalse() throws {
        let (request, context) = try request("POST", "/v1/items", body: #"{"name": "bad"}"#)
        let response = router.handle(request, context)
        #expect(response.status == 200)
        #expect(try body(response)["success"] == false)
        #expect(try body(response)["message"] == "name must not be bad")
    }

    @Test func unimplementedOperationIs501() throws {
        let (request, context) = try request("GET", "/v1/sandbox/observe/reports")
        let response = router.handle(request, context)
        #expect(response.status == 501)
        #expect(try body(response)["detail"]?.stringValue?.contains("observation") == true)
    }

    @Test func unknownPathIs404AndWrongMethodIs405() throws {
        let (missing, context) = try request("GET", "/v1/nothing")
        #expect(router.handle(missing, context).status == 404)
        let (wrongMethod, _) = try request("DELETE", "/v1/items")
        #expect(router.handle(wrongMethod, context).status == 405)
    }

    @Test func everyUnimplementedOperationIsInTheContract() throws {
        let document = try PaddockWorkspace.JSONValue.parse(Array(OpenAPIDocument.json.utf8))
        for operation in UnimplementedOperations.all {
            let methods = document["paths"]?[operation.pattern]
            #expect(methods?[operation.method.lowercased()] != nil, "\(operation.method) \(operation.pattern)")
        }
    }

    @Test func implementedAndUnimplementedDoNotOverlap() {
        let context = WorkspaceContext(workspace: "/tmp", logger: Logger(label: "test"), version: "test")
        let implemented = Set(WorkspaceRoutes.all(context).map { "\($0.method) \($0.pattern)" })
        let unimplemented = Set(UnimplementedOperations.all.map { "\($0.method) \($0.pattern)" })
        #expect(implemented.isDisjoint(with: unimplemented))
    }

    @Test func everyOperationOfTheImplementedTagsIsRouted() throws {
        let context = WorkspaceContext(workspace: "/tmp", logger: Logger(label: "test"), version: "test")
        let known = Set(WorkspaceRoutes.all(context).map { "\($0.method) \($0.pattern)" })
            .union(UnimplementedOperations.all.map { "\($0.method) \($0.pattern)" })
        let document = try PaddockWorkspace.JSONValue.parse(Array(OpenAPIDocument.json.utf8))
        guard case .object(let paths)? = document["paths"] else {
            Issue.record("the document has no paths")
            return
        }
        for (path, value) in paths {
            guard case .object(let methods) = value else { continue }
            for method in methods.keys {
                #expect(known.contains("\(method.uppercased()) \(path)"), "\(method.uppercased()) \(path) has no route")
            }
        }
    }
}
