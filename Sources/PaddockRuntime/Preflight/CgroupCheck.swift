@preconcurrency import Glibc
import Foundation

/// Checks that the controllers behind sandbox limits (memory, pids, cpu) are available and
/// writable in the detected cgroup layout.
enum CgroupCheck {
    static let requiredControllers = ["memory", "pids", "cpu"]
    static let id = "cgroups"
    static let title = "cgroup controllers"

    static func run(_ layout: CgroupLayout) -> PreflightCheck {
        var controllers: Set<String>?
        if case .v2(let mountPoint) = layout {
            controllers = readControllers(mountPoint + "/cgroup.controllers")
        }
        return evaluate(layout, v2Controllers: controllers) { access($0, W_OK) == 0 }
    }

    /// Evaluates `layout`.
    ///
    /// - Parameters:
    ///   - v2Controllers: The contents of the v2 root's `cgroup.controllers`, or nil when unreadable.
    ///   - isWritable: Whether the process may write the file or directory at a path.
    static func evaluate(
        _ layout: CgroupLayout, v2Controllers: Set<String>?, isWritable: (String) -> Bool
    ) -> PreflightCheck {
        switch layout {
        case .unavailable:
            return PreflightCheck(
                id: id, title: title, status: .failed, detail: "no cgroup filesystem is mounted",
                fix: "mount cgroup2 at /sys/fs/cgroup (mount -t cgroup2 none /sys/fs/cgroup)")
        case .v2(let mountPoint):
            return evaluateV2(mountPoint: mountPoint, controllers: v2Controllers, isWritable: isWritable)
        case .v1(let controllers):
            return evaluateV1(controllers: controllers, layoutName: "cgroup v1", isWritable: isWritable)
        case .hybrid(let controllers, let unified):
            let name = "hybrid cgroups (v1 controllers; the cgroup2 mount at \(unified) is not used for limits)"
            return evaluateV1(controllers: controllers, layoutName: name, isWritable: isWritable)
        }
    }

    private static func evaluateV2(
        mountPoint: String, controllers: Set<String>?, isWritable: (String) -> Bool
    ) -> PreflightCheck {
        let controllersFile = mountPoint + "/cgroup.controllers"
        guard let controllers else {
            return PreflightCheck(
                id: id, title: title, status: .failed, detail: "cannot read \(controllersFile)",
                fix: "check that cgroup2 is mounted at \(mountPoint) and readable")
        }
        let missing = requiredControllers.filter { !controllers.contains($0) }
        if !missing.isEmpty {
            return PreflightCheck(
                id: id, title: title, status: .failed,
                detail: "cgroup v2 at \(mountPoint) lacks the \(missing.joined(separator: ", ")) controllers "
                    + "in \(controllersFile)",
                fix: "use a kernel with CONFIG_MEMCG, CONFIG_CGROUP_PIDS and CONFIG_CGROUP_SCHED, and remove any "
                    + "cgroup_disable= or cgroup_no_v1= kernel argument that hides them")
        }
        let subtreeControl = mountPoint + "/cgroup.subtree_control"
        guard isWritable(subtreeControl) else {
            return PreflightCheck(
                id: id, title: title, status: .failed,
                detail: "\(subtreeControl) is not writable, so controllers cannot be enabled for sandboxes",
                fix: "run the gateway as root with \(mountPoint) mounted read-write (containers often mount it "
                    + "read-only)")
        }
        return PreflightCheck(
            id: id, title: title, status: .ok,
            detail: "cgroup v2 at \(mountPoint) with \(requiredControllers.joined(separator: ", ")); "
                + "cgroup.subtree_control is writable")
    }

    private static func evaluateV1(
        controllers: [String: String], layoutName: String, isWritable: (String) -> Bool
    ) -> PreflightCheck {
        let missing = requiredControllers.filter { controllers[$0] == nil }
        let readOnly = requiredControllers.compactMap { name in
            controllers[name].flatMap { isWritable($0) ? nil : "\(name) at \($0)" }
        }
        var problems: [String] = []
        var fixes: [String] = []
        if !missing.isEmpty {
            problems.append("the \(missing.joined(separator: ", ")) controllers are not mounted")
            let example = missing[0]
            fixes.append(
                "mount each missing v1 hierarchy, for example mount -t cgroup -o \(example) cgroup "
                    + "/sys/fs/cgroup/\(example)")
        }
        if !readOnly.isEmpty {
            problems.append("not writable: \(readOnly.joined(separator: ", "))")
            fixes.append("run the gateway as root with the cgroup hierarchies mounted read-write")
        }
        guard problems.isEmpty else {
            return PreflightCheck(
                id: id, title: title, status: .failed, detail: "\(layoutName): " + problems.joined(separator: "; "),
                fix: fixes.joined(separator: "; "))
        }
        let mounts = requiredControllers.compactMap { name in controllers[name].map { "\(name) at \($0)" } }
        return PreflightCheck(
            id: id, title: title, status: .ok, detail: "\(layoutName): " + mounts.joined(separator: ", "))
    }

    private static func readControllers(_ path: String) -> Set<String>? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
    }
}
