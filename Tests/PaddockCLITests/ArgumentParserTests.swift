import PaddockCore
import Testing

@testable import PaddockCLI

struct ArgumentParserTests {
    static let name = OptionSpec.single("name", value: "name", help: "")
    static let output = OptionSpec.single("output", short: "o", value: "format", help: "")
    static let env = OptionSpec.repeated("env", short: "e", value: "key=value", help: "")
    static let tty = OptionSpec.flag("tty", short: "t", help: "")
    static let interactive = OptionSpec.flag("interactive", short: "i", help: "")
    static let pids = OptionSpec.single("pids", value: "count", help: "")

    let parser = ArgumentParser(
        signature: CommandSignature(
            options: [name, output, env, tty, interactive, pids],
            positionals: [PositionalSpec(name: "NAME", arity: .required, help: "")],
            trailingCommand: TrailingCommandSpec(isRequired: false, help: "")),
        commandPath: "paddock test")

    func parse(_ line: String) throws -> ParsedArguments {
        try parser.parse(line.split(separator: " ").map(String.init))
    }

    func usageError(_ line: String) -> String? {
        do {
            _ = try parse(line)
            return nil
        } catch let error as UsageError {
            return error.message
        } catch {
            return "unexpected error \(error)"
        }
    }

    @Test func longOptionWithSeparateValue() throws {
        #expect(try parse("box --name demo").string(Self.name) == "demo")
    }

    @Test func longOptionWithEquals() throws {
        #expect(try parse("box --name=demo").string(Self.name) == "demo")
    }

    @Test func equalsValueMayContainEquals() throws {
        #expect(try parse("box --env=A=B=C").strings(Self.env) == ["A=B=C"])
    }

    @Test func shortOptionWithValue() throws {
        #expect(try parse("box -o json").string(Self.output) == "json")
    }

    @Test func shortOptionWithAttachedValue() throws {
        #expect(try parse("box -ojson").string(Self.output) == "json")
    }

    @Test func clusteredFlags() throws {
        let parsed = try parse("box -it")
        #expect(parsed.flag(Self.tty))
        #expect(parsed.flag(Self.interactive))
    }

    @Test func clusterEndingInValueOption() throws {
        let parsed = try parse("box -to json")
        #expect(parsed.flag(Self.tty))
        #expect(parsed.string(Self.output) == "json")
    }

    @Test func repeatedOptionKeepsOrder() throws {
        #expect(try parse("box -e A=1 --env B=2 -e C=3").strings(Self.env) == ["A=1", "B=2", "C=3"])
    }

    @Test func positionalBetweenOptions() throws {
        let parsed = try parse("--name demo box -t")
        #expect(parsed.positionals == ["box"])
        #expect(parsed.flag(Self.tty))
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try parse("box -- ls --name -t -- x")
        #expect(parsed.trailing == ["ls", "--name", "-t", "--", "x"])
        #expect(parsed.string(Self.name) == nil)
        #expect(!parsed.flag(Self.tty))
    }

    @Test func noDoubleDashMeansNoTrailing() throws {
        #expect(try parse("box").trailing == nil)
    }

    @Test func doubleDashWithoutTrailingSpecGivesPositionals() throws {
        let parser = ArgumentParser(
            signature: CommandSignature(positionals: [PositionalSpec(name: "NAME", arity: .oneOrMore, help: "")]),
            commandPath: "paddock test")
        #expect(try parser.parse(["a", "--", "-b"]).positionals == ["a", "-b"])
    }

    @Test func negativeNumberIsValue() throws {
        #expect(try parse("box --pids -1").string(Self.pids) == "-1")
    }

    @Test func unknownOptionSuggestsClosest() {
        #expect(usageError("box --nmae x") == "unknown option '--nmae' for 'paddock test'; did you mean '--name'?")
    }

    @Test func unknownOptionWithoutSuggestion() {
        #expect(usageError("box --zzzzzz") == "unknown option '--zzzzzz' for 'paddock test'")
    }

    @Test func unknownShortOption() {
        #expect(usageError("box -x") == "unknown option '-x' for 'paddock test'")
    }

