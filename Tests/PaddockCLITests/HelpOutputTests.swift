import Testing

@testable import PaddockCLI

struct HelpOutputTests {
    /// Every runnable command with its path, found by walking the tree.
    static let leaves: [(path: String, type: any LeafCommand.Type)] = {
        var found: [(String, any LeafCommand.Type)] = []
        func walk(_ node: any CommandNode.Type, _ path: String) {
            if let leaf = node as? any LeafCommand.Type {
                found.append((path, leaf))
                return
            }
            for child in node.configuration.subcommands {
                walk(child, path + " " + child.configuration.name)
            }
        }
        walk(PaddockRootCommand.self, "paddock")
        return found
    }()

    static var paths: [String] { leaves.map(\.path) }

    @Test func treeHasEveryCommand() {
        let expected = [
            "paddock gateway start", "paddock gateway stop", "paddock gateway status", "paddock sandbox create",
            "paddock sandbox list", "paddock sandbox get", "paddock sandbox delete", "paddock sandbox stop",
            "paddock sandbox start", "paddock sandbox exec", "paddock sandbox connect", "paddock sandbox upload",
            "paddock sandbox download", "paddock doctor", "paddock version", "paddock policy set",
            "paddock policy get", "paddock policy list", "paddock provider create", "paddock provider list",
            "paddock provider get", "paddock provider update", "paddock provider delete", "paddock logs",
        ]
        #expect(Set(Self.paths) == Set(expected))
    }

    @Test(arguments: paths)
    func helpListsEveryOption(path: String) throws {
        let leaf = try #require(Self.leaves.first { $0.path == path }?.type)
        let result = CLIHarness().run(path.split(separator: " ").dropFirst().map(String.init) + ["--help"])
        #expect(result.status == 0)
        for option in leaf.signature.options + GlobalOptions.specs {
            #expect(result.output.contains(option.helpLabel), "\(path) help lacks \(option.helpLabel)")
        }
    }

    @Test(arguments: paths)
    func helpListsEveryArgument(path: String) throws {
        let leaf = try #require(Self.leaves.first { $0.path == path }?.type)
        let result = CLIHarness().run(path.split(separator: " ").dropFirst().map(String.init) + ["-h"])
        for positional in leaf.signature.positionals {
            #expect(result.output.contains("  \(positional.name)"), "\(path) help lacks \(positional.name)")
        }
    }

    @Test(arguments: paths)
    func everyOptionHasHelpText(path: String) throws {
        let leaf = try #require(Self.leaves.first { $0.path == path }?.type)
        for option in leaf.signature.options {
            #expect(!option.help.isEmpty, "\(path) \(option.displayName) has no help")
        }
    }

    @Test(arguments: paths)
    func helpFitsEightyColumns(path: String) {
        let result = CLIHarness().run(path.split(separator: " ").dropFirst().map(String.init) + ["--help"])
        for line in result.output.split(separator: "\n") {
            #expect(line.count <= 80, "\(path): \(line)")
        }
    }

    @Test func createHelpMentionsInterruptDeletion() {
        let result = CLIHarness().run(["sandbox", "create", "--help"])
        #expect(result.output.contains("interrupted"))
    }

    @Test func rootHelpListsVersionOption() {
        let result = CLIHarness().run(["-h"])
        #expect(result.output.contains("--version"))
    }

    @Test func optionHelpIsAligned() {
        let result = CLIHarness().run(["sandbox", "create", "-h"])
        let line = result.output.split(separator: "\n").first { $0.hasPrefix("  --name <name>") }
        #expect(line?.dropFirst(HelpFormatter.descriptionColumn).first?.isWhitespace == false)
    }
}
