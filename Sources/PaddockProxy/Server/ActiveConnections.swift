import Synchronization

/// The proxy's open upstream connections, so that a reload can close the ones the new revision no
/// longer allows.
final class ActiveConnections: Sendable {
    struct Entry: Sendable {
        let caller: CallerIdentity
        let host: String
        let port: Int
        let streams: [any ByteStream]
    }

    private let entries = Mutex<(next: UInt64, open: [UInt64: Entry])>((0, [:]))

    /// Registers a connection; returns the id to pass to `remove`.
    func add(_ entry: Entry) -> UInt64 {
        entries.withLock { state in
            state.next += 1
            state.open[state.next] = entry
            return state.next
        }
    }

    func remove(_ id: UInt64) {
        _ = entries.withLock { $0.open.removeValue(forKey: id) }
    }

    var count: Int { entries.withLock { $0.open.count } }

    /// Shuts down every connection that `rules` does not allow; returns how many.
    func closeDisallowed(by rules: EgressRules) -> Int {
        let doomed = entries.withLock { state in
            state.open.filter { _, entry in
                if case .allow = rules.decide(host: entry.host, port: entry.port, caller: entry.caller) { return false }
                return true
            }
        }
        for entry in doomed.values {
            entry.streams.forEach { $0.shutdown() }
        }
        return doomed.count
    }
}
