import Foundation
import Glibc
import Testing

extension IntegrationSuite {
    /// What `paddock sandbox delete` removes: every process, mount, cgroup, file and row.
    @Suite(.gateway)
    struct DeleteCleanupTests {
        /// What the host keeps of one sandbox, looked up by its id and, once known, the mount
        /// namespace of its supervisor.
        struct Remains {
            let supervisor: Int32?
            let cgroupProcesses: [Int32]
            let hostMountPoints: [String]
            let cgroupDirectories: [String]
            let directoryExists: Bool
            /// The supervisor's mount namespace, in which every mount of the sandbox lives.
            let mountNamespace: String?
            /// The processes in `mountNamespace`, and the host mounts of its namespace file.
            let namespaceHolders: [Int32]
            let namespaceFileMounts: [String]

            init(_ gateway: TestGateway, id: String, mountNamespace known: String? = nil) {
                let directory = gateway.sandboxDirectory(id)
                supervisor = HostProcesses.supervisor(of: id)
                cgroupProcesses = HostProcesses.inCgroup(of: id)
                hostMountPoints = MountTable.mountPoints(under: directory)
                cgroupDirectories = SandboxCgroup(sandboxID: id).existingDirectories
                directoryExists = FileManager.default.fileExists(atPath: directory)
                mountNamespace = known ?? supervisor.flatMap(HostProcesses.mountNamespace)
                namespaceHolders = mountNamespace.map(HostProcesses.inMountNamespace) ?? []
                namespaceFileMounts = mountNamespace.map(MountTable.namespaceFileMounts) ?? []
            }
        }

        /// Creates a sandbox with a background process in it, deletes it, and returns what the host
        /// held before and after.
        func createAndDelete(
            _ name: String
        ) async throws -> (before: Remains, after: Remains, deletion: ProcessResult) {
            let gateway = try TestGateway.require()
            let record = try await gateway.createSandbox(name)
            // A process that outlives its exec, as a daemon started in the sandbox would.
            let daemon = try await gateway.exec(
                name, ["sh", "-c", "setsid sleep 600 > /dev/null 2>&1 < /dev/null & echo started"])
            #expect(daemon.output == "started", "\(daemon)")
            let before = Remains(gateway, id: record.id)

            let deletion = try await gateway.paddock(["sandbox", "delete", name])

            return (before, Remains(gateway, id: record.id, mountNamespace: before.mountNamespace), deletion)
        }

        @Test func deleteSucceeds() async throws {
            let (_, _, deletion) = try await createAndDelete("doomed-exit")

            #expect(deletion.exitCode == 0, "\(deletion)")
            #expect(deletion.output == "deleted doomed-exit")
        }

        @Test func noProcessesRemain() async throws {
            let (before, after, _) = try await createAndDelete("doomed-processes")

            // Before: the supervisor and the background sleep, at least.
            #expect(before.supervisor != nil)
            #expect(before.cgroupProcesses.count >= 2, "\(before.cgroupProcesses)")
            #expect(after.supervisor == nil)
            #expect(after.cgroupProcesses.isEmpty, "\(after.cgroupProcesses)")
            for pid in before.cgroupProcesses {
                #expect(!HostProcesses.isRunning(pid), "pid \(pid) still runs")
            }
        }

        // The sandbox's mounts live in the supervisor's mount namespace, which the kernel frees with
        // its last process. None of them may show on the host, before or after.
        @Test func noMountsRemain() async throws {
            let (before, after, _) = try await createAndDelete("doomed-mounts")
            let hostNamespace = HostProcesses.mountNamespace(of: getpid())

            #expect(before.mountNamespace != nil)
            #expect(before.mountNamespace != hostNamespace)
            #expect(!before.namespaceHolders.isEmpty)
            #expect(before.hostMountPoints.isEmpty, "\(before.hostMountPoints)")
            #expect(after.namespaceHolders.isEmpty, "\(after.namespaceHolders)")
            #expect(after.namespaceFileMounts.isEmpty, "\(after.namespaceFileMounts)")
            #expect(after.hostMountPoints.isEmpty, "\(after.hostMountPoints)")
        }

        @Test func noCgroupRemains() async throws {
            let (before, after, _) = try await createAndDelete("doomed-cgroup")

            #expect(!before.cgroupDirectories.isEmpty)
            #expect(after.cgroupDirectories.isEmpty, "\(after.cgroupDirectories)")
        }

        @Test func noDirectoryRemains() async throws {
            let (before, after, _) = try await createAndDelete("doomed-files")

            #expect(before.directoryExists)
            #expect(!after.directoryExists)
        }

        @Test func noRowRemains() async throws {
            let gateway = try TestGateway.require()
            _ = try await createAndDelete("doomed-row")

            let get = try await gateway.paddock(["sandbox", "get", "doomed-row"])
            let reply = try await gateway.request("GET", "/v1/sandboxes/doomed-row")
            let listed = try await gateway.list().map(\.name)

            #expect(get.exitCode == 1)
            #expect(get.stderr == "error: sandbox 'doomed-row' not found\n")
            #expect(reply.status == 404)
            #expect(reply.errorCode == "not_found")
            #expect(reply.errorMessage == "sandbox 'doomed-row' not found")
            #expect(!listed.contains("doomed-row"))
        }

        @Test func stoppedSandboxDeletes() async throws {
            let gateway = try TestGateway.require()
            let record = try await gateway.createSandbox("doomed-stopped")
            let stop = try await gateway.paddock(["sandbox", "stop", record.name])

            let deletion = try await gateway.paddock(["sandbox", "delete", record.name])
            let after = Remains(gateway, id: record.id)

            #expect(stop.exitCode == 0, "\(stop)")
            #expect(deletion.exitCode == 0, "\(deletion)")
            #expect(!after.directoryExists)
            #expect(after.cgroupDirectories.isEmpty)
        }
    }
}
