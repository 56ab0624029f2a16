import Foundation
import PaddockCore

/// `paddock image pull REF`: pull an image from a registry into the gateway's image store.
struct ImagePullCommand: LeafCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "pull",
            abstract: "Pull an image from a registry that speaks the distribution API v2.",
            discussion: """
                REF is HOST[:PORT]/REPOSITORY[:TAG][@sha256:DIGEST]; the registry host is required, and the \
                tag defaults to latest. The gateway pulls the manifest for linux/amd64 (or this host's \
                platform), verifies every digest, resumes interrupted layer downloads, and unpacks each \
                layer once. Progress goes to standard error, as a bar on a terminal and as plain lines \
                otherwise; the image's digest is printed last.

                Credentials: --username with --password-stdin, or PADDOCK_REGISTRY_USERNAME and \
                PADDOCK_REGISTRY_PASSWORD. They are sent to the gateway and the registry, never logged.
                """,
            examples: [
                "paddock image pull registry.example.com/team/agent:1.4",
                "paddock image pull --ca-file ca.pem -u ci --password-stdin 127.0.0.1:5443/app",
                "paddock image pull --plain-http 127.0.0.1:5000/debian:sandbox",
            ])
    }

    static let usernameOption = OptionSpec.single(
        "username", short: "u", value: "name", help: "Registry user name for basic auth or a token request.")
    static let passwordStdinOption = OptionSpec.flag(
        "password-stdin", help: "Read the registry password from standard input (up to the first newline).")
    static let caFileOption = OptionSpec.single(
        "ca-file", value: "file",
        help: "PEM file of the CA certificates that signed the registry's certificate. The CLI reads it and "
            + "sends its text, so the gateway opens no client-named file. "
            + "Default: the system's trust store.")
    static let plainHTTPOption = OptionSpec.flag(
        "plain-http", help: "Speak plain HTTP instead of HTTPS, for a registry on loopback without TLS.")

    static var signature: CommandSignature {
        CommandSignature(
            options: [usernameOption, passwordStdinOption, caFileOption, plainHTTPOption, CommonOptions.output],
            positionals: [PositionalSpec(name: "REF", arity: .required, help: "The image reference to pull.")])
    }

    var reference: String
    var username: String?
    var passwordFromInput: Bool
    var caFile: String?
    var plainHTTP: Bool
    var output: OutputFormat

    init(parsed: ParsedArguments) throws {
        reference = parsed.positionals[0]
        username = parsed.string(Self.usernameOption)
        passwordFromInput = parsed.flag(Self.passwordStdinOption)
        caFile = parsed.string(Self.caFileOption).map(ImageImportCommand.absolutePath)
        plainHTTP = parsed.flag(Self.plainHTTPOption)
        output = try parsed.choice(CommonOptions.output, default: .table, noun: "output format")
    }

    func validate() throws {
        if passwordFromInput && username == nil {
            throw UsageError("--password-stdin needs --username", commandPath: "paddock image pull")
        }
        if plainHTTP && caFile != nil {
            throw UsageError("--ca-file has no effect with --plain-http; pass one of them", commandPath: "paddock image pull")
        }
    }

    func run(in context: CommandContext) throws -> Int32 {
        let caPEM = try caFile.map(Self.readCertificates)
        var request = PullImageRequest(reference: reference, caPEM: caPEM, plainHTTP: plainHTTP ? true : nil)
        let variables = context.environment.variables
        if let username = username ?? variables["PADDOCK_REGISTRY_USERNAME"] {
            request.username = username
            request.password = passwordFromInput ? try Self.readPassword(context) : variables["PADDOCK_REGISTRY_PASSWORD"]
        }
        let progress = PullProgress(console: context.console)
        let image = try context.makeClient().pullImage(request) { progress.handle($0) }
        progress.finish()
        switch output {
        case .json:
            context.print(JSONPrettyPrinter.format(try GatewayClient.encode(image)))
        case .table:
            context.print(image.digest + "\n")
        }
        return 0
    }

    /// Reads the `--ca-file` PEM text here, so the gateway receives the certificates, not a path.
    static func readCertificates(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError(
                "cannot read the CA file \(path); pass a readable PEM file of CA certificates",
                commandPath: "paddock image pull")
        }
        guard let text = String(data: data, encoding: .utf8), text.contains("-----BEGIN CERTIFICATE-----") else {
            throw UsageError(
                "the CA file \(path) contains no PEM certificate; pass a PEM file of CA certificates",
                commandPath: "paddock image pull")
        }
        return text
    }

    static func readPassword(_ context: CommandContext) throws -> String {
        var bytes: [UInt8] = []
        while true {
            switch try context.console.readInput(maxBytes: 4096, timeoutMilliseconds: -1) {
            case .data(let chunk):
                bytes += chunk
                if bytes.contains(UInt8(ascii: "\n")) || bytes.count > 64 * 1024 { break }
                continue
            case .timedOut:
                continue
            case .end:
                break
            }
            break
        }
        let line = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).first ?? []
        var password = String(decoding: line, as: UTF8.self)
        if password.hasSuffix("\r") { password.removeLast() }
        guard !password.isEmpty else {
            throw PaddockError(.invalidArgument, "--password-stdin read an empty password from standard input")
        }
        return password
    }
}
