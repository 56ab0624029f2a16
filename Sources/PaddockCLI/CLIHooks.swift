import PaddockCore

/// The parts of `paddock` that live outside this module, supplied by the executable: the gateway
/// client, the gateway daemon's start, stop and status, the preflight report, and internal roles.
public struct CLIHooks: Sendable {
    /// Makes transports for gateway URLs.
    public var transportFactory: any GatewayTransportFactory
    /// Starts the gateway daemon (`paddock gateway start`) and returns the exit status.
    public var gatewayStart: @Sendable (GatewayStartOptions) throws -> Int32
    /// Stops a running gateway (`paddock gateway stop`) and returns the exit status.
    public var gatewayStop: @Sendable (GatewayControlOptions) throws -> Int32
    /// Prints the gateway's status (`paddock gateway status`) and returns the exit status.
    public var gatewayStatus: @Sendable (GatewayControlOptions) throws -> Int32
    /// Prints the preflight report in the format (`paddock doctor`) and returns the exit status:
    /// 0 when isolation is ready, 1 otherwise.
    public var doctor: @Sendable (OutputFormat) -> Int32
    /// Hidden roles by first argument, such as `__supervisor`. Each gets the arguments after the
    /// role's name and returns the exit status. They appear in no help text.
    public var internalRoles: [String: @Sendable ([String]) -> Int32]

    /// Creates hooks from their parts.
    public init(
        transportFactory: any GatewayTransportFactory,
        gatewayStart: @escaping @Sendable (GatewayStartOptions) throws -> Int32,
        gatewayStop: @escaping @Sendable (GatewayControlOptions) throws -> Int32,
        gatewayStatus: @escaping @Sendable (GatewayControlOptions) throws -> Int32,
        doctor: @escaping @Sendable (OutputFormat) -> Int32,
        internalRoles: [String: @Sendable ([String]) -> Int32] = [:]
    ) {
        self.transportFactory = transportFactory
        self.gatewayStart = gatewayStart
        self.gatewayStop = gatewayStop
        self.gatewayStatus = gatewayStatus
        self.doctor = doctor
        self.internalRoles = internalRoles
    }
}

/// The validated options of `paddock gateway start`.
public struct GatewayStartOptions: Sendable, Equatable {
    /// The state directory: token, Unix socket, database and sandboxes.
    public var stateDirectory: String
    /// The TCP address for the REST API.
    public var listen: ListenAddress
    /// Whether to stay in the foreground and log to standard error instead of detaching.
    public var foreground: Bool

    /// Creates start options.
    public init(stateDirectory: String, listen: ListenAddress, foreground: Bool) {
        self.stateDirectory = stateDirectory
        self.listen = listen
        self.foreground = foreground
    }
}

/// The options of `paddock gateway stop` and `paddock gateway status`.
public struct GatewayControlOptions: Sendable, Equatable {
    /// The state directory of the gateway to act on.
    public var stateDirectory: String
    /// The gateway URL resolved from `--gateway`, `PADDOCK_GATEWAY` or the defaults.
    public var gatewayURL: String

    /// Creates control options.
    public init(stateDirectory: String, gatewayURL: String) {
        self.stateDirectory = stateDirectory
        self.gatewayURL = gatewayURL
    }
}

/// The format of a command's result: a table for people or the API's JSON for scripts.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table
    case json
}
