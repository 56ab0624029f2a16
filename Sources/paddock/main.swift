import Foundation
import PaddockCore
import PaddockRuntime
import PaddockSupervisor
import Synchronization

let arguments = CommandLine.arguments
if arguments.count > 1, arguments[1] == SupervisorCommand.roleName {
    exit(SupervisorCommand.run(arguments: Array(arguments.dropFirst(2))))
}
if arguments.count > 2, arguments[1] == "__try" {
    let directory = arguments[2]
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let configuration = SandboxConfiguration(
        id: "sb-test", name: "try-box", directory: directory, user: SandboxUser(),
        filesystem: FilesystemRules(
            readOnly: ["/usr", "/lib", "/lib64", "/bin", "/etc", "/proc", "/dev/urandom", "/opt"],
            readWrite: ["/sandbox", "/tmp", "/dev/null"]),
        executablePath: "/proc/self/exe",
        cgroup: CgroupPlacement(version: .v1, path: "paddock/sb-test"))
    try CgroupManager(placement: configuration.cgroup!).create(limits: ResourceLimits(memoryBytes: 256 << 20, pids: 128))
    let done = DispatchSemaphore(value: 0)
    let box = Mutex<Int32>(0)
    var exe = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &exe, 4095)
    let path = String(decoding: exe[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var configurationWithExe = configuration
    configurationWithExe.executablePath = path
    let started = try SupervisorLauncher.launch(
        configuration: configurationWithExe, executable: path, extraArguments: ["--run", "--"] + Array(arguments.dropFirst(3)), stdout: 1
    ) { status in
        box.withLock { $0 = status.shellCode }
        done.signal()
    }
    do { try SupervisorLauncher.awaitReady(started, timeout: 10) } catch { print("error:", error) }
    done.wait()
    try? CgroupManager(placement: configuration.cgroup!).remove()
    exit(box.withLock { $0 })
}
print("paddock")
