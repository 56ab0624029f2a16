import Testing

@testable import PaddockCLI

struct DispatcherTests {
    @Test func rootHelpExitsZero() {
        let result = CLIHarness().run(["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("COMMANDS:"))
        #expect(result.output.contains("sandbox"))
    }

    @Test func shortHelpAtGroup() {
        let result = CLIHarness().run(["sandbox", "-h"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: paddock sandbox <command> [<options>]"))
    }

    @Test func helpOnLeaf() {
        let result = CLIHarness().run(["sandbox", "create", "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: paddock sandbox create [<options>] [-- CMD...]"))
    }

    @Test func helpBeatsOtherErrors() {
        let result = CLIHarness().run(["sandbox", "create", "--memory", "12Q", "-h"])
        #expect(result.status == 0)
    }

    @Test func helpAfterDoubleDashBelongsToCommand() {
        let harness = CLIHarness()
        let result = harness.run(["sandbox", "create", "--rm", "--", "python3", "--help"])
        #expect(!result.output.contains("USAGE:"))
    }

    @Test func helpSubcommand() {
        let result = CLIHarness().run(["help", "sandbox", "exec"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: paddock sandbox exec NAME [<options>] -- CMD..."))
    }

    @Test func helpSubcommandInGroup() {
        let result = CLIHarness().run(["sandbox", "help", "list"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: paddock sandbox list [<options>]"))
    }

    @Test func helpOfGroup() {
        let result = CLIHarness().run(["help", "gateway"])
        #expect(result.status == 0)
        #expect(result.output.contains("start"))
    }

    @Test func helpOfUnknownCommand() {
        let result = CLIHarness().run(["help", "sandbx"])
        #expect(result.status == 64)
        #expect(result.error.contains("unknown command 'sandbx' for 'paddock'; did you mean 'sandbox'?"))
    }

    @Test func versionFlag() {
        let result = CLIHarness().run(["--version"])
        #expect(result.status == 0)
        #expect(result.output == "paddock \(PaddockRootCommand.version)\n")
    }

    @Test func unknownCommandSuggests() {
        let result = CLIHarness().run(["sandbox", "crate"])
        #expect(result.status == 64)
        #expect(
            result.error.hasPrefix("error: unknown command 'crate' for 'paddock sandbox'; did you mean 'create'?\n"))
    }

    @Test func usageErrorPointsToHelp() {
        let result = CLIHarness().run(["sandbox", "crate"])
        #expect(result.error.hasSuffix("Run 'paddock sandbox --help' for usage.\n"))
    }

    @Test func missingCommand() {
        let result = CLIHarness().run(["sandbox"])
        #expect(result.status == 64)
        #expect(result.error.contains("error: missing command for 'paddock sandbox': choose one of create, list"))
    }

    @Test func noArguments() {
        let result = CLIHarness().run([])
        #expect(result.status == 64)
    }

    @Test func unknownOptionOnLeafSuggests() {
        let result = CLIHarness().run(["sandbox", "create", "--nmae", "x"])
        #expect(result.status == 64)
        #expect(
            result.error.hasPrefix(
                "error: unknown option '--nmae' for 'paddock sandbox create'; did you mean '--name'?\n"))
    }

    @Test func unknownGlobalOptionSuggests() {
        let result = CLIHarness().run(["--gatewya", "http://127.0.0.1:1", "sandbox", "list"])
        #expect(result.status == 64)
        #expect(result.error.contains("unknown option '--gatewya' for 'paddock'; did you mean '--gateway'?"))
    }

    @Test func globalOptionBeforeSubcommand() {
        let harness = CLIHarness()
        harness.transport.route = { _ in Respond.json(#"{"sandboxes": []}"#) }
        _ = harness.run(["--gateway", "http://127.0.0.1:9000", "sandbox", "list"])
        #expect(harness.transport.requestedURLs == ["http://127.0.0.1:9000"])
    }

    @Test func globalOptionAfterSubcommand() {
        let harness = CLIHarness()
        harness.transport.route = { _ in Respond.json(#"{"sandboxes": []}"#) }
        _ = harness.run(["sandbox", "list", "--gateway=unix:///run/p.sock"])
        #expect(harness.transport.requestedURLs == ["unix:///run/p.sock"])
    }

    @Test func globalOptionBetweenGroupAndLeaf() {
        let harness = CLIHarness()
        harness.transport.route = { _ in Respond.json(#"{"sandboxes": []}"#) }
        _ = harness.run(["sandbox", "--gateway", "http://127.0.0.1:9001", "list"])
        #expect(harness.transport.requestedURLs == ["http://127.0.0.1:9001"])
    }

    @Test func globalOptionMissingValue() {
        let result = CLIHarness().run(["--gateway"])
        #expect(result.status == 64)
        #expect(result.error.contains("missing value for option '--gateway <url>' in 'paddock'"))
    }

    @Test func internalRoleDispatched() {
        var harness = CLIHarness()
        let seen = LockedList<[String]>()
        harness.internalRoles = ["__supervisor": { arguments in
            seen.append(arguments)
            return 7
        }]
        let result = harness.run(["__supervisor", "--fd", "3"])
        #expect(result.status == 7)
        #expect(seen.all == [["--fd", "3"]])
    }

    @Test func internalRoleHiddenFromHelp() {
        var harness = CLIHarness()
        harness.internalRoles = ["__supervisor": { _ in 0 }]
        let result = harness.run(["--help"])
        #expect(!result.output.contains("__supervisor"))
    }

    @Test func publicMainDropsProgramName() {
        let harness = CLIHarness()
        #expect(PaddockCommandLine.main(arguments: ["paddock", "--version"], hooks: harness.hooks) == 0)
    }
}
