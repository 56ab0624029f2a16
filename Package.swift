// swift-tools-version:6.0
// Paddock depends on no Swift package outside the toolchain. C libraries come from Debian's -dev
// packages through system-library targets, and CShim wraps what Swift cannot call directly.
import PackageDescription

let package = Package(
    name: "Paddock",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "paddock", targets: ["paddock"])
    ],
    targets: [
        .systemLibrary(name: "CSeccomp", pkgConfig: "libseccomp", providers: [.apt(["libseccomp-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        // libzmq3-dev. Its pkg-config file adds -isystem flags that SwiftPM rejects with a warning on
        // every build, and zmq.h needs none of them, so the target names no pkg-config package.
        .systemLibrary(name: "CZMQ", providers: [.apt(["libzmq3-dev"])]),
        .target(
            name: "CShim",
            dependencies: ["CSeccomp"],
            cSettings: [.define("_GNU_SOURCE")]
        ),
        .target(name: "PaddockCore", dependencies: ["CShim"]),
        .target(name: "PaddockHTTP", dependencies: ["PaddockCore", "CShim", "COpenSSL"]),
        .target(name: "PaddockPolicy", dependencies: ["PaddockCore", "CYAML"]),
        .target(name: "PaddockStore", dependencies: ["PaddockCore", "CSQLite"]),
        .target(
            name: "PaddockImage",
            dependencies: ["PaddockCore", "PaddockHTTP", "PaddockStore", "CArchive", "COpenSSL", "CShim"]
        ),
        .target(name: "PaddockRuntime", dependencies: ["PaddockCore", "PaddockPolicy", "CShim", "CSeccomp"]),
        .target(
            name: "PaddockProxy",
            dependencies: ["PaddockCore", "PaddockHTTP", "PaddockPolicy", "PaddockRuntime", "COpenSSL", "CShim"]
        ),
        .target(
            name: "PaddockSupervisor",
            dependencies: ["PaddockCore", "PaddockHTTP", "PaddockPolicy", "PaddockRuntime", "PaddockProxy"]
        ),
        .target(
            name: "PaddockGateway",
            dependencies: [
                "PaddockCore", "PaddockHTTP", "PaddockPolicy", "PaddockStore", "PaddockRuntime", "PaddockImage",
                "COpenSSL",
            ]
        ),
        .target(
            name: "PaddockWorkspace",
            dependencies: ["PaddockCore", "PaddockHTTP", "PaddockRuntime", "CShim", "COpenSSL", "CZMQ"]
        ),
        .target(name: "PaddockCLI", dependencies: ["PaddockCore", "PaddockHTTP", "PaddockPolicy"]),
        .executableTarget(
            name: "paddock",
            dependencies: [
                "PaddockCore", "PaddockCLI", "PaddockGateway", "PaddockSupervisor", "PaddockRuntime",
                "PaddockWorkspace",
            ]
        ),
        .testTarget(name: "PaddockCoreTests", dependencies: ["PaddockCore"]),
        .testTarget(name: "PaddockCLITests", dependencies: ["PaddockCLI", "PaddockCore"]),
        .testTarget(name: "PaddockHTTPTests", dependencies: ["PaddockHTTP"]),
        .testTarget(name: "PaddockPolicyTests", dependencies: ["PaddockPolicy"], resources: [.copy("Corpus")]),
        .testTarget(name: "PaddockStoreTests", dependencies: ["PaddockStore"]),
        .testTarget(name: "PaddockRuntimeTests", dependencies: ["PaddockRuntime"]),
        .testTarget(name: "PaddockWorkspaceTests", dependencies: ["PaddockWorkspace", "PaddockHTTP"]),
        .testTarget(name: "PaddockGatewayTests", dependencies: ["PaddockGateway", "PaddockStore", "PaddockCore"]),
        .testTarget(
            name: "PaddockImageTests",
            dependencies: ["PaddockImage", "PaddockStore", "PaddockCore", "PaddockHTTP", "CArchive"]
        ),
        .testTarget(
            name: "PaddockProxyTests",
            dependencies: [
                "PaddockProxy", "PaddockCore", "PaddockHTTP", "PaddockPolicy", "PaddockRuntime", "COpenSSL", "CShim",
            ],
            resources: [.copy("Resources")]
        ),
        .testTarget(
            name: "PaddockIntegrationTests",
            dependencies: ["PaddockCore", "PaddockHTTP", "PaddockRuntime"]
        ),
    ]
)
