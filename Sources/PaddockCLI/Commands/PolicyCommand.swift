/// The `paddock policy` group: a sandbox's numbered policy revisions.
enum PolicyCommand: CommandNode {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            name: "policy",
            abstract: "Change a sandbox's network policy and show its revisions.",
            discussion: """
                Every change is a numbered revision: pending until the sandbox's supervisor loads it, then \
                loaded, or failed with the reason. Only network_policies and network_middlewares can change \
                after a sandbox is created; a document that changes filesystem_policy, landlock or process is \
                rejected, and sections left out keep the sandbox's. A revision that fails leaves the last \
                loaded one in force.
                """,
            subcommands: [PolicySetCommand.self, PolicyGetCommand.self, PolicyListCommand.self])
    }
}
