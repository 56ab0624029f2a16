extension SandboxName {
    /// Adjectives for generated names: short, friendly and unambiguous when read aloud.
    static let adjectives = [
        "agile", "amber", "bold", "brave", "breezy", "bright", "brisk", "calm", "candid", "cheerful",
        "clever", "cosmic", "crisp", "curious", "daring", "dapper", "eager", "earnest", "fancy", "fearless",
        "gentle", "glad", "golden", "happy", "hardy", "humble", "jolly", "keen", "kind", "lively",
        "loyal", "lucky", "mellow", "merry", "mighty", "nimble", "noble", "patient", "plucky", "polite",
        "proud", "quick", "quiet", "rapid", "sunny", "swift", "tidy", "vivid", "witty", "zesty",
    ]

    /// Animals for generated names.
    static let animals = [
        "alpaca", "badger", "beaver", "bison", "bobcat", "camel", "cheetah", "condor", "coyote", "crane",
        "dingo", "dolphin", "eagle", "falcon", "ferret", "finch", "gazelle", "gecko", "heron", "ibex",
        "jackal", "koala", "lemur", "lynx", "magpie", "marmot", "meerkat", "moose", "narwhal", "ocelot",
        "osprey", "otter", "owl", "panda", "pelican", "penguin", "puffin", "quokka", "rabbit", "raven",
        "salmon", "seal", "sparrow", "stork", "tapir", "tiger", "turtle", "walrus", "wombat", "yak",
    ]
}
