import Foundation
import PaddockHTTP
import PaddockRuntime

/// Finds credential placeholders in a request and replaces them with the secrets, where that is
/// allowed.
struct CredentialRewriter {
    let credentials: CredentialSet

    /// A request as forwarded: its target (origin form) and header fields.
    struct Request {
        var target: String
        var headers: HTTPHeaders
    }

    /// Replaces every placeholder in header values (also inside `Authorization: Basic`), the path
    /// and the query.
    ///
    /// - Parameters:
    ///   - inspected: whether the endpoint is an inspected one; an uninspected request may carry none.
    ///   - isBound: whether a provider's secrets may go to this destination.
    /// - Returns: the rewritten request, or the denial when a placeholder may not be replaced here.
    func rewrite(
        _ request: Request, inspected: Bool, destination: String, isBound: (String) -> Bool
    ) -> Result<Request, ProxyDenial> {
        var texts = request.headers.map(\.value) + [request.target]
        if let decoded = request.target.replacingOccurrences(of: "+", with: " ").removingPercentEncoding {
            texts.append(decoded)
        }
        texts += request.headers.compactMap { Self.basicCredentials($0) }
        var found: [CredentialSet.Entry] = []
        for text in texts where text.contains(EgressCredential.placeholderPrefix) {
            let known = credentials.placeholders(in: text)
            var rest = text
            for entry in known { rest = rest.replacingOccurrences(of: entry.placeholder, with: "") }
            if rest.contains(EgressCredential.placeholderPrefix) {
                return .failure(Self.denial(
                    "the request to \(destination) carries a credential placeholder that this sandbox does not have; "
                        + "use the value of the provider's environment variable"))
            }
            found += known
        }
        guard !found.isEmpty else { return .success(request) }
        guard inspected else {
            return .failure(Self.denial(
                "the request to \(destination) carries a credential placeholder, but the endpoint is not inspected "
                    + "(protocol: rest), so it cannot be replaced; send credentials only to inspected endpoints"))
        }
        if let unbound = found.first(where: { !isBound($0.provider) }) {
            return .failure(Self.denial(
                "the request to \(destination) carries the placeholder of \(unbound.key) (provider "
                    + "'\(unbound.provider)'), which may not be sent there; the provider is bound to other hosts",
                error: "credential_endpoint_mismatch"))
        }
        return .success(substitute(request))
    }

    private func substitute(_ request: Request) -> Request {
        var rewritten = request
        var fields: [HTTPField] = []
        for field in request.headers {
            var value = replace(in: field.value, encode: false)
            if let basic = Self.basicCredentials(field), credentials.placeholders(in: basic).count > 0 {
                value = "Basic " + Data(replace(in: basic, encode: false).utf8).base64EncodedString()
            }
            fields.append(HTTPField(field.name, value))
        }
        rewritten.headers = HTTPHeaders(fields)
        rewritten.target = replace(in: request.target, encode: true)
        return rewritten
    }

    private func replace(in text: String, encode: Bool) -> String {
        var result = text
        for entry in credentials.entries where result.contains(entry.placeholder) {
            let value = encode ? Self.percentEncoded(entry.secret) : entry.secret
            result = result.replacingOccurrences(of: entry.placeholder, with: value)
        }
        return result
    }

    /// Returns the decoded `user:password` of a `Basic` authorization field.
    private static func basicCredentials(_ field: HTTPField) -> String? {
        let name = field.name.lowercased()
        guard name == "authorization" || name == "proxy-authorization" else { return nil }
        let parts = field.value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "basic",
            let data = Data(base64Encoded: String(parts[1]).trimmingCharacters(in: .whitespaces))
        else { return nil }
        return String(data: data, encoding: .utf8)
    }

    private static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    private static func denial(_ detail: String, error: String = "policy_denied") -> ProxyDenial {
        ProxyDenial(.placeholderNotAllowed, detail, error: error)
    }
}
