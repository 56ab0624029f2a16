import Foundation
import PaddockPolicy
import PaddockRuntime
import Testing

@testable import PaddockProxy

/// Real clients inside a real sandbox against servers on the host's loopback, which the proxy
/// reaches through `host_overrides` and `allow_loopback_upstreams`. Most tests play the gateway's
/// part: they write `egress.json` and trigger the reload through the control socket. The credential
/// test goes through the gateway's providers instead, because the gateway rewrites `egress.json`
/// whenever it starts a sandbox.
@Suite(.serialized)
struct SandboxEgressTests {
    static let secret = "sandbox-secret-4d1f9a"

    let sandbox: SandboxFixture
    let certificates: TestCertificates
    let plain: EchoServer
    let secure: EchoServer

    init() throws {
        sandbox = try SandboxFixture()
        certificates = try TestCertificates(directory: sandbox.state)
        plain = try EchoServer()
        secure = try EchoServer(certificate: (certificates.certFile, certificates.keyFile))
    }

    func settings(_ policies: [NetworkPolicy], revision: Int = 1, credentials: [EgressCredential] = []) -> EgressSettings {
        TestPolicy.settings(policies, revision: revision, credentials: credentials, extraCA: certificates.caPEM)
    }

    func restApi(_ configure: @escaping (inout NetworkEndpoint) -> Void = { $0.access = .readOnly }) -> NetworkPolicy {
        TestPolicy.policy(
            "api", host: "upstream.test", ports: [secure.port],
            binaries: ["/usr/bin/*", "/usr/lib/git-core/*"]
        ) { endpoint in
            endpoint.protocol = .rest
            configure(&endpoint)
        }
    }

    @Test func decisionsFollowBinaryAndAncestor() throws {
        try sandbox.write(settings([
            TestPolicy.policy("plain", host: "upstream.test", ports: [plain.port], binaries: ["/usr/bin/curl"])
        ]))
        #expect(try sandbox.reload().status == 200)
        let url = "http://upstream.test:\(plain.port)"

        let curl = try sandbox.exec("curl -sS \(url)/from-curl")
        #expect(curl.stdout.contains("/from-curl"))
        let python = try sandbox.exec(
            "python3 -c 'import urllib.request as u\ntry:\n u.urlopen(\"\(url)/x\")\nexcept Exception as e: print(e.code)'")
        #expect(python.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "403")
        #expect(sandbox.auditText().contains("\"reason\":\"binary_not_allowed\""))

        try sandbox.write(settings(
            [TestPolicy.policy("shell", host: "upstream.test", ports: [plain.port], binaries: ["/usr/bin/dash"])],
            revision: 2))
        #expect(try sandbox.reload().body["revision"] as? Int == 2)
        let child = try sandbox.exec(
            "python3 -c 'import urllib.request as u; print(u.urlopen(\"\(url)/child\").status)'")
        #expect(child.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "200")
    }

