/// The lifecycle phase of a sandbox, as the gateway records it.
public enum SandboxPhase: String, Codable, Sendable, CaseIterable {
    case creating
    case running
    case stopping
    case stopped
    case failed
    case deleting
}
