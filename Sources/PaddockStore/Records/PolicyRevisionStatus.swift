/// The load state of one policy revision.
public enum PolicyRevisionStatus: String, Codable, Sendable, CaseIterable {
    /// Stored, not yet applied by the supervisor.
    case pending
    /// Applied; at most one revision of a sandbox is loaded at a time.
    case loaded
    /// Rejected by the supervisor, with the reason in `loadError`.
    case failed
    /// Was loaded until a later revision loaded.
    case superseded
}
