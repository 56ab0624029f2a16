import PaddockCore
import Synchronization

/// The DevTools connection to the current browser: one connection per `BrowserEndpoint.generation`,
/// replaced when the generation changes or the socket closes.
final class CDPBrowser: @unchecked Sendable {
    let provider: any BrowserEndpointProvider
    let logger: Logger
    private let current = Mutex<CDPConnection?>(nil)
    /// Serialises reconnecting, so that concurrent requests after a crash open one connection.
    private let reconnecting = Mutex(())
    private let observers = Mutex<[@Sendable (CDPConnection) -> Void]>([])

    init(provider: any BrowserEndpointProvider, logger: Logger) {
        self.provider = provider
        self.logger = logger
    }

    /// Calls `observer` with every new connection, before any caller uses it.
    func onConnect(_ observer: @escaping @Sendable (CDPConnection) -> Void) {
        observers.withLock { $0.append(observer) }
    }

    /// Returns an open connection to the current browser generation.
    ///
    /// A closed socket means the browser exited or crashed. The provider then restarts it, and
    /// this opens a connection to the new generation. When the endpoint of a live generation
    /// refuses the connection, the browser is restarted once.
    ///
    /// - Throws: `OperationFailure` when no browser can be reached.
    func connection() throws -> CDPConnection {
        // An open socket means the browser process is alive, so the provider's health check is
        // skipped. A restart by anyone else closes the socket and lands in the slow path.
        if let open = current.withLock({ $0 }), open.isOpen { return open }
        return try reconnecting.withLock { _ in
            let endpoint: BrowserEndpoint
            do {
                endpoint = try provider.endpoint()
            } catch {
                throw OperationFailure("the browser cannot be started: \(error)")
            }
            if let open = current.withLock({ $0 }), open.isOpen, open.endpoint.generation == endpoint.generation {
                return open
            }
            current.withLock { $0?.close() }
            let connection = try connect(endpoint)
            // Observers finish before the connection is published, so no request uses it half set up.
            for observer in observers.withLock({ $0 }) { observer(connection) }
            current.withLock { $0 = connection }
            return connection
        }
    }

    private func connect(_ endpoint: BrowserEndpoint) throws -> CDPConnection {
        do {
            let connection = try CDPConnection(endpoint: endpoint, logger: logger)
            logger.info(
                "connected to the browser",
                ["generation": String(endpoint.generation), "port": String(endpoint.port)])
            return connection
        } catch {
            logger.warning(
                "cannot connect to the browser; restarting it",
                ["generation": String(endpoint.generation), "error": String(describing: error)])
            do {
                let restarted = try provider.restart(reason: "DevTools endpoint refused the connection: \(error)")
                return try CDPConnection(endpoint: restarted, logger: logger)
            } catch {
                throw OperationFailure("cannot connect to the browser's DevTools endpoint: \(error)")
            }
        }
    }

    /// Asks the provider to check the browser, which restarts a hung one, after a call timed out.
    func checkHealth() {
        do {
            let endpoint = try provider.endpoint()
            if let open = current.withLock({ $0 }), open.endpoint.generation != endpoint.generation { open.close() }
        } catch {
            logger.warning("browser health check failed", ["error": String(describing: error)])
        }
    }

    /// Closes the current connection, if any.
    func close() {
        current.withLock { connection in
            connection?.close()
            connection = nil
        }
    }
}
