import Foundation
import PaddockCore
import PaddockHTTP

/// Decodes JSON request bodies with errors that name the field at fault.
enum JSONRequestBody {
    /// The largest JSON body accepted, in bytes.
    static let limit = 2 * 1024 * 1024

    /// Decodes the body of `request` as `type`; an empty body decodes as `{}`.
    ///
    /// - Throws: `.invalidArgument` naming the field that does not decode.
    static func decode<T: Decodable>(_ type: T.Type, from request: HTTPRequest) throws -> T {
        let body = try request.body.readAll(limit: limit)
        do {
            return try JSONDecoder().decode(type, from: Data(body.isEmpty ? Array("{}".utf8) : body))
        } catch let error as DecodingError {
            throw PaddockError(.invalidArgument, "invalid request body: \(GatewayRoutes.describe(error))")
        }
    }
}
