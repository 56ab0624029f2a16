import Foundation
import PaddockCore

/// The supervisor's HTTP API on its control socket, which only the gateway can reach.
final class ControlServer: Sendable {
    let supervisor: Supervisor

    init(supervisor: Supervisor) {
        self.supervisor = supervisor
    }

    func start(listener: Int32) throws {
        // TODO: serve the control API over PaddockHTTP once it lands.
    }
}
