/// One line of /proc/net/tcp or /proc/net/tcp6: a TCP socket's ports, state and inode.
public struct SocketTableEntry: Sendable, Equatable {
    public let localPort: Int
    public let remotePort: Int
    /// The TCP state as the kernel numbers it; 1 is ESTABLISHED.
    public let state: Int
    public let uid: UInt32
    public let inode: UInt64

    public init(localPort: Int, remotePort: Int, state: Int, uid: UInt32, inode: UInt64) {
        self.localPort = localPort
        self.remotePort = remotePort
        self.state = state
        self.uid = uid
        self.inode = inode
    }

    /// Parses the text of /proc/net/tcp or tcp6; the header line and malformed lines are skipped.
    ///
    /// A line reads `sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid
    /// timeout inode ...`, with addresses as `HEXADDR:HEXPORT`.
    public static func parse(_ text: Substring) -> [SocketTableEntry] {
        var entries: [SocketTableEntry] = []
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 10,
                let local = port(of: fields[1]), let remote = port(of: fields[2]),
                let state = Int(fields[3], radix: 16), let uid = UInt32(fields[7]), let inode = UInt64(fields[9])
            else { continue }
            entries.append(SocketTableEntry(localPort: local, remotePort: remote, state: state, uid: uid, inode: inode))
        }
        return entries
    }

    private static func port(of address: Substring) -> Int? {
        guard let colon = address.lastIndex(of: ":") else { return nil }
        return Int(address[address.index(after: colon)...], radix: 16)
    }
}