    @Test func clientsPassInspection() throws {
        try sandbox.write(settings([restApi()]))
        #expect(try sandbox.reload().status == 200)
        let url = "https://upstream.test:\(secure.port)"

        #expect(try sandbox.exec("curl -sS \(url)/curl").stdout.contains("\"/curl\""))
        let urllib = try sandbox.exec("python3 -c 'import urllib.request as u; print(u.urlopen(\"\(url)/urllib\").status)'")
        #expect(urllib.stdout.contains("200"))
        let requests = try sandbox.exec("python3 -c 'import requests; print(requests.get(\"\(url)/requests\").status_code)'")
        #expect(requests.stdout.contains("200"))
        // Node 20's fetch ignores NODE_USE_ENV_PROXY, so Node goes through a CONNECT tunnel of its
        // own and checks the certificate against NODE_EXTRA_CA_CERTS.
        let nodeScript = """
            const http = require("http"), https = require("https"), tls = require("tls");
            const host = "upstream.test", port = \(secure.port);
            http.request({host: "127.0.0.1", port: 3128, method: "CONNECT", path: host + ":" + port})
              .on("connect", (reply, socket) => {
                https.get({host, port, path: "/node",
                           createConnection: () => tls.connect({socket, servername: host})},
                          response => { console.log(response.statusCode); response.resume(); })
                  .on("error", error => console.log(error.message));
              }).end();
            """
        let node = try sandbox.exec("node -e '\(nodeScript)'")
        #expect(node.stdout.contains("200"))
        let git = try sandbox.exec("git ls-remote \(url)/repo.git 2>&1")
        #expect(!git.stdout.contains("SSL certificate problem"))
        #expect(sandbox.auditText().contains("\"path\":\"/repo.git/info/refs\""))

        let post = try sandbox.exec("curl -sS -X POST -d x=1 \(url)/repos")
        let body = try JSONSerialization.jsonObject(with: Data(post.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(body["reason"] as? String == "l7_rule")
        #expect((body["detail"] as? String)?.contains("POST /repos") == true)
    }

    @Test func reloadAppliesAndInvalidIsRejected() throws {
        let url = "https://upstream.test:\(secure.port)/reload"
        #expect(try sandbox.exec("curl -sS -o /dev/null -w '%{http_connect}' \(url)").stdout == "403")
        try sandbox.write(settings([restApi()], revision: 5))
        let loaded = try sandbox.reload()
        #expect(loaded.status == 200)
        #expect(loaded.body["status"] as? String == "loaded")
        #expect(loaded.body["revision"] as? Int == 5)
        #expect(try sandbox.exec("curl -sS -o /dev/null -w '%{http_code}' \(url)").stdout == "200")

        try sandbox.write(settings(
            [TestPolicy.policy("bad", host: "https://upstream.test", ports: [1], binaries: ["/usr/bin/curl"])],
            revision: 6))
        let failed = try sandbox.reload()
        #expect(failed.status == 422)
        #expect(failed.body["status"] as? String == "failed")
        #expect((failed.body["error"] as? String)?.contains("endpoints[0].host") == true)
        try sandbox.write(json: Data("{not json".utf8))
        #expect(try sandbox.reload().status == 422)
        #expect(try sandbox.exec("curl -sS -o /dev/null -w '%{http_code}' \(url)").stdout == "200")
    }

    /// Goes through the gateway's control plane: a provider, and a sandbox created with it.
    @Test func placeholdersAreReplacedAndSecretStaysOut() throws {
        try sandbox.paddock(
            ["provider", "create", "--name", "echo", "--credential", "ECHO_TOKEN", "--endpoint", "upstream.test"],
            check: true, environment: ["ECHO_TOKEN": Self.secret])
        let policy = """
            version: 1
            network_policies:
              api:
                endpoints:
                  - {host: upstream.test, port: \(secure.port), protocol: rest, access: full}
                binaries: [{path: /usr/bin/curl}]
              other:
                endpoints:
                  - {host: other.test, port: \(secure.port), protocol: rest, access: full}
                binaries: [{path: /usr/bin/curl}]
            """
        try policy.write(toFile: sandbox.state + "/policy.yaml", atomically: true, encoding: .utf8)
        let name = sandbox.name + "-cred"
        try sandbox.paddock(
            ["sandbox", "create", "--name", name, "--provider", "echo", "--policy", sandbox.state + "/policy.yaml",
             "--egress-host-override", "upstream.test=127.0.0.1", "--egress-host-override", "other.test=127.0.0.1",
             "--egress-allow-loopback", "--egress-ca", certificates.caFile],
            check: true)
        defer { _ = try? sandbox.paddock(["sandbox", "delete", name]) }

        let placeholder = try sandbox.exec("printenv ECHO_TOKEN", in: name).stdout.trimmingCharacters(in: .newlines)
        #expect(placeholder.hasPrefix("paddock-cred-echo-ECHO_TOKEN-"))
        let url = "https://upstream.test:\(secure.port)"
        let header = try sandbox.exec("curl -sS -H \"Authorization: Bearer $ECHO_TOKEN\" \(url)/h", in: name)
        #expect(header.stdout.contains("Bearer \(Self.secret)"))
        let query = try sandbox.exec("curl -sS \"\(url)/q?key=$ECHO_TOKEN\"", in: name)
        #expect(query.stdout.contains("/q?key=\(Self.secret)"))
        let unbound = try sandbox.exec("curl -sS -H \"X-Key: $ECHO_TOKEN\" https://other.test:\(secure.port)/", in: name)
        #expect(unbound.stdout.contains("credential_endpoint_mismatch"))

        let inside = try sandbox.exec(
            "grep -rl '\(Self.secret)' /proc/[0-9]*/environ /sandbox /tmp /etc /.paddock /run 2>/dev/null; true", in: name)
        #expect(inside.stdout.isEmpty)
        let id = (try JSONSerialization.jsonObject(
            with: Data(try sandbox.paddock(["sandbox", "get", name, "-o", "json"], check: true).stdout.utf8))
            as? [String: Any])?["id"] as? String ?? ""
        let directory = sandbox.state + "/sandboxes/" + id
        for file in ["audit.jsonl", "supervisor.log", "config.json"] {
            let text = (try? String(contentsOfFile: directory + "/" + file, encoding: .utf8)) ?? ""
            #expect(!text.isEmpty || file != "audit.jsonl", "\(file) is empty")
            #expect(!text.contains(Self.secret), "\(file) contains the secret")
        }
        let logs = try sandbox.paddock(["logs", name])
        #expect(!logs.stdout.contains(Self.secret))
        let gatewayLog = (try? String(contentsOfFile: sandbox.state + "/gateway.log", encoding: .utf8)) ?? ""
        #expect(!gatewayLog.contains(Self.secret))
    }

    @Test func bypassAttemptsFailAtOnce() throws {
        // A test host in a network namespace of the test's own, which the sandbox has no route to.
        let namespace = "paddock-egress-\(getpid())"
        let setup = [
            ["netns", "add", namespace], ["-n", namespace, "addr", "add", "198.18.0.1/32", "dev", "lo"],
            ["-n", namespace, "link", "set", "lo", "up"],
        ]
        for step in setup { #expect(try Programs.run("/usr/sbin/ip", step).status == 0) }
        defer { _ = try? Programs.run("/usr/sbin/ip", ["netns", "delete", namespace]) }

        let script = """
            import errno, socket
            def attempt(action):
                try:
                    action()
                    print("ok")
                except OSError as error:
                    print(errno.errorcode[error.errno])
            attempt(lambda: socket.create_connection(("198.18.0.1", 80), timeout=5))
            attempt(lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"q", ("198.18.0.1", 53)))
            attempt(lambda: socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP))
            attempt(lambda: socket.socket(socket.AF_PACKET, socket.SOCK_RAW))
            attempt(lambda: socket.create_connection(("127.0.0.1", \(plain.port)), timeout=5))
            """
        let output = try sandbox.exec("python3 -c '\(script)'")
        #expect(output.stdout.split(separator: "\n") == ["ENETUNREACH", "ENETUNREACH", "EPERM", "EPERM", "ECONNREFUSED"])
    }
}
