import Foundation
import Glibc
import PaddockCore
import PaddockStore

/// The user, working directory and environment of a sandbox created from an image, worked out from
/// the image's config and files before anything starts. An image that a sandbox cannot use fails
/// here with a clear message.
///
/// Checks: the image has glibc (Paddock's own tools and most agent tooling need it), the user is
/// not root and exists in the image, and the working directory is writable by that user.
public struct ImageSandboxPlan: Codable, Sendable, Equatable {
    /// A user or group as a policy or the image's USER names it.
    public enum Identity: Sendable, Equatable {
        case name(String)
        case id(UInt32)

        init(parsing text: String) {
            if let number = UInt32(text) { self = .id(number) } else { self = .name(text) }
        }
    }

    public var imageDigest: String
    /// Unpacked layer directories on the host, lowest first.
    public var layers: [String]
    public var uid: UInt32
    public var gid: UInt32
    public var userName: String
    public var workingDirectory: String
    /// The image's `Env`, plus HOME.
    public var environment: [String: String]
    /// The policy file the image carries, and its path inside the image, when it has one.
    public var defaultPolicy: String?
    public var defaultPolicyPath: String?

    /// The files checked for glibc's dynamic loader, the first thing an exec of a glibc program needs.
    static let loaderPaths = ["/lib64/ld-linux-x86-64.so.2", "/lib/ld-linux-aarch64.so.1", "/lib/ld-linux-armhf.so.3"]
    static let policyPaths = ["/etc/paddock/policy.yaml", "/etc/openshell/policy.yaml"]

    /// Plans a sandbox from `image`.
    ///
    /// - Parameters:
    ///   - user: The policy's `process.run_as_user`; nil uses the image's USER, then `sandbox`.
    ///   - group: The policy's `process.run_as_group`; nil uses USER's group, then the user's primary group.
    ///   - workspace: The persistent workspace path, which Paddock creates owned by the user.
    /// - Throws: `.failedPrecondition` naming what the image lacks and how to fix it.
    public static func make(
        image: ImageRecord, name: String, layers: [String], user: Identity?, group: Identity?, workspace: String
    ) throws -> ImageSandboxPlan {
        let view = LayeredFileView(layers: layers)
        let config = try ImageConfiguration.decode(Data(image.config.utf8), source: "config of image \(name)")
        try checkGlibc(view, name: name)

        let (requestedUser, requestedGroup) = identities(user: user, group: group, imageUser: config.config?.User)
        let accounts = Accounts(view: view)
        let account = try accounts.user(requestedUser, image: name)
        let gid = try requestedGroup.map { try accounts.group($0, image: name) } ?? account.gid
        guard account.uid != 0, gid != 0 else {
            throw PaddockError(
                .failedPrecondition,
                "image \(name) would run as root (user \(account.name)); sandboxes need a non-root user: add one "
                    + "(useradd -u 1000 sandbox), set USER in the image, or set process.run_as_user in the policy")
        }
        try checkWorkspace(view, workspace: workspace, name: name)

        let homeWritable = isWritable(view, account.home, uid: account.uid, gid: gid)
        let home = homeWritable ? account.home : workspace
        let workingDirectory = config.config?.WorkingDir.flatMap { $0.isEmpty ? nil : $0 } ?? home
        if workingDirectory != workspace, view.status(of: workingDirectory) != nil,
            !isWritable(view, workingDirectory, uid: account.uid, gid: gid)
        {
            throw PaddockError(
                .failedPrecondition,
                "working directory \(workingDirectory) of image \(name) is not a directory that user \(account.name) "
                    + "(uid \(account.uid)) can write; chown it to that user in the image or change WorkingDir")
        }
        var environment: [String: String] = [:]
        for assignment in config.config?.Env ?? [] {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else { continue }
            environment[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
        }
        environment["HOME"] = home

        let policyPath = policyPaths.first { view.contents(of: $0) != nil }
        return ImageSandboxPlan(
            imageDigest: image.digest, layers: layers, uid: account.uid, gid: gid, userName: account.name,
            workingDirectory: workingDirectory, environment: environment,
            defaultPolicy: policyPath.flatMap { view.contents(of: $0) }.map { String(decoding: $0, as: UTF8.self) },
            defaultPolicyPath: policyPath)
    }

    /// Returns the policy file an image carries (/etc/paddock/policy.yaml first, then
    /// /etc/openshell/policy.yaml), as its path and text, or nil.
    public static func imagePolicy(layers: [String]) -> (path: String, text: String)? {
        let view = LayeredFileView(layers: layers)
        for path in policyPaths {
            if let data = view.contents(of: path) { return (path, String(decoding: data, as: UTF8.self)) }
        }
        return nil
    }

    private static func identities(user: Identity?, group: Identity?, imageUser: String?) -> (Identity, Identity?) {
        if let user { return (user, group) }
        guard let imageUser, !imageUser.isEmpty else { return (.name("sandbox"), group) }
        let parts = imageUser.split(separator: ":", maxSplits: 1).map(String.init)
        let imageGroup = parts.count > 1 ? Identity(parsing: parts[1]) : nil
        return (Identity(parsing: parts[0]), group ?? imageGroup)
    }

    private static func checkGlibc(_ view: LayeredFileView, name: String) throws {
        guard loaderPaths.contains(where: { view.hostPath(of: $0) != nil }) else {
            throw PaddockError(
                .failedPrecondition,
                "image \(name) has no glibc (none of \(loaderPaths.joined(separator: ", ")) exists); sandboxes need "
                    + "a glibc-based image such as Debian or Ubuntu, not a musl (Alpine) or static distroless one")
        }
    }

    private static func checkWorkspace(_ view: LayeredFileView, workspace: String, name: String) throws {
        guard let info = view.status(of: workspace) else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw PaddockError(
                .failedPrecondition,
                "image \(name) has a non-directory at the workspace path \(workspace), so no workspace can be "
                    + "mounted there; remove it from the image")
        }
    }

