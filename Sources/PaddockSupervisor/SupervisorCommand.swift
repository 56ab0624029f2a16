import Foundation
import Glibc
import PaddockCore
import PaddockRuntime

/// The hidden `paddock __supervisor` role.
public enum SupervisorCommand {
    public static let roleName = "__supervisor"

    /// Runs the supervisor; returns the process's exit code.
    ///
    /// Arguments: `--config PATH` (required), `--ready-fd N` (the supervisor writes `ready\n` or
    /// `error: MESSAGE\n` there once set up, then closes it), and, for debugging, `--run -- CMD...`
    /// to run one command and exit with its code instead of serving the control socket.
    public static func run(arguments: [String]) -> Int32 {
        var logger = Logger(label: "supervisor")
        var configPath: String?
        var readyFD: Int32 = -1
        var runOnce: [String]?
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--config" where index + 1 < arguments.count:
                configPath = arguments[index + 1]
                index += 1
            case "--ready-fd" where index + 1 < arguments.count:
                readyFD = Int32(arguments[index + 1]) ?? -1
                index += 1
            case "--run":
                if let separator = arguments[index...].firstIndex(of: "--") {
                    runOnce = Array(arguments[(separator + 1)...])
                }
                index = arguments.count
            default:
                logger.error("invalid supervisor argument", ["argument": arguments[index]])
                return 64
            }
            index += 1
        }
        guard let configPath else {
            logger.error("missing --config")
            return 64
        }
        let ready = ReadyChannel(fd: readyFD)
        StopSignal.block()
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: configPath))
            var configuration = try JSONDecoder().decode(SandboxConfiguration.self, from: data)
            logger = logger.with(["sandbox.name": configuration.name, "sandbox.id": configuration.id])
            let layout = SandboxLayout(directory: configuration.directory)
            let egress = try EgressProxyHost(configuration: configuration, logger: logger)
            configuration.environment.merge(egress.environment) { _, egressValue in egressValue }
            let supervisor = Supervisor(configuration: configuration, logger: logger)
            let control = ControlServer(supervisor: supervisor, socketPath: layout.controlSocket, egress: egress)
            try supervisor.prepare(
                awaitCgroup: { placement in try ready.awaitCgroup(placement) },
                beforePivot: { if runOnce == nil { try control.start() } })
            try egress.start(network: try supervisor.environment.network)
            if let runOnce {
                ready.signalReady()
                return supervisor.runOnce(runOnce)
            }
            let workspace = WorkspaceProcess(environment: try supervisor.environment, logger: logger)
            workspace.start()
            ready.signalReady()
            let signal = StopSignal.wait()
            logger.info("stopping sandbox", ["signal": String(signal)])
            workspace.stop()
            control.stop()
            supervisor.shutdown()
            return 0
        } catch {
            logger.error("supervisor failed to start", ["error": String(describing: error)])
            ready.signalFailure(String(describing: error))
            return 1
        }
    }
}

/// The start-up channel shared with the gateway: the gateway reports there that it moved the
/// supervisor into its cgroup, and the supervisor reports that it is ready, or why it is not.
struct ReadyChannel {
    let fd: Int32

    /// Waits until the process is in the sandbox's cgroup. The gateway moves it there, but a
    /// supervisor started by hand, without a channel, moves itself.
    func awaitCgroup(_ placement: CgroupPlacement) throws {
        guard fd >= 0 else {
            try CgroupManager(placement: placement).joinSelf()
            return
        }
        let expected = SupervisorLauncher.cgroupJoinedMessage
        var received: [UInt8] = []
        var byte: UInt8 = 0
        while received.last != UInt8(ascii: "\n") && received.count < expected.utf8.count {
            let count = read(fd, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count == 1 else {
                throw PaddockError(
                    .internal, "the gateway closed the start-up channel before it moved the supervisor into its cgroup")
            }
            received.append(byte)
        }
        let text = String(decoding: received, as: UTF8.self)
        guard text == expected else {
            let message = "unexpected start-up message \(text.debugDescription): expected \(expected.debugDescription)"
            throw PaddockError(.internal, message)
        }
    }

    func signalReady() {
        send("ready\n")
    }

    func signalFailure(_ message: String) {
        send("error: " + message.replacingOccurrences(of: "\n", with: " ") + "\n")
    }

    private func send(_ text: String) {
        guard fd >= 0 else { return }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }
}
