import PaddockCore

/// The limits of the Jupyter service, read from the workspace server's environment.
struct JupyterSettings: Sendable, Equatable {
    /// Seconds a session may stay unused before its kernel is shut down
    /// (`PADDOCK_JUPYTER_SESSION_TIMEOUT`, default 30 minutes).
    var sessionTimeout: Double = 1800
    /// The maximum count of named sessions, each with its own kernel process
    /// (`PADDOCK_JUPYTER_MAX_SESSIONS`, default 16).
    var maxSessions = 16
    /// The cap of kept output per execution in bytes (`PADDOCK_JUPYTER_MAX_OUTPUT_BYTES`, default 4 MiB).
    var maxOutputBytes = ExecutionOutputs.defaultMaxBytes
    /// Whether a started kernel is kept ready for the next new session or one-off call
    /// (`PADDOCK_JUPYTER_SPARE_KERNEL`, 1 or 0, default 1).
    var keepsSpareKernel = true

    /// Reads the settings from `environment`; an invalid value is logged and the default kept.
    static func from(_ environment: [String: String], logger: Logger) -> JupyterSettings {
        var settings = JupyterSettings()
        func read<Value>(_ name: String, _ parse: (String) -> Value?, into value: inout Value) {
            guard let text = environment[name] else { return }
            guard let parsed = parse(text) else {
                logger.warning("invalid Jupyter setting ignored; using the default", ["variable": name, "value": text])
                return
            }
            value = parsed
        }
        read("PADDOCK_JUPYTER_SESSION_TIMEOUT", { Double($0).flatMap { $0 > 0 ? $0 : nil } }, into: &settings.sessionTimeout)
        read("PADDOCK_JUPYTER_MAX_SESSIONS", { Int($0).flatMap { $0 > 0 ? $0 : nil } }, into: &settings.maxSessions)
        read("PADDOCK_JUPYTER_MAX_OUTPUT_BYTES", { Int($0).flatMap { $0 > 0 ? $0 : nil } }, into: &settings.maxOutputBytes)
        read("PADDOCK_JUPYTER_SPARE_KERNEL", { ["1": true, "0": false][$0] }, into: &settings.keepsSpareKernel)
        return settings
    }
}
