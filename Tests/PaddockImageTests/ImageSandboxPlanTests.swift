import Foundation
import PaddockCore
import PaddockStore
import Testing

@testable import PaddockImage

@Suite(.serialized)
struct ImageSandboxPlanTests {
    private func plan(
        _ store: ImageStore, _ name: String, user: ImageSandboxPlan.Identity? = nil
    ) throws -> ImageSandboxPlan {
        let image = try store.resolve(name)
        return try ImageSandboxPlan.make(
            image: image, name: name, layers: try store.layerDirectories(of: image), user: user, group: nil,
            workspace: "/sandbox")
    }

    @Test func usesImageUserWorkdirAndEnv() throws {
        try withImageStore { store, _ in
            try ImageImporter(store: store).importImages(from: TestImages.layout(), repository: "debian")
            let result = try plan(store, "debian:sandbox")
            #expect(result.userName == "sandbox")
            #expect(result.uid == 1000)
            #expect(result.gid == 1000)
            #expect(result.workingDirectory == "/home/sandbox")
            #expect(result.environment["GREETING"] == "hello-from-image")
            #expect(result.environment["HOME"] == "/home/sandbox")
            #expect(result.layers.count == 2)
        }
    }

    @Test func imageWithoutNonRootUserIsRejected() throws {
        try withImageStore { store, _ in
            try ImageImporter(store: store).importImages(from: TestImages.layout(), repository: "debian")
            #expect {
                try plan(store, "debian:base")
            } throws: { error in
                guard let error = error as? PaddockError else { return false }
                return error.code == .failedPrecondition && error.message.contains("no user 'sandbox'")
            }
            #expect {
                try plan(store, "debian:base", user: .name("root"))
            } throws: { ($0 as? PaddockError)?.message.contains("would run as root") == true }
        }
    }

    @Test func policyUserOverridesImageUser() throws {
        try withImageStore { store, _ in
            try ImageImporter(store: store).importImages(from: TestImages.layout(), repository: "debian")
            let result = try plan(store, "debian:sandbox", user: .id(1000))
            #expect(result.userName == "sandbox")
            #expect {
                try plan(store, "debian:sandbox", user: .name("nobody"))
            } throws: { error in
                guard let error = error as? PaddockError else { return false }
                return error.message.contains("/home/sandbox") && error.message.contains("user nobody (uid 65534)")
            }
        }
    }

    @Test func imageWithoutGlibcIsRejected() throws {
        try withImageStore { store, directory in
            try writeLayout(at: directory + "/static", tag: "v1", layers: [[.file("app", "static binary")]])
            try ImageImporter(store: store).importImages(from: directory + "/static", repository: "static")
            #expect {
                try plan(store, "static:v1")
            } throws: { ($0 as? PaddockError)?.message.contains("has no glibc") == true }
        }
    }

    @Test func unwritableWorkdirIsRejected() throws {
        try withImageStore { store, directory in
            let config = ImageConfiguration(
                architecture: "amd64", os: "linux", config: .init(User: "1000", WorkingDir: "/opt/app"))
            try writeLayout(
                at: directory + "/app", tag: "v1",
                layers: [[.file("lib64/ld-linux-x86-64.so.2", "loader"), .directory("opt/app")]], config: config)
            try ImageImporter(store: store).importImages(from: directory + "/app", repository: "app")
            #expect {
                try plan(store, "app:v1")
            } throws: { error in
                guard let error = error as? PaddockError else { return false }
                return error.message.contains("/opt/app") && error.message.contains("uid 1000")
            }
        }
    }

    @Test func imagePolicyFileIsDefault() throws {
        try withImageStore { store, directory in
            let config = ImageConfiguration(architecture: "amd64", os: "linux", config: .init(User: "1000"))
            try writeLayout(
                at: directory + "/app", tag: "v1",
                layers: [
                    [.file("lib64/ld-linux-x86-64.so.2", "loader")],
                    [.file("etc/openshell/policy.yaml", "version: 1\n")],
                ], config: config)
            try ImageImporter(store: store).importImages(from: directory + "/app", repository: "app")
            let result = try plan(store, "app:v1")
            #expect(result.defaultPolicy == "version: 1\n")
            #expect(result.defaultPolicyPath == "/etc/openshell/policy.yaml")
        }
    }

    @Test func whiteoutHidesLowerFile() throws {
        try withImageStore { store, directory in
            try writeLayout(
                at: directory + "/app", tag: "v1",
                layers: [
                    [.file("etc/a", "1"), .file("etc/b", "2"), .directory("var/cache"), .file("var/cache/old", "x")],
                    [.file("etc/.wh.a", ""), .file("var/cache/.wh..wh..opq", ""), .file("var/cache/new", "y")],
                    [.symlink("link", target: "/etc")],
                ])
            try ImageImporter(store: store).importImages(from: directory + "/app", repository: "app")
            let view = LayeredFileView(layers: try store.layerDirectories(of: store.resolve("app:v1")))
            #expect(view.contents(of: "/etc/a") == nil)
            #expect(view.contents(of: "/etc/b") == Data("2".utf8))
            #expect(view.contents(of: "/var/cache/old") == nil)
            #expect(view.contents(of: "/var/cache/new") == Data("y".utf8))
            #expect(view.contents(of: "/link/b") == Data("2".utf8))
            #expect(view.contents(of: "/link/../../../etc/b") == Data("2".utf8))
        }
    }
}