    @Test func missingValueAtEnd() {
        #expect(usageError("box --name") == "missing value for option '--name <name>' in 'paddock test'")
    }

    @Test func dashValueTakenForOption() throws {
        #expect(try parse("box --name -leading").string(Self.name) == "-leading")
    }

    @Test func optionNameTakenAsValue() throws {
        let parsed = try parse("box --name --tty")
        #expect(parsed.string(Self.name) == "--tty")
        #expect(!parsed.flag(Self.tty))
    }

    @Test func missingValueBeforeDoubleDash() {
        #expect(usageError("box -o -- ls") == "missing value for option '-o <format>' in 'paddock test'")
    }

    @Test func flagRejectsValue() {
        #expect(usageError("box --tty=yes") == "option '--tty' takes no value, but was given 'yes'")
    }

    @Test func singleOptionTwice() {
        #expect(usageError("box --name a --name b") == "option '--name' was given more than once; give it once")
    }

    @Test func missingPositional() {
        #expect(usageError("--tty") == "missing argument NAME for 'paddock test'")
    }

    @Test func unexpectedPositionalHintsDoubleDash() {
        #expect(
            usageError("box ls")
                == "unexpected argument 'ls' for 'paddock test'; put the command after '--', as in "
                + "'paddock test NAME -- ls'")
    }

    @Test func errorCarriesCommandPath() {
        #expect(throws: UsageError("unknown option '-x' for 'paddock test'", commandPath: "paddock test")) {
            try parse("box -x")
        }
    }

    @Test func singleDashIsPositional() throws {
        #expect(try parse("-").positionals == ["-"])
    }

    @Test func requiredTrailingMissing() {
        let parser = ArgumentParser(
            signature: CommandSignature(
                positionals: [PositionalSpec(name: "NAME", arity: .required, help: "")],
                trailingCommand: TrailingCommandSpec(isRequired: true, help: "")),
            commandPath: "paddock run")
        #expect(throws: UsageError.self) { try parser.parse(["box", "--"]) }
    }

    @Test func optionalPositionalMayBeAbsent() throws {
        let parser = ArgumentParser(
            signature: CommandSignature(positionals: [
                PositionalSpec(name: "A", arity: .required, help: ""),
                PositionalSpec(name: "B", arity: .optional, help: ""),
            ]),
            commandPath: "paddock copy")
        #expect(try parser.parse(["x"]).positionals == ["x"])
    }

    @Test func oneOrMoreNeedsOne() {
        let parser = ArgumentParser(
            signature: CommandSignature(positionals: [PositionalSpec(name: "NAME", arity: .oneOrMore, help: "")]),
            commandPath: "paddock delete")
        #expect(throws: UsageError("missing argument NAME for 'paddock delete'", commandPath: "paddock delete")) {
            try parser.parse([])
        }
    }
}

struct ParsedArgumentsTests {
    static let memory = OptionSpec.single("memory", value: "size", help: "")
    static let output = OptionSpec.single("output", short: "o", value: "format", help: "")

    @Test func conversionErrorNamesOption() {
        var parsed = ParsedArguments(commandPath: "paddock x")
        parsed.values["memory"] = ["12Q"]
        #expect(
            throws: UsageError(
                "--memory: invalid memory size '12Q': expected a number with an optional unit B, K, M, G or T, "
                    + "such as 512M",
                commandPath: "paddock x")
        ) {
            try parsed.value(Self.memory) { try PaddockCore.ByteSize.parse($0) }
        }
    }

    @Test func choiceRejectsUnknown() {
        var parsed = ParsedArguments(commandPath: "paddock x")
        parsed.values["output"] = ["yaml"]
        #expect(
            throws: UsageError(
                "--output: invalid output format 'yaml': expected table or json", commandPath: "paddock x")
        ) {
            try parsed.choice(Self.output, default: OutputFormat.table, noun: "output format")
        }
    }

    @Test func choiceDefault() throws {
        let parsed = ParsedArguments()
        #expect(try parsed.choice(Self.output, default: OutputFormat.table, noun: "output format") == .table)
    }
}
