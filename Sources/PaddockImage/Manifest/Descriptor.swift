/// A reference to a blob by media type, digest and size, as manifests and indexes list them.
public struct Descriptor: Codable, Sendable, Equatable {
    public var mediaType: String
    public var digest: Digest
    public var size: Int64
    public var platform: Platform?
    public var annotations: [String: String]?

    public init(
        mediaType: String, digest: Digest, size: Int64, platform: Platform? = nil,
        annotations: [String: String]? = nil
    ) {
        self.mediaType = mediaType
        self.digest = digest
        self.size = size
        self.platform = platform
        self.annotations = annotations
    }

    /// The tag that an OCI layout's index.json gives this manifest, if any.
    public var referenceName: String? { annotations?["org.opencontainers.image.ref.name"] }
}

/// The operating system and CPU architecture that an index entry is built for.
public struct Platform: Codable, Sendable, Equatable, CustomStringConvertible {
    public var architecture: String
    public var os: String
    public var variant: String?

    public init(architecture: String, os: String, variant: String? = nil) {
        self.architecture = architecture
        self.os = os
        self.variant = variant
    }

    public var description: String { [os, architecture, variant].compactMap { $0 }.joined(separator: "/") }

    /// The platform of this machine in OCI's names (`linux/amd64`, `linux/arm64`).
    public static var host: Platform {
        #if arch(x86_64)
            return Platform(architecture: "amd64", os: "linux")
        #elseif arch(arm64)
            return Platform(architecture: "arm64", os: "linux")
        #else
            return Platform(architecture: "unknown", os: "linux")
        #endif
    }
}