    /// Returns whether the image's `path` is a directory that `uid`/`gid` may write, by its mode bits.
    static func isWritable(_ view: LayeredFileView, _ path: String, uid: UInt32, gid: UInt32) -> Bool {
        guard let info = view.status(of: path), info.st_mode & S_IFMT == S_IFDIR else { return false }
        if info.st_uid == uid { return info.st_mode & S_IWUSR != 0 && info.st_mode & S_IXUSR != 0 }
        if info.st_gid == gid { return info.st_mode & S_IWGRP != 0 && info.st_mode & S_IXGRP != 0 }
        return info.st_mode & S_IWOTH != 0 && info.st_mode & S_IXOTH != 0
    }
}

/// The image's /etc/passwd and /etc/group.
private struct Accounts {
    struct User {
        var name: String
        var uid: UInt32
        var gid: UInt32
        var home: String
    }

    let passwd: [[String]]
    let groups: [[String]]

    init(view: LayeredFileView) {
        func table(_ path: String) -> [[String]] {
            let text = view.contents(of: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            return text.split(separator: "\n").map { $0.split(separator: ":", omittingEmptySubsequences: false).map(String.init) }
        }
        passwd = table("/etc/passwd").filter { $0.count >= 7 }
        groups = table("/etc/group").filter { $0.count >= 3 }
    }

    func user(_ identity: ImageSandboxPlan.Identity, image: String) throws -> User {
        let entry: [String]?
        switch identity {
        case .name(let name): entry = passwd.first { $0[0] == name }
        case .id(let id): entry = passwd.first { $0[2] == String(id) }
        }
        if let entry, let uid = UInt32(entry[2]), let gid = UInt32(entry[3]) {
            return User(name: entry[0], uid: uid, gid: gid, home: entry[5].isEmpty ? "/" : entry[5])
        }
        if case .id(let id) = identity {
            // A numeric user without a passwd entry is allowed, as container runtimes allow it.
            return User(name: String(id), uid: id, gid: id, home: "/")
        }
        throw PaddockError(
            .failedPrecondition,
            "image \(image) has no user '\(identity.text)' in its /etc/passwd; add one (useradd -u 1000 sandbox), "
                + "set USER in the image, or set process.run_as_user in the policy to an existing user")
    }

    func group(_ identity: ImageSandboxPlan.Identity, image: String) throws -> UInt32 {
        switch identity {
        case .id(let id):
            return id
        case .name(let name):
            guard let entry = groups.first(where: { $0[0] == name }), let gid = UInt32(entry[2]) else {
                throw PaddockError(
                    .failedPrecondition, "image \(image) has no group '\(name)' in its /etc/group; add it or use a numeric id")
            }
            return gid
        }
    }
}

extension ImageSandboxPlan.Identity {
    var text: String {
        switch self {
        case .name(let name): return name
        case .id(let id): return String(id)
        }
    }
}
