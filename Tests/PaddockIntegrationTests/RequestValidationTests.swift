import Foundation
import Testing

extension IntegrationSuite {
    /// Request bodies of the REST API that must be rejected with a 400 whose message names the field
    /// and the rule, in plain words, before anything is created or run.
    @Suite(.gateway)
    struct RequestValidationTests {
        func sandboxDirectories() throws -> Set<String> {
            let gateway = try TestGateway.require()
            return Set((try? FileManager.default.contentsOfDirectory(atPath: gateway.stateDirectory + "/sandboxes")) ?? [])
        }

        @Test(arguments: [
            (
                #"{"name":"typo","memroy":"64M"}"#,
                "unknown field 'memroy' in the request body; accepted fields: name, policy, policy_file, memory, cpus, "
                    + "pids, env, ttl, remove_on_exit, command, attach, providers, image, forwards, egress_options"
            ),
            (#"{"env":{"A=B":"x"}}"#, "invalid environment variable name 'A=B': the name 'A=B' must start with a letter or '_' and contain only letters, digits and '_'"),
            (#"{"env":{"":"x"}}"#, "invalid environment variable name '': the name before '=' is empty"),
            (#"{"command":[]}"#, "field 'command' is an empty array; give the program and its arguments, or leave it out"),
            (#"{"pids":1.5}"#, "field 'pids' must be an integer from 1 to 2147483647, got 1.5"),
            (#"{"memory":64}"#, "field 'memory' must be a string, got 64"),
            (#"{"command":"ls"}"#, "field 'command' must be an array of strings, got \"ls\""),
            (#"{"command":["a\u0000b"]}"#, "field 'command[0]' contains a NUL character, which is not allowed"),
            ("[]", "the request body must be a JSON object, got an array"),
            ("null", "the request body must be a JSON object, got null"),
            ("{", "the request body is not valid JSON; send a JSON object such as {}"),
        ])
        func createRejected(body: String, message: String) async throws {
            let gateway = try TestGateway.require()
            let before = try sandboxDirectories()

            let reply = try await gateway.request("POST", "/v1/sandboxes", json: Data(body.utf8))

            #expect(reply.status == 400)
            #expect(reply.errorCode == "invalid_argument")
            #expect(reply.errorMessage == message)
            #expect(try sandboxDirectories() == before)
        }

        @Test func oversizedBodyJSONError() async throws {
            let gateway = try TestGateway.require()
            let body = Data(#"{"policy":""#.utf8) + Data(repeating: 0x61, count: 5 * 1024 * 1024) + Data(#""}"#.utf8)

            let reply = try await gateway.request("POST", "/v1/sandboxes", json: body)

            #expect(reply.status == 413)
            #expect(reply.errorCode == "too_large")
            #expect(reply.errorMessage?.isEmpty == false)
        }

        @Test(arguments: [
            ("{}", "missing field 'command' in the exec request"),
            (#"{"command":[]}"#, "field 'command' is an empty array; give the program and its arguments"),
            (
                #"{"command":["true"],"timeout_seconds":-1}"#,
                "field 'timeout_seconds' must be more than 0, got -1.0; leave it out to run without a time limit"
            ),
            (
                #"{"command":["true"],"timeout_seconds":0}"#,
                "field 'timeout_seconds' must be more than 0, got 0.0; leave it out to run without a time limit"
            ),
            (#"{"command":["echo","a\u0000b"]}"#, "field 'command[1]' contains a NUL character, which is not allowed"),
            (#"{"command":["true"],"rows":-1}"#, "field 'rows' must be an integer from 0 to 65535, got -1"),
            (#"{"command":["true"],"cols":99999999}"#, "field 'cols' must be an integer from 0 to 65535, got 99999999"),
            (#"{"command":["true"],"env":{"A=B":"x"}}"#, "invalid environment variable name 'A=B': the name 'A=B' must start with a letter or '_' and contain only letters, digits and '_'"),
            (
                #"{"command":["true"],"timeout":5}"#,
                "unknown field 'timeout' in the exec request; accepted fields: command, env, workdir, timeout_seconds, "
                    + "tty, rows, cols, stdin"
            ),
        ])
        func execRejected(body: String, message: String) async throws {
            let gateway = try TestGateway.require()
            _ = try await gateway.sharedSandbox("validate")

            let reply = try await gateway.request("POST", "/v1/sandboxes/validate/exec", json: Data(body.utf8))

            #expect(reply.status == 400)
            #expect(reply.errorCode == "invalid_argument")
            #expect(reply.errorMessage == message)
        }
    }
}
