import Foundation
import PaddockCore

/// The parts of an image's config blob that a sandbox uses: its platform and run settings.
public struct ImageConfiguration: Codable, Sendable, Equatable {
    public struct RunSettings: Codable, Sendable, Equatable {
        public var User: String?
        public var Env: [String]?
        public var WorkingDir: String?
        public var Entrypoint: [String]?
        public var Cmd: [String]?
        public var ExposedPorts: [String: EmptyObject]?

        public init(
            User: String? = nil, Env: [String]? = nil, WorkingDir: String? = nil, Entrypoint: [String]? = nil,
            Cmd: [String]? = nil
        ) {
            self.User = User
            self.Env = Env
            self.WorkingDir = WorkingDir
            self.Entrypoint = Entrypoint
            self.Cmd = Cmd
        }
    }

    /// The `{}` that OCI uses as the value in `ExposedPorts`.
    public struct EmptyObject: Codable, Sendable, Equatable {}

    public var architecture: String?
    public var os: String?
    public var config: RunSettings?

    public init(architecture: String? = nil, os: String? = nil, config: RunSettings? = nil) {
        self.architecture = architecture
        self.os = os
        self.config = config
    }

    public static func decode(_ data: Data, source: String) throws -> ImageConfiguration {
        do {
            return try JSONDecoder().decode(ImageConfiguration.self, from: data)
        } catch {
            throw PaddockError(.invalidArgument, "\(source) is not a valid image config: \(error)")
        }
    }
}
