import Foundation

@testable import PaddockPolicy

/// Helpers that load policy text and wrap endpoint snippets into whole documents.
enum PolicyFixture {
    /// Loads `yaml` and returns the issues it raised, or an empty list when it loaded.
    static func issues(_ yaml: String, fileName: String = "policy.yaml") -> [PolicyError.Issue] {
        do {
            _ = try PolicyLoader.parse(yaml: yaml, fileName: fileName)
            return []
        } catch {
            return error.issues
        }
    }

    /// Loads `yaml` and returns the one-line descriptions of its issues.
    static func messages(_ yaml: String) -> [String] {
        issues(yaml).map(\.description)
    }

    /// Returns whether some issue's description contains `fragment`.
    static func rejects(_ yaml: String, with fragment: String) -> Bool {
        messages(yaml).contains { $0.contains(fragment) }
    }

    /// Wraps the lines of one endpoint (indented as a mapping body) into a policy named `x`.
    static func endpoint(_ body: String) -> String {
        let indented = body.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
            .map { index, line in (index == 0 ? "      - " : "        ") + line }
            .joined(separator: "\n")
        return """
            version: 1
            network_policies:
              x:
                binaries: [{path: /usr/bin/curl}]
                endpoints:
            \(indented)
            """
    }

    /// Loads a one-endpoint policy and returns that endpoint.
    static func loadEndpoint(_ body: String) throws -> NetworkEndpoint? {
        try PolicyLoader.parse(yaml: endpoint(body)).networkPolicies.first?.endpoints.first
    }

    /// The directory of the corpus that the test bundle carries.
    static var corpusURL: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Corpus", withExtension: nil) else {
                throw CocoaError(.fileNoSuchFile)
            }
            return url
        }
    }

    /// Returns the sorted YAML file names in one corpus directory.
    static func corpusFiles(_ directory: String) -> [String] {
        guard let url = try? corpusURL.appendingPathComponent(directory),
            let names = try? FileManager.default.contentsOfDirectory(atPath: url.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }
}
