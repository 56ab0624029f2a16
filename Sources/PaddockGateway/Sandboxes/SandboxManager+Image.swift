import Foundation
import PaddockCore
import PaddockImage
import PaddockPolicy
import PaddockRuntime
import Synchronization

extension SandboxManager {
    /// Completes a create request that names an OCI image: uses the image's own policy file when the
    /// request has none, then plans the user, working directory and environment from the image.
    func applyImage(
        _ reference: String, to spec: SandboxSpec, policy: SandboxPolicy, request: CreateSandboxRequest
    ) throws -> (SandboxSpec, SandboxPolicy) {
        guard let images else {
            throw PaddockError(.unavailable, "this gateway has no image store, so it cannot create sandboxes from images")
        }
        let image = try images.resolve(reference)
        let layers = try images.layerDirectories(of: image)
        var spec = spec
        var policy = policy
        if request.policy == nil, let (path, text) = ImageSandboxPlan.imagePolicy(layers: layers) {
            policy = try Self.parsePolicy(text, fileName: "\(reference):\(path)")
            spec.policySource = text
            spec.policyFile = "\(reference):\(path)"
        }
        let plan = try ImageSandboxPlan.make(
            image: image, name: reference, layers: layers, user: policy.process.runAsUser.map(Self.identity),
            group: policy.process.runAsGroup.map(Self.identity), workspace: spec.workspace)
        spec.user = SandboxUser(uid: plan.uid, gid: plan.gid, name: plan.userName)
        spec.environment = plan.environment.merging(spec.environment) { _, requested in requested }
        spec.image = plan
        logger.info(
            "planned sandbox from image",
            ["image": reference, "digest": image.digest, "user": plan.userName, "workdir": plan.workingDirectory])
        return (spec, policy)
    }

    /// Adds the image's layers, working directory and Paddock's tool libraries to a launch.
    func configureImage(_ configuration: inout SandboxConfiguration, spec: SandboxSpec) throws {
        guard let plan = spec.image else { return }
        configuration.image = plan.imageDigest
        configuration.imageLayers = plan.layers
        configuration.workingDirectory = plan.workingDirectory
        configuration.toolLibraries = try Self.toolLibraries(executable: executablePath)
        // The image names its user's home and working directory as theirs to write, so Landlock
        // grants them as it grants the workspace, unless the policy lists no paths at all.
        if !configuration.filesystem.isEmpty {
            for path in [plan.workingDirectory, plan.environment["HOME"]].compactMap({ $0 })
            where !configuration.filesystem.readWrite.contains(path) {
                configuration.filesystem.readWrite.append(path)
            }
        }
    }

    /// Returns the digests of the layers that existing sandboxes mount, which garbage collection
    /// must keep even after their image was removed or its name moved to a newer image.
    func layersInUse() -> Set<String> {
        let records = (try? list()) ?? []
        var digests = Set<String>()
        for record in records {
            for path in (try? spec(of: record))?.image?.layers ?? [] {
                digests.insert("sha256:" + (path as NSString).lastPathComponent)
            }
        }
        return digests
    }

    private static let cachedToolLibraries = Mutex<[String: [ToolLibrary]]>([:])

    /// Returns the executable's libraries, listed once per executable path for the gateway's lifetime.
    static func toolLibraries(executable: String) throws -> [ToolLibrary] {
        if let cached = cachedToolLibraries.withLock({ $0[executable] }) { return cached }
        let libraries = try ToolLibrary.resolve(executable: executable)
        cachedToolLibraries.withLock { $0[executable] = libraries }
        return libraries
    }

    private static func identity(_ identity: ProcessIdentity) -> ImageSandboxPlan.Identity {
        switch identity {
        case .name(let name): return .name(name)
        case .id(let id): return .id(id)
        }
    }
}
