import Foundation
import Testing

extension IntegrationSuite {
    /// Read-write policy paths inside overlaid system directories, and ones the image lacks.
    @Suite(.gateway)
    struct ReadWritePathTests {
        /// Returns a policy with the usual read-only system paths and `readWrite` added to /tmp.
        static func policy(readWrite: [String]) -> String {
            """
            version: 1
            filesystem_policy:
              read_only: [/usr, /lib, /lib64, /bin, /etc, /proc, /dev/urandom]
              read_write: [/tmp, /dev/null, \(readWrite.joined(separator: ", "))]
            """
        }

        @Test func overlaidDirectoryWritable() async throws {
            let gateway = try TestGateway.require()
            let file = try gateway.writeFile("rw-usr-local.yaml", Self.policy(readWrite: ["/usr/local"]))
            let marker = "/usr/local/paddock-rw-\(UUID().uuidString)"
            try await gateway.withSandbox("rw-usr-local", ["--policy", file]) { record in
                let touch = try await gateway.exec(record.name, ["touch", marker])
                let owner = try await gateway.exec(record.name, ["stat", "-c", "%U", "/usr/local"])

                #expect(touch.exitCode == 0, "\(touch)")
                #expect(owner.output == "sandbox", "\(owner)")
                #expect(!FileManager.default.fileExists(atPath: marker), "the write reached the host's /usr/local")
            }
        }

        @Test func missingPathCreated() async throws {
            let gateway = try TestGateway.require()
            let directory = "/usr/local/paddock-new-\(UUID().uuidString.prefix(8))/sub"
            let file = try gateway.writeFile("rw-created.yaml", Self.policy(readWrite: [directory]))
            try await gateway.withSandbox("rw-created", ["--policy", file]) { record in
                let touch = try await gateway.exec(record.name, ["touch", directory + "/file"])
                let owner = try await gateway.exec(record.name, ["stat", "-c", "%U", directory])

                #expect(touch.exitCode == 0, "\(touch)")
                #expect(owner.output == "sandbox", "\(owner)")
                #expect(!FileManager.default.fileExists(atPath: directory))
            }
        }

        @Test func uncreatablePathRejected() async throws {
            let gateway = try TestGateway.require()
            let file = try gateway.writeFile("rw-top.yaml", Self.policy(readWrite: ["/data/new"]))

            let result = try await gateway.paddock(["sandbox", "create", "--name", "rw-top", "--policy", file])
            let listed = try await gateway.list().map(\.name)

            #expect(result.exitCode != 0, "\(result)")
            #expect(result.stderr.contains("read_write path /data/new does not exist in the sandbox image"), "\(result)")
            #expect(!listed.contains("rw-top"))
        }
    }
}
