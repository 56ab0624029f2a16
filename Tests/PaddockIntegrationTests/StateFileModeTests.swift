import Foundation
import Glibc
import Testing

extension IntegrationSuite {
    /// Files in the gateway's state directory that contain a sandbox's environment are readable
    /// by root only, because the environment carries secrets such as API keys.
    @Suite(.gateway)
    struct StateFileModeTests {
        /// Returns every regular file under `directory` whose contents include `needle`, with its
        /// permission bits, skipping the workspace and root filesystem trees of sandboxes.
        func files(containing needle: String, under directory: String) -> [(path: String, mode: mode_t)] {
            guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
            var found: [(path: String, mode: mode_t)] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name == "workspace" || name == "rootfs" {
                    walker.skipDescendants()
                    continue
                }
                let path = directory + "/" + relative
                var status = stat()
                guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
                    let data = FileManager.default.contents(atPath: path),
                    data.range(of: Data(needle.utf8)) != nil
                else { continue }
                found.append((path, status.st_mode & 0o777))
            }
            return found
        }

        @Test func secretFilesOwnerOnly() async throws {
            let gateway = try TestGateway.require()
            let secret = "sk-live-\(UUID().uuidString)"
            try await gateway.withSandbox("secret-env", ["-e", "API_KEY=\(secret)"]) { record in
                let found = files(containing: secret, under: gateway.stateDirectory)

                #expect(found.contains { $0.path.hasSuffix("/\(record.id)/config.json") }, "\(found)")
                for file in found {
                    #expect(file.mode & 0o077 == 0, "\(file.path) has mode \(String(file.mode, radix: 8))")
                }
            }
        }
    }
}
